import { graphqlRequest } from '@bestuurskracht/api/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { signInAs } from '../../test/sign-in';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildAuthzFixture, type AuthzFixture } from './authz-fixture';

/**
 * A person of gemeente B who asks with gemeente A's private ids (or another organisation's) gets nothing, on every
 * query and every mutation of the schema: no such id in any answer, and nothing written.
 */
describe('asking with another gemeente’s ids', () => {
  let api: TestApp;
  let fixture: AuthzFixture;
  let cookie: string;
  let forbiddenIds: Record<string, string>;
  let fields: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await buildAuthzFixture(api.dataSource);
    cookie = await signInAs(api.dataSource, fixture.persons.secretaryB);
    const r = fixture.rows;
    // rows gemeente B's gemeentesecretaris may not read (see expected-readers.ts)
    forbiddenIds = {
      review: r.Review?.['gemeente-limited'] as string,
      task: r.Task?.['gemeente-limited'] as string,
      agendaItem: r.AgendaItem?.['gemeente-limited'] as string,
      decision: r.Decision?.['gemeente-limited'] as string,
      proposal: r.Proposal?.confidential as string,
      meeting: r.Meeting?.geheim as string,
      document: r.Document?.['gemeente-limited'] as string,
      advice: r.Advice?.concept as string,
      body: fixture.bodies.otherBoard,
      otherMeeting: fixture.otherRows.Meeting as string,
      otherItem: fixture.otherRows.AgendaItem as string,
    };
    const { schema } = api.app.get(GraphQLSchemaHost);
    const skip = new Set(['logIn', 'logOut', 'me']);
    fields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
        operation: 'query' as const,
        field,
      })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
        operation: 'mutation' as const,
        field,
      })),
    ].filter(({ field }) => !skip.has(field.name));
  });
  afterAll(() => api.close());

  /** The private id an argument named like this most likely means; any id of gemeente A otherwise. */
  function idFor(name: string, operationName: string): string {
    const key = name === 'id' || name === 'ids' ? operationName : name;
    const lower = key.toLowerCase();
    if (lower.includes('organisation')) return fixture.otherOrganisationId;
    if (lower.includes('municipalit')) return fixture.municipalities.A;
    if (lower.includes('person') || lower.includes('assignee')) return fixture.persons.secretaryA;
    const match = Object.keys(forbiddenIds).find((k) => lower.includes(k.toLowerCase()));
    return forbiddenIds[match ?? 'agendaItem'];
  }

  function valueFor(type: GraphQLInputType, name: string, operationName: string): unknown {
    if (isNonNullType(type)) return valueFor(type.ofType, name, operationName);
    if (isListType(type)) return [valueFor(type.ofType, name, operationName)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) || getNamedType(f.type).name === 'ID')
          .map((f) => [f.name, valueFor(f.type, f.name, operationName)]),
      );
    }
    if (isScalarType(type)) {
      if (type.name === 'ID') return idFor(name, operationName);
      if (type.name === 'Int' || type.name === 'Float') return 1;
      if (type.name === 'Boolean') return false;
      if (type.name === 'DateTime') return '2030-01-01T09:00:00.000Z';
      return /On$|^from$|^to$|Before$|After$|date/i.test(name) ? '2030-01-01' : 'x';
    }
    return null;
  }

  function selectionOf(field: GraphQLField<unknown, unknown>): string {
    const type = getNamedType(field.type);
    if (isScalarType(type) || isEnumType(type)) return '';
    const own = 'getFields' in type ? type.getFields() : {};
    if ('nodes' in own) return '{ nodes { id } totalCount }';
    return 'id' in own ? '{ id }' : '{ __typename }';
  }

  const auditCount = async () =>
    Number(
      (
        await api.dataSource.query(`SELECT count(*) AS n FROM audit_entry WHERE organisation_id = ANY($1)`, [
          [fixture.organisationId, fixture.otherOrganisationId],
        ])
      )[0].n,
    );

  it('gets nothing and changes nothing, on every query and mutation', async () => {
    const before = await auditCount();
    const leaks: string[] = [];
    for (const { operation, field } of fields) {
      const args = field.args.filter((a) => isNonNullType(a.type) || getNamedType(a.type).name === 'ID');
      const variables = Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, field.name)]));
      const signature = args.length
        ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})`
        : '';
      const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      const response = await graphqlRequest(
        api.server,
        `${operation} ${signature} { ${field.name}${call} ${selectionOf(field)} }`,
        variables,
        { cookie },
      );
      const answer = JSON.stringify(response.data ?? null);
      const leaked = Object.entries(forbiddenIds).filter(([, id]) => answer.includes(id));
      if (leaked.length) leaks.push(`${field.name}: ${leaked.map(([k]) => k).join(', ')}`);
    }
    expect(fields.length).toBeGreaterThan(60);
    expect(leaks).toEqual([]);
    expect(await auditCount()).toBe(before);
  });
});
