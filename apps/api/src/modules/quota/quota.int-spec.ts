import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { aBoard, type Board } from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const SET = `mutation ($input: SetQuotaInput!) { setQuota(input: $input) { id target periodEnd } }`;
const REALISE = `mutation ($input: RecordQuotaRealisationInput!) { recordQuotaRealisation(input: $input) { recordedOn realised } }`;
const EXCHANGE = `mutation ($input: RecordQuotaExchangeInput!) {
  recordQuotaExchange(input: $input) { fromMunicipalityId toMunicipalityId amount } }`;
const QUOTAS = `query ($id: ID!, $kind: QuotaKind, $after: String) {
  quotas(organisationId: $id, kind: $kind, first: 2, after: $after) {
    nodes { periodStart target realised realisations { recordedOn realised } } pageInfo { endCursor hasNextPage } } }`;

type Quotas = {
  quotas: {
    nodes: { periodStart: string; target: number; realised: number | null; realisations: unknown[] }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
  };
};

describe('taakstellingen', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Utrecht', 'Zeist', 'Houten').create(api.dataSource);
  });
  afterAll(() => api.close());

  const gemeente = (index: number) => board.municipalities[index]?.id as string;
  const quotaInput = (extra: Record<string, unknown> = {}) => ({
    organisationId: board.organisation.id,
    municipalityId: gemeente(0),
    kind: 'HOUSING_STATUS_HOLDERS',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    target: 40,
    ...extra,
  });
  const setQuota = async (extra: Record<string, unknown> = {}) =>
    (await graphqlRequest<{ setQuota: { id: string } }>(api.server, SET, { input: quotaInput(extra) })).data
      ?.setQuota.id as string;

  it('sets a target, and changes it when set again for the same period', async () => {
    const first = await setQuota({ municipalityId: gemeente(1), target: 30 });
    const again = await graphqlRequest<{ setQuota: { id: string; target: number } }>(api.server, SET, {
      input: quotaInput({ municipalityId: gemeente(1), target: 35 }),
    });
    expect(again.data?.setQuota).toMatchObject({ id: first, target: 35 });
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await graphqlRequest(api.server, SET, {
      input: quotaInput({ periodEnd: '2025-12-31' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodEnd', message: 'must not be before periodStart' }],
    });
  });

  it('names every invalid field', async () => {
    const response = await graphqlRequest(api.server, SET, {
      input: quotaInput({ target: -1, periodStart: '2026-1-1' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'periodStart', message: 'periodStart must be a date written as yyyy-mm-dd' },
      { field: 'target', message: 'target must not be less than 0' },
    ]);
  });

  it('records realised figures and shows the latest', async () => {
    const quotaId = await setQuota({ periodStart: '2025-07-01', periodEnd: '2025-12-31' });
    await graphqlRequest(api.server, REALISE, { input: { quotaId, recordedOn: '2025-10-01', realised: 12 } });
    await graphqlRequest(api.server, REALISE, { input: { quotaId, recordedOn: '2025-08-01', realised: 5 } });
    const own = await graphqlRequest<Quotas>(api.server, QUOTAS, { id: board.organisation.id });
    const quota = own.data?.quotas.nodes.find((n) => n.periodStart === '2025-07-01');
    expect(quota).toMatchObject({
      realised: 12,
      realisations: [
        { recordedOn: '2025-08-01', realised: 5 },
        { recordedOn: '2025-10-01', realised: 12 },
      ],
    });
  });

  it('refuses a second figure on the same day', async () => {
    const quotaId = await setQuota({ municipalityId: gemeente(2) });
    const input = { quotaId, recordedOn: '2026-02-01', realised: 3 };
    await graphqlRequest(api.server, REALISE, { input });
    const second = await graphqlRequest(api.server, REALISE, { input });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('answers an unknown quota with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, REALISE, {
      input: { quotaId: '00000000-0000-4000-8000-000000000000', recordedOn: '2026-02-01', realised: 3 },
    });
    expect(response.errors?.[0]?.message).toBe('Quota not found');
  });

  it('pages through the quotas of an organisation, latest period first, and of one kind', async () => {
    const own = await aBoard().create(api.dataSource);
    for (const periodStart of ['2024-01-01', '2025-01-01', '2026-01-01']) {
      await graphqlRequest(api.server, SET, {
        input: {
          ...quotaInput({ periodStart, periodEnd: `${periodStart.slice(0, 4)}-12-31` }),
          organisationId: own.organisation.id,
          municipalityId: own.municipalities[0]?.id,
        },
      });
    }
    await graphqlRequest(api.server, SET, {
      input: {
        ...quotaInput({ kind: 'RECEPTION_PLACES' }),
        organisationId: own.organisation.id,
        municipalityId: own.municipalities[0]?.id,
      },
    });
    const variables = { id: own.organisation.id, kind: 'HOUSING_STATUS_HOLDERS' };
    const first = await graphqlRequest<Quotas>(api.server, QUOTAS, variables);
    const second = await graphqlRequest<Quotas>(api.server, QUOTAS, {
      ...variables,
      after: first.data?.quotas.pageInfo.endCursor,
    });
    expect(
      [...(first.data?.quotas.nodes ?? []), ...(second.data?.quotas.nodes ?? [])].map((n) => n.periodStart),
    ).toEqual(['2026-01-01', '2025-01-01', '2024-01-01']);
  });

  it('reads realisations of many quotas in as many statements as of one', async () => {
    const small = await aBoard().create(api.dataSource);
    const large = await aBoard().withMunicipalities('A', 'B', 'C', 'D', 'E').create(api.dataSource);
    for (const own of [small, large]) {
      const municipalities = own === small ? own.municipalities.slice(0, 1) : own.municipalities;
      for (const municipality of municipalities) {
        const created = await graphqlRequest<{ setQuota: { id: string } }>(api.server, SET, {
          input: { ...quotaInput(), organisationId: own.organisation.id, municipalityId: municipality.id },
        });
        await graphqlRequest(api.server, REALISE, {
          input: { quotaId: created.data?.setQuota.id, recordedOn: '2026-03-01', realised: 1 },
        });
      }
    }
    const forOne = await countStatements(() =>
      graphqlRequest(api.server, QUOTAS, { id: small.organisation.id }),
    );
    const forMany = await countStatements(() =>
      graphqlRequest(api.server, QUOTAS, { id: large.organisation.id }),
    );
    expect(forMany).toBe(forOne);
  });

  it('records an agreed exchange between two gemeenten', async () => {
    const response = await graphqlRequest<{ recordQuotaExchange: unknown }>(api.server, EXCHANGE, {
      input: {
        organisationId: board.organisation.id,
        fromMunicipalityId: gemeente(1),
        toMunicipalityId: gemeente(0),
        kind: 'RECEPTION_PLACES',
        amount: 15,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        agreedOn: '2025-12-10',
        note: 'Utrecht neemt 15 opvangplekken over; Zeist neemt meer woningbouw.',
      },
    });
    const list = await graphqlRequest<{ quotaExchanges: { amount: number }[] }>(
      api.server,
      `query ($id: ID!) { quotaExchanges(organisationId: $id) { amount } }`,
      { id: board.organisation.id },
    );
    expect({ recorded: response.data?.recordQuotaExchange, listed: list.data?.quotaExchanges }).toEqual({
      recorded: { fromMunicipalityId: gemeente(1), toMunicipalityId: gemeente(0), amount: 15 },
      listed: [{ amount: 15 }],
    });
  });

  it('refuses an exchange of a gemeente with itself', async () => {
    const response = await graphqlRequest(api.server, EXCHANGE, {
      input: {
        organisationId: board.organisation.id,
        fromMunicipalityId: gemeente(1),
        toMunicipalityId: gemeente(1),
        kind: 'RECEPTION_PLACES',
        amount: 15,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        agreedOn: '2025-12-10',
      },
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'toMunicipalityId', message: 'must differ from fromMunicipalityId' },
    ]);
  });

  it('refuses an exchange with a gemeente outside the organisation', async () => {
    const other = await aBoard().create(api.dataSource);
    const response = await graphqlRequest(api.server, EXCHANGE, {
      input: {
        organisationId: board.organisation.id,
        fromMunicipalityId: other.municipalities[0]?.id,
        toMunicipalityId: gemeente(1),
        kind: 'RECEPTION_PLACES',
        amount: 1,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        agreedOn: '2025-12-10',
      },
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'fromMunicipalityId', message: 'must be a gemeente taking part in the organisation' },
    ]);
  });
});
