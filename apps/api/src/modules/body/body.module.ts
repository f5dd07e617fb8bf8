import { Module } from '@nestjs/common';
import { BodyResolver } from './body.resolver';
import { BodyService } from './body.service';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import {
  OrganisationBodiesResolver,
  PersonMembershipsResolver,
  PortfolioBodiesResolver,
} from './structure-bodies.resolver';

@Module({
  providers: [
    BodyService,
    BodyResolver,
    MembershipService,
    MembershipResolver,
    OrganisationBodiesResolver,
    PortfolioBodiesResolver,
    PersonMembershipsResolver,
  ],
})
export class BodyModule {}
