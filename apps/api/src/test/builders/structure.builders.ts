import { BodyKind, LegalForm, MembershipRole, OrganisationKind } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BodyEntity } from '../../modules/body/body.entity';
import { MembershipEntity } from '../../modules/body/membership.entity';
import { MunicipalityEntity } from '../../modules/organisation/municipality.entity';
import { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { ParticipationEntity } from '../../modules/organisation/participation.entity';
import { PortfolioEntity } from '../../modules/organisation/portfolio.entity';
import { PersonEntity } from '../../modules/person/person.entity';

/**
 * Fluent test-data builders for the structure: each test makes its own uniquely named rows, so tests never
 * depend on each other or on the demo data. Usage:
 *   const kempen = await anOrganisation().named('Kempen').withMunicipalities('Bladel', 'Eersel').create(db);
 */
/** A short random suffix that keeps names unique across tests. */
export const unique = () => randomUUID().slice(0, 8);
// Real gemeente codes stay below GM2000; test gemeenten take free codes above it.
const randomTestCbsCode = () => `GM${2000 + Math.floor(Math.random() * 8000)}`;

/** A CBS code no gemeente has yet, for tests that create gemeenten through the API. */
export async function aFreeCbsCode(db: DataSource): Promise<string> {
  const rows: { code: string }[] = await db.query(
    `SELECT 'GM' || n AS code FROM generate_series(2000, 9999) AS n
      WHERE NOT EXISTS (SELECT 1 FROM municipality WHERE cbs_code = 'GM' || n)
      ORDER BY random() LIMIT 1`,
  );
  return rows[0].code;
}

/** Inserts a gemeente under a free CBS code, retrying when a parallel test took the same one. */
async function createTestMunicipality(db: DataSource, name: string): Promise<MunicipalityEntity> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO municipality (name, cbs_code, inhabitants) VALUES ($1, $2, 20000)
       ON CONFLICT (cbs_code) DO NOTHING RETURNING id`,
      [name, randomTestCbsCode()],
    );
    if (rows.length === 1) return db.getRepository(MunicipalityEntity).findOneByOrFail({ id: rows[0].id });
  }
  throw new Error('no free test CBS code found');
}

export interface BuiltOrganisation {
  organisation: OrganisationEntity;
  municipalities: MunicipalityEntity[];
}

export function anOrganisation() {
  let name = `Samenwerking ${unique()}`;
  let municipalityNames: string[] = ['Gemeente A', 'Gemeente B'];
  let legalForm = LegalForm.PUBLIC_BODY;
  const builder = {
    named(value: string) {
      name = `${value} ${unique()}`;
      return builder;
    },
    withMunicipalities(...names: string[]) {
      municipalityNames = names;
      return builder;
    },
    operational() {
      legalForm = LegalForm.OPERATIONAL_ORGANISATION;
      return builder;
    },
    async create(db: DataSource): Promise<BuiltOrganisation> {
      const organisation = await db.getRepository(OrganisationEntity).save({
        name,
        kind: OrganisationKind.SHARED_SERVICE_MERGER,
        legalForm,
        establishedOn: '2010-01-01',
      });
      const municipalities: MunicipalityEntity[] = [];
      for (const municipalityName of municipalityNames) {
        const municipality = await createTestMunicipality(db, `${municipalityName} ${unique()}`);
        await db.getRepository(ParticipationEntity).save({
          organisationId: organisation.id,
          municipalityId: municipality.id,
          startsOn: '2010-01-01',
          endsOn: null,
        });
        municipalities.push(municipality);
      }
      return { organisation, municipalities };
    },
  };
  return builder;
}

export function aPortfolio(organisationId: string, name = 'Sociaal domein') {
  return {
    create: (db: DataSource) =>
      db
        .getRepository(PortfolioEntity)
        .save({ organisationId, code: `P${unique()}`, name: `${name} ${unique()}` }),
  };
}

export function aBody(organisationId: string, kind: BodyKind = BodyKind.EXECUTIVE_BOARD) {
  let portfolioId: string | null = null;
  let advisesBodyId: string | null = null;
  const builder = {
    forPortfolio(id: string) {
      portfolioId = id;
      return builder;
    },
    advising(id: string) {
      advisesBodyId = id;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(BodyEntity).save({
        organisationId,
        kind,
        name: `${kind} ${unique()}`,
        portfolioId,
        municipalityId: null,
        advisesBodyId,
        votes: kind === BodyKind.EXECUTIVE_BOARD || kind === BodyKind.GENERAL_BOARD,
        quorum: null,
      }),
  };
  return builder;
}

export function aPerson(name = 'Testpersoon') {
  return {
    create: (db: DataSource) =>
      db
        .getRepository(PersonEntity)
        .save({ name, email: `${unique()}@test.example`, passwordHash: null, active: true }),
  };
}

export function aMembership(personId: string, organisationId: string, role: MembershipRole) {
  const membership: Partial<MembershipEntity> = {
    personId,
    organisationId,
    role,
    bodyId: null,
    portfolioId: null,
    municipalityId: null,
    startsOn: '2020-01-01',
    endsOn: null,
  };
  const builder = {
    inBody(bodyId: string) {
      membership.bodyId = bodyId;
      return builder;
    },
    inPortfolio(portfolioId: string) {
      membership.portfolioId = portfolioId;
      return builder;
    },
    forMunicipality(municipalityId: string) {
      membership.municipalityId = municipalityId;
      return builder;
    },
    between(startsOn: string, endsOn: string | null) {
      Object.assign(membership, { startsOn, endsOn });
      return builder;
    },
    create: (db: DataSource) => db.getRepository(MembershipEntity).save(membership),
  };
  return builder;
}
