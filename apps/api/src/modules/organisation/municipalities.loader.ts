import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import type { Municipality } from './municipality.model';

interface MunicipalityRow {
  organisation_id: string;
  id: string;
  name: string;
  cbs_code: string;
  inhabitants: number;
}

/** The gemeenten taking part today in each organisation, in one query for all organisations of a request. */
export function createMunicipalitiesByOrganisationLoader(
  dataSource: DataSource,
  viewer: Viewer,
): DataLoader<string, Municipality[]> {
  return new DataLoader(async (organisationIds) => {
    const params: unknown[] = [organisationIds, todayInNetherlands()];
    const visibleParticipation = viewer.whereRaw('Participation', 'participation', params);
    const visibleMunicipality = viewer.whereRaw('Municipality', 'municipality', params);
    const rows: MunicipalityRow[] = await dataSource.query(
      `SELECT participation.organisation_id, municipality.id, municipality.name, municipality.cbs_code,
              municipality.inhabitants
         FROM participation
         JOIN municipality ON municipality.id = participation.municipality_id
        WHERE participation.organisation_id = ANY($1)
          AND participation.starts_on <= $2
          AND (participation.ends_on IS NULL OR participation.ends_on >= $2)
          AND (${visibleParticipation}) AND (${visibleMunicipality})
        ORDER BY municipality.name`,
      params,
    );
    const byOrganisation = new Map<string, Municipality[]>(organisationIds.map((id) => [id, []]));
    for (const row of rows) {
      byOrganisation
        .get(row.organisation_id)
        ?.push({ id: row.id, name: row.name, cbsCode: row.cbs_code, inhabitants: row.inhabitants });
    }
    return organisationIds.map((id) => byOrganisation.get(id) ?? []);
  });
}
