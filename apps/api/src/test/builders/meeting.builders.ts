import {
  AdviceOutcome,
  AdviceStatus,
  AgendaItemHandling,
  BodyKind,
  AgendaItemPurpose,
  Confidentiality,
  MeetingStatus,
  ProposalState,
  ReviewVisibility,
} from '@bestuurskracht/shared/domain';
import type { DataSource } from 'typeorm';
import { AdviceEntity } from '../../modules/advice/advice.entity';
import type { BodyEntity } from '../../modules/body/body.entity';
import { AgendaItemEntity } from '../../modules/meeting/agenda-item.entity';
import { MeetingEntity } from '../../modules/meeting/meeting.entity';
import { DecisionPointEntity } from '../../modules/proposal/decision-point.entity';
import { ProposalVersionEntity } from '../../modules/proposal/proposal-version.entity';
import { ProposalEntity } from '../../modules/proposal/proposal.entity';
import { ReviewEntity } from '../../modules/review/review.entity';
import { aBody, anOrganisation, aPerson, aPortfolio, unique } from './structure.builders';

/**
 * Fluent builders for meetings, agenda items, proposals, advice and reviews, on top of the structure builders:
 *   const meeting = await aMeeting(db).startingInDays(7).create(db);
 *   const item = await anAgendaItem(meeting).carrying(proposal).forAdvice().create(db);
 */
const DAY = 24 * 60 * 60 * 1000;

export function aMeeting(body: Pick<BodyEntity, 'id' | 'organisationId'>) {
  let startsAt = new Date(Date.now() + 7 * DAY);
  let status = MeetingStatus.PLANNED;
  let title = `Vergadering ${unique()}`;
  const builder = {
    titled(value: string) {
      title = value;
      return builder;
    },
    startingAt(value: Date) {
      startsAt = value;
      return builder;
    },
    /** Negative for a meeting that has already started */
    startingInDays(days: number) {
      startsAt = new Date(Date.now() + days * DAY);
      return builder;
    },
    withStatus(value: MeetingStatus) {
      status = value;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(MeetingEntity).save({
        organisationId: body.organisationId,
        bodyId: body.id,
        title,
        startsAt,
        endsAt: null,
        location: null,
        status,
        confidentiality: Confidentiality.PUBLIC,
        secrecyId: null,
        agendaPublishedAt: null,
      }),
  };
  return builder;
}

export function anAgendaItem(meeting: MeetingEntity) {
  const item: Partial<AgendaItemEntity> = {
    organisationId: meeting.organisationId,
    meetingId: meeting.id,
    bodyId: meeting.bodyId,
    title: `Agendapunt ${unique()}`,
    description: null,
    purpose: AgendaItemPurpose.DECISION,
    handling: AgendaItemHandling.DEBATE,
    proposalId: null,
    sourceAgendaItemId: null,
    serviceAreaId: null,
    municipalityScope: [],
    confidentiality: Confidentiality.PUBLIC,
    secrecyId: null,
  };
  const builder = {
    titled(value: string) {
      item.title = value;
      return builder;
    },
    carrying(proposal: Pick<ProposalEntity, 'id'>) {
      item.proposalId = proposal.id;
      return builder;
    },
    forAdvice() {
      item.purpose = AgendaItemPurpose.ADVICE;
      return builder;
    },
    forwardedFrom(source: Pick<AgendaItemEntity, 'id'>) {
      item.sourceAgendaItemId = source.id;
      return builder;
    },
    async create(db: DataSource): Promise<AgendaItemEntity> {
      const [{ next }]: { next: number }[] = await db.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
        [meeting.id],
      );
      return db.getRepository(AgendaItemEntity).save({ ...item, position: next });
    },
  };
  return builder;
}

export interface BuiltProposal {
  proposal: ProposalEntity;
  version: ProposalVersionEntity;
}

export function aProposal(portfolio: { id: string; organisationId: string }, authorId: string) {
  let state = ProposalState.CONCEPT;
  let title = `Voorstel ${unique()}`;
  let decisionPoints = ['In te stemmen met het voorstel'];
  const builder = {
    titled(value: string) {
      title = value;
      return builder;
    },
    inState(value: ProposalState) {
      state = value;
      return builder;
    },
    withDecisionPoints(...texts: string[]) {
      decisionPoints = texts;
      return builder;
    },
    async create(db: DataSource): Promise<BuiltProposal> {
      const proposal = await db.getRepository(ProposalEntity).save({
        organisationId: portfolio.organisationId,
        portfolioId: portfolio.id,
        serviceAreaId: null,
        authorId,
        title,
        summary: null,
        state,
        currentVersion: 1,
        municipalityScope: [],
        confidentiality: Confidentiality.PUBLIC,
        secrecyId: null,
      });
      const version = await db.getRepository(ProposalVersionEntity).save({
        proposalId: proposal.id,
        number: 1,
        title,
        body: 'Aanleiding, argumenten en communicatie.',
        financialConsequences: null,
        changeNote: null,
        createdById: authorId,
      });
      await db
        .getRepository(DecisionPointEntity)
        .save(
          decisionPoints.map((text, index) => ({ proposalVersionId: version.id, number: index + 1, text })),
        );
      return { proposal, version };
    },
  };
  return builder;
}

export function anAdvice(item: AgendaItemEntity, draftedById: string) {
  return {
    create: (db: DataSource) =>
      db.getRepository(AdviceEntity).save({
        organisationId: item.organisationId,
        bodyId: item.bodyId,
        proposalId: item.proposalId ?? undefined,
        agendaItemId: item.id,
        outcome: AdviceOutcome.POSITIVE,
        reasoning: 'De commissie adviseert positief.',
        status: AdviceStatus.DRAFT,
        confidentiality: item.confidentiality,
        draftedById,
        adoptedById: null,
        adoptedAt: null,
      }),
  };
}

export function aReview(item: AgendaItemEntity, authorId: string, municipalityId: string) {
  let visibility = ReviewVisibility.OWN_MUNICIPALITY;
  let text = `Aandachtspunt ${unique()}`;
  const builder = {
    shared() {
      visibility = ReviewVisibility.SHARED;
      return builder;
    },
    saying(value: string) {
      text = value;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(ReviewEntity).save({
        organisationId: item.organisationId,
        agendaItemId: item.id,
        bodyId: item.bodyId,
        authorId,
        municipalityId,
        visibility,
        text,
      }),
  };
  return builder;
}

export interface BuiltSetting {
  organisation: { id: string };
  municipalities: { id: string; name: string }[];
  portfolio: { id: string; organisationId: string };
  committee: BodyEntity;
  person: { id: string };
}

/** An organisation with two gemeenten, a portfolio, its committee and one person: the stage for a test. */
export async function aCommitteeSetting(db: DataSource): Promise<BuiltSetting> {
  const { organisation, municipalities } = await anOrganisation()
    .withMunicipalities('Bladel', 'Eersel')
    .create(db);
  const portfolio = await aPortfolio(organisation.id).create(db);
  const committee = await aBody(organisation.id, BodyKind.COMMITTEE).forPortfolio(portfolio.id).create(db);
  const person = await aPerson('Beleidsambtenaar').create(db);
  return { organisation, municipalities, portfolio, committee, person };
}
