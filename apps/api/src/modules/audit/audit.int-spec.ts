import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBoard, aDecision, anAgendaItem } from '../../test/builders/decision.builders';
import { aBody, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const TRAIL = `query ($id: ID!) { auditEntries(subjectType: "Body", subjectId: $id) { nodes { action } totalCount } }`;
const UPDATE_BODY = `mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { name } }`;

type Trail = { auditEntries: { nodes: { action: string }[]; totalCount: number } };
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('audit trail', () => {
  let api: TestApp;
  let organisationId: string;
  let bodyId: string;
  let admin: SignedInMember;

  const trailOf = async (reader: SignedInMember) => {
    const response = await reader.request<Trail>(TRAIL, { id: bodyId });
    return response.data?.auditEntries.totalCount;
  };

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation } = await anOrganisation().create(api.dataSource);
    organisationId = organisation.id;
    bodyId = (await aBody(organisationId, BodyKind.EXECUTIVE_BOARD).create(api.dataSource)).id;
    admin = await aSignedInMember(api.dataSource, api.server, organisationId, MembershipRole.ADMINISTRATOR);
    await admin.request(UPDATE_BODY, { input: { id: bodyId, quorum: 2 } });
  });
  afterAll(() => api.close());

  it('tells a visitor without a session to sign in', async () => {
    expect(code(await graphqlRequest(api.server, TRAIL, { id: bodyId }))).toBe('UNAUTHENTICATED');
  });

  it('shows the organisation’s trail to its administrators and director', async () => {
    const director = await aSignedInMember(
      api.dataSource,
      api.server,
      organisationId,
      MembershipRole.DIRECTOR,
    );
    const response = await director.request<Trail>(TRAIL, { id: bodyId });
    expect(response.data?.auditEntries.nodes).toEqual([{ action: 'updateBody' }]);
  });

  it('shows a member of the body nothing they did not do themselves', async () => {
    const member = await aSignedInMember(
      api.dataSource,
      api.server,
      organisationId,
      MembershipRole.MEMBER,
      (m) => m.inBody(bodyId),
    );
    expect(await trailOf(member)).toBe(0);
  });

  it('shows an administrator of another organisation nothing', async () => {
    const { organisation: other } = await anOrganisation().create(api.dataSource);
    const outsider = await aSignedInMember(
      api.dataSource,
      api.server,
      other.id,
      MembershipRole.ADMINISTRATOR,
    );
    expect(await trailOf(outsider)).toBe(0);
  });

  it('shows each person their own actions, also where the organisation is not theirs to audit', async () => {
    const { organisation: other } = await anOrganisation().create(api.dataSource);
    const person = await aSignedInMember(api.dataSource, api.server, other.id, MembershipRole.ADMINISTRATOR);
    await api.dataSource.query(
      `INSERT INTO audit_entry (organisation_id, actor_id, action, subject_type, subject_id, details)
       VALUES ($1, $2, 'reviewBody', 'Body', $3, '{}')`,
      [organisationId, person.personId, bodyId],
    );
    expect([await trailOf(person), await trailOf(admin)]).toEqual([1, 2]);
  });

  it("shows another person's actions on a record only to those who may read the record itself", async () => {
    const board = await aBoard().create(api.dataSource);
    const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(api.dataSource);
    const reader = (role: MembershipRole) =>
      aSignedInMember(api.dataSource, api.server, board.organisation.id, role);
    const [boardAdmin, boardDirector] = await Promise.all([
      reader(MembershipRole.ADMINISTRATOR),
      reader(MembershipRole.DIRECTOR),
    ]);
    await api.dataSource.query(
      `INSERT INTO audit_entry (organisation_id, actor_id, action, subject_type, subject_id, details)
       VALUES ($1, NULL, 'correctDecision', 'Decision', $2, '{"text":"Gecorrigeerde tekst"}'),
              ($1, $3, 'recordDecision', 'Decision', $2, '{}')`,
      [board.organisation.id, decision.id, boardAdmin.personId],
    );
    const trailAs = async (member: SignedInMember) => {
      const response = await member.request<Trail>(
        `query ($id: ID!) { auditEntries(subjectType: "Decision", subjectId: $id) { nodes { action } totalCount } }`,
        { id: decision.id },
      );
      return response.data?.auditEntries.nodes.map((node) => node.action);
    };

    // the administrator is not a member of the board, so may not read its unpublished decision
    expect({ admin: await trailAs(boardAdmin), director: await trailAs(boardDirector) }).toEqual({
      admin: ['recordDecision'],
      director: ['recordDecision', 'correctDecision'],
    });
  });
});
