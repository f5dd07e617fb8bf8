import { startTestApp, type TestApp } from '../../../test/test-app';
import { seedScale } from './scale-seeder';

/** The test database is shared with other test files: every check is limited to the arrangements made here. */
describe('seed:scale', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('writes the demo shape in proportion to the factor, within the constraints', async () => {
    const small = await seedScale(api.dataSource, { factor: 1, seed: 1 });
    const large = await seedScale(api.dataSource, { factor: 2, seed: 1 });

    expect([small.shape, large.shape]).toEqual([
      { gemeenten: 3, arrangements: 1, months: 12 },
      { gemeenten: 7, arrangements: 2, months: 12 },
    ]);
    expect(large.counts['organisation']).toBe(2 * small.counts['organisation']);
    for (const table of ['municipality', 'meeting', 'proposal', 'decision', 'task']) {
      const ratio = large.counts[table] / small.counts[table];
      expect({ table, scales: ratio > 1.4 }).toEqual({ table, scales: true });
    }
    for (const table of [
      'vote',
      'advice',
      'review',
      'agenda_item',
      'decision_list',
      'publication',
      'audit_entry',
    ]) {
      expect({ table, written: small.counts[table] > 0 }).toEqual({ table, written: true });
    }

    const mine = `(SELECT id FROM organisation WHERE name LIKE 'Samenwerkingsverband %')`;
    const [sizes] = await api.dataSource.query(
      `SELECT min(n)::int AS min, max(n)::int AS max, count(*)::int AS arrangements
         FROM (SELECT count(*) AS n FROM participation WHERE organisation_id IN ${mine} GROUP BY organisation_id) x`,
    );
    const [perGemeente] = await api.dataSource.query(
      `SELECT min(n)::int AS min, max(n)::int AS max
         FROM (SELECT count(*) AS n FROM participation p JOIN municipality m ON m.id = p.municipality_id
                WHERE m.name ~ '^Gemeente [0-9]{4}$' GROUP BY m.id) x`,
    );
    const [states] = await api.dataSource.query(
      `SELECT count(DISTINCT state)::int AS n FROM proposal WHERE organisation_id IN ${mine}`,
    );
    const [lineage] = await api.dataSource.query(
      `SELECT count(*)::int AS broken FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.organisation_id IN ${mine} AND (a.body_id <> m.body_id OR a.organisation_id <> m.organisation_id)`,
    );
    const [emails] = await api.dataSource.query(
      `SELECT count(*)::int AS outside FROM person WHERE email LIKE '%.scale.example' AND email NOT LIKE '%@%.scale.example'`,
    );
    expect({ sizes, perGemeente, states: states.n, lineage, emails }).toEqual({
      sizes: { min: expect.any(Number), max: expect.any(Number), arrangements: 3 },
      perGemeente: { min: 1, max: expect.any(Number) },
      states: 8,
      lineage: { broken: 0 },
      emails: { outside: 0 },
    });
    expect(sizes.min).toBeGreaterThanOrEqual(2);
    expect(sizes.max).toBeLessThanOrEqual(30);
    expect(perGemeente.max).toBeLessThanOrEqual(3);
  });
});
