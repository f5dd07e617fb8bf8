import { Module } from '@nestjs/common';
import { AuthHousekeeping } from './auth-housekeeping';
import { AuthResolver } from './auth.resolver';
import { LoginThrottle } from './login-throttle';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';
import { PasswordLoginService } from './password-login.service';
import { SessionService } from './session.service';

/** Sign-in: sessions, local accounts and OIDC. */
@Module({
  controllers: [OidcController],
  providers: [
    SessionService,
    AuthHousekeeping,
    LoginThrottle,
    PasswordLoginService,
    OidcService,
    AuthResolver,
  ],
  exports: [SessionService],
})
export class AuthModule {}
