import { Module } from '@nestjs/common';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';

@Module({ providers: [DocumentService, DocumentResolver], exports: [DocumentService] })
export class DocumentModule {}
