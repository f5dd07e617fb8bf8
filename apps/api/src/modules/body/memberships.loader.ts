import type { MembershipRole } from '@bestuurskracht/shared/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { toMembership } from './membership.mapper';
import type { Membership } from './membership.model';

/** A body's or a person's memberships that hold on one day. */
export interface MembershipsOnDay {
  id: string;
  day: string;
}

interface MembershipRow {
  key_id: string;
  day: string;
  id: string;
  person_id: string;
  organisation_id: string;
  body_id: string | null;
  portfolio_id: string | null;
  role: MembershipRole;
  municipality_id: string | null;
  starts_on: string;
  ends_on: string | null;
}

/**
 * The memberships holding on a day, for every (body or person, day) asked in a request, in one statement: the
 * keys travel as two parallel arrays and are unnested into a join. Ordered by the person's name.
 */
function createMembershipsOnDayLoader(
  dataSource: DataSource,
  viewer: Viewer,
  keyColumn: 'body_id' | 'person_id',
): DataLoader<MembershipsOnDay, Membership[], string> {
  return new DataLoader(
    async (keys) => {
      const params: unknown[] = [keys.map((key) => key.id), keys.map((key) => key.day)];
      const visible = viewer.whereRaw('Membership', 'membership', params);
      const rows: MembershipRow[] = await dataSource.query(
        `SELECT key.id AS key_id, key.day::text AS day, membership.id, membership.person_id,
                membership.organisation_id, membership.body_id, membership.portfolio_id, membership.role,
                membership.municipality_id, membership.starts_on::text AS starts_on,
                membership.ends_on::text AS ends_on
           FROM unnest($1::uuid[], $2::date[]) AS key(id, day)
           JOIN membership ON membership.${keyColumn} = key.id
                          AND membership.starts_on <= key.day
                          AND (membership.ends_on IS NULL OR membership.ends_on >= key.day)
           JOIN person ON person.id = membership.person_id
          WHERE ${visible}
          ORDER BY person.name, membership.starts_on, membership.id`,
        params,
      );
      const groups = new Map<string, Membership[]>(keys.map((key) => [cacheKey(key), []]));
      for (const row of rows) {
        groups.get(cacheKey({ id: row.key_id, day: row.day }))?.push(
          toMembership({
            id: row.id,
            personId: row.person_id,
            organisationId: row.organisation_id,
            bodyId: row.body_id,
            portfolioId: row.portfolio_id,
            role: row.role,
            municipalityId: row.municipality_id,
            startsOn: row.starts_on,
            endsOn: row.ends_on,
          }),
        );
      }
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: MembershipsOnDay): string {
  return `${key.id}|${key.day}`;
}

export const createMembershipsByBodyLoader = (dataSource: DataSource, viewer: Viewer) =>
  createMembershipsOnDayLoader(dataSource, viewer, 'body_id');

export const createMembershipsByPersonLoader = (dataSource: DataSource, viewer: Viewer) =>
  createMembershipsOnDayLoader(dataSource, viewer, 'person_id');
