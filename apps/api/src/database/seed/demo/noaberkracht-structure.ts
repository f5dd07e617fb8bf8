import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { municipalityByCbs, sharesByInhabitants, type DemoContext } from './demo-context';
import { NOABER_GEMEENTE_PEOPLE, NOABER_GEMEENTEN, NOABER_STAFF } from './people';

export type NoaberPortfolio = 'SD' | 'RUI' | 'BV';

export const PORTFOLIOS: {
  code: NoaberPortfolio;
  name: string;
  staff: keyof typeof NOABER_STAFF;
  alderman: 'sociaal' | 'ruimte' | 'financien';
  day: number;
}[] = [
  { code: 'SD', name: 'Sociaal Domein', staff: 'sociaal', alderman: 'sociaal', day: 1 },
  { code: 'RUI', name: 'Ruimte', staff: 'ruimte', alderman: 'ruimte', day: 2 },
  { code: 'BV', name: 'Bedrijfsvoering', staff: 'bedrijfsvoering', alderman: 'financien', day: 3 },
];

/** All tasks of both gemeenten except the raadsgriffie. */
const AREAS: { code: string; name: string; portfolio: NoaberPortfolio }[] = [
  { code: 'WMO', name: 'Wmo', portfolio: 'SD' },
  { code: 'JEUGD', name: 'Jeugd', portfolio: 'SD' },
  { code: 'PARTICIPATIE', name: 'Participatie en inkomen', portfolio: 'SD' },
  { code: 'VTH', name: 'Vergunningverlening, toezicht en handhaving', portfolio: 'RUI' },
  { code: 'RO', name: 'Ruimtelijke ordening en Omgevingswet', portfolio: 'RUI' },
  { code: 'OR', name: 'Openbare ruimte', portfolio: 'RUI' },
  { code: 'ICT', name: 'ICT en informatievoorziening', portfolio: 'BV' },
  { code: 'FINANCIEN', name: 'Financiën en belastingen', portfolio: 'BV' },
  { code: 'BURGERZAKEN', name: 'Burgerzaken', portfolio: 'BV' },
  { code: 'PO', name: 'Personeel en organisatie', portfolio: 'BV' },
];

export interface NoaberStructure {
  portfolios: Map<NoaberPortfolio, string>;
  pho: Map<NoaberPortfolio, string>;
  directie: string;
  boardSeats: { personId: string; municipalityId: string }[];
  allIds: string[];
  id: (email: string) => string;
  director: string;
}

/** Portfolios, service areas for all tasks, bodies, people and memberships of Noaberkracht. */
export async function seedNoaberStructure(context: DemoContext, boardId: string): Promise<NoaberStructure> {
  const { writer, organisationId, today } = context;
  const year = Number(today.slice(0, 4));
  const since = `${year - 2}-06-01`;
  const gemeenten = NOABER_GEMEENTEN.map((g) => ({ ...g, row: municipalityByCbs(context, g.cbsCode) }));
  const shares = sharesByInhabitants(gemeenten.map((g) => g.row));
  const allIds = gemeenten.map((g) => g.row.id);

  const portfolios = new Map<NoaberPortfolio, string>();
  for (const portfolio of PORTFOLIOS) {
    portfolios.set(
      portfolio.code,
      await writer.ensure(
        'portfolio',
        { organisation_id: organisationId, code: portfolio.code, name: portfolio.name },
        'organisation_id, code',
        {
          organisation_id: organisationId,
          code: portfolio.code,
        },
      ),
    );
  }
  const areas = new Map<string, string>();
  for (const area of AREAS) {
    const areaId = await writer.ensure(
      'service_area',
      {
        organisation_id: organisationId,
        code: area.code,
        name: area.name,
        portfolio_id: portfolios.get(area.portfolio),
      },
      'organisation_id, code',
      { organisation_id: organisationId, code: area.code },
    );
    areas.set(area.code, areaId);
    for (const gemeente of gemeenten) {
      await writer.ensure(
        'service_assignment',
        {
          organisation_id: organisationId,
          service_area_id: areaId,
          municipality_id: gemeente.row.id,
          starts_on: '2013-01-01',
          cost_share_percent: shares.get(gemeente.row.id),
        },
        'service_area_id, municipality_id, starts_on',
        { service_area_id: areaId, municipality_id: gemeente.row.id, starts_on: '2013-01-01' },
      );
    }
  }
  await writer.ensure(
    'cost_allocation_key',
    { organisation_id: organisationId, name: 'Inwonertal 1 januari', method: 'INHABITANTS' },
    'organisation_id, name',
    { organisation_id: organisationId, name: 'Inwonertal 1 januari' },
  );

  const body = (name: string, kind: BodyKind, extra: Record<string, unknown> = {}) =>
    writer.ensure(
      'body',
      { organisation_id: organisationId, name, kind, ...extra },
      'organisation_id, name',
      {
        organisation_id: organisationId,
        name,
      },
    );
  const directie = await body('Directieoverleg', BodyKind.DIRECTORS_MEETING);
  const pho = new Map<NoaberPortfolio, string>();
  for (const portfolio of PORTFOLIOS) {
    pho.set(
      portfolio.code,
      await body(`Portefeuillehoudersoverleg ${portfolio.name}`, BodyKind.PORTFOLIO_MEETING, {
        portfolio_id: portfolios.get(portfolio.code),
      }),
    );
  }

  // People and memberships
  const people = [...Object.values(NOABER_STAFF)];
  for (const gemeente of gemeenten) {
    const names = NOABER_GEMEENTE_PEOPLE[gemeente.cbsCode];
    people.push(
      { email: `gemeentesecretaris@${gemeente.domain}`, name: names.secretaris },
      { email: `burgemeester@${gemeente.domain}`, name: names.burgemeester },
      { email: `wethouder.sociaal@${gemeente.domain}`, name: names.sociaal },
      { email: `wethouder.ruimte@${gemeente.domain}`, name: names.ruimte },
      { email: `wethouder.financien@${gemeente.domain}`, name: names.financien },
    );
  }
  for (const person of people) {
    context.people.set(person.email, await writer.ensurePerson(person));
  }
  const id = (email: string) => context.people.get(email) as string;
  const boardSeats: { personId: string; municipalityId: string }[] = [];
  const member = async (
    email: string,
    role: MembershipRole,
    target: { body?: string; portfolio?: string; municipalityId?: string },
    from = since,
  ) => {
    await writer.insert('membership', {
      person_id: id(email),
      organisation_id: organisationId,
      body_id: target.body ?? null,
      portfolio_id: target.portfolio ?? null,
      role,
      municipality_id: target.municipalityId ?? null,
      starts_on: from,
    });
  };
  const director = NOABER_STAFF.director.email;
  await member(director, MembershipRole.DIRECTOR, {}, '2020-01-01');
  await member(director, MembershipRole.SECRETARY, { body: boardId }, '2020-01-01');
  await member(director, MembershipRole.CHAIR, { body: directie }, '2020-01-01');
  await member(NOABER_STAFF.administrator.email, MembershipRole.ADMINISTRATOR, {}, '2020-01-01');
  for (const portfolio of PORTFOLIOS) {
    const staff = NOABER_STAFF[portfolio.staff].email;
    await member(staff, MembershipRole.STAFF, { portfolio: portfolios.get(portfolio.code) }, '2020-01-01');
    await member(staff, MembershipRole.ADVISOR, { body: pho.get(portfolio.code) }, '2020-01-01');
  }
  for (const [index, gemeente] of gemeenten.entries()) {
    const municipalityId = gemeente.row.id;
    const college = await body(`College van B&W ${gemeente.name}`, BodyKind.MUNICIPAL_EXECUTIVE, {
      municipality_id: municipalityId,
    });
    await body(`Gemeenteraad ${gemeente.name}`, BodyKind.COUNCIL, { municipality_id: municipalityId });
    await member(
      `gemeentesecretaris@${gemeente.domain}`,
      MembershipRole.MEMBER,
      { body: directie, municipalityId },
      '2020-01-01',
    );
    await member(`gemeentesecretaris@${gemeente.domain}`, MembershipRole.SECRETARY, {
      body: college,
      municipalityId,
    });
    const burgemeester = `burgemeester@${gemeente.domain}`;
    await member(burgemeester, MembershipRole.CHAIR, { body: college, municipalityId });
    await member(burgemeester, index === 0 ? MembershipRole.CHAIR : MembershipRole.VICE_CHAIR, {
      body: boardId,
      municipalityId,
    });
    boardSeats.push({ personId: id(burgemeester), municipalityId });
    for (const portfolio of PORTFOLIOS) {
      const alderman = `wethouder.${portfolio.alderman}@${gemeente.domain}`;
      await member(alderman, MembershipRole.MEMBER, { body: pho.get(portfolio.code), municipalityId });
      await member(alderman, MembershipRole.MEMBER, { body: boardId, municipalityId });
      await member(alderman, MembershipRole.MEMBER, { body: college, municipalityId });
      boardSeats.push({ personId: id(alderman), municipalityId });
    }
  }

  return { portfolios, pho, directie, boardSeats, allIds, id, director };
}
