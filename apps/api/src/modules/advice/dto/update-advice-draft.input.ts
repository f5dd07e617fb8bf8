import { AdviceOutcome } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import '../advice.model';

const present = (_input: unknown, value: unknown) => value !== undefined;

@InputType()
export class UpdateAdviceDraftInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; the update is refused when it has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AdviceOutcome, { nullable: true })
  @ValidateIf(present)
  @IsEnum(AdviceOutcome)
  outcome?: AdviceOutcome;

  @Field({ nullable: true })
  @ValidateIf(present)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  reasoning?: string;
}
