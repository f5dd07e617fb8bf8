import { ReviewVisibility } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString, IsUUID, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { whenPresent } from '../../../graphql/when-present';
import '../review.model';

@InputType()
export class UpdateReviewInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read; the update is refused when it has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true })
  @ValidateIf(whenPresent)
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(10_000)
  text?: string;

  @Field(() => ReviewVisibility, { nullable: true })
  @ValidateIf(whenPresent)
  @IsEnum(ReviewVisibility)
  visibility?: ReviewVisibility;
}
