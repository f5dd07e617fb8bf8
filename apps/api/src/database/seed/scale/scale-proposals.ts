import { randomUUID } from 'node:crypto';
import { addDays, at, dutchDate, splitCents } from '../demo/seed-writer';
import type { ArrangementContext } from './scale-arrangement';
import { arrangementWriters, type Calendar, type Meeting } from './scale-calendar';

const TITLES = [
  'Uitvoeringsplan',
  'Beleidskader',
  'Evaluatie',
  'Verlenging dienstverleningsovereenkomst',
  'Begrotingswijziging',
  'Aanbesteding',
  'Kwaliteitsplan',
  'Jaarverslag',
  'Verordening',
  'Uitvoeringsprogramma',
];

/**
 * About two proposals per board meeting through the flow (committee advice, directors' reviews, decision with
 * votes, follow-up tasks per gemeente) in the demo's proportions, a few still in concept, in committee or advised,
 * and for two-gemeente arrangements the joint assignments of the weekly portefeuillehoudersoverleg.
 */
export async function writeProposals(context: ArrangementContext, calendar: Calendar): Promise<void> {
  const { out, random, input, organisationId, operational, board, boardSeats, committees, director } =
    context;
  const { today, members } = input;
  const { boardMeetings, directorMeetings, committeeMeetings } = calendar;
  const { item, audit } = arrangementWriters(context);
  // Proposals through the flow
  const lastBefore = (list: Meeting[], day: string) => {
    let found: Meeting | null = null;
    for (const candidate of list) if (candidate.day <= day) found = candidate;
    return found;
  };
  const proposal = async (k: number | null, phase: 'concept' | 'committee' | 'advised' | 'board') => {
    const committee = random.pick(committees);
    const area = random.pick(committee.areas);
    const boardMeeting = k === null ? null : (boardMeetings.get(k) as Meeting);
    const list = committeeMeetings.get(committee.id) as Meeting[];
    const committeeMeeting =
      phase === 'concept'
        ? null
        : phase === 'committee'
          ? (list.find((m) => !m.closed) ?? null)
          : phase === 'advised'
            ? lastBefore(list, addDays(today, -1))
            : lastBefore(list, addDays((boardMeeting as Meeting).day, operational ? -2 : -8));
    const scope = area.placing.length < members.length ? area.placing.map((m) => m.id) : [];
    const confidentiality = random.chance(0.05) ? 'CONFIDENTIAL' : 'PUBLIC';
    const outcome =
      boardMeeting && boardMeeting.closed
        ? random.weighted([
            ['ADOPTED', 80],
            ['ADOPTED_AMENDED', 8],
            ['DEFERRED', 4],
            ['REJECTED', 4],
            ['WITHDRAWN', 4],
          ] as const)
        : null;
    const state =
      outcome === 'WITHDRAWN'
        ? 'WITHDRAWN'
        : outcome
          ? (k as number) <= -3
            ? 'PUBLISHED'
            : 'DECIDED'
          : k === 0
            ? 'ON_AGENDA'
            : k !== null
              ? 'REVIEWED_BY_DIRECTORS'
              : phase === 'advised'
                ? 'ADVISED'
                : phase === 'committee'
                  ? 'IN_COMMITTEE'
                  : 'CONCEPT';
    const proposalId = randomUUID();
    const title = `${random.pick(TITLES)} ${committee.name} ${input.number}-${proposalId.slice(0, 4)}`;
    const createdOn = addDays(committeeMeeting?.day ?? today, -21);
    const versions = random.chance(0.2) ? 2 : 1;
    await out.add('proposal', {
      id: proposalId,
      organisation_id: organisationId,
      portfolio_id: committee.portfolioId,
      service_area_id: area.id,
      author_id: committee.staff,
      title,
      summary: `Voorstel over ${title.toLowerCase()}.`,
      state,
      current_version: versions,
      municipality_scope: scope,
      confidentiality,
      created_at: at(createdOn, '10:00'),
    });
    await audit(null, 'createProposal', 'Proposal', proposalId, at(createdOn, '10:00'));
    const cents = random.chance(0.7) ? random.int(1, 500) * 100_000 : 0;
    let versionId = '';
    for (let number = 1; number <= versions; number++) {
      versionId = randomUUID();
      await out.add('proposal_version', {
        id: versionId,
        proposal_id: proposalId,
        number,
        title,
        body: `# ${title}\n\nAanleiding, voorstel en financiële gevolgen (versie ${number}).`,
        financial_consequences: cents ? `€ ${(cents / 100).toFixed(2)}` : null,
        change_note: number > 1 ? 'Aangepast na het advies.' : null,
        created_by_id: committee.staff,
        created_at: at(number === 1 ? createdOn : addDays(createdOn, 14), '11:00'),
      });
      const points = random.int(1, 4);
      for (let point = 1; point <= points; point++) {
        await out.add('decision_point', {
          id: randomUUID(),
          proposal_version_id: versionId,
          number: point,
          text: `Beslispunt ${point}`,
        });
      }
      if (cents) {
        const parts = splitCents(
          cents,
          area.placing.map((m) => m.inhabitants),
        );
        for (const [index, member] of area.placing.entries()) {
          await out.add('financial_impact', {
            id: randomUUID(),
            proposal_version_id: versionId,
            municipality_id: member.id,
            amount_cents: parts[index],
          });
        }
      }
    }
    if (!committeeMeeting) return;
    const visibility = { proposal: proposalId, area: area.id, scope, confidentiality };
    const committeeItem = await item(
      committeeMeeting,
      title,
      operational ? 'DISCUSSION' : 'ADVICE',
      'DEBATE',
      visibility,
    );
    if (!operational && committeeMeeting.closed) {
      const adviceId = randomUUID();
      const adviceOutcome = random.weighted([
        ['POSITIVE', 70],
        ['POSITIVE_WITH_CHANGES', 15],
        ['NEGATIVE', 8],
        ['NO_ADVICE', 7],
      ] as const);
      const chair = committee.members[0];
      await out.add('advice', {
        id: adviceId,
        organisation_id: organisationId,
        body_id: committee.id,
        proposal_id: proposalId,
        agenda_item_id: committeeItem,
        outcome: adviceOutcome,
        reasoning: 'Advies van de commissie aan het dagelijks bestuur.',
        status: 'ADOPTED',
        confidentiality,
        drafted_by_id: committee.staff,
        adopted_by_id: chair.person,
        adopted_at: at(committeeMeeting.day, '18:00'),
      });
      if (random.chance(0.1) && committee.members.length > 1) {
        const reserving = committee.members[committee.members.length - 1];
        await out.add('advice_reservation', {
          id: randomUUID(),
          advice_id: adviceId,
          municipality_id: reserving.municipality,
          text: 'Voorbehoud: instemming na bespreking in het eigen college.',
          recorded_by_id: reserving.person,
        });
      }
      await audit(null, 'adoptAdvice', 'Advice', adviceId, at(committeeMeeting.day, '18:00'));
    }
    if (!boardMeeting || k === null) return;
    const boardItem = await item(boardMeeting, title, 'DECISION', random.chance(0.6) ? 'CONSENT' : 'DEBATE', {
      ...visibility,
      source: committeeItem,
    });
    if (!operational) {
      await item(directorMeetings.get(k) as Meeting, title, 'DISCUSSION', 'DEBATE', {
        ...visibility,
        source: boardItem,
      });
      for (const member of area.placing) {
        const roll = random.next();
        if (roll > 0.66) continue;
        await out.add('review', {
          id: randomUUID(),
          organisation_id: organisationId,
          agenda_item_id: boardItem,
          body_id: board,
          author_id: member.secretaris,
          municipality_id: member.id,
          visibility: roll < 0.33 ? 'SHARED' : 'OWN_MUNICIPALITY',
          text:
            roll < 0.33
              ? 'Vraag aan het overleg over de uitvoering.'
              : 'Aandachtspunt voor het eigen college.',
        });
      }
    }
    if (!outcome) return;
    const decisionId = randomUUID();
    const published = boardMeeting.listPublishedAt !== null && confidentiality === 'PUBLIC';
    await out.add('decision', {
      id: decisionId,
      organisation_id: organisationId,
      body_id: board,
      meeting_id: boardMeeting.id,
      agenda_item_id: boardItem,
      proposal_version_id: versionId,
      decision_list_id: boardMeeting.listId,
      title,
      text: `Het bestuur besluit: ${title}.`,
      outcome,
      decided_on: boardMeeting.day,
      municipality_scope: scope,
      confidentiality,
      published_at: published ? boardMeeting.listPublishedAt : null,
      retention_class: 'KEEP',
    });
    await audit(director, 'recordDecision', 'Decision', decisionId, at(boardMeeting.day, '12:00'));
    if (published) {
      await out.add('publication', {
        id: randomUUID(),
        organisation_id: organisationId,
        kind: 'DECISION',
        subject_id: decisionId,
        due_at: boardMeeting.listPublishedAt,
        published_at: boardMeeting.listPublishedAt,
        published_by_id: director,
      });
    }
    if (outcome === 'WITHDRAWN' || outcome === 'DEFERRED') return;
    for (const seat of boardSeats) {
      await out.add('vote', {
        id: randomUUID(),
        decision_id: decisionId,
        person_id: seat.person,
        municipality_id: seat.municipality,
        choice:
          outcome === 'REJECTED'
            ? random.pick(['AGAINST', 'AGAINST', 'FOR'])
            : random.chance(0.95)
              ? 'FOR'
              : random.pick(['AGAINST', 'ABSTAIN']),
      });
    }
    if (outcome === 'REJECTED') return;
    const due = addDays(boardMeeting.day, 42);
    for (const member of area.placing) {
      const done = due < addDays(today, -45) ? random.chance(0.92) : random.chance(0.2);
      await out.add('task', {
        id: randomUUID(),
        organisation_id: organisationId,
        municipality_id: member.id,
        for_organisation: false,
        assignee_id: member.secretaris,
        title: `Uitvoeren: ${title}`,
        due_on: due,
        status: done ? 'DONE' : random.pick(['OPEN', 'IN_PROGRESS']),
        origin: 'DECISION',
        decision_id: decisionId,
        agenda_item_id: boardItem,
        body_id: board,
        requested_by_municipality_ids: [],
        confidentiality,
        created_by_id: director,
        completed_at: done ? at(addDays(due, -5), '16:00') : null,
        completed_by_id: done ? member.secretaris : null,
      });
    }
  };
  for (const k of boardMeetings.keys()) {
    if (k > 1) continue;
    const count = random.chance(0.3) ? 3 : 2;
    for (let i = 0; i < count; i++) await proposal(k, 'board');
  }
  for (const phase of ['concept', 'committee', 'advised'] as const) {
    for (let i = 0; i < 2; i++)
      await proposal(null, operational && phase === 'advised' ? 'committee' : phase);
  }

  // Noaberkracht style: joint assignments from the weekly overleg to the organisation
  if (operational) {
    for (const committee of committees) {
      for (const pm of committeeMeetings.get(committee.id) as Meeting[]) {
        if (!random.chance(0.25)) continue;
        const itemId = await item(pm, `Opdracht ${committee.code} ${pm.day}`, 'DECISION', 'CONSENT', {});
        const due = addDays(pm.day, 28);
        const done = due < today ? random.chance(0.85) : false;
        await out.add('task', {
          id: randomUUID(),
          organisation_id: organisationId,
          municipality_id: null,
          for_organisation: true,
          assignee_id: committee.staff,
          title: `Gezamenlijke opdracht ${committee.code} van ${dutchDate(pm.day)}`,
          due_on: due,
          status: done ? 'DONE' : random.pick(['OPEN', 'IN_PROGRESS']),
          origin: 'JOINT_ASSIGNMENT',
          agenda_item_id: itemId,
          body_id: committee.id,
          requested_by_municipality_ids: members.map((m) => m.id),
          confidentiality: 'PUBLIC',
          created_by_id: director,
          completed_at: done ? at(addDays(due, -3), '16:00') : null,
          completed_by_id: done ? committee.staff : null,
        });
      }
    }
  }
}
