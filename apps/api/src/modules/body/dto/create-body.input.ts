import { BodyKind } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import '../body.model';

@InputType()
export class CreateBodyInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => BodyKind)
  @IsEnum(BodyKind, { message: 'kind must be one of the body kinds' })
  kind: BodyKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true, description: 'Required for COMMITTEE and PORTFOLIO_MEETING' })
  @IsOptional()
  @IsUUID()
  portfolioId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for MUNICIPAL_EXECUTIVE and COUNCIL' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A body of the same organisation that this one advises' })
  @IsOptional()
  @IsUUID()
  advisesBodyId?: string | null;

  @Field({ description: 'Whether decisions are taken by vote' })
  @IsBoolean()
  votes: boolean;

  @Field(() => Int, { nullable: true, description: 'Members present needed for a valid vote, at least 1' })
  @IsOptional()
  @IsInt()
  @Min(1)
  quorum?: number | null;
}
