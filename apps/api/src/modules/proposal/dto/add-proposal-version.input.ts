import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { FinancialImpactInput } from './financial-impact.input';
import { DecisionPointTexts, FinancialImpactList } from './proposal-text';

@InputType()
export class AddProposalVersionInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field(() => Int, { description: 'The proposal version you read; refused when it has changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

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

  @Field({ description: 'Why this version is made, e.g. "amendement Bladel aangenomen"' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  changeNote: string;

  @Field(() => [String], { description: 'The beslispunten of this version, numbered in this order' })
  @DecisionPointTexts()
  decisionPoints: string[];

  @Field(() => [FinancialImpactInput], { nullable: true })
  @IsOptional()
  @FinancialImpactList()
  financialImpacts?: FinancialImpactInput[] | null;
}
