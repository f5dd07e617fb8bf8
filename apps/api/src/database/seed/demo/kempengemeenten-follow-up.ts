import {
  Confidentiality,
  CouncilViewProcedureStatus,
  CouncilViewStatus,
  CouncilViewSubject,
  DecisionOutcome,
  MeetingStatus,
  TaskOrigin,
  TaskStatus,
} from '@bestuurskracht/shared/domain';
import { municipalityByCbs, type DemoContext } from './demo-context';
import type { DemoMeeting, KempenCalendar } from './kempengemeenten-calendar';
import { audit, decide } from './kempengemeenten-decisions';
import type { SeededProposal } from './kempengemeenten-proposals';
import type { KempenStructure } from './kempengemeenten-structure';
import { KEMPEN_GEMEENTEN, type KempenCbs } from './people';
import { addDays, at, dutchDate, textDocument } from './seed-writer';

/**
 * What follows the meetings: "bespreek DB-agenda in college" tasks, lifting the secrecy on the tender, the
 * zienswijzeprocedures, a gemeente's own requests, and the Woo publications of agendas and besluitenlijsten.
 */
export async function seedKempenFollowUp(
  context: DemoContext,
  structure: KempenStructure,
  calendar: KempenCalendar,
  proposals: Map<string, SeededProposal>,
): Promise<void> {
  await seedAgendaTasks(context, structure, calendar);
  await liftTenderSecrecy(context, structure, calendar, proposals.get('leerlingenvervoer'));
  await seedCouncilViews(context, structure, calendar, proposals);
  await seedRequests(context, structure);
  await seedPublications(context, structure, calendar);
}

async function seedAgendaTasks(context: DemoContext, structure: KempenStructure, calendar: KempenCalendar) {
  const late: Partial<Record<KempenCbs, { k: number; status: TaskStatus }>> = {
    GM1667: { k: -1, status: TaskStatus.OPEN },
    GM0823: { k: -2, status: TaskStatus.IN_PROGRESS },
  };
  const upcoming: Record<KempenCbs, TaskStatus> = {
    GM1724: TaskStatus.OPEN,
    GM1728: TaskStatus.IN_PROGRESS,
    GM0770: TaskStatus.IN_PROGRESS,
    GM0823: TaskStatus.OPEN,
    GM1667: TaskStatus.OPEN,
  };
  for (const [k, meeting] of calendar.db) {
    if (k > 0) continue;
    const due = addDays(meeting.day, -1);
    for (const gemeente of KEMPEN_GEMEENTEN) {
      const municipality = municipalityByCbs(context, gemeente.cbsCode);
      const secretaris = context.people.get(`gemeentesecretaris@${gemeente.domain}`) as string;
      const status =
        k === 0
          ? upcoming[gemeente.cbsCode]
          : late[gemeente.cbsCode]?.k === k
            ? (late[gemeente.cbsCode]?.status as TaskStatus)
            : TaskStatus.DONE;
      const done = status === TaskStatus.DONE;
      await context.writer.insert('task', {
        organisation_id: context.organisationId,
        municipality_id: municipality.id,
        assignee_id: secretaris,
        title: `Bespreek de DB-agenda van ${dutchDate(meeting.day)} in het college van ${gemeente.name}`,
        description:
          'Het college bespreekt de agenda, het advies van de commissies en de beslispunten vóór de DB-vergadering.',
        due_on: due,
        status,
        origin: TaskOrigin.AGENDA_PUBLICATION,
        body_id: structure.bodies.db,
        confidentiality: Confidentiality.PUBLIC,
        created_by_id: structure.directorId,
        completed_at: done ? at(addDays(due, k === 0 ? -2 : -1), '11:00') : null,
        completed_by_id: done ? secretaris : null,
        created_at: at(addDays(meeting.day, -7), '12:00'),
      });
    }
  }
}

async function liftTenderSecrecy(
  context: DemoContext,
  structure: KempenStructure,
  calendar: KempenCalendar,
  tender: SeededProposal | undefined,
) {
  if (!tender?.secrecyId || !tender.dbItemId) return;
  const meeting = calendar.db.get(-4) as DemoMeeting;
  const title = 'Opheffing geheimhouding aanbesteding leerlingenvervoer';
  const itemId = await context.writer.insert('agenda_item', {
    organisation_id: context.organisationId,
    meeting_id: meeting.id,
    body_id: meeting.bodyId,
    position: meeting.position++,
    title,
    description: 'De gunning is definitief; de geheimhouding op de gunningsbeslissing kan worden opgeheven.',
    purpose: 'DECISION',
    handling: 'CONSENT',
    source_agenda_item_id: tender.dbItemId,
    confidentiality: Confidentiality.PUBLIC,
  });
  const decisionId = await decide(
    context,
    structure.seats.db,
    meeting,
    itemId,
    null,
    { title, points: ['De geheimhouding op de gunningsbeslissing leerlingenvervoer op te heffen.'] },
    DecisionOutcome.ADOPTED,
    { municipality_scope: [], confidentiality: Confidentiality.PUBLIC, secrecy_id: null },
  );
  await context.writer.manager.query(
    `UPDATE secrecy SET lifted_on = $2, lifted_by_decision_id = $3 WHERE id = $1`,
    [tender.secrecyId, meeting.day, decisionId],
  );
  await audit(
    context,
    structure.directorId,
    'liftSecrecy',
    'Secrecy',
    tender.secrecyId,
    at(meeting.day, '12:00'),
  );
}

async function seedCouncilViews(
  context: DemoContext,
  structure: KempenStructure,
  calendar: KempenCalendar,
  proposals: Map<string, SeededProposal>,
) {
  const procedures: {
    key: string;
    subject: CouncilViewSubject;
    title: string;
    k: number;
    weeks: number;
    views: Record<KempenCbs, CouncilViewStatus>;
  }[] = [
    {
      key: 'kadernota',
      subject: CouncilViewSubject.FRAMEWORK_MEMO,
      title: 'Zienswijze Kadernota 2028',
      k: -9,
      weeks: 8,
      views: {
        GM1724: CouncilViewStatus.SUBMITTED,
        GM1728: CouncilViewStatus.SUBMITTED,
        GM0770: CouncilViewStatus.NO_VIEW,
        GM0823: CouncilViewStatus.SUBMITTED,
        GM1667: CouncilViewStatus.NO_VIEW,
      },
    },
    {
      key: 'ontwerpbegroting',
      subject: CouncilViewSubject.DRAFT_BUDGET,
      title: 'Zienswijze ontwerpbegroting 2027',
      k: -2,
      weeks: 12,
      views: {
        GM1724: CouncilViewStatus.SUBMITTED,
        GM1728: CouncilViewStatus.SUBMITTED,
        GM0770: CouncilViewStatus.NO_VIEW,
        GM0823: CouncilViewStatus.AWAITED,
        GM1667: CouncilViewStatus.AWAITED,
      },
    },
  ];
  for (const procedure of procedures) {
    const sentOn = addDays(calendar.dbDay(procedure.k), 3);
    const deadline = addDays(sentOn, procedure.weeks * 7);
    const closed = deadline < context.today;
    const procedureId = await context.writer.insert('council_view_procedure', {
      organisation_id: context.organisationId,
      body_id: structure.bodies.db,
      proposal_id: proposals.get(procedure.key)?.id ?? null,
      subject: procedure.subject,
      title: procedure.title,
      sent_on: sentOn,
      deadline_on: deadline,
      status: closed ? CouncilViewProcedureStatus.CLOSED : CouncilViewProcedureStatus.OPEN,
      reaction: closed
        ? 'Het dagelijks bestuur dankt de raden; de zienswijzen zijn verwerkt in de begroting.'
        : null,
      reacted_on: closed ? addDays(deadline, 10) : null,
    });
    for (const [index, gemeente] of KEMPEN_GEMEENTEN.entries()) {
      const municipality = municipalityByCbs(context, gemeente.cbsCode);
      const status = procedure.views[gemeente.cbsCode];
      const submittedOn = status === CouncilViewStatus.AWAITED ? null : addDays(deadline, -7 - index * 3);
      const summary =
        status === CouncilViewStatus.SUBMITTED
          ? `De raad van ${gemeente.name} vraagt het bestuur de stijging van de gemeentelijke bijdrage te beperken.`
          : status === CouncilViewStatus.NO_VIEW
            ? `De raad van ${gemeente.name} ziet af van een zienswijze.`
            : null;
      const viewId = await context.writer.insert('council_view', {
        procedure_id: procedureId,
        municipality_id: municipality.id,
        status,
        submitted_on: submittedOn,
        summary,
      });
      if (status === CouncilViewStatus.SUBMITTED && index === 1) {
        const text = `# Zienswijze van de raad van ${gemeente.name}\n\n${summary}\n`;
        await context.writer.insert('document', {
          organisation_id: context.organisationId,
          council_view_id: viewId,
          // the visibility columns the API derives from the parent on upload (document.service.ts)
          body_id: structure.bodies.db,
          proposal_id: proposals.get(procedure.key)?.id ?? null,
          title: `${procedure.title} – ${gemeente.name}`,
          file_name: `zienswijze-${procedure.key}-${gemeente.domain.split('.')[0]}.md`,
          content_type: 'text/markdown',
          ...textDocument(text),
          text_content: text,
          confidentiality: Confidentiality.PUBLIC,
          uploaded_by_id: context.people.get(`gemeentesecretaris@${gemeente.domain}`),
        });
      }
      const secretaris = context.people.get(`gemeentesecretaris@${gemeente.domain}`) as string;
      const taskStatus =
        status !== CouncilViewStatus.AWAITED
          ? TaskStatus.DONE
          : index % 2 === 0
            ? TaskStatus.IN_PROGRESS
            : TaskStatus.OPEN;
      await context.writer.insert('task', {
        organisation_id: context.organisationId,
        municipality_id: municipality.id,
        assignee_id: secretaris,
        title: `Laat de raad een zienswijze geven: ${procedure.title.replace('Zienswijze ', '')}`,
        due_on: addDays(deadline, -7),
        status: taskStatus,
        origin: TaskOrigin.COUNCIL_VIEW,
        body_id: structure.bodies.db,
        confidentiality: Confidentiality.PUBLIC,
        created_by_id: structure.directorId,
        completed_at: taskStatus === TaskStatus.DONE ? at(submittedOn ?? sentOn, '17:00') : null,
        completed_by_id: taskStatus === TaskStatus.DONE ? secretaris : null,
        created_at: at(sentOn, '09:00'),
      });
    }
  }
}

async function seedRequests(context: DemoContext, structure: KempenStructure) {
  const requests: { cbs: KempenCbs; title: string; status: TaskStatus; dueIn: number }[] = [
    {
      cbs: 'GM1728',
      title: 'Analyse wachttijden Wmo-indicaties voor Bladel',
      status: TaskStatus.IN_PROGRESS,
      dueIn: 21,
    },
    {
      cbs: 'GM0823',
      title: 'Overzicht handhavingszaken buitengebied Oirschot',
      status: TaskStatus.DONE,
      dueIn: -30,
    },
    {
      cbs: 'GM1724',
      title: 'Verkenning aansluiting Bergeijk bij VTH',
      status: TaskStatus.CANCELLED,
      dueIn: -10,
    },
  ];
  for (const request of requests) {
    const municipality = municipalityByCbs(context, request.cbs);
    const due = addDays(context.today, request.dueIn);
    await context.writer.insert('task', {
      organisation_id: context.organisationId,
      municipality_id: null,
      for_organisation: true,
      assignee_id: request.cbs === 'GM0823' ? structure.staff.VTH : structure.staff.MD,
      title: request.title,
      description: `Verzoek van de gemeente ${municipality.name} aan de Kempengemeenten.`,
      due_on: due,
      status: request.status,
      origin: TaskOrigin.MUNICIPAL_REQUEST,
      requested_by_municipality_ids: [municipality.id],
      confidentiality: Confidentiality.PUBLIC,
      created_by_id: structure.directorId,
      completed_at: request.status === TaskStatus.DONE ? at(addDays(due, -2), '15:00') : null,
      completed_by_id: request.status === TaskStatus.DONE ? structure.staff.VTH : null,
      created_at: at(addDays(due, -40), '09:00'),
    });
  }
}

async function seedPublications(context: DemoContext, structure: KempenStructure, calendar: KempenCalendar) {
  const meetings = [...calendar.db.values(), ...calendar.ab.values()];
  for (const meeting of meetings) {
    const rows: { agenda_published_at: string | null }[] = await context.writer.manager.query(
      `SELECT agenda_published_at FROM meeting WHERE id = $1`,
      [meeting.id],
    );
    const agendaPublishedAt = rows[0]?.agenda_published_at ?? null;
    if (agendaPublishedAt !== null && meeting.status !== MeetingStatus.PLANNED) {
      await context.writer.insert('publication', {
        organisation_id: context.organisationId,
        kind: 'AGENDA',
        subject_id: meeting.id,
        due_at: meeting.startsAt,
        published_at: agendaPublishedAt,
        published_by_id: structure.directorId,
      });
      await audit(context, structure.directorId, 'publishAgenda', 'Meeting', meeting.id, agendaPublishedAt);
    }
    if (meeting.decisionListId && meeting.decisionListPublishedAt) {
      await context.writer.insert('publication', {
        organisation_id: context.organisationId,
        kind: 'DECISION_LIST',
        subject_id: meeting.decisionListId,
        // Woo: within two weeks after adoption; the list was published three days after it.
        due_at: at(addDays(meeting.decisionListPublishedAt.slice(0, 10), 11), '23:59'),
        published_at: meeting.decisionListPublishedAt,
        published_by_id: structure.directorId,
      });
      await audit(
        context,
        structure.directorId,
        'publishDecisionList',
        'DecisionList',
        meeting.decisionListId,
        meeting.decisionListPublishedAt,
      );
    }
  }
}
