import { AdviceStatus, BodyKind, MembershipRole, ProposalState } from '@bestuurskracht/shared/domain';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aCommitteeSetting,
  aMeeting,
  anAdvice,
  anAgendaItem,
  aProposal,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { aBody, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ProposalEntity } from '../proposal/proposal.entity';
import { AdviceEntity } from './advice.entity';

const DRAFT = `mutation ($input: DraftAdviceInput!) {
  draftAdvice(input: $input) {
    id organisationId bodyId proposalId agendaItemId outcome status confidentiality draftedById } }`;
const UPDATE = `mutation ($input: UpdateAdviceDraftInput!) {
  updateAdviceDraft(input: $input) { outcome reasoning version } }`;
const ADOPT = `mutation ($input: AdoptAdviceInput!) { adoptAdvice(input: $input) { status adoptedById version } }`;
const RESERVE = `mutation ($input: RecordAdviceReservationInput!) {
  recordAdviceReservation(input: $input) { adviceId municipalityId text recordedById } }`;
const ONE = `query ($id: ID!) { advice(id: $id) { id } }`;
const NESTED = `query ($id: ID!) { agendaItem(id: $id) { advice { id } } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

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

  /** A committee with gemeenten Bladel and Eersel, an item ter advisering, and its members signed in on demand. */
  async function aStage() {
    const setting = await aCommitteeSetting(api.dataSource);
    const [bladel, eersel] = setting.municipalities;
    const item = await anItemForAdvice(setting);
    const inCommittee = (role: MembershipRole, municipality: { id: string }) =>
      aSignedInMember(api.dataSource, api.server, setting.organisation.id, role, (membership) =>
        membership.inBody(setting.committee.id).forMunicipality(municipality.id),
      );
    return { ...setting, item, bladel, eersel, inCommittee };
  }

  it('drafts the committee’s advice on an item ter advisering, by the signed-in member', async () => {
    const { item, bladel, inCommittee, organisation, committee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const response = await member.request<{ draftAdvice: { id: string } }>(DRAFT, {
      input: {
        agendaItemId: item.id,
        outcome: 'POSITIVE_WITH_CHANGES',
        reasoning: 'Positief, mits de planning wordt aangepast.',
      },
    });
    const audit = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
      response.data?.draftAdvice.id,
    ]);
    expect({ advice: response.data?.draftAdvice, audit }).toEqual({
      advice: {
        id: expect.any(String),
        organisationId: organisation.id,
        bodyId: committee.id,
        proposalId: item.proposalId,
        agendaItemId: item.id,
        outcome: 'POSITIVE_WITH_CHANGES',
        status: 'DRAFT',
        confidentiality: 'PUBLIC',
        draftedById: member.personId,
      },
      audit: [{ actor_id: member.personId }],
    });
  });

  it('refuses a second advice on the same item', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    await anAdvice(item, member.personId).create(api.dataSource);
    const response = await member.request(DRAFT, {
      input: { agendaItemId: item.id, outcome: 'NEGATIVE', reasoning: 'Nee' },
    });
    expect(response.errors?.[0]?.message).toBe(
      'this agenda item already has an advice; update that draft instead',
    );
  });

  it('refuses advice on an item that is not ter advisering', async () => {
    const setting = await aStage();
    const member = await setting.inCommittee(MembershipRole.MEMBER, setting.bladel);
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    const item = await anAgendaItem(meeting).create(api.dataSource);
    const response = await member.request(DRAFT, {
      input: { agendaItemId: item.id, outcome: 'POSITIVE', reasoning: 'Ja' },
    });
    expect(code(response)).toBe('CONFLICT');
  });

  it('names every invalid field of a draft', async () => {
    const { bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const response = await member.request(DRAFT, {
      input: { agendaItemId: 'x', outcome: 'POSITIVE', reasoning: '' },
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
    const { bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const response = await member.request(DRAFT, {
      input: { agendaItemId: MISSING, outcome: 'POSITIVE', reasoning: 'Ja' },
    });
    expect(response.errors?.[0]?.message).toBe('AgendaItem not found');
  });

  it('updates a draft and raises its version', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    const response = await member.request<{ updateAdviceDraft: unknown }>(UPDATE, {
      input: { id: advice.id, expectedVersion: 1, outcome: 'NEGATIVE', reasoning: 'Te duur' },
    });
    expect(response.data?.updateAdviceDraft).toEqual({
      outcome: 'NEGATIVE',
      reasoning: 'Te duur',
      version: 2,
    });
  });

  it('refuses to change an adopted advice', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    await api.dataSource.getRepository(AdviceEntity).update(advice.id, {
      status: AdviceStatus.ADOPTED,
      adoptedAt: new Date(),
      adoptedById: member.personId,
    });
    const response = await member.request(UPDATE, {
      input: { id: advice.id, expectedVersion: 1, reasoning: 'Achteraf' },
    });
    expect(response.errors?.[0]?.message).toBe('the advice has been adopted and can no longer be edited');
  });

  it('refuses a draft update based on an old version', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    await member.request(UPDATE, { input: { id: advice.id, expectedVersion: 1, reasoning: 'Eerst' } });
    const late = await member.request(UPDATE, {
      input: { id: advice.id, expectedVersion: 1, reasoning: 'Later' },
    });
    expect(late.errors?.[0]?.message).toBe('the advice was changed by someone else; reload and try again');
  });

  it('lets the chair adopt the draft, after which it is final', async () => {
    const { item, bladel, eersel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const chair = await inCommittee(MembershipRole.CHAIR, eersel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    const adopted = await chair.request<{ adoptAdvice: unknown }>(ADOPT, {
      input: { id: advice.id, expectedVersion: 1 },
    });
    const again = await chair.request(ADOPT, { input: { id: advice.id, expectedVersion: 2 } });
    expect({ adopted: adopted.data?.adoptAdvice, again: again.errors?.[0]?.message }).toEqual({
      adopted: { status: 'ADOPTED', adoptedById: chair.personId, version: 2 },
      again: 'the advice has already been adopted',
    });
  });

  describe('the proposal it advises on', () => {
    async function anAdviceInCommittee() {
      const stage = await aStage();
      const { proposal } = await aProposal(stage.portfolio, stage.person.id)
        .inState(ProposalState.IN_COMMITTEE)
        .create(api.dataSource);
      const meeting = await aMeeting(stage.committee).create(api.dataSource);
      const item = await anAgendaItem(meeting).carrying(proposal).forAdvice().create(api.dataSource);
      const member = await stage.inCommittee(MembershipRole.MEMBER, stage.bladel);
      const chair = await stage.inCommittee(MembershipRole.CHAIR, stage.eersel);
      const advice = await anAdvice(item, member.personId).create(api.dataSource);
      return { proposal, advice, chair };
    }

    const proposalRow = async (id: string) =>
      api.dataSource.getRepository(ProposalEntity).findOneByOrFail({ id });

    it('advises a proposal in committee when the chair adopts, with the step in the audit trail', async () => {
      const { proposal, advice, chair } = await anAdviceInCommittee();
      const adopted = await chair.request(ADOPT, { input: { id: advice.id, expectedVersion: 1 } });
      const moves = await api.dataSource.query(
        `SELECT actor_id, details->>'step' AS step, details->>'adviceId' AS "adviceId" FROM audit_entry
          WHERE subject_id = $1 AND action = 'moveProposal'`,
        [proposal.id],
      );
      const { state, version } = await proposalRow(proposal.id);
      expect({ adopted: adopted.errors, state, version, moves }).toEqual({
        adopted: undefined,
        state: ProposalState.ADVISED,
        version: proposal.version + 1,
        moves: [{ actor_id: chair.personId, step: 'ADVISE', adviceId: advice.id }],
      });
    });

    it('leaves the proposal in committee when the adoption is refused as stale', async () => {
      const { proposal, advice, chair } = await anAdviceInCommittee();
      const stale = await chair.request(ADOPT, { input: { id: advice.id, expectedVersion: 2 } });
      const { state, version } = await proposalRow(proposal.id);
      expect({ stale: code(stale), state, version }).toEqual({
        stale: 'CONFLICT',
        state: ProposalState.IN_COMMITTEE,
        version: proposal.version,
      });
    });

    it('keeps the state of a proposal that is not in committee (advice on a concept still carried)', async () => {
      const { item, bladel, eersel, inCommittee } = await aStage();
      const member = await inCommittee(MembershipRole.MEMBER, bladel);
      const chair = await inCommittee(MembershipRole.CHAIR, eersel);
      const advice = await anAdvice(item, member.personId).create(api.dataSource);
      const adopted = await chair.request<{ adoptAdvice: { status: string } }>(ADOPT, {
        input: { id: advice.id, expectedVersion: 1 },
      });
      expect({
        adopted: adopted.data?.adoptAdvice.status,
        state: (await proposalRow(item.proposalId as string)).state,
      }).toEqual({ adopted: 'ADOPTED', state: ProposalState.CONCEPT });
    });
  });

  it('records one gemeente’s reservation by a member acting for it, and shows it on the advice', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    const recorded = await member.request<{ recordAdviceReservation: { recordedById: string } }>(RESERVE, {
      input: { adviceId: advice.id, municipalityId: bladel.id, text: 'Bladel wil eerst de raad horen' },
    });
    const response = await member.request<{ advice: unknown }>(
      `query ($id: ID!) { advice(id: $id) { reservations { municipalityId text } } }`,
      { id: advice.id },
    );
    expect({
      recordedBy: recorded.data?.recordAdviceReservation.recordedById,
      advice: response.data?.advice,
    }).toEqual({
      recordedBy: member.personId,
      advice: { reservations: [{ municipalityId: bladel.id, text: 'Bladel wil eerst de raad horen' }] },
    });
  });

  it('refuses a second reservation of the same gemeente', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    const input = { adviceId: advice.id, municipalityId: bladel.id, text: 'Voorbehoud' };
    await member.request(RESERVE, { input });
    const second = await member.request(RESERVE, { input: { ...input, text: 'Nog een' } });
    expect(code(second)).toBe('CONFLICT');
  });

  it('refuses a reservation of a gemeente outside the organisation', async () => {
    const { item, bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const other = await anOrganisation().withMunicipalities('Tubbergen').create(api.dataSource);
    const advice = await anAdvice(item, member.personId).create(api.dataSource);
    const response = await member.request(RESERVE, {
      input: { adviceId: advice.id, municipalityId: other.municipalities[0].id, text: 'Voorbehoud' },
    });
    expect(code(response)).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown advice with NOT_FOUND', async () => {
    const { bladel, inCommittee } = await aStage();
    const member = await inCommittee(MembershipRole.MEMBER, bladel);
    const response = await member.request(ONE, { id: MISSING });
    expect(code(response)).toBe('NOT_FOUND');
  });

  describe('who may', () => {
    it('tells a visitor without a session to sign in', async () => {
      const { item, person } = await aStage();
      const advice = await anAdvice(item, person.id).create(api.dataSource);
      const read = await graphqlRequest(api.server, ONE, { id: advice.id });
      const drafted = await graphqlRequest(api.server, DRAFT, {
        input: { agendaItemId: item.id, outcome: 'POSITIVE', reasoning: 'Anoniem' },
      });
      expect([code(read), code(drafted)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });

    it('shows a DB member the committee’s advice only once it is adopted', async () => {
      const { item, organisation, bladel, eersel, inCommittee } = await aStage();
      const member = await inCommittee(MembershipRole.MEMBER, bladel);
      const chair = await inCommittee(MembershipRole.CHAIR, eersel);
      const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(api.dataSource);
      const dbMember = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.MEMBER,
        (membership) => membership.inBody(board.id).forMunicipality(bladel.id),
      );
      const advice = await anAdvice(item, member.personId).create(api.dataSource);
      const draftById = await dbMember.request(ONE, { id: advice.id });
      const draftNested = await dbMember.request<{ agendaItem: { advice: unknown } }>(NESTED, {
        id: item.id,
      });
      await chair.request(ADOPT, { input: { id: advice.id, expectedVersion: 1 } });
      const adoptedNested = await dbMember.request<{ agendaItem: { advice: unknown } }>(NESTED, {
        id: item.id,
      });
      expect({
        draftById: code(draftById),
        draftNested: draftNested.data?.agendaItem.advice,
        adoptedNested: adoptedNested.data?.agendaItem.advice,
      }).toEqual({ draftById: 'NOT_FOUND', draftNested: null, adoptedNested: { id: advice.id } });
    });

    it('answers NOT_FOUND to a person of another organisation, for reading and every change', async () => {
      const { item, bladel, inCommittee } = await aStage();
      const member = await inCommittee(MembershipRole.MEMBER, bladel);
      const advice = await anAdvice(item, member.personId).create(api.dataSource);
      const other = await aStage();
      const outsider = await other.inCommittee(MembershipRole.CHAIR, other.bladel);
      const answers = [
        await outsider.request(ONE, { id: advice.id }),
        await outsider.request(DRAFT, {
          input: { agendaItemId: item.id, outcome: 'POSITIVE', reasoning: 'Van elders' },
        }),
        await outsider.request(UPDATE, { input: { id: advice.id, expectedVersion: 1, reasoning: 'Elders' } }),
        await outsider.request(ADOPT, { input: { id: advice.id, expectedVersion: 1 } }),
        await outsider.request(RESERVE, {
          input: { adviceId: advice.id, municipalityId: bladel.id, text: 'Elders' },
        }),
      ];
      expect(answers.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    });

    it('lets the director read a draft but not write it, and members neither adopt nor speak for another gemeente', async () => {
      const { item, organisation, bladel, eersel, inCommittee } = await aStage();
      const member = await inCommittee(MembershipRole.MEMBER, bladel);
      const director = await aSignedInMember(
        api.dataSource,
        api.server,
        organisation.id,
        MembershipRole.DIRECTOR,
      );
      const advice = await anAdvice(item, member.personId).create(api.dataSource);
      const read = await director.request<{ advice: { id: string } }>(ONE, { id: advice.id });
      const updated = await director.request(UPDATE, {
        input: { id: advice.id, expectedVersion: 1, reasoning: 'Directeur' },
      });
      const adopted = await member.request(ADOPT, { input: { id: advice.id, expectedVersion: 1 } });
      const forEersel = await member.request(RESERVE, {
        input: { adviceId: advice.id, municipalityId: eersel.id, text: 'Namens Eersel' },
      });
      expect({
        read: read.data?.advice.id,
        updated: code(updated),
        adopted: code(adopted),
        forEersel: code(forEersel),
      }).toEqual({ read: advice.id, updated: 'FORBIDDEN', adopted: 'FORBIDDEN', forEersel: 'FORBIDDEN' });
    });
  });
});
