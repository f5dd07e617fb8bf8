import { aFreeCbsCode } from '../../test/builders/structure.builders';
import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { seedDemoData } from '../../database/seed/seed-demo-data';
import { startTestApp, type TestApp } from '../../test/test-app';

const ORGANISATIONS = `{ organisations { name kind legalForm municipalities { name cbsCode inhabitants } } }`;

describe('organisations query', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.dataSource);
  });
  afterAll(() => api.close());

  it('lists the demo organisations with the gemeenten that take part in them', async () => {
    const response = await graphqlRequest<{
      organisations: { name: string; municipalities: { cbsCode: string }[] }[];
    }>(api.server, ORGANISATIONS);
    const summary = response.data?.organisations
      .filter((organisation) => ['Kempengemeenten', 'Noaberkracht'].includes(organisation.name))
      .map((organisation) => [organisation.name, organisation.municipalities.map((m) => m.cbsCode)]);
    expect(summary).toEqual([
      ['Kempengemeenten', ['GM1724', 'GM1728', 'GM0770', 'GM0823', 'GM1667']],
      ['Noaberkracht', ['GM1774', 'GM0183']],
    ]);
  });

  it('does not list a gemeente whose participation has ended', async () => {
    await api.dataSource.query(
      `WITH left_gemeente AS (
         INSERT INTO municipality (name, cbs_code, inhabitants) VALUES ('Vertrokken', $1, 1000) RETURNING id)
       INSERT INTO participation (organisation_id, municipality_id, starts_on, ends_on)
       SELECT organisation.id, left_gemeente.id, '2015-01-01', '2020-12-31' FROM organisation, left_gemeente
        WHERE organisation.name = 'Noaberkracht'`,
      [await aFreeCbsCode(api.dataSource)],
    );
    const response = await graphqlRequest<{
      organisations: { name: string; municipalities: { name: string }[] }[];
    }>(api.server, ORGANISATIONS);
    const noaberkracht = response.data?.organisations.find(
      (organisation) => organisation.name === 'Noaberkracht',
    );
    expect(noaberkracht?.municipalities.map((m) => m.name)).toEqual(['Dinkelland', 'Tubbergen']);
  });

  it('sends as many SQL statements for 50 more organisations as for the two of the demo', async () => {
    const statementsNow = await countStatements(() => graphqlRequest(api.server, ORGANISATIONS));
    // Other test files add organisations to the same database meanwhile, so add a fixed number, not up to a total.
    await api.dataSource.query(
      `INSERT INTO organisation (name, kind, legal_form, established_on)
       SELECT 'Regio ' || gen_random_uuid(), 'REGIONAL_TABLE', 'REGIONAL_TABLE', '2024-01-01'
         FROM generate_series(1, 50)`,
    );
    const statementsWithMore = await countStatements(() => graphqlRequest(api.server, ORGANISATIONS));
    expect(statementsWithMore).toBe(statementsNow);
  });
});
