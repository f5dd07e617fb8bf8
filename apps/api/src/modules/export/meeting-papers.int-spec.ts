import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import request from 'supertest';
import { ViewerFactory } from '../../authz/viewer.factory';
import { aBoard, aDecision, aMeeting, anAgendaItem, type Board } from '../../test/builders/decision.builders';
import { aBody } from '../../test/builders/structure.builders';
import { aSignedInMember } from '../../test/signed-in-member';
import { signInAs } from '../../test/sign-in';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { MeetingEntity } from '../meeting/meeting.entity';
import { MeetingPapersService } from './meeting-papers.service';

/**
 * The text of an uncompressed PDF made by pdfkit: its standard fonts write WinAnsi text as hex strings in TJ arrays,
 * one word (with its trailing space) per array.
 */
function pdfText(pdf: Buffer): string {
  const arrays = pdf.toString('latin1').match(/\[([^\]]*)\]\s*TJ/g) ?? [];
  return arrays
    .map((array) =>
      (array.match(/<([0-9a-fA-F]+)>/g) ?? [])
        .map((hex) => Buffer.from(hex.slice(1, -1), 'hex').toString('latin1'))
        .join(''),
    )
    .join('');
}

describe('agenda and besluitenlijst as PDF', () => {
  let api: TestApp;
  let board: Board;
  let meeting: MeetingEntity;
  let listId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.dataSource;
    board = await aBoard().create(db);
    meeting = await aMeeting(board).on('2026-12-14').create(db);
    const [bladel, eersel] = board.municipalities;
    const open = await anAgendaItem(board, meeting).create(db);
    const limited = await anAgendaItem(board, meeting)
      .limitedTo(eersel?.id as string)
      .create(db);
    await db.query(`UPDATE agenda_item SET title = 'Openbare aanbesteding' WHERE id = $1`, [open.id]);
    await db.query(`UPDATE agenda_item SET title = 'Grondzaak Eersel' WHERE id = $1`, [limited.id]);
    const [{ id }] = await db.query(
      `INSERT INTO decision_list (organisation_id, body_id, meeting_id, status, retention_class)
       VALUES ($1, $2, $3, 'DRAFT', 'KEEP') RETURNING id`,
      [board.organisation.id, board.body.id, meeting.id],
    );
    listId = id;
    await aDecision(open)
      .titled('Aanbesteding gegund', 'Het DB gunt de aanbesteding.')
      .onList(listId)
      .create(db);
    await aDecision(limited)
      .titled('Grond verkocht', 'Het DB verkoopt de grond in Eersel.')
      .onList(listId)
      .create(db);
    expect(bladel).toBeDefined();
  });
  afterAll(() => api.close());

  async function agendaTextFor(personId: string) {
    const viewer = await api.app.get(ViewerFactory).forPerson(personId);
    return pdfText(await api.app.get(MeetingPapersService).agenda(viewer, meeting.id, false));
  }

  it('contains only what the person may read: a gemeente-limited item is absent for another gemeente', async () => {
    const [bladel, eersel] = board.municipalities;
    const committee = await aBody(board.organisation.id, BodyKind.COMMITTEE).create(api.dataSource);
    // people of the organisation acting for a gemeente, outside the board itself
    const actingFor = (municipalityId: string) =>
      aSignedInMember(api.dataSource, api.server, board.organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(committee.id).forMunicipality(municipalityId),
      );
    const bladelSees = await agendaTextFor((await actingFor(bladel?.id as string)).personId);
    const eerselSees = await agendaTextFor((await actingFor(eersel?.id as string)).personId);
    const director = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
    const list = pdfText(
      await api.app
        .get(MeetingPapersService)
        .decisionList(await api.app.get(ViewerFactory).forPerson(director.personId), listId, false),
    );
    expect({
      bladel: ['Openbare aanbesteding', 'Grondzaak Eersel'].map((text) => bladelSees.includes(text)),
      eersel: ['Openbare aanbesteding', 'Grondzaak Eersel'].map((text) => eerselSees.includes(text)),
      director: ['Besluitenlijst', 'Aanbesteding gegund', 'Grond verkocht'].map((text) =>
        list.includes(text),
      ),
    }).toEqual({ bladel: [true, false], eersel: [true, true], director: [true, true, true] });
  });

  it('answers a signed-in reader with a PDF and anyone else with 404, like a missing meeting', async () => {
    const reader = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.DIRECTOR,
    );
    const cookie = await signInAs(api.dataSource, reader.personId);
    const own = await request(api.server)
      .get(`/export/meetings/${meeting.id}/agenda.pdf`)
      .set('Cookie', cookie);
    const anonymous = await request(api.server).get(`/export/meetings/${meeting.id}/agenda.pdf`);
    const missing = await request(api.server)
      .get('/export/meetings/00000000-0000-4000-8000-000000000000/agenda.pdf')
      .set('Cookie', cookie);
    const list = await request(api.server)
      .get(`/export/decision-lists/${listId}/besluitenlijst.pdf`)
      .set('Cookie', cookie);
    expect({
      own: [own.status, own.headers['content-type'], (own.body as Buffer).subarray(0, 5).toString('latin1')],
      list: list.status,
      anonymous: anonymous.status,
      missing: missing.status,
    }).toEqual({ own: [200, 'application/pdf', '%PDF-'], list: 200, anonymous: 404, missing: 404 });
  });
});
