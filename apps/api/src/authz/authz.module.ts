import { Module } from '@nestjs/common';
import { MeResolver } from './me.resolver';
import { SignedInGuard } from './signed-in.guard';
import { SubjectTables } from './subject-tables';
import { ViewerFactory } from './viewer.factory';

@Module({
  providers: [SubjectTables, ViewerFactory, SignedInGuard, MeResolver],
  exports: [ViewerFactory, SignedInGuard],
})
export class AuthzModule {}
