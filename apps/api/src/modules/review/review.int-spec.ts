import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aCommitteeSetting, aMeeting, anAgendaItem, aReview } from '../../test/builders/meeting.builders';
import { aBody, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const WRITE = `mutation ($input: WriteReviewInput!) {
  writeReview(input: $input) {
    id organisationId agendaItemId bodyId authorId municipalityId visibility text version } }`;
const UPDATE = `mutation ($input: UpdateReviewInput!) { updateReview(input: $input) { text visibility version } }`;
const DELETE = `mutation ($input: DeleteReviewInput!) { deleteReview(input: $input) }`;
const LIST = `query ($agendaItemId: ID!) { reviews(agendaItemId: $agendaItemId) { text } }`;
const ONE = `query ($id: ID!) { review(id: $id) { text } }`;
const NESTED = `query ($id: ID!) { agendaItem(id: $id) { reviews { text } } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('reviews', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /**
   * An openbaar agenda item of an organisation with gemeenten Bladel and Eersel, its directors' meeting, and a way
   * to sign in the gemeentesecretaris of either gemeente.
   */
  async function aStage(startingInDays = 5) {
    const setting = await aCommitteeSetting(api.dataSource);
    const organisationId = setting.organisation.id;
    const [bladel, eersel] = setting.municipalities;
    const directors = await aBody(organisationId, BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    const meeting = await aMeeting(setting.committee).startingInDays(startingInDays).create(api.dataSource);
    const item = await anAgendaItem(meeting).create(api.dataSource);
    const secretaryOf = (municipality: { id: string }) =>
      aSignedInMember(api.dataSource, api.server, organisationId, MembershipRole.MEMBER, (membership) =>
        membership.inBody(directors.id).forMunicipality(municipality.id),
      );
    return { organisationId, item, bladel, eersel, secretaryOf };
  }

  const note = (
    item: { id: string },
    municipality: { id: string },
    visibility: 'OWN_MUNICIPALITY' | 'SHARED',
    text: string,
  ) => ({ input: { agendaItemId: item.id, municipalityId: municipality.id, visibility, text } });

  it('lets a gemeentesecretaris note a point of attention for their own college, as its author', async () => {
    const { item, bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const response = await secretary.request<{ writeReview: { id: string } }>(
      WRITE,
      note(item, bladel, 'OWN_MUNICIPALITY', 'Let op: raad vraagt naar de kosten'),
    );
    const audit = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
      response.data?.writeReview.id,
    ]);
    expect({ review: response.data?.writeReview, audit }).toEqual({
      review: {
        id: expect.any(String),
        organisationId: item.organisationId,
        agendaItemId: item.id,
        bodyId: item.bodyId,
        authorId: secretary.personId,
        municipalityId: bladel.id,
        visibility: 'OWN_MUNICIPALITY',
        text: 'Let op: raad vraagt naar de kosten',
        version: 1,
      },
      audit: [{ actor_id: secretary.personId }],
    });
  });

  it('refuses a blank review', async () => {
    const { item, bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const response = await secretary.request(WRITE, note(item, bladel, 'SHARED', '   '));
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text', message: 'text must not be empty' }],
    });
  });

  it('refuses a review once the meeting has started', async () => {
    const { item, bladel, secretaryOf } = await aStage(-1);
    const secretary = await secretaryOf(bladel);
    const response = await secretary.request(WRITE, note(item, bladel, 'SHARED', 'Te laat'));
    expect(response.errors?.[0]?.message).toBe('reviews can no longer be changed: the meeting has started');
  });

  it('answers NOT_FOUND for a review on an unknown item', async () => {
    const { bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const response = await secretary.request(WRITE, note({ id: MISSING }, bladel, 'SHARED', 'Waar?'));
    expect(response.errors?.[0]?.message).toBe('AgendaItem not found');
  });

  it('updates a review before the meeting and raises its version', async () => {
    const { item, bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const review = await aReview(item, secretary.personId, bladel.id).create(api.dataSource);
    const response = await secretary.request<{ updateReview: unknown }>(UPDATE, {
      input: { id: review.id, expectedVersion: 1, text: 'Gedeeld met het overleg', visibility: 'SHARED' },
    });
    expect(response.data?.updateReview).toEqual({
      text: 'Gedeeld met het overleg',
      visibility: 'SHARED',
      version: 2,
    });
  });

  it('refuses a review update based on an old version', async () => {
    const { item, bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const review = await aReview(item, secretary.personId, bladel.id).create(api.dataSource);
    await secretary.request(UPDATE, { input: { id: review.id, expectedVersion: 1, text: 'Eerst' } });
    const late = await secretary.request(UPDATE, {
      input: { id: review.id, expectedVersion: 1, text: 'Later' },
    });
    expect(code(late)).toBe('CONFLICT');
  });

  it('keeps a review unchanged once the meeting has started', async () => {
    const { item, bladel, secretaryOf } = await aStage(-1);
    const secretary = await secretaryOf(bladel);
    const review = await aReview(item, secretary.personId, bladel.id)
      .saying('Oorspronkelijk')
      .create(api.dataSource);
    const refused = await secretary.request(DELETE, { input: { id: review.id } });
    const response = await secretary.request<{ reviews: unknown }>(LIST, { agendaItemId: item.id });
    expect({ refused: code(refused), reviews: response.data?.reviews }).toEqual({
      refused: 'CONFLICT',
      reviews: [{ text: 'Oorspronkelijk' }],
    });
  });

  it('deletes a review before the meeting', async () => {
    const { item, bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const review = await aReview(item, secretary.personId, bladel.id).create(api.dataSource);
    const deleted = await secretary.request<{ deleteReview: string }>(DELETE, { input: { id: review.id } });
    const response = await secretary.request<{ reviews: unknown }>(LIST, { agendaItemId: item.id });
    expect({ deleted: deleted.data?.deleteReview, reviews: response.data?.reviews }).toEqual({
      deleted: review.id,
      reviews: [],
    });
  });

  it('lists an item’s reviews oldest first, and reads one by id', async () => {
    const { item, bladel, eersel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const colleague = await secretaryOf(eersel);
    const first = await aReview(item, secretary.personId, bladel.id).saying('Eerste').create(api.dataSource);
    await aReview(item, colleague.personId, eersel.id).shared().saying('Tweede').create(api.dataSource);
    const list = await secretary.request<{ reviews: unknown }>(LIST, { agendaItemId: item.id });
    const one = await secretary.request<{ review: unknown }>(ONE, { id: first.id });
    expect({ list: list.data?.reviews, one: one.data?.review }).toEqual({
      list: [{ text: 'Eerste' }, { text: 'Tweede' }],
      one: { text: 'Eerste' },
    });
  });

  it('answers an unknown review with NOT_FOUND', async () => {
    const { bladel, secretaryOf } = await aStage();
    const secretary = await secretaryOf(bladel);
    const response = await secretary.request(ONE, { id: MISSING });
    expect(code(response)).toBe('NOT_FOUND');
  });

  describe('who may', () => {
    it('tells a visitor without a session to sign in', async () => {
      const { item, bladel } = await aStage();
      const listed = await graphqlRequest(api.server, LIST, { agendaItemId: item.id });
      const written = await graphqlRequest(api.server, WRITE, note(item, bladel, 'SHARED', 'Anoniem'));
      expect([code(listed), code(written)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });

    it('keeps a note for Bladel’s college from Eersel’s gemeentesecretaris: by id, in lists and nested', async () => {
      const { item, bladel, eersel, secretaryOf } = await aStage();
      const bladelSecretary = await secretaryOf(bladel);
      const eerselSecretary = await secretaryOf(eersel);
      const own = await aReview(item, bladelSecretary.personId, bladel.id)
        .saying('Alleen voor Bladel')
        .create(api.dataSource);
      await aReview(item, bladelSecretary.personId, bladel.id)
        .shared()
        .saying('Voor het overleg')
        .create(api.dataSource);
      const byId = await eerselSecretary.request(ONE, { id: own.id });
      const listed = await eerselSecretary.request<{ reviews: unknown }>(LIST, { agendaItemId: item.id });
      const nested = await eerselSecretary.request<{ agendaItem: { reviews: unknown } }>(NESTED, {
        id: item.id,
      });
      const updated = await eerselSecretary.request(UPDATE, {
        input: { id: own.id, expectedVersion: 1, text: 'Overschreven' },
      });
      const deleted = await eerselSecretary.request(DELETE, { input: { id: own.id } });
      expect({
        byId: code(byId),
        listed: listed.data?.reviews,
        nested: nested.data?.agendaItem.reviews,
        updated: code(updated),
        deleted: code(deleted),
      }).toEqual({
        byId: 'NOT_FOUND',
        listed: [{ text: 'Voor het overleg' }],
        nested: [{ text: 'Voor het overleg' }],
        updated: 'NOT_FOUND',
        deleted: 'NOT_FOUND',
      });
    });

    it('answers NOT_FOUND to a person of another organisation, for the item’s reviews and for writing', async () => {
      const { item, bladel, secretaryOf } = await aStage();
      const bladelSecretary = await secretaryOf(bladel);
      const shared = await aReview(item, bladelSecretary.personId, bladel.id).shared().create(api.dataSource);
      const other = await anOrganisation().withMunicipalities('Tubbergen').create(api.dataSource);
      const otherDirectors = await aBody(other.organisation.id, BodyKind.DIRECTORS_MEETING).create(
        api.dataSource,
      );
      const outsider = await aSignedInMember(
        api.dataSource,
        api.server,
        other.organisation.id,
        MembershipRole.MEMBER,
        (membership) => membership.inBody(otherDirectors.id).forMunicipality(other.municipalities[0].id),
      );
      const byId = await outsider.request(ONE, { id: shared.id });
      const listed = await outsider.request(LIST, { agendaItemId: item.id });
      const written = await outsider.request(
        WRITE,
        note(item, other.municipalities[0], 'SHARED', 'Van elders'),
      );
      const updated = await outsider.request(UPDATE, {
        input: { id: shared.id, expectedVersion: 1, text: 'Van elders' },
      });
      expect([code(byId), code(listed), code(written), code(updated)]).toEqual([
        'NOT_FOUND',
        'NOT_FOUND',
        'NOT_FOUND',
        'NOT_FOUND',
      ]);
    });

    it('lets only its author change a shared review that others read', async () => {
      const { organisationId, item, bladel, eersel, secretaryOf } = await aStage();
      const bladelSecretary = await secretaryOf(bladel);
      const eerselSecretary = await secretaryOf(eersel);
      const director = await aSignedInMember(
        api.dataSource,
        api.server,
        organisationId,
        MembershipRole.DIRECTOR,
      );
      const shared = await aReview(item, bladelSecretary.personId, bladel.id)
        .shared()
        .saying('Voor het overleg')
        .create(api.dataSource);
      const read = await director.request<{ review: { text: string } }>(ONE, { id: shared.id });
      const updated = await eerselSecretary.request(UPDATE, {
        input: { id: shared.id, expectedVersion: 1, text: 'Aangepast' },
      });
      const deleted = await director.request(DELETE, { input: { id: shared.id } });
      expect({ read: read.data?.review.text, updated: code(updated), deleted: code(deleted) }).toEqual({
        read: 'Voor het overleg',
        updated: 'FORBIDDEN',
        deleted: 'FORBIDDEN',
      });
    });

    it('lets a gemeentesecretaris write only for their own gemeente, and nobody outside the directors’ meeting', async () => {
      const { organisationId, item, bladel, eersel, secretaryOf } = await aStage();
      const bladelSecretary = await secretaryOf(bladel);
      const director = await aSignedInMember(
        api.dataSource,
        api.server,
        organisationId,
        MembershipRole.DIRECTOR,
      );
      const forEersel = await bladelSecretary.request(WRITE, note(item, eersel, 'SHARED', 'Namens Eersel'));
      const byDirector = await director.request(WRITE, note(item, bladel, 'SHARED', 'Namens Bladel'));
      expect([code(forEersel), code(byDirector)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });
  });
});
