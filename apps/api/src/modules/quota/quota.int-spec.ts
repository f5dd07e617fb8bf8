import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aBoard, type Board } from '../../test/builders/decision.builders';
import { aMembership } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
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

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('taakstellingen', () => {
  let api: TestApp;
  let board: Board;
  /** the organisation's director, who sets targets and records exchanges */
  let director: SignedInMember;
  /** the director also directs every organisation a test builds */
  const direct = async (built: Board) => {
    await aMembership(director.personId, built.organisation.id, MembershipRole.DIRECTOR).create(
      api.dataSource,
    );
    return built;
  };

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().withMunicipalities('Utrecht', 'Zeist', 'Houten').create(api.dataSource);
    director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
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
    (await director.request<{ setQuota: { id: string } }>(SET, { input: quotaInput(extra) })).data?.setQuota
      .id as string;

  it('sets a target, and changes it when set again for the same period', async () => {
    const first = await setQuota({ municipalityId: gemeente(1), target: 30 });
    const again = await director.request<{ setQuota: { id: string; target: number } }>(SET, {
      input: quotaInput({ municipalityId: gemeente(1), target: 35 }),
    });
    expect(again.data?.setQuota).toMatchObject({ id: first, target: 35 });
  });

  it('refuses a period that ends before it starts', async () => {
    const response = await director.request(SET, {
      input: quotaInput({ periodEnd: '2025-12-31' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'periodEnd', message: 'must not be before periodStart' }],
    });
  });

  it('names every invalid field', async () => {
    const response = await director.request(SET, {
      input: quotaInput({ target: -1, periodStart: '2026-1-1' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'periodStart', message: 'periodStart must be a date written as yyyy-mm-dd' },
      { field: 'target', message: 'target must not be less than 0' },
    ]);
  });

  it('records realised figures and shows the latest', async () => {
    const quotaId = await setQuota({ periodStart: '2025-07-01', periodEnd: '2025-12-31' });
    await director.request(REALISE, { input: { quotaId, recordedOn: '2025-10-01', realised: 12 } });
    await director.request(REALISE, { input: { quotaId, recordedOn: '2025-08-01', realised: 5 } });
    const own = await director.request<Quotas>(QUOTAS, { id: board.organisation.id });
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
    await director.request(REALISE, { input });
    const second = await director.request(REALISE, { input });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('answers an unknown quota with NOT_FOUND', async () => {
    const response = await director.request(REALISE, {
      input: { quotaId: '00000000-0000-4000-8000-000000000000', recordedOn: '2026-02-01', realised: 3 },
    });
    expect(response.errors?.[0]?.message).toBe('Quota not found');
  });

  it('pages through the quotas of an organisation, latest period first, and of one kind', async () => {
    const own = await direct(await aBoard().create(api.dataSource));
    for (const periodStart of ['2024-01-01', '2025-01-01', '2026-01-01']) {
      await director.request(SET, {
        input: {
          ...quotaInput({ periodStart, periodEnd: `${periodStart.slice(0, 4)}-12-31` }),
          organisationId: own.organisation.id,
          municipalityId: own.municipalities[0]?.id,
        },
      });
    }
    await director.request(SET, {
      input: {
        ...quotaInput({ kind: 'RECEPTION_PLACES' }),
        organisationId: own.organisation.id,
        municipalityId: own.municipalities[0]?.id,
      },
    });
    const variables = { id: own.organisation.id, kind: 'HOUSING_STATUS_HOLDERS' };
    const first = await director.request<Quotas>(QUOTAS, variables);
    const second = await director.request<Quotas>(QUOTAS, {
      ...variables,
      after: first.data?.quotas.pageInfo.endCursor,
    });
    expect(
      [...(first.data?.quotas.nodes ?? []), ...(second.data?.quotas.nodes ?? [])].map((n) => n.periodStart),
    ).toEqual(['2026-01-01', '2025-01-01', '2024-01-01']);
  });

  it('reads realisations of many quotas in as many statements as of one', async () => {
    const small = await direct(await aBoard().create(api.dataSource));
    const large = await direct(
      await aBoard().withMunicipalities('A', 'B', 'C', 'D', 'E').create(api.dataSource),
    );
    for (const own of [small, large]) {
      const municipalities = own === small ? own.municipalities.slice(0, 1) : own.municipalities;
      for (const municipality of municipalities) {
        const created = await director.request<{ setQuota: { id: string } }>(SET, {
          input: { ...quotaInput(), organisationId: own.organisation.id, municipalityId: municipality.id },
        });
        await director.request(REALISE, {
          input: { quotaId: created.data?.setQuota.id, recordedOn: '2026-03-01', realised: 1 },
        });
      }
    }
    const forOne = await countStatements(() => director.request(QUOTAS, { id: small.organisation.id }));
    const forMany = await countStatements(() => director.request(QUOTAS, { id: large.organisation.id }));
    expect(forMany).toBe(forOne);
  });

  it('records an agreed exchange between two gemeenten', async () => {
    const response = await director.request<{ recordQuotaExchange: unknown }>(EXCHANGE, {
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
    const list = await director.request<{ quotaExchanges: { amount: number }[] }>(
      `query ($id: ID!) { quotaExchanges(organisationId: $id) { amount } }`,
      { id: board.organisation.id },
    );
    expect({ recorded: response.data?.recordQuotaExchange, listed: list.data?.quotaExchanges }).toEqual({
      recorded: { fromMunicipalityId: gemeente(1), toMunicipalityId: gemeente(0), amount: 15 },
      listed: [{ amount: 15 }],
    });
  });

  it('refuses an exchange of a gemeente with itself', async () => {
    const response = await director.request(EXCHANGE, {
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
    const response = await director.request(EXCHANGE, {
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

  describe('who sees and changes them', () => {
    let own: Board;
    let quotaOfFirst: string;
    let quotaOfSecond: string;
    const page = `query ($id: ID!) { quotas(organisationId: $id) { nodes { id realised } totalCount } }`;
    const exchanges = `query ($id: ID!) { quotaExchanges(organisationId: $id) { amount } }`;
    const inputFor = (municipalityId: string | undefined) => ({
      ...quotaInput(),
      organisationId: own.organisation.id,
      municipalityId,
    });
    const realise = (quotaId: string) => ({ input: { quotaId, recordedOn: '2026-04-01', realised: 7 } });
    /** a portefeuillehouder acting for the organisation's first gemeente */
    const memberForFirst = () =>
      aSignedInMember(api.dataSource, api.server, own.organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(own.body.id).forMunicipality(own.municipalities[0]?.id as string),
      );
    const directorElsewhere = async () => {
      const elsewhere = await aBoard().create(api.dataSource);
      return aSignedInMember(api.dataSource, api.server, elsewhere.organisation.id, MembershipRole.DIRECTOR);
    };

    beforeAll(async () => {
      own = await direct(await aBoard().create(api.dataSource));
      const quotaIds: string[] = [];
      for (const municipality of own.municipalities) {
        const set = await director.request<{ setQuota: { id: string } }>(SET, {
          input: inputFor(municipality.id),
        });
        quotaIds.push(set.data?.setQuota.id as string);
      }
      [quotaOfFirst, quotaOfSecond] = quotaIds as [string, string];
      await director.request(REALISE, realise(quotaOfFirst));
      await director.request(EXCHANGE, {
        input: {
          organisationId: own.organisation.id,
          fromMunicipalityId: own.municipalities[0]?.id,
          toMunicipalityId: own.municipalities[1]?.id,
          kind: 'RECEPTION_PLACES',
          amount: 4,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          agreedOn: '2025-12-10',
        },
      });
    });

    it('asks a visitor without a session to sign in', async () => {
      const response = await graphqlRequest(api.server, page, { id: own.organisation.id });
      expect(code(response)).toBe('UNAUTHENTICATED');
    });

    it('shows every member of the organisation its quotas and exchanges', async () => {
      const member = await memberForFirst();
      const quotas = await member.request<{ quotas: { totalCount: number } }>(page, {
        id: own.organisation.id,
      });
      const listed = await member.request<{ quotaExchanges: unknown[] }>(exchanges, {
        id: own.organisation.id,
      });
      expect({ quotas: quotas.data?.quotas.totalCount, exchanges: listed.data?.quotaExchanges }).toEqual({
        quotas: 2,
        exchanges: [{ amount: 4 }],
      });
    });

    it('shows a person of another organisation no quota, count or exchange', async () => {
      const outsider = await directorElsewhere();
      const quotas = await outsider.request<{ quotas: { nodes: unknown[]; totalCount: number } }>(page, {
        id: own.organisation.id,
      });
      const listed = await outsider.request<{ quotaExchanges: unknown[] }>(exchanges, {
        id: own.organisation.id,
      });
      expect({ quotas: quotas.data?.quotas, exchanges: listed.data?.quotaExchanges }).toEqual({
        quotas: { nodes: [], totalCount: 0 },
        exchanges: [],
      });
    });

    it('answers a person of another organisation NOT_FOUND on every change with its ids', async () => {
      const outsider = await directorElsewhere();
      const responses = [
        await outsider.request(REALISE, realise(quotaOfFirst)),
        await outsider.request(SET, { input: inputFor(own.municipalities[0]?.id) }),
        await outsider.request(SET, {
          input: { ...inputFor(own.municipalities[0]?.id), kind: 'HOUSING_CONSTRUCTION' },
        }),
        await outsider.request(EXCHANGE, {
          input: {
            organisationId: own.organisation.id,
            fromMunicipalityId: own.municipalities[1]?.id,
            toMunicipalityId: own.municipalities[0]?.id,
            kind: 'RECEPTION_PLACES',
            amount: 1,
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            agreedOn: '2025-12-10',
          },
        }),
      ];
      expect(responses.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it('lets people acting for a gemeente record its realised figures', async () => {
      const member = await memberForFirst();
      const response = await member.request<{ recordQuotaRealisation: { realised: number } }>(REALISE, {
        input: { quotaId: quotaOfFirst, recordedOn: '2026-05-01', realised: 9 },
      });
      expect(response.data?.recordQuotaRealisation.realised).toBe(9);
    });

    it("refuses people acting for a gemeente another gemeente's figures, targets and exchanges", async () => {
      const member = await memberForFirst();
      const responses = [
        await member.request(REALISE, realise(quotaOfSecond)),
        await member.request(SET, {
          input: { ...inputFor(own.municipalities[0]?.id), kind: 'HOUSING_CONSTRUCTION' },
        }),
        await member.request(SET, { input: inputFor(own.municipalities[1]?.id) }),
        await member.request(EXCHANGE, {
          input: {
            organisationId: own.organisation.id,
            fromMunicipalityId: own.municipalities[1]?.id,
            toMunicipalityId: own.municipalities[0]?.id,
            kind: 'RECEPTION_PLACES',
            amount: 1,
            periodStart: '2026-01-01',
            periodEnd: '2026-12-31',
            agreedOn: '2025-12-10',
          },
        }),
      ];
      expect(responses.map(code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });

    it('records who set a target as the actor in the audit trail', async () => {
      const rows: { actor_id: string }[] = await api.dataSource.query(
        `SELECT actor_id FROM audit_entry WHERE action = 'setQuota' AND subject_id = $1`,
        [quotaOfFirst],
      );
      expect(rows.map((row) => row.actor_id)).toEqual([director.personId]);
    });
  });
});
