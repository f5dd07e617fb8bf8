import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: "The signed-in person's interest in an agenda item, a proposal, or both" })
export class DeclareConflictOfInterestInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  agendaItemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  proposalId?: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  reason: string;

  @Field({ description: 'true: the person may not see the papers either' })
  @IsBoolean()
  barsPapers: boolean;
}
