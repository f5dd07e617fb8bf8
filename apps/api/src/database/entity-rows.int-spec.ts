import type { ObjectLiteral } from 'typeorm';
import { startTestApp, type TestApp } from '../test/test-app';
import { ENTITIES } from './entities';
import { EntityRows } from './entity-rows';
import { seedDemoData } from './seed/seed-demo-data';

/** The batch loaders read rows with EntityRows instead of TypeORM's getMany(): both must give the same objects. */
describe('EntityRows', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.dataSource);
  });
  afterAll(() => api.close());

  it.each(ENTITIES.map((entity) => [entity.name, entity] as const))(
    'reads %s rows exactly as getMany() does',
    async (_, entity) => {
      const metadata = api.dataSource.getMetadata(entity);
      const order = metadata.primaryColumns.map((column) => `row."${column.databaseName}"`).join(', ');
      const reader = EntityRows.of<ObjectLiteral>(api.dataSource, entity);
      const raw = await reader.select(`ORDER BY ${order} LIMIT 200`, []);
      const hydrated = await api.dataSource
        .getRepository<ObjectLiteral>(entity)
        .createQueryBuilder('row')
        .orderBy(
          Object.fromEntries(
            metadata.primaryColumns.map((column) => [`row.${column.propertyName}`, 'ASC' as const]),
          ),
        )
        .take(200)
        .getMany();
      expect(raw).toEqual(hydrated.map((row) => ({ ...row })));
    },
  );

  it('has rows to compare for the subjects the loaders read', async () => {
    const counts = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM agenda_item)::int AS items, (SELECT count(*) FROM review)::int AS reviews,
              (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM task)::int AS tasks`,
    );
    expect(Object.values(counts[0]).every((n) => (n as number) > 0)).toBe(true);
  });
});
