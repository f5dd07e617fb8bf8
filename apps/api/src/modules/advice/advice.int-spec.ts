import { AdviceStatus } from '@bestuurskracht/shared/domain';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aCommitteeSetting,
  aMeeting,
  anAdvice,
  anAgendaItem,
  aProposal,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AdviceEntity } from './advice.entity';

const DRAFT = `mutation ($input: DraftAdviceInput!) {
  draftAdvice(input: $input) { id organisationId bodyId proposalId agendaItemId outcome status confidentiality } }`;
const UPDATE = `mutation ($input: UpdateAdviceDraftInput!) {
  updateAdviceDraft(input: $input) { outcome reasoning version } }`;
const RESERVE = `mutation ($input: RecordAdviceReservationInput!) {
  recordAdviceReservation(input: $input) { adviceId municipalityId text } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('advice', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function anItemForAdvice(setting: BuiltSetting) {
    const { proposal } = await aProposal(setting.portfolio, setting.person.id).create(api.dataSource);
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    return anAgendaItem(meeting).carrying(proposal).forAdvice().create(api.dataSource);
  }

  it('drafts the committee’s advice on an item ter advisering', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const item = await anItemForAdvice(setting);
    const response = await graphqlRequest<{ draftAdvice: unknown }>(api.server, DRAFT, {
      input: {
        agendaItemId: item.id,
        outcome: 'POSITIVE_WITH_CHANGES',
        reasoning: 'Positief, mits de planning wordt aangepast.',
        draftedById: setting.person.id,
      },
    });
    expect(response.data?.draftAdvice).toEqual({
      id: expect.any(String),
      organisationId: setting.organisation.id,
      bodyId: setting.committee.id,
      proposalId: item.proposalId,
      agendaItemId: item.id,
      outcome: 'POSITIVE_WITH_CHANGES',
      status: 'DRAFT',
      confidentiality: 'PUBLIC',
    });
  });

  it('refuses a second advice on the same item', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const item = await anItemForAdvice(setting);
    await anAdvice(item, setting.person.id).create(api.dataSource);
    const response = await graphqlRequest(api.server, DRAFT, {
      input: { agendaItemId: item.id, outcome: 'NEGATIVE', reasoning: 'Nee', draftedById: setting.person.id },
    });
    expect(response.errors?.[0]?.message).toBe(
      'this agenda item already has an advice; update that draft instead',
    );
  });

  it('refuses advice on an item that is not ter advisering', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    const item = await anAgendaItem(meeting).create(api.dataSource);
    const response = await graphqlRequest(api.server, DRAFT, {
      input: { agendaItemId: item.id, outcome: 'POSITIVE', reasoning: 'Ja', draftedById: setting.person.id },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('names every invalid field of a draft', async () => {
    const response = await graphqlRequest(api.server, DRAFT, {
      input: { agendaItemId: 'x', outcome: 'POSITIVE', reasoning: '', draftedById: MISSING },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'agendaItemId', message: 'agendaItemId must be a UUID' },
        { field: 'reasoning', message: 'reasoning should not be empty' },
      ],
    });
  });

  it('answers NOT_FOUND for advice on an unknown item', async () => {
    const response = await graphqlRequest(api.server, DRAFT, {
      input: { agendaItemId: MISSING, outcome: 'POSITIVE', reasoning: 'Ja', draftedById: MISSING },
    });
    expect(response.errors?.[0]?.message).toBe('AgendaItem not found');
  });

  it('updates a draft and raises its version', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    const response = await graphqlRequest<{ updateAdviceDraft: unknown }>(api.server, UPDATE, {
      input: { id: advice.id, expectedVersion: 1, outcome: 'NEGATIVE', reasoning: 'Te duur' },
    });
    expect(response.data?.updateAdviceDraft).toEqual({
      outcome: 'NEGATIVE',
      reasoning: 'Te duur',
      version: 2,
    });
  });

  it('refuses to change an adopted advice', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    await api.dataSource.getRepository(AdviceEntity).update(advice.id, {
      status: AdviceStatus.ADOPTED,
      adoptedAt: new Date(),
      adoptedById: setting.person.id,
    });
    const response = await graphqlRequest(api.server, UPDATE, {
      input: { id: advice.id, expectedVersion: 1, reasoning: 'Achteraf' },
    });
    expect(response.errors?.[0]?.message).toBe('the advice has been adopted and can no longer be edited');
  });

  it('refuses a draft update based on an old version', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    await graphqlRequest(api.server, UPDATE, {
      input: { id: advice.id, expectedVersion: 1, reasoning: 'Eerst' },
    });
    const late = await graphqlRequest(api.server, UPDATE, {
      input: { id: advice.id, expectedVersion: 1, reasoning: 'Later' },
    });
    expect(late.errors?.[0]?.message).toBe('the advice was changed by someone else; reload and try again');
  });

  it('records one gemeente’s reservation and shows it on the advice', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const [bladel] = setting.municipalities;
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    await graphqlRequest(api.server, RESERVE, {
      input: {
        adviceId: advice.id,
        municipalityId: bladel.id,
        text: 'Bladel wil eerst de raad horen',
        recordedById: setting.person.id,
      },
    });
    const response = await graphqlRequest<{ advice: unknown }>(
      api.server,
      `query ($id: ID!) { advice(id: $id) { reservations { municipalityId text } } }`,
      { id: advice.id },
    );
    expect(response.data?.advice).toEqual({
      reservations: [{ municipalityId: bladel.id, text: 'Bladel wil eerst de raad horen' }],
    });
  });

  it('refuses a second reservation of the same gemeente', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const [bladel] = setting.municipalities;
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    const input = {
      adviceId: advice.id,
      municipalityId: bladel.id,
      text: 'Voorbehoud',
      recordedById: setting.person.id,
    };
    await graphqlRequest(api.server, RESERVE, { input });
    const second = await graphqlRequest(api.server, RESERVE, { input: { ...input, text: 'Nog een' } });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses a reservation of a gemeente outside the organisation', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const other = await anOrganisation().withMunicipalities('Tubbergen').create(api.dataSource);
    const advice = await anAdvice(await anItemForAdvice(setting), setting.person.id).create(api.dataSource);
    const response = await graphqlRequest(api.server, RESERVE, {
      input: {
        adviceId: advice.id,
        municipalityId: other.municipalities[0].id,
        text: 'Voorbehoud',
        recordedById: setting.person.id,
      },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown advice with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, `query ($id: ID!) { advice(id: $id) { id } }`, {
      id: MISSING,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
