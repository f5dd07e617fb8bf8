import {
  Confidentiality,
  DecisionOutcome,
  MeetingStatus,
  ProposalState,
  RetentionClass,
  TaskOrigin,
  TaskStatus,
  VoteChoice,
} from '@bestuurskracht/shared/domain';
import type { DemoContext } from './demo-context';
import { PORTFOLIOS, seedNoaberStructure, type NoaberPortfolio } from './noaberkracht-structure';
import { NOABER_STAFF } from './people';
import { addDays, at, dutchDate, weekday } from './seed-writer';

/** Proposals discussed in the weekly portefeuillehoudersoverleg; `week` relative to this week; `board` the bestuur meeting. */
const PROPOSALS: {
  portfolio: NoaberPortfolio;
  title: string;
  summary: string;
  week?: number;
  board?: number;
  withdrawn?: boolean;
}[] = [
  {
    portfolio: 'SD',
    title: 'Uitvoeringsagenda Sociaal Domein 2027',
    summary: 'Gezamenlijke prioriteiten voor Dinkelland en Tubbergen: preventie, jeugd en mantelzorg.',
    week: -10,
    board: -2,
  },
  {
    portfolio: 'SD',
    title: 'Beleidsplan schuldhulpverlening 2027-2030',
    summary: 'Vroegsignalering en een gezamenlijk schuldhulploket.',
    week: -6,
    board: -1,
  },
  {
    portfolio: 'SD',
    title: 'Harmonisatie minimaregelingen',
    summary: 'Gelijke inkomensgrenzen voor de minimaregelingen in beide gemeenten.',
    week: 1,
  },
  {
    portfolio: 'RUI',
    title: 'Onderhoudsplan openbare ruimte 2027',
    summary: 'Beeldkwaliteit en onderhoudsniveaus voor wegen, groen en riolering.',
    week: -9,
    board: -2,
  },
  {
    portfolio: 'RUI',
    title: 'Harmonisatie APV Dinkelland en Tubbergen',
    summary: 'Eén model-APV met lokale keuzes voor evenementen en terrassen.',
    week: -3,
    board: 0,
  },
  {
    portfolio: 'RUI',
    title: 'Woningbouwprogrammering kleine kernen',
    summary: 'Afspraken over woningbouw in de kleine kernen tot 2030.',
  },
  {
    portfolio: 'BV',
    title: 'Begroting Noaberkracht 2027',
    summary: 'De begroting van de samenwerkingsorganisatie met de bijdragen van beide gemeenten.',
    week: -12,
    board: -2,
  },
  {
    portfolio: 'BV',
    title: 'Informatiebeveiligingsplan 2027',
    summary: 'Maatregelen op basis van de ENSIA-zelfevaluatie.',
    week: -4,
    board: -1,
  },
  {
    portfolio: 'BV',
    title: 'Werkplekconcept gemeentehuizen',
    summary: 'Flexibele werkplekken in de gemeentehuizen van Denekamp en Tubbergen.',
    week: -7,
    withdrawn: true,
  },
];

const ASSIGNMENTS: {
  portfolio: NoaberPortfolio;
  title: string;
  week: number;
  dueIn: number;
  status: TaskStatus;
}[] = [
  {
    portfolio: 'SD',
    title: 'Maak één werkwijze voor keukentafelgesprekken Wmo',
    week: -11,
    dueIn: -40,
    status: TaskStatus.DONE,
  },
  {
    portfolio: 'SD',
    title: 'Breng de wachtlijst jeugdhulp per kern in beeld',
    week: -5,
    dueIn: -7,
    status: TaskStatus.IN_PROGRESS,
  },
  {
    portfolio: 'SD',
    title: 'Stel een gezamenlijk mantelzorgcompliment voor',
    week: -2,
    dueIn: 28,
    status: TaskStatus.OPEN,
  },
  {
    portfolio: 'SD',
    title: 'Evalueer de inzet van praktijkondersteuners jeugd bij huisartsen',
    week: -1,
    dueIn: 56,
    status: TaskStatus.OPEN,
  },
  {
    portfolio: 'RUI',
    title: 'Lijn de leges voor omgevingsvergunningen gelijk',
    week: -10,
    dueIn: -30,
    status: TaskStatus.DONE,
  },
  {
    portfolio: 'RUI',
    title: 'Inventariseer de staat van de bruggen in het buitengebied',
    week: -6,
    dueIn: -3,
    status: TaskStatus.OPEN,
  },
  {
    portfolio: 'RUI',
    title: 'Bereid een gezamenlijke woonvisie voor',
    week: -2,
    dueIn: 84,
    status: TaskStatus.IN_PROGRESS,
  },
  {
    portfolio: 'BV',
    title: 'Vervang de telefonie in beide gemeentehuizen',
    week: -9,
    dueIn: -21,
    status: TaskStatus.DONE,
  },
  {
    portfolio: 'BV',
    title: 'Stel een gezamenlijk inkoopbeleid op',
    week: -4,
    dueIn: -10,
    status: TaskStatus.IN_PROGRESS,
  },
  {
    portfolio: 'BV',
    title: 'Maak een plan voor de archiefoverbrenging naar het streekarchief',
    week: -1,
    dueIn: 35,
    status: TaskStatus.OPEN,
  },
];

/**
 * Noaberkracht: a bedrijfsvoeringsorganisatie with one bestuur (both colleges), a weekly
 * portefeuillehoudersoverleg per portfolio, a directieoverleg, and joint assignments to the organisation.
 */
export async function seedNoaberkracht(context: DemoContext, boardId: string): Promise<void> {
  const { writer, organisationId, today } = context;
  const { portfolios, pho, directie, boardSeats, allIds, id, director } = await seedNoaberStructure(
    context,
    boardId,
  );

  // Meetings: weekly portefeuillehoudersoverleg (12 weeks back, 3 ahead), bestuur and directieoverleg every 4 weeks.
  let monday = today;
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  const meetingRow = async (
    bodyId: string,
    title: string,
    day: string,
    time: string,
    confidentiality = Confidentiality.PUBLIC,
  ) => {
    const status =
      day < today
        ? MeetingStatus.CLOSED
        : day <= addDays(today, 7)
          ? MeetingStatus.PUBLISHED
          : MeetingStatus.PLANNED;
    const meetingId = await writer.insert('meeting', {
      organisation_id: organisationId,
      body_id: bodyId,
      title: `${title} ${dutchDate(day)}`,
      starts_at: at(day, time),
      ends_at: at(day, `${String(Number(time.slice(0, 2)) + 2).padStart(2, '0')}${time.slice(2)}`),
      location: Number(day.slice(8, 10)) % 2 === 0 ? 'Gemeentehuis Denekamp' : 'Gemeentehuis Tubbergen',
      status,
      confidentiality,
      agenda_published_at: status === MeetingStatus.PLANNED ? null : at(addDays(day, -5), '12:00'),
    });
    return { id: meetingId, day, status, position: 1, bodyId };
  };
  const item = async (
    meeting: { id: string; position: number; bodyId: string },
    title: string,
    purpose: string,
    extra: Record<string, unknown> = {},
  ) =>
    writer.insert('agenda_item', {
      organisation_id: organisationId,
      meeting_id: meeting.id,
      body_id: meeting.bodyId,
      position: meeting.position++,
      title,
      purpose,
      handling: 'DEBATE',
      confidentiality: Confidentiality.PUBLIC,
      ...extra,
    });
  const phoMeetings = new Map<string, Awaited<ReturnType<typeof meetingRow>>>();
  for (const portfolio of PORTFOLIOS) {
    for (let week = -12; week <= 3; week++) {
      const day = addDays(monday, 7 * week + portfolio.day);
      const meeting = await meetingRow(
        pho.get(portfolio.code) as string,
        `Portefeuillehoudersoverleg ${portfolio.name}`,
        day,
        '08:30',
      );
      await item(meeting, 'Opening en actiepuntenlijst', 'INFORMATION', { handling: 'CONSENT' });
      phoMeetings.set(`${portfolio.code}:${week}`, meeting);
    }
  }
  const boardMeetings = new Map<number, Awaited<ReturnType<typeof meetingRow>> & { listId: string | null }>();
  for (let k = -10; k <= 2; k++) {
    const day = addDays(monday, 28 * k + 3 + 7);
    const meeting = await meetingRow(boardId, 'Bestuur Noaberkracht', day, '15:00');
    await item(meeting, 'Opening, mededelingen en besluitenlijst vorige vergadering', 'INFORMATION', {
      handling: 'CONSENT',
    });
    const directieMeeting = await meetingRow(
      directie,
      'Directieoverleg',
      addDays(day, -7),
      '09:00',
      Confidentiality.CONFIDENTIAL,
    );
    await item(directieMeeting, 'Voorbereiding bestuursvergadering', 'DISCUSSION');
    boardMeetings.set(k, { ...meeting, listId: null });
  }
  // a closed meeting's besluitenlijst, adopted and published at the next bestuur meeting (final from then on)
  for (const [k, meeting] of boardMeetings) {
    if (meeting.status !== MeetingStatus.CLOSED) continue;
    const next = boardMeetings.get(k + 1);
    const published = k <= -2 && next !== undefined;
    const day = addDays(monday, 28 * k + 3 + 7);
    meeting.listId = await writer.insert('decision_list', {
      organisation_id: organisationId,
      body_id: boardId,
      meeting_id: meeting.id,
      status: published ? 'PUBLISHED' : 'DRAFT',
      adopted_in_meeting_id: published ? next.id : null,
      adopted_at: published ? at(addDays(day, 28), '15:00') : null,
      published_at: published ? at(addDays(day, 31), '10:00') : null,
      retention_class: RetentionClass.KEEP,
    });
  }

  // Proposals: from the portefeuillehoudersoverleg to the bestuur
  for (const plan of PROPOSALS) {
    const portfolio = PORTFOLIOS.find((p) => p.code === plan.portfolio) as (typeof PORTFOLIOS)[number];
    const author = id(NOABER_STAFF[portfolio.staff].email);
    const board = plan.board === undefined ? undefined : boardMeetings.get(plan.board);
    const state = plan.withdrawn
      ? ProposalState.WITHDRAWN
      : board
        ? board.status === MeetingStatus.CLOSED
          ? plan.board !== undefined && plan.board <= -2
            ? ProposalState.PUBLISHED
            : ProposalState.DECIDED
          : ProposalState.ON_AGENDA
        : plan.week !== undefined
          ? ProposalState.IN_COMMITTEE
          : ProposalState.CONCEPT;
    const proposalId = await writer.insert('proposal', {
      organisation_id: organisationId,
      portfolio_id: portfolios.get(plan.portfolio),
      author_id: author,
      title: plan.title,
      summary: plan.summary,
      state,
      confidentiality: Confidentiality.PUBLIC,
    });
    const versionId = await writer.insert('proposal_version', {
      proposal_id: proposalId,
      number: 1,
      title: plan.title,
      body: `# ${plan.title}\n\n${plan.summary}\n\nVoorgesteld besluit: in te stemmen met het voorstel.`,
      created_by_id: author,
    });
    await writer.insert('decision_point', {
      proposal_version_id: versionId,
      number: 1,
      text: `In te stemmen met: ${plan.title}.`,
    });
    if (plan.week === undefined) continue;
    const pm = phoMeetings.get(`${plan.portfolio}:${plan.week}`);
    if (!pm) continue;
    const phoItem = await item(pm, plan.title, 'DISCUSSION', {
      proposal_id: proposalId,
      description: plan.summary,
    });
    if (!board) continue;
    const boardItem = await item(board, plan.title, 'DECISION', {
      proposal_id: proposalId,
      source_agenda_item_id: phoItem,
      handling: 'CONSENT',
    });
    if (board.status !== MeetingStatus.CLOSED) continue;
    const published = board.listId !== null && plan.board !== undefined && plan.board <= -2;
    const decisionId = await writer.insert('decision', {
      organisation_id: organisationId,
      body_id: boardId,
      meeting_id: board.id,
      agenda_item_id: boardItem,
      proposal_version_id: versionId,
      decision_list_id: board.listId,
      title: plan.title,
      text: `Het bestuur besluit in te stemmen met: ${plan.title}.`,
      outcome: DecisionOutcome.ADOPTED,
      decided_on: board.day,
      confidentiality: Confidentiality.PUBLIC,
      published_at: published ? at(addDays(board.day, 31), '10:00') : null,
      retention_class: RetentionClass.KEEP,
    });
    for (const seat of boardSeats) {
      await writer.insert('vote', {
        decision_id: decisionId,
        person_id: seat.personId,
        municipality_id: seat.municipalityId,
        choice: VoteChoice.FOR,
      });
    }
  }

  // Joint assignments: both gemeenten's portfolio holders give the organisation one opdracht.
  for (const assignment of ASSIGNMENTS) {
    const portfolio = PORTFOLIOS.find((p) => p.code === assignment.portfolio) as (typeof PORTFOLIOS)[number];
    const pm = phoMeetings.get(`${assignment.portfolio}:${assignment.week}`);
    if (!pm) continue;
    const itemId = await item(pm, `Opdracht: ${assignment.title}`, 'DECISION', { handling: 'CONSENT' });
    const assignee = id(NOABER_STAFF[portfolio.staff].email);
    const done = assignment.status === TaskStatus.DONE;
    await writer.insert('task', {
      organisation_id: organisationId,
      municipality_id: null,
      for_organisation: true,
      assignee_id: assignee,
      title: assignment.title,
      description: `Gezamenlijke opdracht van de portefeuillehouders ${portfolio.name} van Dinkelland en Tubbergen.`,
      due_on: addDays(today, assignment.dueIn),
      status: assignment.status,
      origin: TaskOrigin.JOINT_ASSIGNMENT,
      agenda_item_id: itemId,
      body_id: pho.get(assignment.portfolio),
      requested_by_municipality_ids: allIds,
      confidentiality: Confidentiality.PUBLIC,
      created_by_id: id(director),
      completed_at: done ? at(addDays(today, assignment.dueIn - 2), '16:00') : null,
      completed_by_id: done ? assignee : null,
      created_at: at(pm.day, '11:00'),
    });
  }
}
