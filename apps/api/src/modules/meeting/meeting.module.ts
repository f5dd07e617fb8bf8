import { Module } from '@nestjs/common';
import { AgendaItemResolver } from './agenda-item.resolver';
import { AgendaItemService } from './agenda-item.service';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';

@Module({ providers: [MeetingService, MeetingResolver, AgendaItemService, AgendaItemResolver] })
export class MeetingModule {}
