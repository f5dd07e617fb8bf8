import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchArgs } from './dto/search.args';
import { SearchHit } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [SearchHit], {
    description: 'Dutch full-text search over proposals, decisions and documents, best match first',
  })
  search(@Args() args: SearchArgs): Promise<SearchHit[]> {
    return this.searchService.search(args);
  }
}
