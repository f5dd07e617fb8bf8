import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AgendaChangeKindValue {
  ITEM_ADDED = 'ITEM_ADDED',
  ITEM_CHANGED = 'ITEM_CHANGED',
  ITEM_REMOVED = 'ITEM_REMOVED',
  MEETING_CHANGED = 'MEETING_CHANGED',
}
registerEnumType(AgendaChangeKindValue, { name: 'AgendaChangeKind' });

@ObjectType({
  description: 'Something changed on an agenda you follow live; fetch the meeting or item again',
})
export class AgendaChange {
  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => AgendaChangeKindValue)
  kind: AgendaChangeKindValue;
}
