import { Module } from '@nestjs/common';
import { CouncilViewResolver } from './council-view.resolver';
import { CouncilViewService } from './council-view.service';

@Module({ providers: [CouncilViewService, CouncilViewResolver] })
export class CouncilViewModule {}
