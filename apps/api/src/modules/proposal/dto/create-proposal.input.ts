import { Confidentiality } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { NotSecret } from '../../meeting/dto/not-secret';
import { FinancialImpactInput } from './financial-impact.input';
import { DecisionPointTexts, FinancialImpactList } from './proposal-text';

@InputType()
export class CreateProposalInput {
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
  portfolioId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  serviceAreaId?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200_000)
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  financialConsequences?: string | null;

  @Field(() => [String], { description: 'The beslispunten, numbered in this order' })
  @DecisionPointTexts()
  decisionPoints: string[];

  @Field(() => [FinancialImpactInput], { nullable: true })
  @IsOptional()
  @FinancialImpactList()
  financialImpacts?: FinancialImpactInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Limit the proposal to these gemeenten; empty means all',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique({ message: 'municipalityScope must not name a gemeente twice' })
  @ArrayMaxSize(100)
  municipalityScope?: string[] | null;

  @Field(() => Confidentiality, {
    description: 'PUBLIC or CONFIDENTIAL; geheimhouding is imposed separately',
  })
  @NotSecret()
  confidentiality: Confidentiality;
}
