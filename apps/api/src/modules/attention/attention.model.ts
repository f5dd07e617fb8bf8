import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Advice } from '../advice/advice.model';
import { CouncilViewProcedure } from '../council-view/council-view.model';
import { Meeting } from '../meeting/meeting.model';
import { Task } from '../task/task.model';

@ObjectType({ description: "An agenda sent to the directors' meeting, and how far your gemeente is with it" })
export class AgendaToReview {
  @Field(() => Meeting)
  meeting: Meeting;

  @Field(() => Int, { description: 'The agenda items you may read' })
  itemCount: number;

  @Field(() => Int, { description: 'Of those, the items your gemeente has written a note on' })
  reviewedCount: number;
}

@ObjectType({
  description: 'What needs your attention now, for the home page; each list holds only what you may read',
})
export class Attention {
  @Field(() => [AgendaToReview], {
    description:
      "Agendas sent to a directors' meeting you review for a gemeente, with your gemeente's progress",
  })
  agendasToReview: AgendaToReview[];

  @Field(() => [Advice], { description: 'Draft advice you may adopt (you chair the committee)' })
  advicesToAdopt: Advice[];

  @Field(() => [Meeting], {
    description:
      'Meetings you organise in the coming 3 weeks whose agenda is not yet published, soonest first',
  })
  agendasToPublish: Meeting[];

  @Field(() => [Task], {
    description:
      'Open tasks of your gemeenten that are late or due within 2 weeks, soonest first (at most 20)',
  })
  tasks: Task[];

  @Field(() => [CouncilViewProcedure], {
    description: 'Zienswijze procedures still open, nearest deadline first',
  })
  councilViewProcedures: CouncilViewProcedure[];
}
