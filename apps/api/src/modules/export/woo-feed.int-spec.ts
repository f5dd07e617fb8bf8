import request from 'supertest';
import { aBoard, aDecision, aMeeting, anAgendaItem, type Board } from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

interface Feed {
  '@context': Record<string, string>;
  totalItems: number;
  items: { name: string; agenda?: { name: string }[]; result?: string }[];
}

describe('the Woo feed', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    const db = api.dataSource;
    const publish = (table: 'meeting' | 'decision', id: string, column = 'agenda_published_at') =>
      db.query(
        `UPDATE ${table} SET ${table === 'decision' ? 'published_at' : column} = now() WHERE id = $1`,
        [id],
      );

    const published = await aMeeting(board).on('2026-11-02').create(db);
    const [gemeente] = board.municipalities;
    const open = await anAgendaItem(board, published).create(db);
    await db.query(`UPDATE agenda_item SET title = 'Openbaar punt' WHERE id = $1`, [open.id]);
    const limited = await anAgendaItem(board, published)
      .limitedTo(gemeente?.id as string)
      .create(db);
    const closed = await anAgendaItem(board, published).confidential().create(db);
    await publish('meeting', published.id);
    await db.query(`UPDATE meeting SET title = 'DB november' WHERE id = $1`, [published.id]);
    const planned = await aMeeting(board).on('2026-12-07').create(db);

    const adopted = await aDecision(open).titled('Openbaar besluit').create(db);
    await publish('decision', adopted.id);
    await publish('decision', (await aDecision(limited).titled('Besluit voor één gemeente').create(db)).id);
    await publish('decision', (await aDecision(closed).titled('Vertrouwelijk besluit').create(db)).id);
    await aDecision(await anAgendaItem(board, planned).create(db))
      .titled('Nog niet gepubliceerd')
      .create(db);
  });
  afterAll(() => api.close());

  const feed = async (path: string) => {
    const response = await request(api.server).get(`/woo/organisations/${board.organisation.id}/${path}`);
    return { status: response.status, type: response.headers['content-type'], body: response.body as Feed };
  };

  it('lists published openbaar meetings with only their openbaar items for all gemeenten, without an account', async () => {
    const { status, type, body } = await feed('meetings');
    expect({
      status,
      type,
      total: body.totalItems,
      meetings: body.items.map((meeting) => ({
        name: meeting.name,
        agenda: meeting.agenda?.map((item) => item.name),
      })),
    }).toEqual({
      status: 200,
      type: 'application/ld+json; charset=utf-8',
      total: 1,
      meetings: [{ name: 'DB november', agenda: ['Openbaar punt'] }],
    });
  });

  it('lists only published openbaar decisions for all gemeenten', async () => {
    const { body } = await feed('decisions');
    expect(body.items.map((decision) => [decision.name, decision.result])).toEqual([
      ['Openbaar besluit', 'ADOPTED'],
    ]);
  });

  it('answers an unknown organisation with 404 and a bad page with 400, without a stack trace', async () => {
    const missing = await request(api.server).get(
      '/woo/organisations/00000000-0000-4000-8000-000000000000/meetings',
    );
    const badPage = await request(api.server).get(
      `/woo/organisations/${board.organisation.id}/meetings?page=0`,
    );
    expect({
      missing: missing.status,
      badPage: [badPage.status, badPage.body.message],
      leaks: JSON.stringify([missing.body, badPage.body]).includes('at '),
    }).toEqual({ missing: 404, badPage: [400, 'page must be a whole number from 1 to 10000'], leaks: false });
  });
});
