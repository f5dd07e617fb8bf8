import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class CreatePortfolioInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field({ description: 'Short code, unique within the organisation: letters, digits, - and _' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: 'code must be 1 to 32 letters, digits, - or _' })
  code: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
