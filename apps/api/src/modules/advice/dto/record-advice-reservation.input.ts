import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class RecordAdviceReservationInput {
  @Field(() => ID)
  @IsUUID('all')
  adviceId: string;

  @Field(() => ID, {
    description: 'The gemeente that differs from the advice: one you act for in the advising committee',
  })
  @IsUUID('all')
  municipalityId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text: string;
}
