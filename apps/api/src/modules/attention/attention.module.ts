import { Module } from '@nestjs/common';
import { AttentionResolver } from './attention.resolver';
import { AttentionService } from './attention.service';

@Module({ providers: [AttentionService, AttentionResolver] })
export class AttentionModule {}
