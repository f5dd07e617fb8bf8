import {
  BadRequestException,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Query,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../authz/public.decorator';
import { WooFeedService } from './woo-feed.service';

const MAX_PAGE = 10_000;

function pageOf(value: string | undefined): number {
  if (value === undefined) return 1;
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE) {
    throw new BadRequestException(`page must be a whole number from 1 to ${MAX_PAGE}`);
  }
  return page;
}

/** The public Woo feed of an organisation: no account, read-only, only what is public. */
@Public()
@Controller('woo/organisations/:organisationId')
export class WooFeedController {
  constructor(private readonly feed: WooFeedService) {}

  @Get('meetings')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  meetings(
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Query('page') page: string | undefined,
    @Req() req: Request,
  ) {
    return this.feed.meetings(organisationId, pageOf(page), feedUrl(req, organisationId));
  }

  @Get('decisions')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  decisions(
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Query('page') page: string | undefined,
    @Req() req: Request,
  ) {
    return this.feed.decisions(organisationId, pageOf(page), feedUrl(req, organisationId));
  }
}

function feedUrl(req: Request, organisationId: string): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/woo/organisations/${organisationId}`;
}
