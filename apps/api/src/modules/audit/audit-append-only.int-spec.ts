import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBody, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

/** The database itself keeps the audit trail append-only: not even the application's own role can rewrite it. */
describe('the audit table', () => {
  let api: TestApp;
  let entryId: string;
  let organisationId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const { organisation } = await anOrganisation().create(api.dataSource);
    organisationId = organisation.id;
    const body = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
    const admin = await aSignedInMember(
      api.dataSource,
      api.server,
      organisation.id,
      MembershipRole.ADMINISTRATOR,
    );
    await admin.request(`mutation ($input: UpdateBodyInput!) { updateBody(input: $input) { id } }`, {
      input: { id: body.id, quorum: 2 },
    });
    const [entry] = await api.dataSource.query(
      `SELECT id FROM audit_entry WHERE subject_id = $1 AND action = 'updateBody'`,
      [body.id],
    );
    entryId = entry.id;
  });
  afterAll(() => api.close());

  // other test files write audit entries at the same time: compare this organisation's entries only
  const trail = () =>
    api.dataSource.query(
      `SELECT count(*)::int AS n, md5(string_agg(a::text, '' ORDER BY id)) AS sum FROM audit_entry a
        WHERE organisation_id = $1`,
      [organisationId],
    );

  const attempt = async (sql: string, params: unknown[] = []) => {
    const before = await trail();
    const error = await api.dataSource.query(sql, params).then(
      () => null,
      (failure: { code?: string; message?: string }) => ({ code: failure.code, message: failure.message }),
    );
    const after = await trail();
    return { error, unchanged: JSON.stringify(before) === JSON.stringify(after) };
  };

  it.each([
    ['UPDATE', `UPDATE audit_entry SET action = 'rewritten' WHERE id = $1`, 'UPDATE'],
    ['DELETE', `DELETE FROM audit_entry WHERE id = $1`, 'DELETE'],
    ['TRUNCATE', `TRUNCATE audit_entry`, 'TRUNCATE'],
  ])('rejects %s and leaves every entry as it was', async (_name, sql, operation) => {
    const outcome = await attempt(sql, sql.includes('$1') ? [entryId] : []);

    expect(outcome).toEqual({
      error: { code: '42501', message: `the audit trail is append-only: ${operation} is not allowed` },
      unchanged: true,
    });
  });
});
