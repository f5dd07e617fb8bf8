import { subject as asSubject } from '@casl/ability';
import { SUBJECT_NAMES, type SubjectName } from '@bestuurskracht/shared/authz';
import { seedDemoData } from '../../database/seed/seed-demo-data';
import { startTestApp, type TestApp } from '../../test/test-app';
import { rulesToSql } from '../rules-to-sql';
import { SUBJECT_ENTITIES } from '../subject-entities';
import { SubjectTables } from '../subject-tables';
import { ViewerFactory } from '../viewer.factory';
import type { Viewer } from '../viewer';
import { buildAuthzFixture, PERSONAS, type AuthzFixture } from './authz-fixture';

/**
 * For every persona and subject type, the rows the SQL predicate returns equal the rows `ability.can('read')` allows
 * on the full table (the subject's own rules; parents are checked the same way for both, through their own rules).
 * The personas are the demo's people (on the demo data, which has every subject in every state) and the fixture's.
 */
describe('the SQL visibility predicate equals the CASL rules', () => {
  let api: TestApp;
  let fixture: AuthzFixture;
  const viewers = new Map<string, Viewer>();

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await buildAuthzFixture(api.dataSource);
    await seedDemoData(api.dataSource);
    const factory = api.app.get(ViewerFactory);
    for (const persona of PERSONAS) {
      viewers.set(persona, await factory.forPerson(persona === 'visitor' ? null : fixture.persons[persona]));
    }
    const demoPeople: { id: string; email: string }[] = await api.dataSource.query(
      `SELECT id, email FROM person WHERE email NOT LIKE '%@test.example' ORDER BY email`,
    );
    for (const person of demoPeople) viewers.set(person.email, await factory.forPerson(person.id));
  });
  afterAll(() => api.close());

  it.each(SUBJECT_NAMES.map((name) => [name]))('%s', async (subject: SubjectName) => {
    const { table, columns } = api.app.get(SubjectTables).of(subject);
    const outcome = await api.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await manager.getRepository(SUBJECT_ENTITIES[subject]).find();
      const results: Record<string, { sql: string[]; casl: string[] }> = {};
      for (const [persona, viewer] of viewers) {
        const params: unknown[] = [];
        const predicate = rulesToSql(
          viewer.ability.rulesFor('read', subject),
          (field) => {
            const column = columns.get(field);
            if (!column) throw new Error(`unknown field ${field}`);
            return { sql: `row."${column.name}"`, isArray: column.isArray };
          },
          (value) => `$${params.push(value)}`,
        );
        const visible: { id: string }[] = await manager.query(
          `SELECT id FROM "${table}" row WHERE ${predicate} ORDER BY id`,
          params,
        );
        results[persona] = {
          sql: visible.map((row) => String(row.id)).sort(),
          casl: rows
            .filter((row) => viewer.ability.can('read', asSubject(subject, { ...row }) as never))
            .map((row) => String(row['id']))
            .sort(),
        };
      }
      return { rows: rows.length, results };
    });
    expect(outcome.rows).toBeGreaterThan(0);
    for (const [persona, { sql, casl }] of Object.entries(outcome.results)) {
      expect({ persona, rows: sql }).toEqual({ persona, rows: casl });
    }
  });
});
