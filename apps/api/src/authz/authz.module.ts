import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeResolver } from './me.resolver';
import { SignedInGuard } from './signed-in.guard';
import { SubjectTables } from './subject-tables';
import { ViewerFactory } from './viewer.factory';

@Module({
  imports: [AuthModule],
  providers: [SubjectTables, ViewerFactory, SignedInGuard, MeResolver],
  exports: [ViewerFactory, SignedInGuard],
})
export class AuthzModule {}
