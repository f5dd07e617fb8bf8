import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { CreateMunicipalityInput } from './dto/create-municipality.input';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { Municipality } from './municipality.model';
import { MunicipalityService } from './municipality.service';

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality, 'MunicipalityConnection') {}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly municipalityService: MunicipalityService) {}

  @Query(() => MunicipalityConnection, { description: 'Gemeenten by name' })
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.municipalityService.list(args);
  }

  @Mutation(() => Municipality)
  createMunicipality(@Args('input') input: CreateMunicipalityInput): Promise<Municipality> {
    return this.municipalityService.create(input);
  }
}
