import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aCommitteeSetting, aMeeting, anAgendaItem, aReview } from '../../test/builders/meeting.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const WRITE = `mutation ($input: WriteReviewInput!) {
  writeReview(input: $input) { id organisationId agendaItemId bodyId municipalityId visibility text version } }`;
const UPDATE = `mutation ($input: UpdateReviewInput!) { updateReview(input: $input) { text visibility version } }`;
const DELETE = `mutation ($input: DeleteReviewInput!) { deleteReview(input: $input) }`;
const LIST = `query ($agendaItemId: ID!) { reviews(agendaItemId: $agendaItemId) { text } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('reviews', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function anItem(startingInDays = 5) {
    const setting = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(setting.committee).startingInDays(startingInDays).create(api.dataSource);
    const item = await anAgendaItem(meeting).create(api.dataSource);
    return { ...setting, item };
  }

  it('lets a gemeentesecretaris note a point of attention for their own college', async () => {
    const { item, person, municipalities } = await anItem();
    const response = await graphqlRequest<{ writeReview: unknown }>(api.server, WRITE, {
      input: {
        agendaItemId: item.id,
        authorId: person.id,
        municipalityId: municipalities[0].id,
        visibility: 'OWN_MUNICIPALITY',
        text: 'Let op: raad vraagt naar de kosten',
      },
    });
    expect(response.data?.writeReview).toEqual({
      id: expect.any(String),
      organisationId: item.organisationId,
      agendaItemId: item.id,
      bodyId: item.bodyId,
      municipalityId: municipalities[0].id,
      visibility: 'OWN_MUNICIPALITY',
      text: 'Let op: raad vraagt naar de kosten',
      version: 1,
    });
  });

  it('refuses a blank review', async () => {
    const { item, person, municipalities } = await anItem();
    const response = await graphqlRequest(api.server, WRITE, {
      input: {
        agendaItemId: item.id,
        authorId: person.id,
        municipalityId: municipalities[0].id,
        visibility: 'SHARED',
        text: '   ',
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text', message: 'text must not be empty' }],
    });
  });

  it('refuses a review once the meeting has started', async () => {
    const { item, person, municipalities } = await anItem(-1);
    const response = await graphqlRequest(api.server, WRITE, {
      input: {
        agendaItemId: item.id,
        authorId: person.id,
        municipalityId: municipalities[0].id,
        visibility: 'SHARED',
        text: 'Te laat',
      },
    });
    expect(response.errors?.[0]?.message).toBe('reviews can no longer be changed: the meeting has started');
  });

  it('answers NOT_FOUND for a review on an unknown item', async () => {
    const { person, municipalities } = await anItem();
    const response = await graphqlRequest(api.server, WRITE, {
      input: {
        agendaItemId: MISSING,
        authorId: person.id,
        municipalityId: municipalities[0].id,
        visibility: 'SHARED',
        text: 'Waar?',
      },
    });
    expect(response.errors?.[0]?.message).toBe('AgendaItem not found');
  });

  it('updates a review before the meeting and raises its version', async () => {
    const { item, person, municipalities } = await anItem();
    const review = await aReview(item, person.id, municipalities[0].id).create(api.dataSource);
    const response = await graphqlRequest<{ updateReview: unknown }>(api.server, UPDATE, {
      input: { id: review.id, expectedVersion: 1, text: 'Gedeeld met het overleg', visibility: 'SHARED' },
    });
    expect(response.data?.updateReview).toEqual({
      text: 'Gedeeld met het overleg',
      visibility: 'SHARED',
      version: 2,
    });
  });

  it('refuses a review update based on an old version', async () => {
    const { item, person, municipalities } = await anItem();
    const review = await aReview(item, person.id, municipalities[0].id).create(api.dataSource);
    await graphqlRequest(api.server, UPDATE, { input: { id: review.id, expectedVersion: 1, text: 'Eerst' } });
    const late = await graphqlRequest(api.server, UPDATE, {
      input: { id: review.id, expectedVersion: 1, text: 'Later' },
    });
    expect(late.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('keeps a review unchanged once the meeting has started', async () => {
    const { item, person, municipalities } = await anItem(-1);
    const review = await aReview(item, person.id, municipalities[0].id)
      .saying('Oorspronkelijk')
      .create(api.dataSource);
    await graphqlRequest(api.server, DELETE, { input: { id: review.id } });
    const response = await graphqlRequest<{ reviews: unknown }>(api.server, LIST, { agendaItemId: item.id });
    expect(response.data?.reviews).toEqual([{ text: 'Oorspronkelijk' }]);
  });

  it('deletes a review before the meeting', async () => {
    const { item, person, municipalities } = await anItem();
    const review = await aReview(item, person.id, municipalities[0].id).create(api.dataSource);
    const deleted = await graphqlRequest<{ deleteReview: string }>(api.server, DELETE, {
      input: { id: review.id },
    });
    const response = await graphqlRequest<{ reviews: unknown }>(api.server, LIST, { agendaItemId: item.id });
    expect({ deleted: deleted.data?.deleteReview, reviews: response.data?.reviews }).toEqual({
      deleted: review.id,
      reviews: [],
    });
  });

  it('lists an item’s reviews oldest first, and reads one by id', async () => {
    const { item, person, municipalities } = await anItem();
    const first = await aReview(item, person.id, municipalities[0].id)
      .saying('Eerste')
      .create(api.dataSource);
    await aReview(item, person.id, municipalities[1].id).shared().saying('Tweede').create(api.dataSource);
    const list = await graphqlRequest<{ reviews: unknown }>(api.server, LIST, { agendaItemId: item.id });
    const one = await graphqlRequest<{ review: unknown }>(
      api.server,
      `query ($id: ID!) { review(id: $id) { text } }`,
      {
        id: first.id,
      },
    );
    expect({ list: list.data?.reviews, one: one.data?.review }).toEqual({
      list: [{ text: 'Eerste' }, { text: 'Tweede' }],
      one: { text: 'Eerste' },
    });
  });

  it('answers an unknown review with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, `query ($id: ID!) { review(id: $id) { text } }`, {
      id: MISSING,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
