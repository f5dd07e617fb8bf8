import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ReviewsArgs {
  @Field(() => ID)
  @IsUUID('all')
  agendaItemId: string;
}
