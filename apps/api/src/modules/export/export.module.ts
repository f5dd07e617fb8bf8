import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { AuthzModule } from '../../authz/authz.module';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { DocumentModule } from '../document/document.module';
import { CalendarController } from './calendar.controller';
import { DocumentDownloadController } from './document-download.controller';
import { MeetingPapersController } from './meeting-papers.controller';
import { MeetingPapersService } from './meeting-papers.service';
import { WooFeedController } from './woo-feed.controller';
import { WooFeedService } from './woo-feed.service';

@Module({
  imports: [AuthModule, AuthzModule, DocumentModule],
  controllers: [WooFeedController, CalendarController, MeetingPapersController, DocumentDownloadController],
  providers: [WooFeedService, CalendarFeedService, CalendarFeedResolver, MeetingPapersService],
})
export class ExportModule {}
