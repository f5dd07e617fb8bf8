import { AdviceOutcome } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { whenPresent } from '../../../graphql/when-present';
import '../advice.model';

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
  @ValidateIf(whenPresent)
  @IsEnum(AdviceOutcome)
  outcome?: AdviceOutcome;

  @Field({ nullable: true })
  @ValidateIf(whenPresent)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  reasoning?: string;
}
