import { Confidentiality, MembershipRole } from '@bestuurskracht/shared/domain';
import request from 'supertest';
import { aCommitteeSetting, aMeeting, anAgendaItem } from '../../test/builders/meeting.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { MeetingEntity } from '../meeting/meeting.entity';

const SUBSCRIBE = `mutation ($bodyId: ID!) { subscribeToCalendar(bodyId: $bodyId) }`;
const REVOKE = `mutation ($bodyId: ID!) { revokeCalendarSubscription(bodyId: $bodyId) }`;
const UPDATE = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { version } }`;

/** The VEVENTs of a calendar as maps of their properties, by summary. */
function events(ics: string): Record<string, Record<string, string>> {
  const unfolded = ics.replace(/\r\n /g, '');
  const result: Record<string, Record<string, string>> = {};
  for (const block of unfolded.split('BEGIN:VEVENT').slice(1)) {
    const properties = Object.fromEntries(
      block
        .split('\r\n')
        .filter((line) => line.includes(':'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    );
    result[properties['SUMMARY'] as string] = properties;
  }
  return result;
}

describe('iCal subscriptions per body', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const fetch = (path: string) =>
    request(api.server)
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
  const subscribe = async (member: SignedInMember, bodyId: string) =>
    (await member.request<{ subscribeToCalendar: string }>(SUBSCRIBE, { bodyId })).data
      ?.subscribeToCalendar as string;

  it('lists the meetings the subscriber may read, with a SEQUENCE that follows every change', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const secretary = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.SECRETARY,
      (m) => m.inBody(setting.committee.id),
    );
    const meeting = await aMeeting(setting.committee)
      .titled('Commissie december')
      .startingInDays(10)
      .create(api.dataSource);
    const url = await subscribe(secretary, setting.committee.id);
    const before = await fetch(url);
    await secretary.request(UPDATE, { input: { id: meeting.id, expectedVersion: 1, location: 'Bladel' } });
    const afterUpdate = events((await fetch(url)).body)['Commissie december'];
    await anAgendaItem(meeting).titled('Nieuw punt').create(api.dataSource);
    const afterItem = events((await fetch(url)).body)['Commissie december'];
    await api.dataSource.getRepository(MeetingEntity).update(meeting.id, { status: 'CANCELLED' as never });
    const cancelled = events((await fetch(url)).body)['Commissie december'];
    const first = events(before.body)['Commissie december'];
    expect({
      status: before.status,
      type: before.headers['content-type'],
      sequences: [first?.['SEQUENCE'], afterUpdate?.['SEQUENCE'], afterItem?.['SEQUENCE']].map(Number),
      location: afterUpdate?.['LOCATION'],
      statuses: [first?.['STATUS'], cancelled?.['STATUS']],
      uidStable: first?.['UID'] === cancelled?.['UID'],
    }).toEqual({
      status: 200,
      type: 'text/calendar; charset=utf-8',
      sequences: [0, 1, 2],
      location: 'Bladel',
      statuses: ['CONFIRMED', 'CANCELLED'],
      uidStable: true,
    });
  });

  it('leaves out what the subscriber may not read, and is empty once the membership has ended', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const insider = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(setting.committee.id).forMunicipality(setting.municipalities[0]?.id as string),
    );
    const colleague = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.STAFF,
      (m) => m.inPortfolio(setting.portfolio.id),
    );
    await aMeeting(setting.committee).titled('Openbaar overleg').startingInDays(5).create(api.dataSource);
    const closed = await aMeeting(setting.committee)
      .titled('Besloten overleg')
      .startingInDays(6)
      .create(api.dataSource);
    await api.dataSource
      .getRepository(MeetingEntity)
      .update(closed.id, { confidentiality: Confidentiality.CONFIDENTIAL });
    const insiderUrl = await subscribe(insider, setting.committee.id);
    const colleagueUrl = await subscribe(colleague, setting.committee.id);
    const seen = async (url: string) => Object.keys(events((await fetch(url)).body)).sort();
    const before = { insider: await seen(insiderUrl), colleague: await seen(colleagueUrl) };
    await api.dataSource.query(
      `UPDATE membership SET starts_on = '2020-01-01', ends_on = '2020-12-31' WHERE person_id = $1`,
      [insider.personId],
    );
    const ended = await fetch(insiderUrl);
    expect({
      before,
      ended: [ended.status, Object.keys(events(ended.body)), ended.body.includes('END:VCALENDAR')],
    }).toEqual({
      before: { insider: ['Besloten overleg', 'Openbaar overleg'], colleague: ['Openbaar overleg'] },
      ended: [200, [], true],
    });
  });

  it('stops an old or revoked URL, answering 404 like an unknown one', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const member = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(setting.committee.id).forMunicipality(setting.municipalities[0]?.id as string),
    );
    const old = await subscribe(member, setting.committee.id);
    const current = await subscribe(member, setting.committee.id);
    const beforeRevoke = (await fetch(current)).status;
    const revoked = await member.request<{ revokeCalendarSubscription: boolean }>(REVOKE, {
      bodyId: setting.committee.id,
    });
    expect({
      old: (await fetch(old)).status,
      beforeRevoke,
      revoked: revoked.data?.revokeCalendarSubscription,
      afterRevoke: (await fetch(current)).status,
      unknown: (await fetch(`/export/calendar/${'x'.repeat(43)}.ics`)).status,
    }).toEqual({ old: 404, beforeRevoke: 200, revoked: true, afterRevoke: 404, unknown: 404 });
  });
});
