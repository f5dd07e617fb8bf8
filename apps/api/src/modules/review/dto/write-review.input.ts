import { ReviewVisibility } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import '../review.model';

@InputType()
export class WriteReviewInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Optional UUID chosen by the client: sending it again within 24 hours answers the first result',
  })
  @IsOptional()
  @IsUUID('all')
  idempotencyKey?: string | null;

  @Field(() => ID)
  @IsUUID('all')
  agendaItemId: string;

  @Field(() => ID, { description: 'The gemeente the signed-in author acts for in the directors’ meeting' })
  @IsUUID('all')
  municipalityId: string;

  @Field(() => ReviewVisibility)
  @IsEnum(ReviewVisibility)
  visibility: ReviewVisibility;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(10_000)
  text: string;
}
