import {
  BodyKind,
  Confidentiality,
  DecisionListStatus,
  DecisionOutcome,
  MeetingStatus,
  ProposalState,
  RetentionClass,
  TaskOrigin,
  TaskStatus,
  AgendaItemHandling,
  AgendaItemPurpose,
  LegalForm,
  OrganisationKind,
} from '@bestuurskracht/shared/domain';
import type { DataSource } from 'typeorm';
import { DecisionListEntity } from '../../modules/decision/decision-list.entity';
import { DecisionEntity } from '../../modules/decision/decision.entity';
import { AgendaItemEntity } from '../../modules/meeting/agenda-item.entity';
import { MeetingEntity } from '../../modules/meeting/meeting.entity';
import { ProposalVersionEntity } from '../../modules/proposal/proposal-version.entity';
import { ProposalEntity } from '../../modules/proposal/proposal.entity';
import { TaskEntity } from '../../modules/task/task.entity';
import { MunicipalityEntity } from '../../modules/organisation/municipality.entity';
import { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { ParticipationEntity } from '../../modules/organisation/participation.entity';
import { aBody, aPerson, aPortfolio, type BuiltOrganisation, unique } from './structure.builders';
import type { BodyEntity } from '../../modules/body/body.entity';
import type { PersonEntity } from '../../modules/person/person.entity';

/**
 * Builders for decisions, tasks and what they hang on (meetings, agenda items, proposals), written straight to
 * the tables so these tests do not depend on the meeting and proposal API. Usage:
 *   const board = await aBoard().create(db);
 *   const item = await anAgendaItem(board).withProposal(proposal.id).create(db);
 *   const decision = await aDecision(item).decidedOn('2026-03-01').create(db);
 */

export interface Board extends BuiltOrganisation {
  body: BodyEntity;
  secretary: PersonEntity;
}

/** An organisation with gemeenten, its DB (which votes) and a secretary. */
export function aBoard() {
  let municipalityNames = ['Gemeente A', 'Gemeente B'];
  let kind = BodyKind.EXECUTIVE_BOARD;
  const builder = {
    withMunicipalities(...names: string[]) {
      municipalityNames = names;
      return builder;
    },
    ofKind(value: BodyKind) {
      kind = value;
      return builder;
    },
    async create(db: DataSource): Promise<Board> {
      const built = await organisationWith(db, municipalityNames);
      const body = await aBody(built.organisation.id, kind).create(db);
      const secretary = await aPerson('Secretaris').create(db);
      return { ...built, body, secretary };
    },
  };
  return builder;
}

/**
 * The organisation and its gemeenten. CBS codes come from GM0200–GM0699, which the shared structure builder
 * (sequential codes from GM1000 up, restarted in every test file) never reaches, and are picked with
 * ON CONFLICT so parallel test files cannot collide on them.
 */
async function organisationWith(db: DataSource, names: string[]): Promise<BuiltOrganisation> {
  const organisation = await db.getRepository(OrganisationEntity).save({
    name: `Samenwerking ${unique()}`,
    kind: OrganisationKind.SHARED_SERVICE_MERGER,
    legalForm: LegalForm.PUBLIC_BODY,
    establishedOn: '2010-01-01',
  });
  const municipalities: MunicipalityEntity[] = [];
  for (const name of names) {
    let rows: { id: string }[] = [];
    while (rows.length === 0) {
      const cbsCode = `GM0${200 + Math.floor(Math.random() * 500)}`;
      rows = await db.query(
        `INSERT INTO municipality (name, cbs_code, inhabitants) VALUES ($1, $2, 20000)
         ON CONFLICT (cbs_code) DO NOTHING RETURNING id`,
        [`${name} ${unique()}`, cbsCode],
      );
    }
    const municipality = await db
      .getRepository(MunicipalityEntity)
      .findOneByOrFail({ id: rows[0]?.id as string });
    await db.getRepository(ParticipationEntity).save({
      organisationId: organisation.id,
      municipalityId: municipality.id,
      startsOn: '2010-01-01',
      endsOn: null,
    });
    municipalities.push(municipality);
  }
  return { organisation, municipalities };
}

export function aMeeting(board: Board) {
  let startsAt = new Date('2026-03-02T19:00:00Z');
  const builder = {
    on(day: string) {
      startsAt = new Date(`${day}T19:00:00Z`);
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(MeetingEntity).save({
        organisationId: board.organisation.id,
        bodyId: board.body.id,
        title: `Vergadering ${unique()}`,
        startsAt,
        endsAt: null,
        location: null,
        status: MeetingStatus.PLANNED,
        confidentiality: Confidentiality.PUBLIC,
        secrecyId: null,
        agendaPublishedAt: null,
      }),
  };
  return builder;
}

/** A proposal with `versions` versions of its text; the last is current. */
export function aProposal(board: Board) {
  let title = `Voorstel ${unique()}`;
  let texts = ['Voorsteltekst'];
  const builder = {
    titled(value: string) {
      title = value;
      return builder;
    },
    withVersions(...values: string[]) {
      texts = values;
      return builder;
    },
    async create(db: DataSource) {
      const portfolio = await aPortfolio(board.organisation.id).create(db);
      const proposal = await db.getRepository(ProposalEntity).save({
        organisationId: board.organisation.id,
        portfolioId: portfolio.id,
        serviceAreaId: null,
        authorId: board.secretary.id,
        title,
        summary: null,
        state: ProposalState.ON_AGENDA,
        currentVersion: texts.length,
        municipalityScope: [],
        confidentiality: Confidentiality.PUBLIC,
        secrecyId: null,
      });
      const versions: ProposalVersionEntity[] = [];
      for (const [index, body] of texts.entries()) {
        versions.push(
          await db.getRepository(ProposalVersionEntity).save({
            proposalId: proposal.id,
            number: index + 1,
            title,
            body,
            financialConsequences: null,
            changeNote: null,
            createdById: board.secretary.id,
          }),
        );
      }
      return { proposal, versions };
    },
  };
  return builder;
}

let position = 1;

export function anAgendaItem(board: Board, meeting?: MeetingEntity) {
  const item: Partial<AgendaItemEntity> = {
    organisationId: board.organisation.id,
    bodyId: board.body.id,
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
    withProposal(proposalId: string) {
      item.proposalId = proposalId;
      return builder;
    },
    limitedTo(...municipalityIds: string[]) {
      item.municipalityScope = municipalityIds;
      return builder;
    },
    confidential() {
      item.confidentiality = Confidentiality.CONFIDENTIAL;
      return builder;
    },
    underSecrecy(secrecyId: string) {
      Object.assign(item, { confidentiality: Confidentiality.SECRET, secrecyId });
      return builder;
    },
    async create(db: DataSource): Promise<AgendaItemEntity> {
      const on = meeting ?? (await aMeeting(board).create(db));
      return db.getRepository(AgendaItemEntity).save({ ...item, meetingId: on.id, position: position++ });
    },
  };
  return builder;
}

export function aDecision(item: AgendaItemEntity) {
  const decision: Partial<DecisionEntity> = {
    organisationId: item.organisationId,
    bodyId: item.bodyId,
    meetingId: item.meetingId,
    agendaItemId: item.id,
    proposalVersionId: null,
    decisionListId: null,
    correctsDecisionId: null,
    title: `Besluit ${unique()}`,
    text: 'Het bestuur besluit conform het voorstel.',
    outcome: DecisionOutcome.ADOPTED,
    decidedOn: '2026-03-02',
    municipalityScope: item.municipalityScope,
    confidentiality: item.confidentiality,
    secrecyId: item.secrecyId,
    publishedAt: null,
    retentionClass: RetentionClass.KEEP,
  };
  const builder = {
    titled(title: string, text = decision.text) {
      Object.assign(decision, { title, text });
      return builder;
    },
    decidedOn(day: string) {
      decision.decidedOn = day;
      return builder;
    },
    onList(decisionListId: string) {
      decision.decisionListId = decisionListId;
      return builder;
    },
    withOutcome(outcome: DecisionOutcome) {
      decision.outcome = outcome;
      return builder;
    },
    create: (db: DataSource) => db.getRepository(DecisionEntity).save(decision),
  };
  return builder;
}

export function aDecisionList(meeting: MeetingEntity, status = DecisionListStatus.DRAFT) {
  return {
    create: (db: DataSource) =>
      db.getRepository(DecisionListEntity).save({
        organisationId: meeting.organisationId,
        bodyId: meeting.bodyId,
        meetingId: meeting.id,
        status,
        adoptedInMeetingId: null,
        adoptedAt: status === DecisionListStatus.DRAFT ? null : new Date(),
        publishedAt: status === DecisionListStatus.PUBLISHED ? new Date() : null,
        retentionClass: RetentionClass.KEEP,
      }),
  };
}

/** A task for the board's first gemeente unless told otherwise. */
export function aTask(board: Board) {
  const task: Partial<TaskEntity> = {
    organisationId: board.organisation.id,
    municipalityId: board.municipalities[0]?.id ?? null,
    forOrganisation: false,
    assigneeId: null,
    title: `Actie ${unique()}`,
    description: null,
    dueOn: '2099-01-01',
    status: TaskStatus.OPEN,
    origin: TaskOrigin.DECISION,
    decisionId: null,
    agendaItemId: null,
    bodyId: null,
    requestedByMunicipalityIds: [],
    confidentiality: Confidentiality.PUBLIC,
    createdById: board.secretary.id,
    completedAt: null,
    completedById: null,
  };
  const builder = {
    titled(title: string) {
      task.title = title;
      return builder;
    },
    forMunicipality(municipalityId: string) {
      task.municipalityId = municipalityId;
      return builder;
    },
    due(day: string) {
      task.dueOn = day;
      return builder;
    },
    withStatus(status: TaskStatus) {
      Object.assign(task, { status, completedAt: status === TaskStatus.DONE ? new Date() : null });
      return builder;
    },
    following(decision: DecisionEntity) {
      Object.assign(task, { decisionId: decision.id, bodyId: decision.bodyId });
      return builder;
    },
    create: (db: DataSource) => db.getRepository(TaskEntity).save(task),
  };
  return builder;
}
