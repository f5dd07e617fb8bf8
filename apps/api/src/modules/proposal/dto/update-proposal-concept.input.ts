import { Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
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
import { NotSecret } from '../../meeting/dto/not-secret';
import { FinancialImpactInput } from './financial-impact.input';
import { DecisionPointTexts, FinancialImpactList } from './proposal-text';

/** Edits a concept in place. Absent fields stay; lists given replace the old ones. */
@InputType()
export class UpdateProposalConceptInput {
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
  @MaxLength(2000)
  summary?: string | null;

  @Field({ nullable: true })
  @ValidateIf(whenPresent)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  body?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  financialConsequences?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the beslispunten' })
  @ValidateIf(whenPresent)
  @DecisionPointTexts()
  decisionPoints?: string[];

  @Field(() => [FinancialImpactInput], { nullable: true, description: 'Replaces the financial impacts' })
  @ValidateIf(whenPresent)
  @FinancialImpactList()
  financialImpacts?: FinancialImpactInput[];

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
