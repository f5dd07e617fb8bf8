import {
  Confidentiality,
  DecisionOutcome,
  ReviewVisibility,
  RetentionClass,
  TaskOrigin,
  TaskStatus,
  VoteChoice,
} from '@bestuurskracht/shared/domain';
import { municipalityByCbs, type DemoContext } from './demo-context';
import type { DemoMeeting } from './kempengemeenten-calendar';
import type { KempenStructure } from './kempengemeenten-structure';
import { KEMPEN_GEMEENTEN } from './people';
import { addDays, at } from './seed-writer';
import { REVIEW_TEXTS, type DemoProposal } from './texts';

export async function seedReviews(
  context: DemoContext,
  structure: KempenStructure,
  dbMeeting: DemoMeeting,
  dbItemId: string,
  affected: string[],
): Promise<void> {
  for (const [index, gemeente] of KEMPEN_GEMEENTEN.entries()) {
    const municipality = municipalityByCbs(context, gemeente.cbsCode);
    if (!affected.includes(municipality.id)) continue;
    const turn = (dbMeeting.position + index) % 3;
    if (turn === 2) continue;
    const texts = turn === 0 ? REVIEW_TEXTS.shared : REVIEW_TEXTS.own;
    await context.writer.insert('review', {
      organisation_id: context.organisationId,
      agenda_item_id: dbItemId,
      body_id: structure.bodies.db,
      author_id: context.people.get(`gemeentesecretaris@${gemeente.domain}`),
      municipality_id: municipality.id,
      visibility: turn === 0 ? ReviewVisibility.SHARED : ReviewVisibility.OWN_MUNICIPALITY,
      text: texts[(dbMeeting.position + index) % texts.length],
      created_at: at(addDays(dbMeeting.day, -9), '15:00'),
    });
  }
}

/** Records a decision with the votes of the body's members who held their seat that day. */
export async function decide(
  context: DemoContext,
  seats: KempenStructure['seats']['db'],
  meeting: DemoMeeting,
  agendaItemId: string,
  versionId: string | null,
  plan: Pick<DemoProposal, 'title' | 'points'>,
  outcome: DecisionOutcome,
  visibility: { municipality_scope: string[]; confidentiality: Confidentiality; secrecy_id: string | null },
): Promise<string> {
  const published =
    meeting.decisionListPublishedAt !== null && visibility.confidentiality === Confidentiality.PUBLIC;
  const decisionId = await context.writer.insert('decision', {
    organisation_id: context.organisationId,
    body_id: meeting.bodyId,
    meeting_id: meeting.id,
    agenda_item_id: agendaItemId,
    proposal_version_id: versionId,
    decision_list_id: meeting.decisionListId,
    title: plan.title,
    text: `Het bestuur besluit:\n${plan.points.map((point, index) => `${index + 1}. ${point}`).join('\n')}`,
    outcome,
    decided_on: meeting.day,
    ...visibility,
    published_at: published ? meeting.decisionListPublishedAt : null,
    retention_class: RetentionClass.KEEP,
  });
  const voting = outcome !== DecisionOutcome.WITHDRAWN && outcome !== DecisionOutcome.DEFERRED;
  for (const [index, seat] of seats.entries()) {
    if (!voting || seat.role === 'SECRETARY') continue;
    const choice =
      outcome === DecisionOutcome.REJECTED
        ? index < 3
          ? VoteChoice.AGAINST
          : VoteChoice.FOR
        : index === seats.length - 1 && meeting.position % 4 === 0
          ? VoteChoice.ABSTAIN
          : VoteChoice.FOR;
    await context.writer.insert('vote', {
      decision_id: decisionId,
      person_id: seat.personId,
      municipality_id: seat.municipalityId,
      choice,
    });
  }
  await audit(
    context,
    context.people.get('directeur@kempengemeenten.example') ?? null,
    'recordDecision',
    'Decision',
    decisionId,
    at(meeting.day, '12:00'),
    {
      outcome,
    },
  );
  if (published) {
    await context.writer.insert('publication', {
      organisation_id: context.organisationId,
      kind: 'DECISION',
      subject_id: decisionId,
      due_at: meeting.decisionListPublishedAt,
      published_at: meeting.decisionListPublishedAt,
      published_by_id: context.people.get('directeur@kempengemeenten.example'),
    });
  }
  return decisionId;
}

/** Follow-up per affected gemeente: done long ago, late, in progress or open, relative to demo today. */
export async function seedDecisionTasks(
  context: DemoContext,
  structure: KempenStructure,
  meeting: DemoMeeting,
  agendaItemId: string,
  decisionId: string,
  plan: DemoProposal,
  affected: string[],
  confidentiality: Confidentiality,
): Promise<void> {
  const due = addDays(meeting.day, plan.taskDays ?? 42);
  for (const [index, gemeente] of KEMPEN_GEMEENTEN.entries()) {
    const municipality = municipalityByCbs(context, gemeente.cbsCode);
    if (!affected.includes(municipality.id)) continue;
    const secretaris = context.people.get(`gemeentesecretaris@${gemeente.domain}`) as string;
    const overdue = due < context.today;
    const longAgo = due < addDays(context.today, -45);
    const status =
      (plan.key === 'begrotingswijziging' && gemeente.cbsCode === 'GM0770') || (longAgo && index % 4 !== 3)
        ? TaskStatus.DONE
        : overdue
          ? index % 2 === 0
            ? TaskStatus.OPEN
            : TaskStatus.IN_PROGRESS
          : index % 2 === 0
            ? TaskStatus.IN_PROGRESS
            : TaskStatus.OPEN;
    const completedOn = addDays(due < context.today ? due : context.today, -3);
    await context.writer.insert('task', {
      organisation_id: context.organisationId,
      municipality_id: municipality.id,
      assignee_id: secretaris,
      title: plan.taskTitle ?? `Informeer de raad over het besluit: ${plan.title}`,
      description: `Volgt uit het besluit van het dagelijks bestuur over "${plan.title}".`,
      due_on: due,
      status,
      origin: TaskOrigin.DECISION,
      decision_id: decisionId,
      agenda_item_id: agendaItemId,
      body_id: structure.bodies.db,
      confidentiality:
        confidentiality === Confidentiality.SECRET ? Confidentiality.CONFIDENTIAL : confidentiality,
      created_by_id: structure.directorId,
      completed_at: status === TaskStatus.DONE ? at(completedOn, '16:00') : null,
      completed_by_id: status === TaskStatus.DONE ? secretaris : null,
      created_at: at(addDays(meeting.day, 1), '09:00'),
    });
  }
}

export async function audit(
  context: DemoContext,
  actorId: string | null,
  action: string,
  subjectType: string,
  subjectId: string,
  atMoment: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await context.writer.insert('audit_entry', {
    organisation_id: context.organisationId,
    actor_id: actorId,
    action,
    subject_type: subjectType,
    subject_id: subjectId,
    details: JSON.stringify({ ...details, demo: true }),
    at: atMoment,
  });
}
