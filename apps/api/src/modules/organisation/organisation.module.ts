import { Module } from '@nestjs/common';
import { MunicipalityResolver } from './municipality.resolver';
import { MunicipalityService } from './municipality.service';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({ providers: [OrganisationService, OrganisationResolver, MunicipalityService, MunicipalityResolver] })
export class OrganisationModule {}
