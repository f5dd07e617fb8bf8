import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { PublicationsArgs } from './dto/publications.args';
import { Publication } from './publication.model';
import { PublicationService } from './publication.service';

@ObjectType()
export class PublicationConnection extends Connection(Publication, 'PublicationConnection') {}

@Resolver(() => Publication)
export class PublicationResolver {
  constructor(private readonly publicationService: PublicationService) {}

  @Query(() => PublicationConnection, { description: "An organisation's Woo publications, latest first" })
  publications(@Args() args: PublicationsArgs) {
    return this.publicationService.list(args);
  }
}
