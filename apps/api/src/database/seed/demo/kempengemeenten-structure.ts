import { BodyKind, CostAllocationMethod, MembershipRole } from '@bestuurskracht/shared/domain';
import {
  municipalityByCbs,
  personId,
  sharesByInhabitants,
  type DemoContext,
  type DemoMunicipalityRow,
  type Seat,
} from './demo-context';
import { KEMPEN_GEMEENTE_PEOPLE, KEMPEN_GEMEENTEN, KEMPEN_STAFF, type KempenCbs } from './people';

export type KempenPortfolio = 'MD' | 'VTH' | 'BIC' | 'FC';

export const KEMPEN_PORTFOLIOS: {
  code: KempenPortfolio;
  name: string;
  committee: string;
  chair: KempenCbs;
}[] = [
  {
    code: 'MD',
    name: 'Maatschappelijke Dienstverlening',
    committee: 'Bestuurscommissie Maatschappelijke Dienstverlening',
    chair: 'GM1728',
  },
  { code: 'VTH', name: 'VTH', committee: 'Bestuurscommissie VTH', chair: 'GM0823' },
  {
    code: 'BIC',
    name: 'Bedrijfsvoering & ICT',
    committee: 'Bestuurscommissie Bedrijfsvoering & ICT',
    chair: 'GM1724',
  },
  {
    code: 'FC',
    name: 'Financiën & Control',
    committee: 'Bestuurscommissie Financiën & Control',
    chair: 'GM1667',
  },
];

const SERVICE_AREAS: { code: string; name: string; portfolio: KempenPortfolio }[] = [
  { code: 'WMO', name: 'Wmo', portfolio: 'MD' },
  { code: 'JEUGD', name: 'Jeugd', portfolio: 'MD' },
  { code: 'PARTICIPATIE', name: 'Participatie', portfolio: 'MD' },
  { code: 'VTH', name: 'Vergunningverlening, toezicht en handhaving', portfolio: 'VTH' },
  { code: 'ICT', name: 'ICT', portfolio: 'BIC' },
  { code: 'GEO', name: 'GEO-informatie', portfolio: 'BIC' },
  { code: 'BAG', name: 'Basisregistratie Adressen en Gebouwen', portfolio: 'BIC' },
  { code: 'FINANCIEN', name: 'Financiën', portfolio: 'FC' },
];

/** Bergeijk does not place VTH with the organisation (domain.md). */
const NOT_PLACED: { area: string; cbsCode: KempenCbs }[] = [{ area: 'VTH', cbsCode: 'GM1724' }];

export interface KempenStructure {
  portfolios: Record<KempenPortfolio, string>;
  areas: Map<string, { id: string; portfolio: KempenPortfolio; shares: Map<string, number> }>;
  bodies: {
    ab: string;
    db: string;
    directors: string;
    committees: Record<KempenPortfolio, string>;
    colleges: Map<string, string>;
  };
  seats: { ab: Seat[]; db: Seat[]; committees: Record<KempenPortfolio, Seat[]>; directors: Seat[] };
  staff: Record<KempenPortfolio, string>;
  directorId: string;
}

/** Portfolios, service areas and assignments, cost allocation keys, bodies, people and memberships. */
export async function seedKempenStructure(context: DemoContext, dbBodyId: string): Promise<KempenStructure> {
  const { writer, organisationId } = context;
  const year = Number(context.today.slice(0, 4));
  const since = `${year - 2}-06-01`;

  const portfolios = {} as Record<KempenPortfolio, string>;
  for (const portfolio of KEMPEN_PORTFOLIOS) {
    portfolios[portfolio.code] = await writer.ensure(
      'portfolio',
      { organisation_id: organisationId, code: portfolio.code, name: portfolio.name },
      'organisation_id, code',
      { organisation_id: organisationId, code: portfolio.code },
    );
  }

  const areas: KempenStructure['areas'] = new Map();
  for (const area of SERVICE_AREAS) {
    const id = await writer.ensure(
      'service_area',
      {
        organisation_id: organisationId,
        code: area.code,
        name: area.name,
        portfolio_id: portfolios[area.portfolio],
      },
      'organisation_id, code',
      { organisation_id: organisationId, code: area.code },
    );
    const placing = context.municipalities.filter(
      (m) => !NOT_PLACED.some((n) => n.area === area.code && n.cbsCode === m.cbsCode),
    );
    const shares = sharesByInhabitants(placing);
    for (const municipality of placing) {
      await writer.ensure(
        'service_assignment',
        {
          organisation_id: organisationId,
          service_area_id: id,
          municipality_id: municipality.id,
          starts_on: '2010-01-01',
          cost_share_percent: shares.get(municipality.id),
        },
        'service_area_id, municipality_id, starts_on',
        { service_area_id: id, municipality_id: municipality.id, starts_on: '2010-01-01' },
      );
    }
    areas.set(area.code, { id, portfolio: area.portfolio, shares });
  }

  await seedCostAllocationKeys(context, areas.get('VTH')?.id ?? null, areas.get('ICT')?.id ?? null);

  const bodies = await seedBodies(context, dbBodyId, portfolios);
  const people = await seedPeople(context);
  const seats = await seedMemberships(context, bodies, portfolios, since, year);

  return {
    portfolios,
    areas,
    bodies,
    seats,
    staff: {
      MD: people(KEMPEN_STAFF.md.email),
      VTH: people(KEMPEN_STAFF.vth.email),
      BIC: people(KEMPEN_STAFF.bic.email),
      FC: people(KEMPEN_STAFF.fc.email),
    },
    directorId: people(KEMPEN_STAFF.director.email),
  };
}

async function seedCostAllocationKeys(
  context: DemoContext,
  vthAreaId: string | null,
  ictAreaId: string | null,
) {
  const fixedIct: Record<KempenCbs, number> = {
    GM1724: 20.5,
    GM1728: 22.0,
    GM0770: 21.5,
    GM0823: 21.0,
    GM1667: 15.0,
  };
  const vthHours: Record<KempenCbs, number> = {
    GM1724: 0,
    GM1728: 6120,
    GM0770: 5480,
    GM0823: 5930,
    GM1667: 3410,
  };
  const keys: {
    name: string;
    method: CostAllocationMethod;
    areaId: string | null;
    value: (m: DemoMunicipalityRow) => number | null;
  }[] = [
    {
      name: 'Inwonertal 1 januari',
      method: CostAllocationMethod.INHABITANTS,
      areaId: null,
      value: (m) => m.inhabitants,
    },
    { name: 'Gelijke delen', method: CostAllocationMethod.EQUAL, areaId: null, value: () => 1 },
    {
      name: 'Vaste percentages DVO ICT',
      method: CostAllocationMethod.FIXED_PERCENTAGES,
      areaId: ictAreaId,
      value: (m) => fixedIct[m.cbsCode as KempenCbs],
    },
    {
      name: 'Werkelijk gebruik VTH (uren)',
      method: CostAllocationMethod.USAGE,
      areaId: vthAreaId,
      value: (m) => (m.cbsCode === 'GM1724' ? null : vthHours[m.cbsCode as KempenCbs]),
    },
  ];
  for (const key of keys) {
    const keyId = await context.writer.ensure(
      'cost_allocation_key',
      {
        organisation_id: context.organisationId,
        service_area_id: key.areaId,
        name: key.name,
        method: key.method,
      },
      'organisation_id, name',
      { organisation_id: context.organisationId, name: key.name },
    );
    for (const municipality of context.municipalities) {
      const value = key.value(municipality);
      if (value === null) continue;
      await context.writer.ensure(
        'cost_allocation_share',
        { cost_allocation_key_id: keyId, municipality_id: municipality.id, value },
        'cost_allocation_key_id, municipality_id',
        { cost_allocation_key_id: keyId, municipality_id: municipality.id },
      );
    }
  }
}

async function seedBodies(
  context: DemoContext,
  dbBodyId: string,
  portfolios: Record<KempenPortfolio, string>,
): Promise<KempenStructure['bodies']> {
  const body = (name: string, kind: BodyKind, extra: Record<string, unknown> = {}) =>
    context.writer.ensure(
      'body',
      { organisation_id: context.organisationId, name, kind, ...extra },
      'organisation_id, name',
      { organisation_id: context.organisationId, name },
    );
  const ab = await body('Algemeen Bestuur', BodyKind.GENERAL_BOARD, { votes: true, quorum: 3 });
  const committees = {} as Record<KempenPortfolio, string>;
  for (const portfolio of KEMPEN_PORTFOLIOS) {
    committees[portfolio.code] = await body(portfolio.committee, BodyKind.COMMITTEE, {
      portfolio_id: portfolios[portfolio.code],
      advises_body_id: dbBodyId,
    });
  }
  const directors = await body('Zes-directeuren overleg', BodyKind.DIRECTORS_MEETING);
  const colleges = new Map<string, string>();
  for (const municipality of context.municipalities) {
    colleges.set(
      municipality.id,
      await body(`College van B&W ${municipality.name}`, BodyKind.MUNICIPAL_EXECUTIVE, {
        municipality_id: municipality.id,
      }),
    );
    await body(`Gemeenteraad ${municipality.name}`, BodyKind.COUNCIL, { municipality_id: municipality.id });
  }
  return { ab, db: dbBodyId, directors, committees, colleges };
}

/** Inserts the people (keyed on e-mail) and returns a lookup by e-mail. */
async function seedPeople(context: DemoContext): Promise<(email: string) => string> {
  const all = Object.values(KEMPEN_STAFF).map((p) => ({ ...p }));
  for (const gemeente of KEMPEN_GEMEENTEN) {
    const people = KEMPEN_GEMEENTE_PEOPLE[gemeente.cbsCode];
    all.push({ email: `gemeentesecretaris@${gemeente.domain}`, name: people.secretaris });
    all.push({ email: `burgemeester@${gemeente.domain}`, name: people.burgemeester });
    all.push({ email: `wethouder.md@${gemeente.domain}`, name: people.md });
    all.push({ email: `wethouder.financien@${gemeente.domain}`, name: people.financien });
    if (people.vth) all.push({ email: `wethouder.vth@${gemeente.domain}`, name: people.vth });
  }
  for (const person of all) {
    context.people.set(person.email, await context.writer.ensurePerson(person));
  }
  return (email) => personId(context, email);
}

async function seedMemberships(
  context: DemoContext,
  bodies: KempenStructure['bodies'],
  portfolios: Record<KempenPortfolio, string>,
  since: string,
  year: number,
): Promise<KempenStructure['seats']> {
  const seats: KempenStructure['seats'] = {
    ab: [],
    db: [],
    directors: [],
    committees: { MD: [], VTH: [], BIC: [], FC: [] },
  };
  const add = async (
    email: string,
    role: MembershipRole,
    target: { body?: string; portfolio?: string; cbs?: string },
    period: { from: string; to?: string } = { from: since },
    list?: Seat[],
  ) => {
    const municipalityId = target.cbs ? municipalityByCbs(context, target.cbs).id : null;
    const person = personId(context, email);
    await context.writer.insert('membership', {
      person_id: person,
      organisation_id: context.organisationId,
      body_id: target.body ?? null,
      portfolio_id: target.portfolio ?? null,
      role,
      municipality_id: municipalityId,
      starts_on: period.from,
      ends_on: period.to ?? null,
    });
    list?.push({ personId: person, municipalityId, role });
  };

  const organisationSince = { from: '2020-01-01' };
  await add(KEMPEN_STAFF.director.email, MembershipRole.DIRECTOR, {}, organisationSince);
  await add(KEMPEN_STAFF.director.email, MembershipRole.SECRETARY, { body: bodies.db }, organisationSince);
  await add(KEMPEN_STAFF.director.email, MembershipRole.SECRETARY, { body: bodies.ab }, organisationSince);
  await add(KEMPEN_STAFF.director.email, MembershipRole.CHAIR, { body: bodies.directors }, organisationSince);
  await add(KEMPEN_STAFF.administrator.email, MembershipRole.ADMINISTRATOR, {}, organisationSince);
  await add(KEMPEN_STAFF.vth.email, MembershipRole.STAFF, { portfolio: portfolios.VTH }, organisationSince);
  await add(KEMPEN_STAFF.md.email, MembershipRole.STAFF, { portfolio: portfolios.MD }, organisationSince);
  await add(KEMPEN_STAFF.bic.email, MembershipRole.STAFF, { portfolio: portfolios.BIC }, organisationSince);
  await add(KEMPEN_STAFF.fc.email, MembershipRole.STAFF, { portfolio: portfolios.FC }, organisationSince);

  for (const gemeente of KEMPEN_GEMEENTEN) {
    const cbs = gemeente.cbsCode;
    const domain = gemeente.domain;
    const college = bodies.colleges.get(municipalityByCbs(context, cbs).id) as string;
    await add(
      `gemeentesecretaris@${domain}`,
      MembershipRole.MEMBER,
      { body: bodies.directors, cbs },
      organisationSince,
      seats.directors,
    );
    await add(`gemeentesecretaris@${domain}`, MembershipRole.SECRETARY, { body: college, cbs });
    await add(`burgemeester@${domain}`, MembershipRole.CHAIR, { body: college, cbs });
    await add(
      `burgemeester@${domain}`,
      cbs === 'GM0823' ? MembershipRole.CHAIR : MembershipRole.MEMBER,
      { body: bodies.ab, cbs },
      undefined,
      seats.ab,
    );
    if (cbs === 'GM0770')
      await add(
        `burgemeester@${domain}`,
        MembershipRole.CHAIR,
        { body: bodies.db, cbs },
        undefined,
        seats.db,
      );

    // Oirschot's current MD wethouder took over from the oud-wethouder in the middle of last year.
    const mdPeriod = cbs === 'GM0823' ? { from: `${year - 1}-07-01` } : { from: since };
    const holders: [KempenPortfolio, string, { from: string }][] = [
      ['MD', `wethouder.md@${domain}`, mdPeriod],
      ['BIC', `wethouder.financien@${domain}`, { from: since }],
      ['FC', `wethouder.financien@${domain}`, { from: since }],
    ];
    if (KEMPEN_GEMEENTE_PEOPLE[cbs].vth) holders.push(['VTH', `wethouder.vth@${domain}`, { from: since }]);
    for (const [code, email, period] of holders) {
      const chairs = KEMPEN_PORTFOLIOS.find((p) => p.code === code)?.chair === cbs;
      await add(
        email,
        chairs ? MembershipRole.CHAIR : MembershipRole.MEMBER,
        { body: bodies.committees[code], cbs },
        period,
        seats.committees[code],
      );
      if (chairs) {
        // The chair of a bestuurscommissie is also a member of the DB (and so of the AB).
        await add(email, MembershipRole.MEMBER, { body: bodies.db, cbs }, period, seats.db);
        await add(email, MembershipRole.MEMBER, { body: bodies.ab, cbs }, period, seats.ab);
      }
    }
    for (const email of new Set(holders.map(([, e]) => e))) {
      await add(email, MembershipRole.MEMBER, { body: college, cbs });
    }
  }
  await add(
    KEMPEN_STAFF.formerAlderman.email,
    MembershipRole.MEMBER,
    { body: bodies.committees.MD, cbs: 'GM0823' },
    { from: `${year - 4}-06-01`, to: `${year - 1}-06-30` },
  );
  return seats;
}
