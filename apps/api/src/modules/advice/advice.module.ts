import { Module } from '@nestjs/common';
import { AdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';

@Module({ providers: [AdviceService, AdviceResolver] })
export class AdviceModule {}
