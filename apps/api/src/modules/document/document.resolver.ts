import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Document } from './document.model';
import { DocumentService } from './document.service';
import { UploadDocumentInput } from './dto/upload-document.input';

@Resolver(() => Document)
@UseGuards(SignedInGuard)
export class DocumentResolver {
  constructor(private readonly documentService: DocumentService) {}

  @Query(() => Document, { description: "One document's metadata; NOT_FOUND when it does not exist" })
  document(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Document> {
    return this.documentService.get(viewer, id);
  }

  @Mutation(() => Document, {
    description:
      'Attach a file (base64, within the 100 kB request limit for now) to one parent you may change; you are its uploader',
  })
  uploadDocument(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UploadDocumentInput,
  ): Promise<Document> {
    return this.documentService.upload(viewer, input);
  }
}
