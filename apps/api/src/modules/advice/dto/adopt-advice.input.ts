import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@InputType()
export class AdoptAdviceInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; adoption is refused when it has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
