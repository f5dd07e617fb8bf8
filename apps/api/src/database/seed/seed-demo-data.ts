import type { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './demo-organisations';

export interface SeedResult {
  organisations: number;
  municipalities: number;
  participations: number;
}

/**
 * Adds the demo data in one transaction. Every row is keyed on its natural key (organisation name,
 * CBS code, participation start), so a second run adds nothing and never overwrites what users changed.
 */
export async function seedDemoData(
  dataSource: DataSource,
  organisations: DemoOrganisation[] = DEMO_ORGANISATIONS,
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const added: SeedResult = { organisations: 0, municipalities: 0, participations: 0 };
    for (const organisation of organisations) {
      const inserted = await manager.query(
        `INSERT INTO organisation (name, kind, legal_form, established_on) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING RETURNING id`,
        [organisation.name, organisation.kind, organisation.legalForm, organisation.establishedOn],
      );
      added.organisations += inserted.length;
      for (const municipality of organisation.municipalities) {
        const municipalityRows = await manager.query(
          `INSERT INTO municipality (name, cbs_code, inhabitants) VALUES ($1, $2, $3)
           ON CONFLICT (cbs_code) DO NOTHING RETURNING id`,
          [municipality.name, municipality.cbsCode, municipality.inhabitants],
        );
        added.municipalities += municipalityRows.length;
        const participationRows = await manager.query(
          `INSERT INTO participation (organisation_id, municipality_id, starts_on)
           SELECT organisation.id, municipality.id, $3
             FROM organisation, municipality
            WHERE organisation.name = $1 AND municipality.cbs_code = $2
           ON CONFLICT (organisation_id, municipality_id, starts_on) DO NOTHING RETURNING id`,
          [organisation.name, municipality.cbsCode, organisation.establishedOn],
        );
        added.participations += participationRows.length;
      }
    }
    return added;
  });
}
