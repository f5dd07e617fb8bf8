import { graphqlRequest } from '@bestuurskracht/api/testing';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { seedDemoData } from './database/seed/seed-demo-data';
import { startTestApp, type TestApp } from './test/test-app';

describe('the API process', () => {
  describe('in development', () => {
    let api: TestApp;
    const clientDir = join(tmpdir(), `bk-client-${process.pid}`);

    beforeAll(async () => {
      mkdirSync(clientDir, { recursive: true });
      writeFileSync(
        join(clientDir, 'index.html'),
        '<!doctype html><html lang="nl"><title>Bestuurskracht</title></html>',
      );
      api = await startTestApp({ CLIENT_DIR: clientDir });
    });
    afterAll(async () => {
      await api.close();
      rmSync(clientDir, { recursive: true, force: true });
    });

    it('is ready when it can reach its database', async () => {
      const response = await request(api.server).get('/health/ready');
      expect([response.status, response.body]).toEqual([200, { status: 'ok', database: 'up' }]);
    });

    it('serves the client for a deep link, so a bookmarked page loads', async () => {
      const response = await request(api.server)
        .get('/organisaties/kempengemeenten')
        .set('Accept', 'text/html');
      expect(response.text).toContain('<html lang="nl">');
    });

    it('adds nothing when the demo data is seeded a second time', async () => {
      await seedDemoData(api.dataSource);
      const again = await seedDemoData(api.dataSource);
      expect(again).toEqual(Object.fromEntries(Object.keys(again).map((count) => [count, 0])));
      expect(again).toMatchObject({ organisations: 0, municipalities: 0, participations: 0, rows: 0 });
    });

    it('has no schema difference between the entities and the migrations', async () => {
      const pending = await api.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    });

    it('refuses a GET request to /graphql as a possible cross-site request', async () => {
      const response = await request(api.server).get('/graphql?query=%7Borganisations%7Bname%7D%7D');
      expect(response.status).toBe(400);
    });

    it('answers malformed JSON with 400 and no internals', async () => {
      const response = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send('{"query": ');
      expect([response.status, JSON.stringify(response.body)]).toEqual([
        400,
        expect.not.stringMatching(/at |node_modules/),
      ]);
    });

    it('refuses a batch of operations in one request', async () => {
      const response = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send([{ query: '{ organisations { name } }' }, { query: '{ organisations { name } }' }]);
      expect(response.status).toBe(400);
    });

    it('refuses a request body above 100 kB', async () => {
      const response = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({ query: `{ organisations { name } } # ${'x'.repeat(120_000)}` });
      expect([response.status, response.body]).toEqual([
        413,
        { statusCode: 413, message: 'request entity too large' },
      ]);
    });
  });

  describe('in production', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ NODE_ENV: 'production' });
    });
    afterAll(() => api.close());

    it('does not answer introspection', async () => {
      const response = await graphqlRequest(api.server, '{ __schema { types { name } } }');
      expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('does not suggest field names for a typo', async () => {
      const response = await graphqlRequest(api.server, '{ organisaties { name } }');
      expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });

    it('sends security headers', async () => {
      const response = await request(api.server).get('/health/live');
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'content-security-policy': expect.stringContaining("default-src 'self'"),
      });
    });
  });
});
