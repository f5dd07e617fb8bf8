import { Module } from '@nestjs/common';
import { DecisionListResolver } from './decision-list.resolver';
import { DecisionResolver } from './decision.resolver';
import { DecisionService } from './decision.service';

@Module({ providers: [DecisionService, DecisionResolver, DecisionListResolver] })
export class DecisionModule {}
