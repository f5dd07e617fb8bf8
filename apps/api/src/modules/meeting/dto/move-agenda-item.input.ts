import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The new place on the agenda, from 1 to the number of items' })
  @IsInt()
  @Min(1)
  position: number;
}
