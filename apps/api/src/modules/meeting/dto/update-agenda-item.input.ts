import { AgendaItemHandling, AgendaItemPurpose, Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { whenPresent } from '../../../graphql/when-present';
import { NotSecret } from './not-secret';

/** Absent fields stay as they are; description, proposalId and serviceAreaId can be cleared with null. */
@InputType()
export class UpdateAgendaItemInput {
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
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => AgendaItemPurpose, { nullable: true })
  @ValidateIf(whenPresent)
  @IsEnum(AgendaItemPurpose)
  purpose?: AgendaItemPurpose;

  @Field(() => AgendaItemHandling, { nullable: true })
  @ValidateIf(whenPresent)
  @IsEnum(AgendaItemHandling)
  handling?: AgendaItemHandling;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  proposalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  serviceAreaId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the gemeente scope; empty means all' })
  @ValidateIf(whenPresent)
  @IsUUID('all', { each: true })
  @ArrayUnique({ message: 'municipalityScope must not name a gemeente twice' })
  @ArrayMaxSize(100)
  municipalityScope?: string[];

  @Field(() => Confidentiality, { nullable: true })
  @ValidateIf(whenPresent)
  @NotSecret()
  confidentiality?: Confidentiality;
}
