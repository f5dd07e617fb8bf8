import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType({ description: 'The yearly financial consequence for one gemeente' })
export class FinancialImpactInput {
  @Field(() => ID)
  @IsUUID('all')
  municipalityId: string;

  @Field({ description: 'Euro cents as a decimal string; negative is a saving, e.g. "-125000"' })
  @IsString()
  @Matches(/^-?\d{1,15}$/, { message: 'amountCents must be a whole number of euro cents, e.g. "-125000"' })
  amountCents: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
