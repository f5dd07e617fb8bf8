import { AdviceOutcome } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import '../advice.model';

@InputType()
export class DraftAdviceInput {
  @Field(() => ID, { description: 'The committee’s item ter advisering that carries the proposal' })
  @IsUUID('all')
  agendaItemId: string;

  @Field(() => AdviceOutcome)
  @IsEnum(AdviceOutcome)
  outcome: AdviceOutcome;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  reasoning: string;
}
