import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { ImposeSecrecyInput } from './dto/impose-secrecy.input';
import { LiftSecrecyInput } from './dto/lift-secrecy.input';
import { Secrecy, SecrecyShare } from './secrecy.model';
import { SecrecyService } from './secrecy.service';

@Resolver(() => Secrecy)
@UseGuards(SignedInGuard)
export class SecrecyResolver {
  constructor(private readonly secrecyService: SecrecyService) {}

  @Query(() => Secrecy, { description: 'One geheimhouding; NOT_FOUND when it does not exist' })
  secrecy(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Secrecy> {
    return this.secrecyService.get(viewer, id);
  }

  @Mutation(() => Secrecy, { description: 'Imposed by an organ; you record it on its behalf' })
  imposeSecrecy(@CurrentViewer() viewer: Viewer, @Args('input') input: ImposeSecrecyInput): Promise<Secrecy> {
    return this.secrecyService.impose(viewer, input);
  }

  @Mutation(() => Secrecy)
  liftSecrecy(@CurrentViewer() viewer: Viewer, @Args('input') input: LiftSecrecyInput): Promise<Secrecy> {
    return this.secrecyService.lift(viewer, input);
  }

  @ResolveField(() => [SecrecyShare], { description: 'The bodies and persons it is shared with' })
  shares(@Parent() secrecy: Secrecy, @Context() ctx: RequestContext): Promise<SecrecyShare[]> {
    return ctx.loaders.sharesBySecrecy.load(secrecy.id);
  }
}
