import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { Public } from '../../authz/public.decorator';
import { ViewerFactory } from '../../authz/viewer.factory';
import { DocumentService } from '../document/document.service';

/**
 * A paper's file, for whoever may read the paper (the session cookie; visitors only what is public). What the
 * person may not read answers 404 exactly like what does not exist. The file name in the path is for the
 * browser's save dialog; the id decides.
 */
@Public()
@Controller('export/documents')
export class DocumentDownloadController {
  constructor(
    private readonly documents: DocumentService,
    private readonly viewers: ViewerFactory,
  ) {}

  @Get(':id/:fileName')
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { viewer } = await this.viewers.forRequest(req);
    let found: Awaited<ReturnType<DocumentService['download']>>;
    try {
      found = await this.documents.download(viewer, id);
    } catch (error) {
      if ((error as GraphQLError).extensions?.['code'] === 'NOT_FOUND')
        throw new NotFoundException('not found');
      throw error;
    }
    res.setHeader('Content-Type', found.document.contentType);
    res.setHeader('Content-Length', String(found.content.length));
    // always a download: an uploaded file is never rendered as a page of this origin
    res.setHeader('Content-Disposition', attachment(found.document.fileName));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(found.content);
  }
}

/** RFC 6266 with an ASCII fallback and the UTF-8 name (RFC 8187), so "Begroting 2027 – concept.pdf" survives. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
