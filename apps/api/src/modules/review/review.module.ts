import { Module } from '@nestjs/common';
import { ReviewProgressResolver } from './review-progress.resolver';
import { ReviewProgressService } from './review-progress.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({ providers: [ReviewService, ReviewResolver, ReviewProgressService, ReviewProgressResolver] })
export class ReviewModule {}
