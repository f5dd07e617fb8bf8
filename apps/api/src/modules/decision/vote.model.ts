import { VoteChoice } from '@bestuurskracht/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(VoteChoice, { name: 'VoteChoice', description: 'voor / tegen / onthouding' });

@ObjectType({ description: "One member's vote on a decision, on behalf of their gemeente" })
export class Vote {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  decisionId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => VoteChoice)
  choice: VoteChoice;
}
