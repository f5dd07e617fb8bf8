import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Req,
  StreamableFile,
} from '@nestjs/common';
import type { Request } from 'express';
import type { GraphQLError } from 'graphql';
import { Public } from '../../authz/public.decorator';
import { ViewerFactory } from '../../authz/viewer.factory';
import { MeetingPapersService } from './meeting-papers.service';

/**
 * Downloads for the signed-in person (the session cookie), and for visitors what is public; whatever the person may
 * not read answers 404 exactly like what does not exist.
 */
@Public()
@Controller('export')
export class MeetingPapersController {
  constructor(
    private readonly papers: MeetingPapersService,
    private readonly viewers: ViewerFactory,
  ) {}

  @Get('meetings/:id/agenda.pdf')
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async agenda(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request): Promise<StreamableFile> {
    const viewer = await this.viewerOf(req);
    return file(await notFoundAs404(this.papers.agenda(viewer, id)), 'agenda.pdf');
  }

  @Get('decision-lists/:id/besluitenlijst.pdf')
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async decisionList(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
  ): Promise<StreamableFile> {
    const viewer = await this.viewerOf(req);
    return file(await notFoundAs404(this.papers.decisionList(viewer, id)), 'besluitenlijst.pdf');
  }

  private async viewerOf(req: Request) {
    return (await this.viewers.forRequest(req)).viewer;
  }
}

function file(buffer: Buffer, name: string): StreamableFile {
  return new StreamableFile(buffer, { disposition: `inline; filename="${name}"`, length: buffer.length });
}

/** The services speak GraphQL's NOT_FOUND; over plain HTTP that is a 404. */
async function notFoundAs404<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if ((error as GraphQLError).extensions?.['code'] === 'NOT_FOUND')
      throw new NotFoundException('not found');
    throw error;
  }
}
