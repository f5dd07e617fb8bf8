import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { AuthzModule } from '../../authz/authz.module';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { MeetingPapersController } from './meeting-papers.controller';
import { MeetingPapersService } from './meeting-papers.service';
import { WooFeedController } from './woo-feed.controller';
import { WooFeedService } from './woo-feed.service';

@Module({
  imports: [AuthModule, AuthzModule],
  controllers: [WooFeedController, CalendarController, MeetingPapersController],
  providers: [WooFeedService, CalendarFeedService, CalendarFeedResolver, MeetingPapersService],
})
export class ExportModule {}
