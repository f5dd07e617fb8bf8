import { MembershipRole } from '@bestuurskracht/shared/domain';
import { randomUUID } from 'node:crypto';
import { aCommitteeSetting, type BuiltSetting } from '../test/builders/meeting.builders';
import { aSignedInMember, type SignedInMember } from '../test/signed-in-member';
import { startTestApp, type TestApp } from '../test/test-app';

const CREATE_PROPOSAL = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

describe('idempotency keys on create mutations', () => {
  let api: TestApp;
  let setting: BuiltSetting;
  let staff: SignedInMember;

  beforeAll(async () => {
    api = await startTestApp();
    setting = await aCommitteeSetting(api.dataSource);
    staff = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.STAFF,
      (m) => m.inPortfolio(setting.portfolio.id),
    );
  });
  afterAll(() => api.close());

  const proposalInput = (idempotencyKey?: string) => ({
    portfolioId: setting.portfolio.id,
    title: 'Dubbel geklikt',
    body: 'Tekst',
    decisionPoints: ['Vast te stellen'],
    confidentiality: 'PUBLIC',
    idempotencyKey,
  });
  const create = async (key?: string) =>
    (await staff.request<{ createProposal: { id: string } }>(CREATE_PROPOSAL, { input: proposalInput(key) }))
      .data?.createProposal.id;
  const count = async () =>
    (
      await api.dataSource.query(`SELECT count(*)::int AS n FROM proposal WHERE portfolio_id = $1`, [
        setting.portfolio.id,
      ])
    )[0].n as number;

  it('answers a repeated request with the first result, also when both arrive at once', async () => {
    const before = await count();
    const key = randomUUID();
    const [first, second] = await Promise.all([create(key), create(key)]);
    const third = await create(key);
    expect({
      same: first === second && second === third && first !== undefined,
      added: (await count()) - before,
    }).toEqual({
      same: true,
      added: 1,
    });
  });

  it('creates anew without a key or with a new key', async () => {
    const before = await count();
    await create();
    await create();
    await create(randomUUID());
    expect((await count()) - before).toBe(3);
  });

  it('refuses a key used for another mutation, and a key that is not a UUID', async () => {
    const key = randomUUID();
    await create(key);
    const director = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.DIRECTOR,
    );
    const reuse = await director.request(CREATE_MEETING, {
      input: {
        bodyId: setting.committee.id,
        title: 'Vergadering',
        startsAt: '2030-03-05T19:30:00Z',
        confidentiality: 'PUBLIC',
        idempotencyKey: key,
      },
    });
    const sameKeyOtherPerson = (reuse.errors ?? []).length;
    const malformed = await staff.request(CREATE_PROPOSAL, { input: proposalInput('dubbel') });
    expect({
      otherPersonMayUseIt: sameKeyOtherPerson,
      malformed: malformed.errors?.[0]?.extensions?.['code'],
    }).toEqual({
      otherPersonMayUseIt: 0,
      malformed: 'BAD_USER_INPUT',
    });
    const ownReuse = await staff.request(CREATE_MEETING, {
      input: {
        bodyId: setting.committee.id,
        title: 'x',
        startsAt: '2030-03-05T19:30:00Z',
        confidentiality: 'PUBLIC',
        idempotencyKey: key,
      },
    });
    expect(ownReuse.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });
});
