import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Attention } from './attention.model';
import { AttentionService } from './attention.service';

@Resolver(() => Attention)
@UseGuards(SignedInGuard)
export class AttentionResolver {
  constructor(private readonly service: AttentionService) {}

  @Query(() => Attention, { description: 'What needs your attention now: the home page' })
  attention(@CurrentViewer() viewer: Viewer): Promise<Attention> {
    return this.service.forViewer(viewer);
  }
}
