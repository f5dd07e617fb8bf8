import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { ImposeSecrecyInput } from './dto/impose-secrecy.input';
import { LiftSecrecyInput } from './dto/lift-secrecy.input';
import { Secrecy, SecrecyShare } from './secrecy.model';
import { SecrecyService } from './secrecy.service';

@Resolver(() => Secrecy)
export class SecrecyResolver {
  constructor(private readonly secrecyService: SecrecyService) {}

  @Query(() => Secrecy, { description: 'One geheimhouding; NOT_FOUND when it does not exist' })
  secrecy(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Secrecy> {
    return this.secrecyService.get(id);
  }

  @Mutation(() => Secrecy)
  imposeSecrecy(@Args('input') input: ImposeSecrecyInput): Promise<Secrecy> {
    return this.secrecyService.impose(input);
  }

  @Mutation(() => Secrecy)
  liftSecrecy(@Args('input') input: LiftSecrecyInput): Promise<Secrecy> {
    return this.secrecyService.lift(input);
  }

  @ResolveField(() => [SecrecyShare], { description: 'The bodies and persons it is shared with' })
  shares(@Parent() secrecy: Secrecy, @Context() ctx: RequestContext): Promise<SecrecyShare[]> {
    return ctx.loaders.sharesBySecrecy.load(secrecy.id);
  }
}
