import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Public } from '../../authz/public.decorator';
import { CalendarFeedService } from './calendar-feed.service';

/** Calendar apps fetch without a session: the token in the URL stands for the subscribing person. */
@Public()
@Controller('export/calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-cache')
  async calendar(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file)?.[1];
    const calendar = token ? await this.feeds.calendar(token) : null;
    if (calendar === null) throw new NotFoundException('no such calendar');
    return calendar;
  }
}
