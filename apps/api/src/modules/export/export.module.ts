import { Module } from '@nestjs/common';
import { AuthzModule } from '../../authz/authz.module';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { WooFeedController } from './woo-feed.controller';
import { WooFeedService } from './woo-feed.service';

@Module({
  imports: [AuthzModule],
  controllers: [WooFeedController, CalendarController],
  providers: [WooFeedService, CalendarFeedService, CalendarFeedResolver],
})
export class ExportModule {}
