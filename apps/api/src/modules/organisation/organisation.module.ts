import { Module } from '@nestjs/common';
import { CostAllocationKeyResolver, CostAllocationShareResolver } from './cost-allocation-key.resolver';
import { CostAllocationKeyService } from './cost-allocation-key.service';
import { MunicipalityResolver } from './municipality.resolver';
import { MunicipalityService } from './municipality.service';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioService } from './portfolio.service';
import { ServiceAreaResolver } from './service-area.resolver';
import { ServiceAssignmentResolver } from './service-assignment.resolver';
import { ServiceAssignmentService } from './service-assignment.service';

@Module({
  providers: [
    OrganisationService,
    OrganisationResolver,
    MunicipalityService,
    MunicipalityResolver,
    ParticipationService,
    ParticipationResolver,
    PortfolioService,
    PortfolioResolver,
    ServiceAreaResolver,
    ServiceAssignmentService,
    ServiceAssignmentResolver,
    CostAllocationKeyService,
    CostAllocationKeyResolver,
    CostAllocationShareResolver,
  ],
})
export class OrganisationModule {}
