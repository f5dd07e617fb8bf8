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

@InputType({
  description: 'Fields left out stay as they are; null clears portfolio, gemeente, advised body or quorum',
})
export class UpdateBodyInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => BodyKind, { nullable: true })
  @IsOptional()
  @IsEnum(BodyKind, { message: 'kind must be one of the body kinds' })
  kind?: BodyKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  portfolioId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  advisesBodyId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  votes?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  quorum?: number | null;
}
