import {
  AdviceStatus,
  Confidentiality,
  DecisionOutcome,
  MeetingStatus,
  ProposalState,
} from '@bestuurskracht/shared/domain';
import { municipalityByCbs, type DemoContext } from './demo-context';
import { committeeMeetingFor, type DemoMeeting, type KempenCalendar } from './kempengemeenten-calendar';
import { audit, decide, seedDecisionTasks, seedReviews } from './kempengemeenten-decisions';
import type { KempenStructure } from './kempengemeenten-structure';
import { addDays, at, splitCents, textDocument } from './seed-writer';
import { ADVICE_TEXTS, KEMPEN_PROPOSALS, proposalBody, type DemoProposal } from './texts';

export interface SeededProposal {
  plan: DemoProposal;
  id: string;
  committeeItemId: string | null;
  dbItemId: string | null;
  decisionId: string | null;
  secrecyId: string | null;
}

/** Every demo proposal through the flow: versions, commission advice, DB agenda, reviews, decision, tasks. */
export async function seedKempenProposals(
  context: DemoContext,
  structure: KempenStructure,
  calendar: KempenCalendar,
): Promise<Map<string, SeededProposal>> {
  const seeded = new Map<string, SeededProposal>();
  for (const plan of KEMPEN_PROPOSALS) {
    seeded.set(plan.key, await seedProposal(context, structure, calendar, plan));
  }
  return seeded;
}

function stateOf(plan: DemoProposal): ProposalState {
  if (plan.withdrawn) return ProposalState.WITHDRAWN;
  if (plan.db !== undefined) {
    const decidedAt = plan.decision === DecisionOutcome.DEFERRED ? plan.db + 1 : plan.db;
    if (decidedAt < 0) return decidedAt <= -3 ? ProposalState.PUBLISHED : ProposalState.DECIDED;
    return plan.db === 0 ? ProposalState.ON_AGENDA : ProposalState.REVIEWED_BY_DIRECTORS;
  }
  if (plan.committee === 'last') return ProposalState.ADVISED;
  if (plan.committee === 'next') return ProposalState.IN_COMMITTEE;
  return ProposalState.CONCEPT;
}

async function seedProposal(
  context: DemoContext,
  structure: KempenStructure,
  calendar: KempenCalendar,
  plan: DemoProposal,
): Promise<SeededProposal> {
  const { writer, organisationId } = context;
  const area = structure.areas.get(plan.area);
  if (!area) throw new Error(`unknown service area ${plan.area}`);
  const scope =
    plan.scope === 'VTH'
      ? [...(structure.areas.get('VTH')?.shares.keys() ?? [])]
      : (plan.scope ?? []).map((cbs) => municipalityByCbs(context, cbs).id);
  const affected = scope.length > 0 ? scope : [...area.shares.keys()];
  const author = structure.staff[plan.portfolio];
  const committeeMeeting =
    plan.db !== undefined
      ? committeeMeetingFor(calendar, plan.portfolio, plan.db)
      : plan.committee
        ? (calendar.committees[plan.portfolio].get(plan.committee === 'last' ? 0 : 1) as DemoMeeting)
        : null;
  const createdOn = addDays(committeeMeeting?.day ?? context.today, -21);
  const confidentiality = plan.confidentiality ?? Confidentiality.PUBLIC;
  const committeeChair = structure.seats.committees[plan.portfolio].find((s) => s.role === 'CHAIR');

  let secrecyId: string | null = null;
  if (confidentiality === Confidentiality.SECRET && committeeMeeting && committeeChair) {
    secrecyId = await writer.insert('secrecy', {
      organisation_id: organisationId,
      imposed_by_body_id: structure.bodies.committees[plan.portfolio],
      imposed_by_person_id: committeeChair.personId,
      grounds:
        plan.key === 'sociaal-plan'
          ? 'Gemeentewet art. 87 jo. Woo art. 5.1 lid 2 onder e: eerbiediging van de persoonlijke levenssfeer van de betrokken medewerkers.'
          : 'Woo art. 5.1 lid 2 onder b en f: economische belangen van de gemeenten en concurrentiegevoelige gegevens van inschrijvers.',
      imposed_on: committeeMeeting.day,
    });
    await writer.insert('secrecy_share', { secrecy_id: secrecyId, body_id: structure.bodies.db });
    await writer.insert('secrecy_share', {
      secrecy_id: secrecyId,
      body_id: structure.bodies.committees[plan.portfolio],
    });
    await writer.insert('secrecy_share', { secrecy_id: secrecyId, person_id: structure.directorId });
    await audit(
      context,
      structure.directorId,
      'imposeSecrecy',
      'Secrecy',
      secrecyId,
      committeeMeeting.startsAt,
    );
  }
  const visibility = { municipality_scope: scope, confidentiality, secrecy_id: secrecyId };

  const versions = plan.secondVersion ? 2 : 1;
  const proposalId = await writer.insert('proposal', {
    organisation_id: organisationId,
    portfolio_id: structure.portfolios[plan.portfolio],
    service_area_id: area.id,
    author_id: author,
    title: plan.title,
    summary: plan.summary,
    state: stateOf(plan),
    current_version: versions,
    ...visibility,
    created_at: at(createdOn, '10:00'),
  });
  await audit(context, null, 'createProposal', 'Proposal', proposalId, at(createdOn, '10:00'), {
    title: plan.title,
  });

  let versionId = '';
  for (let number = 1; number <= versions; number++) {
    const versionDay = number === 1 ? createdOn : addDays(committeeMeeting?.day ?? createdOn, 2);
    versionId = await writer.insert('proposal_version', {
      proposal_id: proposalId,
      number,
      title: plan.title,
      body: proposalBody(plan, number),
      financial_consequences:
        plan.cents === 0
          ? null
          : `Totaal ${(plan.cents / 100).toLocaleString('nl-NL', { style: 'currency', currency: 'EUR' })}`,
      change_note: number > 1 ? (plan.secondVersion ?? null) : null,
      created_by_id: author,
      created_at: at(versionDay, '11:00'),
    });
    const points =
      number === 1 && plan.secondVersion && plan.points.length > 2
        ? plan.points.filter((_, i) => i !== 1)
        : plan.points;
    for (const [index, text] of points.entries()) {
      await writer.insert('decision_point', { proposal_version_id: versionId, number: index + 1, text });
    }
    if (plan.cents !== 0) {
      const parts = splitCents(
        plan.cents,
        affected.map((id) => area.shares.get(id) ?? 1),
      );
      for (const [index, municipalityId] of affected.entries()) {
        await writer.insert('financial_impact', {
          proposal_version_id: versionId,
          municipality_id: municipalityId,
          amount_cents: parts[index],
          note: 'Naar rato van de kostenverdeelsleutel van het taakveld',
        });
      }
    }
  }
  if (plan.document) {
    const text = `${proposalBody(plan, versions)}\n\n_Bijlage bij het voorstel, versie ${versions}._\n`;
    await writer.insert('document', {
      organisation_id: organisationId,
      proposal_version_id: versionId,
      // the visibility column the API derives from the parent on upload (document.service.ts)
      proposal_id: proposalId,
      title: `Toelichting ${plan.title}`,
      file_name: `toelichting-${plan.key}.md`,
      content_type: 'text/markdown',
      ...textDocument(text),
      text_content: text,
      confidentiality,
      secrecy_id: secrecyId,
      uploaded_by_id: author,
    });
  }

  const result: SeededProposal = {
    plan,
    id: proposalId,
    committeeItemId: null,
    dbItemId: null,
    decisionId: null,
    secrecyId,
  };
  if (!committeeMeeting) return result;

  const item = (
    meeting: DemoMeeting,
    purpose: string,
    source: string | null,
    handling = plan.handling ?? 'DEBATE',
  ) =>
    writer.insert('agenda_item', {
      organisation_id: organisationId,
      meeting_id: meeting.id,
      body_id: meeting.bodyId,
      position: meeting.position++,
      title: plan.title,
      description: plan.summary,
      purpose,
      handling,
      proposal_id: proposalId,
      source_agenda_item_id: source,
      service_area_id: area.id,
      ...visibility,
    });
  result.committeeItemId = await item(committeeMeeting, 'ADVICE', null, 'DEBATE');
  if (plan.key === 'leerlingenvervoer') {
    await writer.insert('conflict_of_interest', {
      organisation_id: organisationId,
      person_id: context.people.get('wethouder.md@reusel-demierden.example'),
      agenda_item_id: result.committeeItemId,
      proposal_id: proposalId,
      reason: 'Een familielid is directeur van een van de inschrijvende vervoerders.',
      bars_papers: true,
      declared_at: at(addDays(committeeMeeting.day, -3), '09:00'),
    });
  }
  if (plan.advice && (committeeMeeting.day < context.today || plan.adviceDraft)) {
    const adopted = !plan.adviceDraft;
    const adviceId = await writer.insert('advice', {
      organisation_id: organisationId,
      body_id: committeeMeeting.bodyId,
      proposal_id: proposalId,
      agenda_item_id: result.committeeItemId,
      outcome: plan.advice,
      reasoning: ADVICE_TEXTS[plan.advice],
      status: adopted ? AdviceStatus.ADOPTED : AdviceStatus.DRAFT,
      confidentiality,
      drafted_by_id: author,
      adopted_by_id: adopted ? committeeChair?.personId : null,
      adopted_at: adopted ? at(committeeMeeting.day, '18:00') : null,
    });
    if (plan.key === 'uitvoeringsplan-wmo') {
      const bergeijk = municipalityByCbs(context, 'GM1724').id;
      await writer.insert('advice_reservation', {
        advice_id: adviceId,
        municipality_id: bergeijk,
        text: 'Bergeijk stemt pas in met de verhoging van het budget voor mantelzorgondersteuning na de voorjaarsnota.',
        recorded_by_id: context.people.get('wethouder.md@bergeijk.example'),
      });
    }
    if (adopted)
      await audit(context, null, 'adoptAdvice', 'Advice', adviceId, at(committeeMeeting.day, '18:00'));
  }
  if (plan.db === undefined) return result;

  const deferred = plan.decision === DecisionOutcome.DEFERRED;
  const dbMeetings = deferred ? [plan.db, plan.db + 1] : [plan.db];
  for (const k of dbMeetings) {
    const dbMeeting = calendar.db.get(k) as DemoMeeting;
    const dbItemId = await item(dbMeeting, 'DECISION', result.committeeItemId);
    result.dbItemId = dbItemId;
    await item(calendar.directors.get(k) as DemoMeeting, 'DISCUSSION', dbItemId, 'DEBATE');
    await seedReviews(context, structure, dbMeeting, dbItemId, affected);
    if (k >= 0) continue;
    const outcome =
      deferred && k === plan.db
        ? DecisionOutcome.DEFERRED
        : deferred
          ? DecisionOutcome.ADOPTED
          : plan.decision;
    const decisionId = await decide(
      context,
      structure.seats.db,
      dbMeeting,
      dbItemId,
      versionId,
      plan,
      outcome as DecisionOutcome,
      visibility,
    );
    result.decisionId = decisionId;
    if (outcome === DecisionOutcome.ADOPTED || outcome === DecisionOutcome.ADOPTED_AMENDED) {
      await seedDecisionTasks(
        context,
        structure,
        dbMeeting,
        dbItemId,
        decisionId,
        plan,
        affected,
        confidentiality,
      );
    }
  }
  if (plan.ab && result.dbItemId) {
    const abK = [...calendar.ab.keys()].find((k) => k > (plan.db as number));
    const abMeeting = abK === undefined ? undefined : calendar.ab.get(abK);
    if (abMeeting) {
      const abItemId = await item(abMeeting, 'DECISION', result.dbItemId);
      if (abMeeting.status === MeetingStatus.CLOSED) {
        await decide(
          context,
          structure.seats.ab,
          abMeeting,
          abItemId,
          versionId,
          plan,
          DecisionOutcome.ADOPTED,
          visibility,
        );
      }
    }
  }
  return result;
}
