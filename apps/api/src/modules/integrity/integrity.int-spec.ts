import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole, todayInNetherlands } from '@bestuurskracht/shared/domain';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { aBody, aPerson } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const DECLARE = `mutation ($input: DeclareConflictOfInterestInput!) {
  declareConflictOfInterest(input: $input) { id organisationId personId agendaItemId proposalId barsPapers } }`;
const CONFLICTS = `query ($agendaItemId: ID, $proposalId: ID, $personId: ID) {
  conflictsOfInterest(agendaItemId: $agendaItemId, proposalId: $proposalId, personId: $personId) { reason } }`;
const IMPOSE = `mutation ($input: ImposeSecrecyInput!) {
  imposeSecrecy(input: $input) {
    id organisationId imposedByPersonId grounds imposedOn liftedOn shares { bodyId personId } } }`;
const LIFT = `mutation ($input: LiftSecrecyInput!) { liftSecrecy(input: $input) { liftedOn liftedByDecisionId } }`;
const SECRECY = `query ($id: ID!) { secrecy(id: $id) { grounds shares { personId } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Imposed = {
  imposeSecrecy: {
    id: string;
    imposedByPersonId: string;
    shares: { bodyId: string | null; personId: string | null }[];
  };
};
type Conflicts = { conflictsOfInterest: { reason: string }[] };
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('integrity', () => {
  let api: TestApp;
  let board: Board;
  /** the DB's secretary: imposes geheimhouding on behalf of the DB */
  let secretary: SignedInMember;
  /** an ordinary DB member: reads the DB's papers, declares their own interests */
  let member: SignedInMember;
  /** the algemeen directeur: reads every declaration in the organisation */
  let director: SignedInMember;
  /** a DB secretary of another organisation */
  let outsider: SignedInMember;

  const inBoard = (role: MembershipRole) =>
    aSignedInMember(api.dataSource, api.server, board.organisation.id, role, (m) => m.inBody(board.body.id));

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    secretary = await inBoard(MembershipRole.SECRETARY);
    member = await inBoard(MembershipRole.MEMBER);
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
    const other = await aBoard().create(api.dataSource);
    outsider = await aSignedInMember(
      api.dataSource,
      api.server,
      other.organisation.id,
      MembershipRole.SECRETARY,
      (m) => m.inBody(other.body.id),
    );
  });
  afterAll(() => api.close());

  describe('conflicts of interest', () => {
    const reasons = async (as: SignedInMember, variables: Record<string, string>) =>
      (await as.request<Conflicts>(CONFLICTS, variables)).data?.conflictsOfInterest.map((c) => c.reason);

    it('records the signed-in person’s declared interest in an agenda item, in its organisation', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const response = await member.request<{ declareConflictOfInterest: unknown }>(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Eigenaar van het perceel', barsPapers: true },
      });
      expect(response.data?.declareConflictOfInterest).toMatchObject({
        organisationId: board.organisation.id,
        personId: member.personId,
        agendaItemId: item.id,
        proposalId: null,
        barsPapers: true,
      });
    });

    it('shows the director the interests declared on an item, by a person and on a proposal', async () => {
      const { proposal } = await aProposal(board).create(api.dataSource);
      const item = await anAgendaItem(board).withProposal(proposal.id).create(api.dataSource);
      const second = await inBoard(MembershipRole.MEMBER);
      await member.request(DECLARE, {
        input: { agendaItemId: item.id, proposalId: proposal.id, reason: 'Familie', barsPapers: false },
      });
      await second.request(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Nevenfunctie', barsPapers: true },
      });
      expect({
        item: await reasons(director, { agendaItemId: item.id }),
        person: await reasons(director, { personId: second.personId }),
        proposal: await reasons(director, { proposalId: proposal.id }),
      }).toEqual({ item: ['Familie', 'Nevenfunctie'], person: ['Nevenfunctie'], proposal: ['Familie'] });
    });

    it('shows a member only their own declarations, not those of the others on the item', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const colleague = await inBoard(MembershipRole.MEMBER);
      await member.request(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Eigen belang', barsPapers: true },
      });
      await colleague.request(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Belang collega', barsPapers: true },
      });
      expect({
        item: await reasons(member, { agendaItemId: item.id }),
        colleague: await reasons(member, { personId: colleague.personId }),
        secretary: await reasons(secretary, { agendaItemId: item.id }),
      }).toEqual({ item: ['Eigen belang'], colleague: [], secretary: [] });
    });

    it('asks what to list when no filter is given', async () => {
      const response = await member.request(`{ conflictsOfInterest { id } }`);
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'agendaItemId', message: 'give agendaItemId, proposalId or personId' }],
      });
    });

    it('refuses a declaration about nothing', async () => {
      const response = await member.request(DECLARE, { input: { reason: 'x', barsPapers: true } });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'agendaItemId', message: 'give agendaItemId, proposalId or both' },
      ]);
    });

    it('refuses the same declaration twice', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const input = { agendaItemId: item.id, reason: 'Aandeelhouder', barsPapers: true };
      await member.request(DECLARE, { input });
      const second = await member.request(DECLARE, { input });
      expect(code(second)).toBe('CONFLICT');
    });

    it('answers an unknown agenda item with NOT_FOUND', async () => {
      const response = await member.request(DECLARE, {
        input: { agendaItemId: MISSING, reason: 'x', barsPapers: true },
      });
      expect(response.errors?.[0]?.message).toBe('AgendaItem not found');
    });

    it('records the declaring person as the actor in the audit trail', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const declared = await member.request<{ declareConflictOfInterest: { id: string } }>(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Lid van de vereniging', barsPapers: false },
      });
      const rows: { actor_id: string }[] = await api.dataSource.query(
        `SELECT actor_id FROM audit_entry WHERE action = 'declareConflictOfInterest' AND subject_id = $1`,
        [declared.data?.declareConflictOfInterest.id],
      );
      expect(rows).toEqual([{ actor_id: member.personId }]);
    });

    it('asks a visitor without a session to sign in', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const response = await graphqlRequest(api.server, CONFLICTS, { agendaItemId: item.id });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it("answers a person of another organisation NOT_FOUND for the organisation's items and proposals", async () => {
      const { proposal } = await aProposal(board).create(api.dataSource);
      const item = await anAgendaItem(board).create(api.dataSource);
      const responses = [
        await outsider.request(CONFLICTS, { agendaItemId: item.id }),
        await outsider.request(CONFLICTS, { proposalId: proposal.id }),
        await outsider.request(DECLARE, { input: { agendaItemId: item.id, reason: 'x', barsPapers: true } }),
        await outsider.request(DECLARE, {
          input: { proposalId: proposal.id, reason: 'x', barsPapers: true },
        }),
      ];
      expect(responses.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it("lists nothing of another organisation's person", async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      await member.request(DECLARE, {
        input: { agendaItemId: item.id, reason: 'Zichtbaar?', barsPapers: true },
      });
      expect(await reasons(outsider, { personId: member.personId })).toEqual([]);
    });
  });

  describe('geheimhouding', () => {
    const imposeInput = (extra: Record<string, unknown> = {}) => ({
      imposedByBodyId: board.body.id,
      grounds: 'Onderhandelingspositie van de gemeenten (Woo art. 5.1 lid 2 sub b)',
      imposedOn: '2026-03-02',
      shareWithBodyIds: [],
      shareWithPersonIds: [],
      ...extra,
    });
    const impose = async (extra: Record<string, unknown> = {}, as = secretary) =>
      (await as.request<Imposed>(IMPOSE, { input: imposeInput(extra) })).data
        ?.imposeSecrecy as Imposed['imposeSecrecy'];

    it('is imposed by an organ on grounds, shared with the bodies and persons it names', async () => {
      const committee = await aBody(board.organisation.id).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const imposed = await impose({ shareWithBodyIds: [committee.id], shareWithPersonIds: [person.id] });
      expect(imposed.shares).toEqual(
        expect.arrayContaining([
          { bodyId: committee.id, personId: null },
          { bodyId: null, personId: person.id },
        ]),
      );
    });

    it('records the signed-in person as the one who imposed it, also for the director outside the organ', async () => {
      const person = await aPerson().create(api.dataSource);
      const imposed = await impose({ shareWithPersonIds: [person.id] }, director);
      expect({ by: imposed.imposedByPersonId, shares: imposed.shares }).toEqual({
        by: director.personId,
        shares: [{ bodyId: null, personId: person.id }],
      });
    });

    it('requires stated grounds', async () => {
      const response = await secretary.request(IMPOSE, { input: imposeInput({ grounds: '   ' }) });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'grounds', message: 'must state the grounds (Gemeentewet art. 87)' }],
      });
    });

    it('does not share with a body of another organisation', async () => {
      const other = await aBoard().create(api.dataSource);
      const response = await secretary.request(IMPOSE, {
        input: imposeInput({ shareWithBodyIds: [other.body.id] }),
      });
      expect(response.errors?.[0]?.message).toBe('Body not found');
    });

    it('is lifted by a decision on a day', async () => {
      const imposed = await impose();
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const response = await secretary.request<{ liftSecrecy: unknown }>(LIFT, {
        input: { secrecyId: imposed.id, liftedOn: '2026-09-01', liftedByDecisionId: decision.id },
      });
      expect(response.data?.liftSecrecy).toEqual({ liftedOn: '2026-09-01', liftedByDecisionId: decision.id });
    });

    it('cannot be lifted twice', async () => {
      const imposed = await impose();
      const input = { secrecyId: imposed.id, liftedOn: '2026-09-01' };
      await secretary.request(LIFT, { input });
      const second = await secretary.request(LIFT, { input });
      expect(code(second)).toBe('CONFLICT');
    });

    it('cannot be lifted before it was imposed', async () => {
      const imposed = await impose();
      const response = await secretary.request(LIFT, {
        input: { secrecyId: imposed.id, liftedOn: '2026-01-01' },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'liftedOn', message: 'must not be before the day it was imposed' },
      ]);
    });

    it('is found by id, with its shares, by a person it names', async () => {
      const committee = await aBody(board.organisation.id, BodyKind.COMMITTEE).create(api.dataSource);
      const named = await aSignedInMember(
        api.dataSource,
        api.server,
        board.organisation.id,
        MembershipRole.MEMBER,
        (m) => m.inBody(committee.id),
      );
      const imposed = await impose({ shareWithPersonIds: [named.personId] });
      const response = await named.request<{ secrecy: unknown }>(SECRECY, { id: imposed.id });
      expect(response.data?.secrecy).toEqual({
        grounds: 'Onderhandelingspositie van de gemeenten (Woo art. 5.1 lid 2 sub b)',
        shares: [{ personId: named.personId }],
      });
    });

    it('answers an unknown secrecy with NOT_FOUND', async () => {
      const response = await secretary.request(SECRECY, { id: MISSING });
      expect(code(response)).toBe('NOT_FOUND');
    });

    it('is unknown to a member of the organisation it does not name, until it is lifted', async () => {
      const committee = await aBody(board.organisation.id, BodyKind.COMMITTEE).create(api.dataSource);
      const unnamed = await aSignedInMember(
        api.dataSource,
        api.server,
        board.organisation.id,
        MembershipRole.MEMBER,
        (m) => m.inBody(committee.id),
      );
      const imposed = await impose();
      const [refused, missing] = [
        await unnamed.request(SECRECY, { id: imposed.id }),
        await unnamed.request(SECRECY, { id: MISSING }),
      ];
      await secretary.request(LIFT, { input: { secrecyId: imposed.id, liftedOn: todayInNetherlands() } });
      const lifted = await unnamed.request<{ secrecy: { grounds: string } }>(SECRECY, { id: imposed.id });
      expect({ refused: refused.errors?.[0], lifted: lifted.data?.secrecy.grounds }).toEqual({
        refused: missing.errors?.[0],
        lifted: 'Onderhandelingspositie van de gemeenten (Woo art. 5.1 lid 2 sub b)',
      });
    });

    it("lets a member of the imposing organ read it, but neither impose nor lift the organ's secrecy", async () => {
      const imposed = await impose();
      const responses = [
        await member.request(SECRECY, { id: imposed.id }),
        await member.request(IMPOSE, { input: imposeInput() }),
        await member.request(LIFT, { input: { secrecyId: imposed.id, liftedOn: '2026-09-01' } }),
      ];
      expect(responses.map(code)).toEqual([undefined, 'FORBIDDEN', 'FORBIDDEN']);
    });

    it("answers a person of another organisation NOT_FOUND for the organisation's secrecy and bodies", async () => {
      const imposed = await impose();
      const responses = [
        await outsider.request(SECRECY, { id: imposed.id }),
        await outsider.request(IMPOSE, { input: imposeInput() }),
        await outsider.request(LIFT, { input: { secrecyId: imposed.id, liftedOn: '2026-09-01' } }),
      ];
      expect(responses.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it('asks a visitor without a session to sign in', async () => {
      const response = await graphqlRequest(api.server, SECRECY, { id: MISSING });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });
  });
});
