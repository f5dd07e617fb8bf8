import { Module } from '@nestjs/common';
import { AuthzModule } from '../../authz/authz.module';
import { WooFeedController } from './woo-feed.controller';
import { WooFeedService } from './woo-feed.service';

@Module({ imports: [AuthzModule], controllers: [WooFeedController], providers: [WooFeedService] })
export class ExportModule {}
