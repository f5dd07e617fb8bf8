import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { Document } from './document.model';
import { DocumentService } from './document.service';
import { UploadDocumentInput } from './dto/upload-document.input';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly documentService: DocumentService) {}

  @Query(() => Document, { description: "One document's metadata; NOT_FOUND when it does not exist" })
  document(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Document> {
    return this.documentService.get(id);
  }

  @Mutation(() => Document, {
    description: 'Attach a file (base64, within the 100 kB request limit for now) to one parent',
  })
  uploadDocument(@Args('input') input: UploadDocumentInput): Promise<Document> {
    return this.documentService.upload(input);
  }
}
