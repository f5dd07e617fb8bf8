import { randomUUID } from 'node:crypto';
import { addDays } from '../demo/seed-writer';
import type { BatchWriter } from './batch-writer';
import { writeCalendar } from './scale-calendar';
import type { Random } from './scale-plan';
import { writeProposals } from './scale-proposals';

export interface ScaleGemeente {
  id: string;
  name: string;
  inhabitants: number;
  secretaris: string;
  burgemeester: string;
  wethouders: [string, string, string];
}

const PUBLIC_BODY = {
  portfolios: [
    ['MD', 'Maatschappelijke Dienstverlening', ['WMO', 'JEUGD', 'PARTICIPATIE']],
    ['VTH', 'VTH', ['VTH']],
    ['BIC', 'Bedrijfsvoering & ICT', ['ICT', 'GEO', 'BAG']],
    ['FC', 'Financiën & Control', ['FINANCIEN']],
  ],
} as const;
const OPERATIONAL = {
  portfolios: [
    ['SD', 'Sociaal Domein', ['WMO', 'JEUGD', 'PARTICIPATIE']],
    ['RUI', 'Ruimte', ['VTH', 'RO', 'OR']],
    ['BV', 'Bedrijfsvoering', ['ICT', 'FINANCIEN', 'BURGERZAKEN']],
  ],
} as const;

/** What the parts of one arrangement share. */
export interface ArrangementContext {
  out: BatchWriter;
  random: Random;
  input: ArrangementInput;
  operational: boolean;
  organisationId: string;
  director: string;
  board: string;
  directors: string;
  generalBoard: string | null;
  boardSeats: { person: string; municipality: string }[];
  committees: {
    id: string;
    portfolioId: string;
    code: string;
    name: string;
    staff: string;
    areas: { id: string; placing: ScaleGemeente[] }[];
    members: { person: string; municipality: string }[];
  }[];
}

export interface ArrangementInput {
  number: number;
  name: string;
  domain: string;
  members: ScaleGemeente[];
  today: string;
  months: number;
}

/**
 * One arrangement in the demo's shape: structure and people, then every meeting from `months` months ago to two
 * months ahead with proposals through the flow (advice, reviews, decisions with votes, besluitenlijsten, tasks).
 * Two gemeenten work Noaberkracht style (bestuur and weekly portefeuillehoudersoverleg), more Kempen style.
 */
export async function writeArrangement(
  out: BatchWriter,
  random: Random,
  input: ArrangementInput,
): Promise<void> {
  const { today, members } = input;
  const operational = members.length === 2;
  const style = operational ? OPERATIONAL : PUBLIC_BODY;
  const organisationId = randomUUID();
  const start = addDays(today, -Math.round(input.months * 30.44));
  await out.add('organisation', {
    id: organisationId,
    name: input.name,
    kind: 'SHARED_SERVICE_MERGER',
    legal_form: operational ? 'OPERATIONAL_ORGANISATION' : 'PUBLIC_BODY',
    established_on: addDays(start, -365),
  });
  for (const member of members) {
    await out.add('participation', {
      id: randomUUID(),
      organisation_id: organisationId,
      municipality_id: member.id,
      starts_on: addDays(start, -365),
    });
  }

  // Staff of the organisation
  const person = async (local: string, name: string) => {
    const id = randomUUID();
    await out.add('person', { id, name, email: `${local}@${input.domain}` });
    return id;
  };
  const director = await person('directeur', `Directeur ${input.name}`);
  const administrator = await person('beheerder', `Beheerder ${input.name}`);
  const membership = (
    personId: string,
    role: string,
    target: { body?: string; portfolio?: string; municipality?: string },
    from = '2020-01-01',
  ) =>
    out.add('membership', {
      id: randomUUID(),
      person_id: personId,
      organisation_id: organisationId,
      body_id: target.body,
      portfolio_id: target.portfolio,
      role,
      municipality_id: target.municipality,
      starts_on: from,
    });
  await membership(director, 'DIRECTOR', {});
  await membership(administrator, 'ADMINISTRATOR', {});

  // Portfolios, service areas, assignments (a gemeente sometimes keeps VTH itself, like Bergeijk)
  const portfolios = [] as {
    id: string;
    code: string;
    staff: string;
    areas: { id: string; placing: ScaleGemeente[] }[];
  }[];
  const keepsVth = new Set(members.filter(() => !operational && random.chance(0.15)).map((m) => m.id));
  if (keepsVth.size > members.length - 2) keepsVth.clear();
  for (const [code, name, areaCodes] of style.portfolios) {
    const portfolioId = randomUUID();
    await out.add('portfolio', { id: portfolioId, organisation_id: organisationId, code, name });
    const staff = await person(`beleid.${code.toLowerCase()}`, `Beleidsmedewerker ${name} ${input.number}`);
    await membership(staff, 'STAFF', { portfolio: portfolioId });
    const areas = [];
    for (const areaCode of areaCodes) {
      const areaId = randomUUID();
      await out.add('service_area', {
        id: areaId,
        organisation_id: organisationId,
        code: areaCode,
        name: areaCode,
        portfolio_id: portfolioId,
      });
      const placing = members.filter((m) => areaCode !== 'VTH' || !keepsVth.has(m.id));
      const total = placing.reduce((sum, m) => sum + m.inhabitants, 0);
      let assigned = 0;
      for (const [index, member] of placing.entries()) {
        const share =
          index === placing.length - 1
            ? Math.round((100 - assigned) * 100) / 100
            : Math.round((member.inhabitants / total) * 10000) / 100;
        assigned += share;
        await out.add('service_assignment', {
          id: randomUUID(),
          organisation_id: organisationId,
          service_area_id: areaId,
          municipality_id: member.id,
          starts_on: addDays(start, -365),
          cost_share_percent: Math.max(0, share),
        });
      }
      areas.push({ id: areaId, placing });
    }
    portfolios.push({ id: portfolioId, code, staff, areas });
  }
  for (const [name, method] of [
    ['Inwonertal', 'INHABITANTS'],
    ['Gelijke delen', 'EQUAL'],
  ] as const) {
    const keyId = randomUUID();
    await out.add('cost_allocation_key', { id: keyId, organisation_id: organisationId, name, method });
    for (const member of members) {
      await out.add('cost_allocation_share', {
        id: randomUUID(),
        cost_allocation_key_id: keyId,
        municipality_id: member.id,
        value: method === 'EQUAL' ? 1 : member.inhabitants,
      });
    }
  }

  // Bodies and memberships
  const body = async (
    name: string,
    kind: string,
    extra: { portfolio?: string; municipality?: string; advises?: string; quorum?: number } = {},
  ) => {
    const id = randomUUID();
    await out.add('body', {
      id,
      organisation_id: organisationId,
      kind,
      name,
      portfolio_id: extra.portfolio,
      municipality_id: extra.municipality,
      advises_body_id: extra.advises,
      votes: extra.quorum !== undefined,
      quorum: extra.quorum,
    });
    return id;
  };
  const boardSeats: { person: string; municipality: string }[] = [];
  const board = operational
    ? await body('Bestuur', 'BOARD', { quorum: 2 })
    : await body('Dagelijks Bestuur', 'EXECUTIVE_BOARD', { quorum: Math.min(3, members.length) });
  const generalBoard = operational
    ? null
    : await body('Algemeen Bestuur', 'GENERAL_BOARD', { quorum: Math.ceil(members.length / 2) });
  const directors = await body(operational ? 'Directieoverleg' : 'Directeurenoverleg', 'DIRECTORS_MEETING');
  await membership(director, 'SECRETARY', { body: board });
  if (generalBoard) await membership(director, 'SECRETARY', { body: generalBoard });
  await membership(director, 'CHAIR', { body: directors });
  const committees: {
    id: string;
    portfolio: (typeof portfolios)[number];
    members: { person: string; municipality: string }[];
  }[] = [];
  for (const [index, portfolio] of portfolios.entries()) {
    const committee = await body(
      operational
        ? `Portefeuillehoudersoverleg ${style.portfolios[index][1]}`
        : `Bestuurscommissie ${style.portfolios[index][1]}`,
      operational ? 'PORTFOLIO_MEETING' : 'COMMITTEE',
      { portfolio: portfolio.id, advises: operational ? undefined : board },
    );
    const seated = members.filter((m) => portfolio.areas.some((area) => area.placing.includes(m)));
    const seats = [];
    for (const [position, member] of seated.entries()) {
      const chair = !operational && position === index % seated.length;
      const wethouder = member.wethouders[index % 3];
      await membership(wethouder, chair ? 'CHAIR' : 'MEMBER', { body: committee, municipality: member.id });
      seats.push({ person: wethouder, municipality: member.id });
      if (chair && !boardSeats.some((s) => s.municipality === member.id)) {
        await membership(wethouder, 'MEMBER', { body: board, municipality: member.id });
        boardSeats.push({ person: wethouder, municipality: member.id });
      }
    }
    committees.push({ id: committee, portfolio, members: seats });
  }
  for (const [index, member] of members.entries()) {
    await membership(member.secretaris, 'MEMBER', { body: directors, municipality: member.id });
    const college = await body(`College van B&W ${member.name}`, 'MUNICIPAL_EXECUTIVE', {
      municipality: member.id,
    });
    await body(`Gemeenteraad ${member.name}`, 'COUNCIL', { municipality: member.id });
    await membership(member.burgemeester, 'CHAIR', { body: college, municipality: member.id });
    await membership(member.secretaris, 'SECRETARY', { body: college, municipality: member.id });
    for (const wethouder of member.wethouders)
      await membership(wethouder, 'MEMBER', { body: college, municipality: member.id });
    if (generalBoard)
      await membership(member.burgemeester, index === 0 ? 'CHAIR' : 'MEMBER', {
        body: generalBoard,
        municipality: member.id,
      });
    const inBoard = boardSeats.some((s) => s.municipality === member.id);
    if ((operational || (!inBoard && boardSeats.length < 7)) && !inBoard) {
      await membership(member.burgemeester, boardSeats.length === 0 ? 'CHAIR' : 'MEMBER', {
        body: board,
        municipality: member.id,
      });
      boardSeats.push({ person: member.burgemeester, municipality: member.id });
    }
  }

  const context: ArrangementContext = {
    out,
    random,
    input,
    operational,
    organisationId,
    director,
    board,
    directors,
    generalBoard,
    boardSeats,
    committees: committees.map((committee, index) => ({
      id: committee.id,
      portfolioId: committee.portfolio.id,
      code: committee.portfolio.code,
      name: style.portfolios[index][1],
      staff: committee.portfolio.staff,
      areas: committee.portfolio.areas,
      members: committee.members,
    })),
  };
  await writeProposals(context, await writeCalendar(context));
}
