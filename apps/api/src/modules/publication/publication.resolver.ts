import { UseGuards } from '@nestjs/common';
import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import { PublicationsArgs } from './dto/publications.args';
import { Publication } from './publication.model';
import { PublicationService } from './publication.service';

@ObjectType()
export class PublicationConnection extends Connection(Publication, 'PublicationConnection') {}

@Resolver(() => Publication)
@UseGuards(SignedInGuard)
export class PublicationResolver {
  constructor(private readonly publicationService: PublicationService) {}

  @Public()
  @Query(() => PublicationConnection, {
    description: "An organisation's Woo publications, latest first; readable without an account",
  })
  publications(@CurrentViewer() viewer: Viewer, @Args() args: PublicationsArgs) {
    return this.publicationService.list(viewer, args);
  }
}
