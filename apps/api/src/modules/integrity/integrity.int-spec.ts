import { graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { aBody, aPerson } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const DECLARE = `mutation ($input: DeclareConflictOfInterestInput!) {
  declareConflictOfInterest(input: $input) { id organisationId personId agendaItemId proposalId barsPapers } }`;
const CONFLICTS = `query ($agendaItemId: ID, $proposalId: ID, $personId: ID) {
  conflictsOfInterest(agendaItemId: $agendaItemId, proposalId: $proposalId, personId: $personId) { reason } }`;
const IMPOSE = `mutation ($input: ImposeSecrecyInput!) {
  imposeSecrecy(input: $input) { id organisationId grounds imposedOn liftedOn shares { bodyId personId } } }`;
const LIFT = `mutation ($input: LiftSecrecyInput!) { liftSecrecy(input: $input) { liftedOn liftedByDecisionId } }`;

type Imposed = {
  imposeSecrecy: { id: string; shares: { bodyId: string | null; personId: string | null }[] };
};

describe('integrity', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
  });
  afterAll(() => api.close());

  describe('conflicts of interest', () => {
    it('records a declared interest in an agenda item, in its organisation', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const person = await aPerson('Wethouder').create(api.dataSource);
      const response = await graphqlRequest<{ declareConflictOfInterest: unknown }>(api.server, DECLARE, {
        input: {
          personId: person.id,
          agendaItemId: item.id,
          reason: 'Eigenaar van het perceel',
          barsPapers: true,
        },
      });
      expect(response.data?.declareConflictOfInterest).toMatchObject({
        organisationId: board.organisation.id,
        personId: person.id,
        agendaItemId: item.id,
        proposalId: null,
        barsPapers: true,
      });
    });

    it('lists the interests declared on an item, by a person and on a proposal', async () => {
      const { proposal } = await aProposal(board).create(api.dataSource);
      const item = await anAgendaItem(board).withProposal(proposal.id).create(api.dataSource);
      const [first, second] = [
        await aPerson().create(api.dataSource),
        await aPerson().create(api.dataSource),
      ];
      await graphqlRequest(api.server, DECLARE, {
        input: {
          personId: first.id,
          agendaItemId: item.id,
          proposalId: proposal.id,
          reason: 'Familie',
          barsPapers: false,
        },
      });
      await graphqlRequest(api.server, DECLARE, {
        input: { personId: second.id, agendaItemId: item.id, reason: 'Nevenfunctie', barsPapers: true },
      });
      const reasons = async (variables: Record<string, string>) =>
        (
          await graphqlRequest<{ conflictsOfInterest: { reason: string }[] }>(
            api.server,
            CONFLICTS,
            variables,
          )
        ).data?.conflictsOfInterest.map((c) => c.reason);
      expect({
        item: await reasons({ agendaItemId: item.id }),
        person: await reasons({ personId: second.id }),
        proposal: await reasons({ proposalId: proposal.id }),
      }).toEqual({ item: ['Familie', 'Nevenfunctie'], person: ['Nevenfunctie'], proposal: ['Familie'] });
    });

    it('asks what to list when no filter is given', async () => {
      const response = await graphqlRequest(api.server, `{ conflictsOfInterest { id } }`);
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'agendaItemId', message: 'give agendaItemId, proposalId or personId' }],
      });
    });

    it('refuses a declaration about nothing', async () => {
      const person = await aPerson().create(api.dataSource);
      const response = await graphqlRequest(api.server, DECLARE, {
        input: { personId: person.id, reason: 'x', barsPapers: true },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'agendaItemId', message: 'give agendaItemId, proposalId or both' },
      ]);
    });

    it('refuses the same declaration twice', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const input = { personId: person.id, agendaItemId: item.id, reason: 'Aandeelhouder', barsPapers: true };
      await graphqlRequest(api.server, DECLARE, { input });
      const second = await graphqlRequest(api.server, DECLARE, { input });
      expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('answers an unknown person with NOT_FOUND', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const response = await graphqlRequest(api.server, DECLARE, {
        input: {
          personId: '00000000-0000-4000-8000-000000000000',
          agendaItemId: item.id,
          reason: 'x',
          barsPapers: true,
        },
      });
      expect(response.errors?.[0]?.message).toBe('Person not found');
    });
  });

  describe('geheimhouding', () => {
    const imposeInput = (extra: Record<string, unknown> = {}) => ({
      imposedByBodyId: board.body.id,
      imposedByPersonId: board.secretary.id,
      grounds: 'Onderhandelingspositie van de gemeenten (Woo art. 5.1 lid 2 sub b)',
      imposedOn: '2026-03-02',
      shareWithBodyIds: [],
      shareWithPersonIds: [],
      ...extra,
    });

    it('is imposed by an organ on grounds, shared with the bodies and persons it names', async () => {
      const committee = await aBody(board.organisation.id).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const response = await graphqlRequest<Imposed>(api.server, IMPOSE, {
        input: imposeInput({ shareWithBodyIds: [committee.id], shareWithPersonIds: [person.id] }),
      });
      expect(response.data?.imposeSecrecy.shares).toEqual(
        expect.arrayContaining([
          { bodyId: committee.id, personId: null },
          { bodyId: null, personId: person.id },
        ]),
      );
    });

    it('requires stated grounds', async () => {
      const response = await graphqlRequest(api.server, IMPOSE, { input: imposeInput({ grounds: '   ' }) });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'grounds', message: 'must state the grounds (Gemeentewet art. 87)' }],
      });
    });

    it('does not share with a body of another organisation', async () => {
      const other = await aBoard().create(api.dataSource);
      const response = await graphqlRequest(api.server, IMPOSE, {
        input: imposeInput({ shareWithBodyIds: [other.body.id] }),
      });
      expect(response.errors?.[0]?.message).toBe('Body not found');
    });

    it('is lifted by a decision on a day', async () => {
      const imposed = await graphqlRequest<Imposed>(api.server, IMPOSE, { input: imposeInput() });
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const response = await graphqlRequest<{ liftSecrecy: unknown }>(api.server, LIFT, {
        input: {
          secrecyId: imposed.data?.imposeSecrecy.id,
          liftedOn: '2026-09-01',
          liftedByDecisionId: decision.id,
        },
      });
      expect(response.data?.liftSecrecy).toEqual({ liftedOn: '2026-09-01', liftedByDecisionId: decision.id });
    });

    it('cannot be lifted twice', async () => {
      const imposed = await graphqlRequest<Imposed>(api.server, IMPOSE, { input: imposeInput() });
      const input = { secrecyId: imposed.data?.imposeSecrecy.id, liftedOn: '2026-09-01' };
      await graphqlRequest(api.server, LIFT, { input });
      const second = await graphqlRequest(api.server, LIFT, { input });
      expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('cannot be lifted before it was imposed', async () => {
      const imposed = await graphqlRequest<Imposed>(api.server, IMPOSE, { input: imposeInput() });
      const response = await graphqlRequest(api.server, LIFT, {
        input: { secrecyId: imposed.data?.imposeSecrecy.id, liftedOn: '2026-01-01' },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'liftedOn', message: 'must not be before the day it was imposed' },
      ]);
    });

    it('is found by id with its shares', async () => {
      const person = await aPerson().create(api.dataSource);
      const imposed = await graphqlRequest<Imposed>(api.server, IMPOSE, {
        input: imposeInput({ shareWithPersonIds: [person.id] }),
      });
      const response = await graphqlRequest<{ secrecy: unknown }>(
        api.server,
        `query ($id: ID!) { secrecy(id: $id) { grounds shares { personId } } }`,
        { id: imposed.data?.imposeSecrecy.id },
      );
      expect(response.data?.secrecy).toEqual({
        grounds: 'Onderhandelingspositie van de gemeenten (Woo art. 5.1 lid 2 sub b)',
        shares: [{ personId: person.id }],
      });
    });

    it('answers an unknown secrecy with NOT_FOUND', async () => {
      const response = await graphqlRequest(api.server, `query ($id: ID!) { secrecy(id: $id) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });
});
