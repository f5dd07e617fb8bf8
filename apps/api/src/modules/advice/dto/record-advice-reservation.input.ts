import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordAdviceReservationInput {
  @Field(() => ID)
  @IsUUID('all')
  adviceId: string;

  @Field(() => ID, { description: 'The gemeente that differs from the advice' })
  @IsUUID('all')
  municipalityId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text: string;

  @Field(() => ID, { description: 'Who records it (until sign-in exists)' })
  @IsUUID('all')
  recordedById: string;
}
