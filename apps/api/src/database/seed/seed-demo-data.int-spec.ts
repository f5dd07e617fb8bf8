import { ProposalState, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { verifyPassword } from '../../auth/password-hash';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './demo/people';
import { seedDemoData } from './seed-demo-data';

/**
 * The test database is shared by every test file of the run, and others seed the demo too: every count here is
 * limited to the demo organisations, and the demo may have been seeded before this file ran.
 */
const DEMO = `(SELECT id FROM organisation WHERE name IN ('Kempengemeenten', 'Noaberkracht'))`;
const DEMO_CBS = `('GM1724', 'GM1728', 'GM0770', 'GM0823', 'GM1667', 'GM1774', 'GM0183')`;
const OWNED = [
  'portfolio',
  'service_area',
  'service_assignment',
  'cost_allocation_key',
  'body',
  'membership',
  'secrecy',
  'meeting',
  'agenda_item',
  'proposal',
  'advice',
  'review',
  'decision',
  'decision_list',
  'task',
  'council_view_procedure',
  'document',
  'conflict_of_interest',
  'audit_entry',
  'publication',
];
const CHILDREN: Record<string, string> = {
  organisation: `SELECT count(*) FROM organisation WHERE id IN ${DEMO}`,
  municipality: `SELECT count(*) FROM municipality WHERE cbs_code IN ${DEMO_CBS}`,
  participation: `SELECT count(*) FROM participation p JOIN municipality m ON m.id = p.municipality_id
                   WHERE m.cbs_code IN ${DEMO_CBS}`,
  person: `SELECT count(DISTINCT person_id) FROM membership WHERE organisation_id IN ${DEMO}`,
  cost_allocation_share: `SELECT count(*) FROM cost_allocation_share s JOIN cost_allocation_key k
                           ON k.id = s.cost_allocation_key_id WHERE k.organisation_id IN ${DEMO}`,
  secrecy_share: `SELECT count(*) FROM secrecy_share s JOIN secrecy x ON x.id = s.secrecy_id
                   WHERE x.organisation_id IN ${DEMO}`,
  proposal_version: `SELECT count(*) FROM proposal_version v JOIN proposal p ON p.id = v.proposal_id
                      WHERE p.organisation_id IN ${DEMO}`,
  decision_point: `SELECT count(*) FROM decision_point d JOIN proposal_version v ON v.id = d.proposal_version_id
                    JOIN proposal p ON p.id = v.proposal_id WHERE p.organisation_id IN ${DEMO}`,
  financial_impact: `SELECT count(*) FROM financial_impact f JOIN proposal_version v ON v.id = f.proposal_version_id
                      JOIN proposal p ON p.id = v.proposal_id WHERE p.organisation_id IN ${DEMO}`,
  advice_reservation: `SELECT count(*) FROM advice_reservation r JOIN advice a ON a.id = r.advice_id
                        WHERE a.organisation_id IN ${DEMO}`,
  vote: `SELECT count(*) FROM vote v JOIN decision d ON d.id = v.decision_id WHERE d.organisation_id IN ${DEMO}`,
  council_view: `SELECT count(*) FROM council_view v JOIN council_view_procedure p ON p.id = v.procedure_id
                  WHERE p.organisation_id IN ${DEMO}`,
};

describe('the demo data', () => {
  let api: TestApp;
  const today = todayInNetherlands();
  const query = async <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
    api.dataSource.query(sql, parameters);
  const demoCounts = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    const statements = {
      ...CHILDREN,
      ...Object.fromEntries(
        OWNED.map((table) => [table, `SELECT count(*) FROM ${table} WHERE organisation_id IN ${DEMO}`]),
      ),
    };
    for (const [table, sql] of Object.entries(statements)) {
      counts[table] = Number((await query<{ count: string }>(sql))[0].count);
    }
    return counts;
  };

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.dataSource);
  });
  afterAll(() => api.close());

  it('has proposals in every state at Kempengemeenten', async () => {
    const rows = await query<{ state: string }>(
      `SELECT DISTINCT p.state FROM proposal p JOIN organisation o ON o.id = p.organisation_id
        WHERE o.name = 'Kempengemeenten' ORDER BY 1`,
    );
    expect(rows.map((row) => row.state)).toEqual(Object.values(ProposalState).sort());
  });

  it('gives every Kempengemeenten gemeente tasks that are done, open and late', async () => {
    const rows = await query<{ name: string; done: number; open: number; late: number }>(
      `SELECT m.name,
              count(*) FILTER (WHERE t.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_on >= $1)::int AS open,
              count(*) FILTER (WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_on < $1)::int AS late
         FROM task t JOIN municipality m ON m.id = t.municipality_id JOIN organisation o ON o.id = t.organisation_id
        WHERE o.name = 'Kempengemeenten' GROUP BY m.name ORDER BY m.name`,
      [today],
    );
    expect(rows.map((row) => row.name)).toEqual([
      'Bergeijk',
      'Bladel',
      'Eersel',
      'Oirschot',
      'Reusel-De Mierden',
    ]);
    for (const row of rows) {
      expect({ name: row.name, done: row.done > 0, open: row.open > 0, late: row.late > 0 }).toEqual({
        name: row.name,
        done: true,
        open: true,
        late: true,
      });
    }
  });

  it('gives Bergeijk no VTH assignment and no member in the commissie VTH', async () => {
    const [assignments] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM service_assignment a JOIN service_area s ON s.id = a.service_area_id
         JOIN municipality m ON m.id = a.municipality_id
        WHERE s.code = 'VTH' AND s.organisation_id IN ${DEMO} AND m.cbs_code = 'GM1724'`,
    );
    const [members] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM membership ms JOIN body b ON b.id = ms.body_id
         JOIN municipality m ON m.id = ms.municipality_id
        WHERE b.name = 'Bestuurscommissie VTH' AND b.organisation_id IN ${DEMO} AND m.cbs_code = 'GM1724'`,
    );
    const [others] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM service_assignment a JOIN service_area s ON s.id = a.service_area_id
        WHERE s.code = 'VTH' AND s.organisation_id = (SELECT id FROM organisation WHERE name = 'Kempengemeenten')`,
    );
    expect({ assignments: assignments.n, members: members.n, others: others.n }).toEqual({
      assignments: 0,
      members: 0,
      others: 4,
    });
  });

  it('ended the oud-wethouder’s commission membership before today', async () => {
    const rows = await query<{ ends_on: string; body: string }>(
      `SELECT to_char(ms.ends_on, 'YYYY-MM-DD') AS ends_on, b.name AS body FROM membership ms
         JOIN person p ON p.id = ms.person_id JOIN body b ON b.id = ms.body_id
        WHERE p.email = 'oud-wethouder@oirschot.example'`,
    );
    expect(rows).toEqual([
      { ends_on: expect.any(String), body: 'Bestuurscommissie Maatschappelijke Dienstverlening' },
    ]);
    expect(rows[0].ends_on < today).toBe(true);
  });

  it('has the personas of domain.md with their memberships', async () => {
    const rows = await query<{ email: string; role: string; target: string | null; gemeente: string | null }>(
      `SELECT p.email, ms.role, coalesce(b.name, pf.name, o.name) AS target, m.name AS gemeente
         FROM membership ms JOIN person p ON p.id = ms.person_id JOIN organisation o ON o.id = ms.organisation_id
         LEFT JOIN body b ON b.id = ms.body_id LEFT JOIN portfolio pf ON pf.id = ms.portfolio_id
         LEFT JOIN municipality m ON m.id = ms.municipality_id
        WHERE o.id IN ${DEMO} AND (ms.ends_on IS NULL OR ms.ends_on >= $1) AND ms.starts_on <= $1`,
      [today],
    );
    const has = (email: string, role: string, target: string, gemeente: string | null = null) =>
      expect(rows).toContainEqual({ email, role, target, gemeente });
    has('directeur@kempengemeenten.example', 'DIRECTOR', 'Kempengemeenten');
    has('directeur@kempengemeenten.example', 'SECRETARY', 'Dagelijks Bestuur');
    has('directeur@kempengemeenten.example', 'SECRETARY', 'Algemeen Bestuur');
    has('directeur@kempengemeenten.example', 'CHAIR', 'Zes-directeuren overleg');
    has('beheerder@kempengemeenten.example', 'ADMINISTRATOR', 'Kempengemeenten');
    has('beleid.vth@kempengemeenten.example', 'STAFF', 'VTH');
    for (const [domain, gemeente] of [
      ['bergeijk', 'Bergeijk'],
      ['bladel', 'Bladel'],
      ['eersel', 'Eersel'],
      ['oirschot', 'Oirschot'],
      ['reusel-demierden', 'Reusel-De Mierden'],
    ]) {
      has(`gemeentesecretaris@${domain}.example`, 'MEMBER', 'Zes-directeuren overleg', gemeente);
    }
    has('burgemeester@eersel.example', 'CHAIR', 'Dagelijks Bestuur', 'Eersel');
    has('burgemeester@eersel.example', 'MEMBER', 'Algemeen Bestuur', 'Eersel');
    has(
      'wethouder.md@bladel.example',
      'CHAIR',
      'Bestuurscommissie Maatschappelijke Dienstverlening',
      'Bladel',
    );
    has('wethouder.md@bladel.example', 'MEMBER', 'Dagelijks Bestuur', 'Bladel');
    has('wethouder.vth@eersel.example', 'MEMBER', 'Bestuurscommissie VTH', 'Eersel');
    has('directeur@noaberkracht.example', 'DIRECTOR', 'Noaberkracht');
    has('directeur@noaberkracht.example', 'SECRETARY', 'Bestuur Noaberkracht');
    has('gemeentesecretaris@dinkelland.example', 'MEMBER', 'Directieoverleg', 'Dinkelland');
    has('gemeentesecretaris@tubbergen.example', 'MEMBER', 'Directieoverleg', 'Tubbergen');
    has(
      'wethouder.sociaal@tubbergen.example',
      'MEMBER',
      'Portefeuillehoudersoverleg Sociaal Domein',
      'Tubbergen',
    );
    expect(rows.some((row) => row.email === 'oud-wethouder@oirschot.example')).toBe(false);

    const dbMembers = rows.filter((row) => row.target === 'Dagelijks Bestuur' && row.role !== 'SECRETARY');
    expect(dbMembers.map((row) => row.gemeente).sort()).toEqual([
      'Bergeijk',
      'Bladel',
      'Eersel',
      'Oirschot',
      'Reusel-De Mierden',
    ]);
  });

  it('uses only e-mail addresses under .example', async () => {
    const rows = await query<{ email: string }>(
      `SELECT DISTINCT p.email FROM person p JOIN membership ms ON ms.person_id = p.id
        WHERE ms.organisation_id IN ${DEMO}`,
    );
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((row) => !/@[a-z-]+\.example$/.test(row.email))).toEqual([]);
  });

  it('lets every demo person sign in with the demo password (argon2id, 19 MiB, 2 passes)', async () => {
    const rows = await query<{ password_hash: string | null }>(
      `SELECT DISTINCT p.password_hash FROM person p JOIN membership ms ON ms.person_id = p.id
        WHERE ms.organisation_id IN ${DEMO}`,
    );
    const hashes = await Promise.all(
      rows.map(async ({ password_hash }) => ({
        parameters: password_hash?.split('$').slice(1, 4).join('$'),
        verifies: await verifyPassword(password_hash ?? '', DEMO_PASSWORD),
      })),
    );
    expect(hashes).toEqual([{ parameters: 'argon2id$v=19$m=19456,t=2,p=1', verifies: true }]);
  });

  it('limits VTH items to the four VTH gemeenten, keeps a secret item shared with the DB and lifted another', async () => {
    const [scoped] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM agenda_item a JOIN service_area s ON s.id = a.service_area_id
        WHERE s.code = 'VTH' AND a.organisation_id IN ${DEMO} AND cardinality(a.municipality_scope) = 4
          AND NOT (SELECT id FROM municipality WHERE cbs_code = 'GM1724') = ANY (a.municipality_scope)`,
    );
    const secrecies = await query<{ lifted: boolean; shared_with_db: boolean }>(
      `SELECT x.lifted_on IS NOT NULL AS lifted,
              EXISTS (SELECT 1 FROM secrecy_share s JOIN body b ON b.id = s.body_id
                       WHERE s.secrecy_id = x.id AND b.name = 'Dagelijks Bestuur') AS shared_with_db
         FROM secrecy x WHERE x.organisation_id IN ${DEMO} ORDER BY 1`,
    );
    expect({ scoped: scoped.n > 0, secrecies }).toEqual({
      scoped: true,
      secrecies: [
        { lifted: false, shared_with_db: true },
        { lifted: true, shared_with_db: true },
      ],
    });
  });

  it('gives Noaberkracht joint assignments asked by both gemeenten', async () => {
    const rows = await query<{ n: number; statuses: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT t.status ORDER BY t.status) AS statuses
         FROM task t JOIN organisation o ON o.id = t.organisation_id
        WHERE o.name = 'Noaberkracht' AND t.origin = 'JOINT_ASSIGNMENT' AND t.for_organisation
          AND t.municipality_id IS NULL AND cardinality(t.requested_by_municipality_ids) = 2`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(6);
    expect(rows[0].statuses).toEqual(['DONE', 'IN_PROGRESS', 'OPEN']);
  });

  it('stores papers of proposal versions and zienswijzen with their parent’s visibility columns, as an upload does', async () => {
    const papers = await query<{ title: string; consistent: boolean }>(
      `SELECT d.title,
              coalesce(d.proposal_id = v.proposal_id, false)
              OR coalesce(d.body_id = p.body_id AND d.proposal_id IS NOT DISTINCT FROM p.proposal_id, false)
                AS consistent
         FROM document d
         LEFT JOIN proposal_version v ON v.id = d.proposal_version_id
         LEFT JOIN council_view cv ON cv.id = d.council_view_id
         LEFT JOIN council_view_procedure p ON p.id = cv.procedure_id
        WHERE d.organisation_id IN ${DEMO} AND (d.proposal_version_id IS NOT NULL OR d.council_view_id IS NOT NULL)`,
    );
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.filter((paper) => !paper.consistent)).toEqual([]);
  });

  it('adds nothing when seeded again', async () => {
    const before = await demoCounts();
    const again = await seedDemoData(api.dataSource);
    const after = await demoCounts();
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(after).toEqual(before);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
  });
});
