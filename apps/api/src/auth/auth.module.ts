import { Module } from '@nestjs/common';
import { SessionService } from './session.service';

/** Sign-in: sessions, local accounts and OIDC. */
@Module({
  providers: [SessionService],
  exports: [SessionService],
})
export class AuthModule {}
