import { Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { PasswordLoginService } from './password-login.service';
import { SessionService } from './session.service';

/** Sign-in: sessions, local accounts and OIDC. */
@Module({
  providers: [SessionService, LoginThrottle, PasswordLoginService, AuthResolver],
  exports: [SessionService],
})
export class AuthModule {}
