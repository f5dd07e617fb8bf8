import { Module } from '@nestjs/common';
import { RequestLoadersFactory } from './request-loaders';

@Module({ providers: [RequestLoadersFactory], exports: [RequestLoadersFactory] })
export class RequestLoadersModule {}
