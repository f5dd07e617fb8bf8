import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { SearchArgs } from './dto/search.args';
import { SearchHit } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
@UseGuards(SignedInGuard)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  /** Public: a visitor finds only what the rules let visitors read (openbaar, published decisions). */
  @Public()
  @Query(() => [SearchHit], {
    description:
      'Dutch full-text search over the proposals, decisions and documents the viewer may read, best match first',
  })
  search(@CurrentViewer() viewer: Viewer, @Args() args: SearchArgs): Promise<SearchHit[]> {
    return this.searchService.search(viewer, args);
  }
}
