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

  @Field(() => Int, {
    description:
      "The meeting's agendaVersion the order was read at: a move based on an agenda that has changed since is refused " +
      'with CONFLICT, so two editors never reorder each other’s agenda unseen',
  })
  @IsInt()
  @Min(0)
  expectedAgendaVersion: number;
}
