import { Client } from 'pg';
import { countStatements } from './statement-counter';
import { createTestDatabase } from './test-database';

jest.setTimeout(60_000);

describe('a test database', () => {
  it('is empty, usable, and gone after dispose', async () => {
    const database = await createTestDatabase();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const tables = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    const statements = await countStatements(() => client.query('SELECT 1'));
    await client.end();
    await database.dispose();
    expect({ tables: tables.rows[0].n, statements }).toEqual({ tables: 0, statements: 1 });
  });
});
