import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RemoveAgendaItemInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;
}
