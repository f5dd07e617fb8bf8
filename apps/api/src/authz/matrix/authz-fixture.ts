import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { unique } from '../../test/builders/structure.builders';

/**
 * One small world for the authorization tests: organisation "Kempen" (gemeenten A, B, C; a DB, a directors' meeting
 * and a VTH committee) and "Noaber" (gemeente D), ten personas, and for each protected subject a row in every state
 * that applies to it. Rows are inserted directly, so the fixture does not depend on the mutations under test.
 */
export const PERSONAS = [
  'director',
  'administrator',
  'staffVth',
  'secretaryA',
  'secretaryB',
  'dbChairA',
  'committeeMemberC',
  'formerMemberB',
  'outsiderD',
  'visitor',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const STATES = [
  'concept',
  'confidential',
  'gemeente-limited',
  'geheim',
  'geheim lifted',
  'published',
  'conflict of interest',
] as const;
export type State = (typeof STATES)[number];

export type MatrixSubject =
  'Meeting' | 'AgendaItem' | 'Proposal' | 'Decision' | 'Review' | 'Task' | 'Document' | 'Advice';

export interface AuthzFixture {
  organisationId: string;
  otherOrganisationId: string;
  municipalities: Record<'A' | 'B' | 'C' | 'D', string>;
  bodies: Record<'db' | 'directors' | 'committee' | 'otherBoard', string>;
  persons: Record<Exclude<Persona, 'visitor'>, string>;
  /** the committee meeting that carries the agenda-item rows, and the DB meeting that carries decisions and reviews */
  committeeMeetingId: string;
  /** the committee meeting whose items carry the submitted proposals */
  carrierMeetingId: string;
  dbMeetingId: string;
  /** the agenda item each review is written on */
  reviewParents: Partial<Record<State, string>>;
  tag: string;
  rows: Partial<Record<MatrixSubject, Partial<Record<State, string>>>>;
  /** rows of the other organisation, to ask for with the wrong ids */
  otherRows: Partial<Record<MatrixSubject, string>>;
}

type Row = Record<string, unknown>;

async function insert(db: DataSource, table: string, row: Row): Promise<string> {
  const columns = Object.keys(row);
  const rows: { id: string }[] = await db.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return rows[0].id;
}

export async function buildAuthzFixture(db: DataSource): Promise<AuthzFixture> {
  const tag = unique();
  const org = await insert(db, 'organisation', {
    name: `Kempen ${tag}`,
    kind: 'SHARED_SERVICE_MERGER',
    legal_form: 'PUBLIC_BODY',
    established_on: '2010-01-01',
  });
  const otherOrg = await insert(db, 'organisation', {
    name: `Noaber ${tag}`,
    kind: 'SHARED_SERVICE_MERGER',
    legal_form: 'OPERATIONAL_ORGANISATION',
    established_on: '2013-01-01',
  });
  const municipalities = {} as AuthzFixture['municipalities'];
  for (const name of ['A', 'B', 'C', 'D'] as const) {
    const [{ code }]: { code: string }[] = await db.query(
      `SELECT 'GM' || n AS code FROM generate_series(2000, 9999) n
        WHERE NOT EXISTS (SELECT 1 FROM municipality WHERE cbs_code = 'GM' || n) ORDER BY random() LIMIT 1`,
    );
    municipalities[name] = await insert(db, 'municipality', {
      name: `Gemeente ${name} ${tag}`,
      cbs_code: code,
      inhabitants: 10000,
    });
    await insert(db, 'participation', {
      organisation_id: name === 'D' ? otherOrg : org,
      municipality_id: municipalities[name],
      starts_on: '2020-01-01',
    });
  }
  const vth = await insert(db, 'portfolio', { organisation_id: org, code: 'VTH', name: `VTH ${tag}` });
  const body = (organisationId: string, kind: BodyKind, name: string, portfolioId: string | null = null) =>
    insert(db, 'body', {
      organisation_id: organisationId,
      kind,
      name: `${name} ${tag}`,
      portfolio_id: portfolioId,
    });
  const bodies = {
    db: await body(org, BodyKind.EXECUTIVE_BOARD, 'Dagelijks Bestuur'),
    directors: await body(org, BodyKind.DIRECTORS_MEETING, 'Directeurenoverleg'),
    committee: await body(org, BodyKind.COMMITTEE, 'Commissie VTH', vth),
    otherBoard: await body(otherOrg, BodyKind.BOARD, 'Bestuur'),
  };
  const otherDirectors = await body(otherOrg, BodyKind.DIRECTORS_MEETING, 'Directieoverleg');

  const persons = {} as AuthzFixture['persons'];
  for (const persona of PERSONAS) {
    if (persona === 'visitor') continue;
    persons[persona] = await insert(db, 'person', { name: persona, email: `${persona}.${tag}@test.example` });
  }
  const member = (persona: Exclude<Persona, 'visitor'>, role: MembershipRole, extra: Row = {}) =>
    insert(db, 'membership', {
      person_id: persons[persona],
      organisation_id: org,
      role,
      starts_on: '2020-01-01',
      ...extra,
    });
  await member('director', MembershipRole.DIRECTOR);
  await member('director', MembershipRole.SECRETARY, { body_id: bodies.db });
  await member('director', MembershipRole.CHAIR, { body_id: bodies.directors });
  await member('administrator', MembershipRole.ADMINISTRATOR);
  await member('staffVth', MembershipRole.STAFF, { portfolio_id: vth });
  await member('secretaryA', MembershipRole.MEMBER, {
    body_id: bodies.directors,
    municipality_id: municipalities.A,
  });
  await member('secretaryB', MembershipRole.MEMBER, {
    body_id: bodies.directors,
    municipality_id: municipalities.B,
  });
  await member('dbChairA', MembershipRole.CHAIR, { body_id: bodies.db, municipality_id: municipalities.A });
  await member('committeeMemberC', MembershipRole.MEMBER, {
    body_id: bodies.committee,
    municipality_id: municipalities.C,
  });
  await member('formerMemberB', MembershipRole.MEMBER, {
    body_id: bodies.committee,
    municipality_id: municipalities.B,
    ends_on: '2024-12-31',
  });
  await insert(db, 'membership', {
    person_id: persons.outsiderD,
    organisation_id: otherOrg,
    role: MembershipRole.MEMBER,
    body_id: otherDirectors,
    municipality_id: municipalities.D,
    starts_on: '2020-01-01',
  });

  // geheimhouding imposed by the DB: one shared with the committee member and still in force, one lifted
  const secret = await insert(db, 'secrecy', {
    organisation_id: org,
    imposed_by_body_id: bodies.db,
    imposed_by_person_id: persons.dbChairA,
    grounds: 'onderhandelingspositie (art. 10 lid 2 sub b Woo)',
    imposed_on: '2024-01-01',
  });
  await insert(db, 'secrecy_share', { secrecy_id: secret, person_id: persons.committeeMemberC });
  const lifted = await insert(db, 'secrecy', {
    organisation_id: org,
    imposed_by_body_id: bodies.db,
    imposed_by_person_id: persons.dbChairA,
    grounds: 'lopende aanbesteding',
    imposed_on: '2024-01-01',
    lifted_on: '2024-06-01',
  });
  /** openbaar / vertrouwelijk / geheim columns for a state */
  const confidentiality = (state: State): Row => {
    if (state === 'confidential') return { confidentiality: 'CONFIDENTIAL' };
    if (state === 'geheim') return { confidentiality: 'SECRET', secrecy_id: secret };
    if (state === 'geheim lifted') return { confidentiality: 'SECRET', secrecy_id: lifted };
    return { confidentiality: 'PUBLIC' };
  };
  const scope = (state: State, gemeente: 'A' | 'B' = 'A') =>
    state === 'gemeente-limited' ? `{${municipalities[gemeente]}}` : '{}';

  const rows: AuthzFixture['rows'] = {};
  const meeting = (bodyId: string, state: State, title: string) =>
    insert(db, 'meeting', {
      organisation_id: org,
      body_id: bodyId,
      title: `${title} ${tag}`,
      starts_at: '2030-01-10T09:00:00Z',
      status: state === 'published' ? 'PUBLISHED' : 'PLANNED',
      agenda_published_at: state === 'published' ? '2029-12-20T09:00:00Z' : null,
      ...confidentiality(state),
    });
  rows.Meeting = {};
  for (const state of ['concept', 'confidential', 'geheim', 'geheim lifted', 'published'] as const) {
    rows.Meeting[state] = await meeting(bodies.db, state, `DB-vergadering ${state}`);
  }
  const committeeMeetingId = await meeting(bodies.committee, 'concept', 'Commissievergadering');
  const carrierMeetingId = await meeting(bodies.committee, 'concept', 'Commissie, voorstellen');
  const dbMeetingId = await meeting(bodies.db, 'concept', 'DB-vergadering besluiten');

  let position = 0;
  const item = (meetingId: string, bodyId: string, state: State, extra: Row = {}) =>
    insert(db, 'agenda_item', {
      organisation_id: org,
      meeting_id: meetingId,
      body_id: bodyId,
      position: (position += 1),
      title: `Agendapunt ${state} ${tag}`,
      purpose: 'ADVICE',
      handling: 'DEBATE',
      municipality_scope: scope(state),
      ...confidentiality(state),
      ...extra,
    });
  rows.AgendaItem = {};
  for (const state of ['concept', 'confidential', 'gemeente-limited', 'geheim', 'geheim lifted'] as const) {
    rows.AgendaItem[state] = await item(committeeMeetingId, bodies.committee, state);
  }
  rows.AgendaItem.published = await item(rows.Meeting['published'] as string, bodies.db, 'published');
  const conflictItem = await item(committeeMeetingId, bodies.committee, 'concept');
  await insert(db, 'conflict_of_interest', {
    organisation_id: org,
    person_id: persons.committeeMemberC,
    agenda_item_id: conflictItem,
    reason: 'eigen bedrijf betrokken',
    bars_papers: true,
  });

  rows.Proposal = {};
  const proposal = async (state: State) => {
    const id = await insert(db, 'proposal', {
      organisation_id: org,
      portfolio_id: vth,
      author_id: persons.staffVth,
      title: `Voorstel ${state} ${tag}`,
      state: state === 'concept' ? 'CONCEPT' : state === 'published' ? 'PUBLISHED' : 'IN_COMMITTEE',
      municipality_scope: scope(state, 'B'),
      ...confidentiality(state),
    });
    await insert(db, 'proposal_version', {
      proposal_id: id,
      number: 1,
      title: `Voorstel ${state}`,
      body: 'Beslispunten volgen.',
      created_by_id: persons.staffVth,
    });
    if (state !== 'concept') {
      await item(carrierMeetingId, bodies.committee, state === 'published' ? 'concept' : state, {
        proposal_id: id,
        municipality_scope: scope(state, 'B'),
      });
    }
    return id;
  };
  for (const state of [
    'concept',
    'confidential',
    'gemeente-limited',
    'geheim',
    'geheim lifted',
    'published',
  ] as const) {
    rows.Proposal[state] = await proposal(state);
  }

  rows.Decision = {};
  for (const state of [
    'concept',
    'confidential',
    'gemeente-limited',
    'geheim',
    'geheim lifted',
    'published',
  ] as const) {
    const itemId = await item(dbMeetingId, bodies.db, state === 'published' ? 'concept' : state);
    rows.Decision[state] = await insert(db, 'decision', {
      organisation_id: org,
      body_id: bodies.db,
      meeting_id: dbMeetingId,
      agenda_item_id: itemId,
      title: `Besluit ${state} ${tag}`,
      text: 'Het DB besluit.',
      outcome: 'ADOPTED',
      decided_on: '2029-12-01',
      retention_class: 'KEEP',
      municipality_scope: scope(state),
      published_at: ['concept', 'geheim', 'geheim lifted'].includes(state) ? null : '2029-12-05T09:00:00Z',
      ...confidentiality(state),
    });
  }

  // reviews on DB agenda items: own-gemeente notes (gemeente-limited), a shared note (published)
  const dbItem = {
    open: await item(dbMeetingId, bodies.db, 'concept'),
    confidential: await item(dbMeetingId, bodies.db, 'confidential'),
    geheim: await item(dbMeetingId, bodies.db, 'geheim'),
    lifted: await item(dbMeetingId, bodies.db, 'geheim lifted'),
  };
  const review = (
    itemId: string,
    author: 'secretaryA' | 'secretaryB',
    gemeente: 'A' | 'B',
    shared: boolean,
  ) =>
    insert(db, 'review', {
      organisation_id: org,
      agenda_item_id: itemId,
      body_id: bodies.db,
      author_id: persons[author],
      municipality_id: municipalities[gemeente],
      visibility: shared ? 'SHARED' : 'OWN_MUNICIPALITY',
      text: `Aandachtspunt ${tag}`,
    });
  const reviewParents = {
    'gemeente-limited': dbItem.open,
    published: dbItem.open,
    confidential: dbItem.confidential,
    geheim: dbItem.geheim,
    'geheim lifted': dbItem.lifted,
  };
  rows.Review = {
    'gemeente-limited': await review(dbItem.open, 'secretaryA', 'A', false),
    published: await review(dbItem.open, 'secretaryA', 'A', true),
    confidential: await review(dbItem.confidential, 'secretaryB', 'B', false),
    geheim: await review(dbItem.geheim, 'secretaryA', 'A', false),
    'geheim lifted': await review(dbItem.lifted, 'secretaryB', 'B', false),
  };

  const task = (extra: Row) =>
    insert(db, 'task', {
      organisation_id: org,
      title: `Actie ${tag}`,
      due_on: '2030-02-01',
      status: 'OPEN',
      origin: 'MUNICIPAL_REQUEST',
      confidentiality: 'PUBLIC',
      created_by_id: persons.director,
      ...extra,
    });
  rows.Task = {
    'gemeente-limited': await task({ municipality_id: municipalities.A }),
    published: await task({
      municipality_id: municipalities.B,
      origin: 'DECISION',
      decision_id: rows.Decision.published,
      body_id: bodies.db,
    }),
    confidential: await task({ municipality_id: municipalities.C, confidentiality: 'CONFIDENTIAL' }),
    concept: await task({
      for_organisation: true,
      origin: 'JOINT_ASSIGNMENT',
      requested_by_municipality_ids: `{${municipalities.A},${municipalities.B}}`,
    }),
  };

  const [conceptVersion]: { id: string }[] = await db.query(
    `SELECT id FROM proposal_version WHERE proposal_id = $1`,
    [rows.Proposal.concept],
  );
  const document = (state: State, parent: Row) => {
    const content = Buffer.from(`Stuk ${state} ${tag}`);
    return insert(db, 'document', {
      organisation_id: org,
      title: `Stuk ${state.replace(/ /g, '-')} ${tag}`,
      file_name: 'stuk.txt',
      content_type: 'text/plain',
      size_bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploaded_by_id: persons.director,
      ...confidentiality(state),
      ...parent,
    });
  };
  const onItem = (id: string | undefined) => ({ agenda_item_id: id, body_id: bodies.committee });
  rows.Document = {
    published: await document('published', onItem(rows.AgendaItem.concept)),
    confidential: await document('confidential', onItem(rows.AgendaItem.concept)),
    'gemeente-limited': await document('gemeente-limited', onItem(rows.AgendaItem['gemeente-limited'])),
    geheim: await document('geheim', onItem(rows.AgendaItem.geheim)),
    'geheim lifted': await document('geheim lifted', onItem(rows.AgendaItem.concept)),
    concept: await document('concept', {
      proposal_version_id: conceptVersion.id,
      proposal_id: rows.Proposal.concept,
    }),
    'conflict of interest': await document('conflict of interest', onItem(conflictItem)),
  };

  const advice = async (status: 'DRAFT' | 'ADOPTED') =>
    insert(db, 'advice', {
      organisation_id: org,
      body_id: bodies.committee,
      proposal_id: rows.Proposal?.published,
      agenda_item_id: await item(committeeMeetingId, bodies.committee, 'concept'),
      outcome: 'POSITIVE',
      reasoning: 'De commissie adviseert positief.',
      status,
      confidentiality: 'PUBLIC',
      drafted_by_id: persons.committeeMemberC,
      adopted_by_id: status === 'ADOPTED' ? persons.committeeMemberC : null,
      adopted_at: status === 'ADOPTED' ? '2029-11-01T09:00:00Z' : null,
    });
  rows.Advice = { concept: await advice('DRAFT'), published: await advice('ADOPTED') };

  await insert(db, 'quota', {
    organisation_id: org,
    municipality_id: municipalities.A,
    kind: 'HOUSING_STATUS_HOLDERS',
    period_start: '2029-07-01',
    period_end: '2029-12-31',
    target: 24,
  });
  const otherMeeting = await insert(db, 'meeting', {
    organisation_id: otherOrg,
    body_id: bodies.otherBoard,
    title: `Bestuur ${tag}`,
    starts_at: '2030-01-10T09:00:00Z',
    status: 'PLANNED',
    confidentiality: 'PUBLIC',
  });
  const otherItem = await insert(db, 'agenda_item', {
    organisation_id: otherOrg,
    meeting_id: otherMeeting,
    body_id: bodies.otherBoard,
    position: 1,
    title: `Noaber-agendapunt ${tag}`,
    purpose: 'DECISION',
    handling: 'DEBATE',
    confidentiality: 'PUBLIC',
  });
  return {
    organisationId: org,
    otherOrganisationId: otherOrg,
    municipalities,
    bodies,
    persons,
    committeeMeetingId,
    carrierMeetingId,
    dbMeetingId,
    reviewParents,
    tag,
    rows,
    otherRows: { Meeting: otherMeeting, AgendaItem: otherItem },
  };
}
