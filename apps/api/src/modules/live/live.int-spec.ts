import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { createClient, type Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { aMeeting, anAgendaItem } from '../../test/builders/meeting.builders';
import { aBody, anOrganisation } from '../../test/builders/structure.builders';
import { signInAs } from '../../test/sign-in';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const WRITE = `mutation ($input: WriteReviewInput!) { writeReview(input: $input) { id } }`;
const UPDATE_ITEM = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`;

/** Collects what a subscription delivers, over graphql-ws with the person's session cookie. */
function subscribe(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const client: Client = createClient({
    url,
    lazy: true,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
  });
  let ready: () => void = () => undefined;
  const subscribed = new Promise<void>((resolve) => (ready = resolve));
  client.on('connected', () => setTimeout(ready, 100));
  client.subscribe(
    { query, variables },
    {
      next: (value) => received.push(value.data ?? value.errors),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { received, errors, subscribed, close: () => client.dispose() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('live updates over graphql-ws', () => {
  let api: TestApp;
  let url: string;

  beforeAll(async () => {
    api = await startTestApp();
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => api.close());

  async function aStage() {
    const db = api.dataSource;
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel', 'Eersel')
      .create(db);
    const [bladel, eersel] = municipalities;
    if (!bladel || !eersel) throw new Error('the stage needs two gemeenten');
    const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(db);
    const directors = await aBody(organisation.id, BodyKind.DIRECTORS_MEETING).create(db);
    const meeting = await aMeeting(board).startingInDays(7).create(db);
    const item = await anAgendaItem(meeting).titled('Begroting').create(db);
    const secretaryOf = (municipalityId: string) =>
      aSignedInMember(db, api.server, organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(directors.id).forMunicipality(municipalityId),
      );
    return {
      organisation,
      bladel,
      meeting,
      item,
      director: await aSignedInMember(db, api.server, organisation.id, MembershipRole.DIRECTOR),
      secretaryBladel: await secretaryOf(bladel.id),
      secretaryEersel: await secretaryOf(eersel.id),
    };
  }
  const cookieOf = (member: SignedInMember) => signInAs(api.dataSource, member.personId);

  it('sends a review only to those who may read it: an own-gemeente note stays with its gemeente', async () => {
    const stage = await aStage();
    const query = `subscription ($meetingId: ID!) { reviewWritten(meetingId: $meetingId) { text visibility } }`;
    const bladel = subscribe(url, await cookieOf(stage.secretaryBladel), query, {
      meetingId: stage.meeting.id,
    });
    const eersel = subscribe(url, await cookieOf(stage.secretaryEersel), query, {
      meetingId: stage.meeting.id,
    });
    await Promise.all([bladel.subscribed, eersel.subscribed]);
    const write = (visibility: string, text: string) =>
      stage.secretaryBladel.request(WRITE, {
        input: { agendaItemId: stage.item.id, municipalityId: stage.bladel.id, visibility, text },
      });
    await write('OWN_MUNICIPALITY', 'Alleen voor Bladel');
    await write('SHARED', 'Voor het hele overleg');
    await settle();
    bladel.close();
    eersel.close();
    expect({
      bladel: bladel.received,
      eersel: eersel.received,
      errors: [...bladel.errors, ...eersel.errors],
    }).toEqual({
      bladel: [
        { reviewWritten: { text: 'Alleen voor Bladel', visibility: 'OWN_MUNICIPALITY' } },
        { reviewWritten: { text: 'Voor het hele overleg', visibility: 'SHARED' } },
      ],
      eersel: [{ reviewWritten: { text: 'Voor het hele overleg', visibility: 'SHARED' } }],
      errors: [],
    });
  });

  it('pushes agenda changes to a reader of the meeting, and refuses a meeting the person may not read', async () => {
    const stage = await aStage();
    const query = `subscription ($meetingId: ID!) { agendaChanged(meetingId: $meetingId) { agendaItemId kind } }`;
    const director = subscribe(url, await cookieOf(stage.director), query, { meetingId: stage.meeting.id });
    const other = await aStage();
    const stranger = subscribe(url, await cookieOf(other.director), query, { meetingId: stage.meeting.id });
    await director.subscribed;
    await stage.director.request(UPDATE_ITEM, {
      input: { id: stage.item.id, expectedVersion: 1, title: 'Begroting 2027' },
    });
    await settle();
    director.close();
    stranger.close();
    expect({
      director: director.received,
      stranger: stranger.received.length > 0 ? stranger.received : stranger.errors.length,
    }).toEqual({
      director: [{ agendaChanged: { agendaItemId: stage.item.id, kind: 'ITEM_CHANGED' } }],
      stranger: [[expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]],
    });
  });
});
