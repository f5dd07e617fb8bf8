import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { CreateMunicipalityInput } from './dto/create-municipality.input';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { UpdateMunicipalityInput } from './dto/update-municipality.input';
import { Municipality } from './municipality.model';
import { MunicipalityService } from './municipality.service';
import { Participation } from './participation.model';

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

  @Mutation(() => Municipality, { description: 'Name and inhabitants; the CBS code never changes' })
  updateMunicipality(@Args('input') input: UpdateMunicipalityInput): Promise<Municipality> {
    return this.municipalityService.update(input);
  }

  @ResolveField(() => [Participation], {
    description: 'The organisations this gemeente takes or took part in, by first day',
  })
  participations(
    @Parent() municipality: Municipality,
    @Context() context: RequestContext,
  ): Promise<Participation[]> {
    return context.loaders.participationsByMunicipality.load(municipality.id);
  }
}
