import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBoard, aDecision, anAgendaItem, type Board } from '../../test/builders/decision.builders';
import { aBody } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const EXCLUDED = `query ($id: ID!) { decision(id: $id) { excludedMembers } }`;
const DIFF = `query ($id: ID!, $from: Int!, $to: Int!) { decision(id: $id) { pointsDiff(from: $from, to: $to) { kind text } } }`;

const AMEND = `mutation ($input: AmendDecisionPointsInput!) { amendDecisionPoints(input: $input) { number } }`;
const REVISIONS = `query ($id: ID!) { decision(id: $id) { pointRevisions { number createdById } } }`;

describe('the record of a decision', () => {
  let api: TestApp;
  let board: Board;
  let director: SignedInMember;
  let conflicted: SignedInMember;
  let member: SignedInMember;

  const gemeente = (index: number) => board.municipalities[index]?.id as string;
  const code = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['code'];
  const declareConflict = (personId: string, agendaItemId: string) =>
    api.dataSource.query(
      `INSERT INTO conflict_of_interest (organisation_id, person_id, agenda_item_id, reason)
       VALUES ($1, $2, $3, 'Bestuurder van de aanvrager')`,
      [board.organisation.id, personId, agendaItemId],
    );
  async function actingFor(municipalityIndex: number): Promise<SignedInMember> {
    const meeting = await aBody(board.organisation.id, BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    return aSignedInMember(api.dataSource, api.server, board.organisation.id, MembershipRole.MEMBER, (m) =>
      m.inBody(meeting.id).forMunicipality(gemeente(municipalityIndex)),
    );
  }

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Oldenzaal', 'Losser').create(api.dataSource);
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
    conflicted = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(board.body.id),
    );
    member = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(board.body.id),
    );
  });
  afterAll(() => api.close());

  it('lists the members who declared a conflict before the decision as excluded, not those who declared after', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const other = await anAgendaItem(board).create(api.dataSource);
    await declareConflict(conflicted.personId, item.id);
    const decision = await aDecision(item).create(api.dataSource);
    const later = await aDecision(other).create(api.dataSource);
    await declareConflict(member.personId, other.id);
    const excluded = await director.request(EXCLUDED, { id: decision.id });
    const none = await director.request(EXCLUDED, { id: later.id });
    expect({ excluded: excluded.data, none: none.data }).toEqual({
      excluded: { decision: { excludedMembers: [conflicted.personId] } },
      none: { decision: { excludedMembers: [] } },
    });
  });

  it('lets one of two simultaneous amendments of the same revision through, the other gets CONFLICT', async () => {
    const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO decision_point_revision (decision_id, number, points, created_by_id) VALUES ($1, 1, $2, $3)`,
      [decision.id, ['Het plan vast te stellen'], director.personId],
    );
    const amend = (points: string[]) =>
      director.request(AMEND, {
        input: { decisionId: decision.id, expectedRevision: 1, points, reason: 'Amendement' },
      });
    const outcomes = await Promise.all([
      amend(['Het plan gewijzigd vast te stellen']),
      amend(['Het plan aan te houden']),
    ]);
    const revisions = await director.request<{ decision: { pointRevisions: unknown[] } }>(REVISIONS, {
      id: decision.id,
    });
    expect({
      codes: outcomes.map((outcome) => code(outcome) ?? 'OK').sort(),
      revisions: revisions.data?.decision.pointRevisions.length,
      by: revisions.data?.decision.pointRevisions.map(
        (revision) => (revision as { createdById: string }).createdById,
      ),
    }).toEqual({ codes: ['CONFLICT', 'OK'], revisions: 2, by: [director.personId, director.personId] });
  });

  it('diffs any two revisions of the beslispunten, and only for those who may read the decision', async () => {
    const item = await anAgendaItem(board).limitedTo(gemeente(0)).create(api.dataSource);
    const decision = await aDecision(item).create(api.dataSource);
    await api.dataSource.query('UPDATE decision SET published_at = now() WHERE id = $1', [decision.id]);
    for (const [number, points] of [
      [1, ['Het beleid vast te stellen', 'Het budget te verhogen']],
      [2, ['Het beleid vast te stellen', 'Het budget gelijk te houden']],
      [3, ['Het beleid gewijzigd vast te stellen', 'Het budget gelijk te houden']],
    ] as const) {
      await api.dataSource.query(
        `INSERT INTO decision_point_revision (decision_id, number, points, reason, created_by_id)
         VALUES ($1, $2, $3, 'amendement', $4)`,
        [decision.id, number, points, director.personId],
      );
    }
    const oldenzaal = await actingFor(0);
    const losser = await actingFor(1);
    const diff = await oldenzaal.request(DIFF, { id: decision.id, from: 1, to: 3 });
    const missing = await director.request(DIFF, { id: decision.id, from: 1, to: 4 });
    const otherGemeente = await losser.request(DIFF, { id: decision.id, from: 1, to: 3 });
    expect({
      diff: diff.data,
      missing: missing.errors?.[0]?.extensions,
      otherGemeente: { data: otherGemeente.data, code: code(otherGemeente) },
    }).toEqual({
      diff: {
        decision: {
          pointsDiff: [
            { kind: 'REMOVED', text: 'Het beleid vast te stellen' },
            { kind: 'REMOVED', text: 'Het budget te verhogen' },
            { kind: 'ADDED', text: 'Het beleid gewijzigd vast te stellen' },
            { kind: 'ADDED', text: 'Het budget gelijk te houden' },
          ],
        },
      },
      missing: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'to', message: 'the decision has revisions 1 to 3' }],
      },
      otherGemeente: { data: null, code: 'NOT_FOUND' },
    });
  });
});
