import { Module } from '@nestjs/common';
import { ConflictOfInterestResolver } from './conflict-of-interest.resolver';
import { ConflictOfInterestService } from './conflict-of-interest.service';
import { SecrecyResolver } from './secrecy.resolver';
import { SecrecyService } from './secrecy.service';

@Module({
  providers: [ConflictOfInterestService, ConflictOfInterestResolver, SecrecyService, SecrecyResolver],
})
export class IntegrityModule {}
