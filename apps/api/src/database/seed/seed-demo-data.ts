import { BodyKind, todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';
import type { DemoContext, DemoMunicipalityRow } from './demo/demo-context';
import { seedKempenCalendar } from './demo/kempengemeenten-calendar';
import { seedKempenFollowUp } from './demo/kempengemeenten-follow-up';
import { seedKempenProposals } from './demo/kempengemeenten-proposals';
import { seedKempenStructure } from './demo/kempengemeenten-structure';
import { seedNoaberkracht } from './demo/noaberkracht';
import { SeedWriter } from './demo/seed-writer';

export interface SeedResult {
  organisations: number;
  municipalities: number;
  participations: number;
  people: number;
  bodies: number;
  memberships: number;
  meetings: number;
  agendaItems: number;
  proposals: number;
  decisions: number;
  tasks: number;
  /** All rows added, over every table */
  rows: number;
}

/**
 * The demo's content per organisation. Each runs once: its marker body (the DB, or Noaberkracht's bestuur) is
 * inserted first with ON CONFLICT DO NOTHING, and when it already exists the organisation's demo is skipped, so a
 * second run adds nothing and never overwrites what users changed. A concurrent run waits on the marker's unique
 * index and then skips.
 */
const DEMO_CONTENT: Record<
  string,
  {
    marker: { name: string; kind: BodyKind; quorum: number };
    seed: (context: DemoContext, markerId: string) => Promise<void>;
  }
> = {
  Kempengemeenten: {
    marker: { name: 'Dagelijks Bestuur', kind: BodyKind.EXECUTIVE_BOARD, quorum: 3 },
    seed: async (context, dbBodyId) => {
      const structure = await seedKempenStructure(context, dbBodyId);
      const calendar = await seedKempenCalendar(context, structure);
      const proposals = await seedKempenProposals(context, structure, calendar);
      await seedKempenFollowUp(context, structure, calendar, proposals);
    },
  },
  Noaberkracht: {
    marker: { name: 'Bestuur Noaberkracht', kind: BodyKind.BOARD, quorum: 2 },
    seed: seedNoaberkracht,
  },
};

/**
 * Adds the demo data in one transaction: the organisations, gemeenten and participations keyed on their natural
 * keys, then each organisation's structure, people, a year of meetings, proposals and follow-up (see domain.md,
 * "Demo data"). Dates are relative to "demo today" (Dutch time) at the moment of seeding. New people get the hash
 * of the demo password.
 */
export async function seedDemoData(
  dataSource: DataSource,
  organisations: DemoOrganisation[] = DEMO_ORGANISATIONS,
  today: string = todayInNetherlands(),
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const writer = new SeedWriter(manager);
    for (const organisation of organisations) {
      const organisationId = await writer.ensure(
        'organisation',
        {
          name: organisation.name,
          kind: organisation.kind,
          legal_form: organisation.legalForm,
          established_on: organisation.establishedOn,
        },
        'name',
        { name: organisation.name },
      );
      const municipalities: DemoMunicipalityRow[] = [];
      for (const municipality of organisation.municipalities) {
        const municipalityId = await writer.ensure(
          'municipality',
          { name: municipality.name, cbs_code: municipality.cbsCode, inhabitants: municipality.inhabitants },
          'cbs_code',
          { cbs_code: municipality.cbsCode },
        );
        municipalities.push({ id: municipalityId, ...municipality });
        await writer.ensure(
          'participation',
          {
            organisation_id: organisationId,
            municipality_id: municipalityId,
            starts_on: organisation.establishedOn,
          },
          'organisation_id, municipality_id, starts_on',
          {
            organisation_id: organisationId,
            municipality_id: municipalityId,
            starts_on: organisation.establishedOn,
          },
        );
      }
      const content = DEMO_CONTENT[organisation.name];
      if (!content) continue;
      const markerId = await insertMarker(manager, organisationId, content.marker);
      if (markerId === null) continue;
      writer.count('body', 1);
      await content.seed({ writer, today, organisationId, municipalities, people: new Map() }, markerId);
    }
    const added = (table: string) => writer.added.get(table) ?? 0;
    return {
      organisations: added('organisation'),
      municipalities: added('municipality'),
      participations: added('participation'),
      people: added('person'),
      bodies: added('body'),
      memberships: added('membership'),
      meetings: added('meeting'),
      agendaItems: added('agenda_item'),
      proposals: added('proposal'),
      decisions: added('decision'),
      tasks: added('task'),
      rows: [...writer.added.values()].reduce((sum, n) => sum + n, 0),
    };
  });
}

async function insertMarker(
  manager: EntityManager,
  organisationId: string,
  marker: { name: string; kind: BodyKind; quorum: number },
): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO body (organisation_id, name, kind, votes, quorum) VALUES ($1, $2, $3, true, $4)
     ON CONFLICT (organisation_id, name) DO NOTHING RETURNING id`,
    [organisationId, marker.name, marker.kind, marker.quorum],
  );
  return rows[0]?.id ?? null;
}
