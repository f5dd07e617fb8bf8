import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aMeeting } from '../test/builders/meeting.builders';
import { aBody, aPortfolio, anOrganisation } from '../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../test/signed-in-member';
import { startTestApp, type TestApp } from '../test/test-app';

const CREATE = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id state version } }`;
const SEND = `mutation ($input: SendProposalToCommitteeInput!) {
  sendProposalToCommittee(input: $input) { id purpose proposal { id state version } } }`;
const DRAFT = `mutation ($input: DraftAdviceInput!) { draftAdvice(input: $input) { id version } }`;
const ADOPT = `mutation ($input: AdoptAdviceInput!) { adoptAdvice(input: $input) { status } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { state version } }`;
const WITHDRAW = `mutation ($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { state } }`;
const ADD_ITEM = `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { status version agendaPublishedAt agendaPublishedLate } }`;
const MEETING_STEP = (name: string) =>
  `mutation ($input: MeetingStepInput!) { ${name}(input: $input) { status version } }`;
const WRITE_REVIEW = `mutation ($input: WriteReviewInput!) { writeReview(input: $input) { id } }`;
const PROGRESS = `query ($meetingId: ID!) {
  reviewProgress(meetingId: $meetingId) { agendaItemId municipalityId reviewed reviewCount } }`;
const RECORD = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id publishedAt } }`;
const DRAFT_LIST = `mutation ($meetingId: ID!) { draftDecisionList(meetingId: $meetingId) { id status decisions { id } } }`;
const ADOPT_LIST = `mutation ($input: AdoptDecisionListInput!) {
  adoptDecisionList(input: $input) { status publicationDueOn publicationOverdue } }`;
const PUBLISH_LIST = `mutation ($id: ID!) { publishDecisionList(id: $id) { status publishedAt } }`;
const TASKS = `query ($organisationId: ID!) {
  tasks(organisationId: $organisationId, first: 50) { nodes { title municipalityId dueOn status } } }`;

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

/**
 * The Kempengemeenten route through the GraphQL API: a beleidsambtenaar's concept goes to the committee, the committee
 * advises, the directors review the DB agenda, the DB decides, the besluitenlijst is published.
 */
describe('the Kempengemeenten flow', () => {
  let api: TestApp;
  let stage: Awaited<ReturnType<typeof aKempenStage>>;

  beforeAll(async () => {
    api = await startTestApp();
    stage = await aKempenStage();
  });
  afterAll(() => api.close());

  async function aKempenStage() {
    const db = api.dataSource;
    const { organisation, municipalities } = await anOrganisation()
      .withMunicipalities('Bladel', 'Eersel')
      .create(db);
    const [bladel, eersel] = municipalities;
    if (!bladel || !eersel) throw new Error('the stage needs two gemeenten');
    const portfolio = await aPortfolio(organisation.id).create(db);
    const otherPortfolio = await aPortfolio(organisation.id, 'Fysiek domein').create(db);
    const board = await aBody(organisation.id, BodyKind.EXECUTIVE_BOARD).create(db);
    const committee = await aBody(organisation.id, BodyKind.COMMITTEE)
      .forPortfolio(portfolio.id)
      .advising(board.id)
      .create(db);
    const directors = await aBody(organisation.id, BodyKind.DIRECTORS_MEETING).create(db);
    const member = (role: MembershipRole, adjust: Parameters<typeof aSignedInMember>[4]) =>
      aSignedInMember(db, api.server, organisation.id, role, adjust);
    return {
      organisation,
      portfolio,
      committee,
      board,
      bladel,
      eersel,
      staff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(portfolio.id)),
      otherStaff: await member(MembershipRole.STAFF, (m) => m.inPortfolio(otherPortfolio.id)),
      chair: await member(MembershipRole.CHAIR, (m) => m.inBody(committee.id).forMunicipality(bladel.id)),
      committeeMember: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(committee.id).forMunicipality(eersel.id),
      ),
      committeeMeeting: await aMeeting(committee).titled('Commissie Sociaal').create(db),
      director: await member(MembershipRole.DIRECTOR, (m) => m),
      secretaryBladel: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(directors.id).forMunicipality(bladel.id),
      ),
      secretaryEersel: await member(MembershipRole.MEMBER, (m) =>
        m.inBody(directors.id).forMunicipality(eersel.id),
      ),
    };
  }

  async function aConcept(author: SignedInMember, title = 'Regionaal armoedebeleid') {
    const response = await author.request<{ createProposal: { id: string; version: number } }>(CREATE, {
      input: {
        portfolioId: stage.portfolio.id,
        title,
        body: 'De gemeenten stemmen hun armoedebeleid af.',
        decisionPoints: ['In te stemmen met het regionale armoedebeleid'],
        confidentiality: 'PUBLIC',
      },
    });
    const created = response.data?.createProposal;
    if (!created) throw new Error(JSON.stringify(response.errors));
    return created;
  }

  /** A proposal taken through the committee to ADVISED via the API, as the first describe block shows. */
  async function anAdvisedProposal(title: string) {
    const concept = await aConcept(stage.staff, title);
    const sent = await stage.staff.request<{ sendProposalToCommittee: { id: string } }>(SEND, {
      input: {
        proposalId: concept.id,
        expectedVersion: concept.version,
        meetingId: stage.committeeMeeting.id,
      },
    });
    const draft = await stage.committeeMember.request<{ draftAdvice: { id: string; version: number } }>(
      DRAFT,
      {
        input: {
          agendaItemId: sent.data?.sendProposalToCommittee.id,
          outcome: 'POSITIVE',
          reasoning: 'Positief.',
        },
      },
    );
    await stage.chair.request(ADOPT, {
      input: { id: draft.data?.draftAdvice.id, expectedVersion: draft.data?.draftAdvice.version },
    });
    return concept.id;
  }

  async function onAgenda(meetingId: string, proposalId: string, title: string) {
    const response = await stage.director.request<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
      input: {
        meetingId,
        title,
        purpose: 'DECISION',
        handling: 'CONSENT',
        proposalId,
        confidentiality: 'PUBLIC',
      },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.addAgendaItem.id;
  }

  const meetingStep = async (name: string, meetingId: string, by = stage.director) => {
    const { data } = await by.request<{ meeting: { version: number } }>(MEETING, { id: meetingId });
    return by.request<Record<string, { status: string; version: number }>>(MEETING_STEP(name), {
      input: { meetingId, expectedVersion: data?.meeting.version },
    });
  };

  const stateOf = async (member: SignedInMember, id: string) =>
    (await member.request<{ proposal: { state: string } }>(PROPOSAL, { id })).data?.proposal.state;

  describe('into the committee', () => {
    it('goes from concept to in committee to advised, by the author and the committee', async () => {
      const concept = await aConcept(stage.staff);
      const sent = await stage.staff.request<{
        sendProposalToCommittee: { id: string; purpose: string; proposal: { state: string } };
      }>(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          meetingId: stage.committeeMeeting.id,
        },
      });
      const item = sent.data?.sendProposalToCommittee;
      const draft = await stage.committeeMember.request<{ draftAdvice: { id: string; version: number } }>(
        DRAFT,
        {
          input: {
            agendaItemId: item?.id,
            outcome: 'POSITIVE',
            reasoning: 'De commissie adviseert positief.',
          },
        },
      );
      const advice = draft.data?.draftAdvice;
      const adopted = await stage.chair.request(ADOPT, {
        input: { id: advice?.id, expectedVersion: advice?.version },
      });
      expect({
        purpose: item?.purpose,
        afterSending: item?.proposal.state,
        adopted: adopted.errors,
        afterAdvice: await stateOf(stage.staff, concept.id),
        seenByCommitteeMember: await stateOf(stage.committeeMember, concept.id),
      }).toEqual({
        purpose: 'ADVICE',
        afterSending: 'IN_COMMITTEE',
        adopted: undefined,
        afterAdvice: 'ADVISED',
        seenByCommitteeMember: 'ADVISED',
      });
    });

    it('records each step in the audit trail with its author', async () => {
      const concept = await aConcept(stage.staff);
      await stage.staff.request(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          meetingId: stage.committeeMeeting.id,
        },
      });
      const steps = await api.dataSource.query(
        `SELECT actor_id, details->>'step' AS step, details->>'to' AS "to" FROM audit_entry
          WHERE subject_id = $1 AND action = 'moveProposal'`,
        [concept.id],
      );
      expect(steps).toEqual([
        { actor_id: stage.staff.personId, step: 'SUBMIT_TO_COMMITTEE', to: 'IN_COMMITTEE' },
      ]);
    });

    it('refuses a second submission, a stale version and someone outside the portfolio', async () => {
      const concept = await aConcept(stage.staff);
      const input = {
        proposalId: concept.id,
        expectedVersion: concept.version,
        meetingId: stage.committeeMeeting.id,
      };
      const outsider = await stage.otherStaff.request(SEND, { input });
      const stale = await stage.staff.request(SEND, {
        input: { ...input, expectedVersion: concept.version + 1 },
      });
      const first = await stage.staff.request(SEND, { input });
      const again = await stage.staff.request(SEND, {
        input: { ...input, expectedVersion: concept.version + 1 },
      });
      expect([code(outsider), code(stale), first.errors, code(again)]).toEqual([
        'NOT_FOUND',
        'CONFLICT',
        undefined,
        'CONFLICT',
      ]);
    });

    it('lets the director send a concept to the committee too', async () => {
      const concept = await aConcept(stage.staff);
      const sent = await stage.director.request<{ sendProposalToCommittee: { proposal: { state: string } } }>(
        SEND,
        {
          input: {
            proposalId: concept.id,
            expectedVersion: concept.version,
            meetingId: stage.committeeMeeting.id,
          },
        },
      );
      expect(sent.data?.sendProposalToCommittee.proposal.state).toBe('IN_COMMITTEE');
    });

    it('puts a proposal only on a committee or portefeuillehoudersoverleg agenda', async () => {
      const concept = await aConcept(stage.staff);
      const boardMeeting = await aMeeting(stage.board).create(api.dataSource);
      const response = await stage.staff.request(SEND, {
        input: { proposalId: concept.id, expectedVersion: concept.version, meetingId: boardMeeting.id },
      });
      expect({ code: code(response), state: await stateOf(stage.staff, concept.id) }).toEqual({
        code: 'BAD_USER_INPUT',
        state: 'CONCEPT',
      });
    });

    it('withdraws a proposal with a reason, and then refuses every further step', async () => {
      const concept = await aConcept(stage.staff);
      const blank = await stage.staff.request(WITHDRAW, {
        input: { proposalId: concept.id, expectedVersion: concept.version, reason: '  ' },
      });
      const withdrawn = await stage.staff.request<{ withdrawProposal: { state: string } }>(WITHDRAW, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version,
          reason: 'Vervangen door een nieuw voorstel',
        },
      });
      const sent = await stage.staff.request(SEND, {
        input: {
          proposalId: concept.id,
          expectedVersion: concept.version + 1,
          meetingId: stage.committeeMeeting.id,
        },
      });
      expect([code(blank), withdrawn.data?.withdrawProposal.state, code(sent)]).toEqual([
        'BAD_USER_INPUT',
        'WITHDRAWN',
        'CONFLICT',
      ]);
    });
  });

  describe('on the DB agenda', () => {
    it('refuses a concept on the DB agenda: a board decides only on what a committee has advised', async () => {
      const concept = await aConcept(stage.staff);
      const dbMeeting = await aMeeting(stage.board).startingInDays(14).create(api.dataSource);
      const response = await stage.director.request(ADD_ITEM, {
        input: {
          meetingId: dbMeeting.id,
          title: 'Te vroeg',
          purpose: 'DECISION',
          handling: 'DEBATE',
          proposalId: concept.id,
          confidentiality: 'PUBLIC',
        },
      });
      expect(code(response)).toBe('BAD_USER_INPUT');
    });

    it('goes to the directors, is reviewed per gemeente, and is published with a college task per gemeente', async () => {
      const dbMeeting = await aMeeting(stage.board)
        .titled('DB januari')
        .startingInDays(14)
        .create(api.dataSource);
      const proposalId = await anAdvisedProposal('Regionale inkoop jeugdzorg');
      const itemId = await onAgenda(dbMeeting.id, proposalId, 'Regionale inkoop jeugdzorg');
      const early = await meetingStep('publishAgenda', dbMeeting.id);
      const sent = await meetingStep('sendAgendaToDirectors', dbMeeting.id);
      await stage.secretaryBladel.request(WRITE_REVIEW, {
        input: {
          agendaItemId: itemId,
          municipalityId: stage.bladel.id,
          visibility: 'OWN_MUNICIPALITY',
          text: 'Let op de kosten voor Bladel.',
        },
      });
      const progress = await stage.director.request<{
        reviewProgress: { municipalityId: string; reviewed: boolean }[];
      }>(PROGRESS, { meetingId: dbMeeting.id });
      const concluded = await meetingStep('concludeDirectorsReview', dbMeeting.id);
      const afterReview = await stateOf(stage.staff, proposalId);
      const published = await meetingStep('publishAgenda', dbMeeting.id);
      const again = await meetingStep('publishAgenda', dbMeeting.id);
      const tasksOf = async (member: SignedInMember) =>
        (
          await member.request<{
            tasks: { nodes: { title: string; municipalityId: string; status: string }[] };
          }>(TASKS, { organisationId: stage.organisation.id })
        ).data?.tasks.nodes.filter(
          (task) => task.title.includes('DB januari') || task.title.includes(stage.board.name),
        );
      const publications: { kind: string }[] = await api.dataSource.query(
        'SELECT kind FROM publication WHERE subject_id = $1',
        [dbMeeting.id],
      );
      expect({
        early: code(early),
        sent: sent.data?.['sendAgendaToDirectors']?.status,
        progress: progress.data?.reviewProgress.map((row) => [row.municipalityId, row.reviewed]),
        concluded: concluded.errors,
        afterReview,
        published: published.data?.['publishAgenda']?.status,
        again: code(again),
        onAgenda: await stateOf(stage.staff, proposalId),
        bladelTasks: (await tasksOf(stage.secretaryBladel))?.map((task) => task.municipalityId),
        directorTasks: (await tasksOf(stage.director))?.length,
        publications,
      }).toEqual({
        early: 'CONFLICT',
        sent: 'AGENDA_SENT',
        progress: [
          [stage.bladel.id, true],
          [stage.eersel.id, false],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        concluded: undefined,
        afterReview: 'REVIEWED_BY_DIRECTORS',
        published: 'PUBLISHED',
        again: 'CONFLICT',
        onAgenda: 'ON_AGENDA',
        bladelTasks: [stage.bladel.id],
        directorTasks: 2,
        publications: [{ kind: 'AGENDA' }],
      });
    });

    it('shows review progress to the directors but never another gemeente’s own notes', async () => {
      const dbMeeting = await aMeeting(stage.board).startingInDays(14).create(api.dataSource);
      const proposalId = await anAdvisedProposal('Afvalinzameling');
      const itemId = await onAgenda(dbMeeting.id, proposalId, 'Afvalinzameling');
      await meetingStep('sendAgendaToDirectors', dbMeeting.id);
      await stage.secretaryBladel.request(WRITE_REVIEW, {
        input: {
          agendaItemId: itemId,
          municipalityId: stage.bladel.id,
          visibility: 'OWN_MUNICIPALITY',
          text: 'Alleen voor Bladel.',
        },
      });
      const eerselProgress = await stage.secretaryEersel.request<{ reviewProgress: { reviewed: boolean }[] }>(
        PROGRESS,
        {
          meetingId: dbMeeting.id,
        },
      );
      const eerselReviews = await stage.secretaryEersel.request<{ reviews: { id: string }[] }>(
        `query ($agendaItemId: ID!) { reviews(agendaItemId: $agendaItemId) { id } }`,
        { agendaItemId: itemId },
      );
      const staffProgress = await stage.staff.request(PROGRESS, { meetingId: dbMeeting.id });
      expect({
        eerselSeesThatBladelReviewed: eerselProgress.data?.reviewProgress.filter((row) => row.reviewed)
          .length,
        eerselReadsBladelsNote: eerselReviews.data?.reviews.length,
        staff: code(staffProgress),
      }).toEqual({ eerselSeesThatBladelReviewed: 1, eerselReadsBladelsNote: 0, staff: 'NOT_FOUND' });
    });

    it('cancels a published meeting: its proposals wait for a later agenda and the college tasks are cancelled', async () => {
      const dbMeeting = await aMeeting(stage.board)
        .titled('DB vervalt')
        .startingInDays(14)
        .create(api.dataSource);
      const proposalId = await anAdvisedProposal('Subsidieregeling');
      await onAgenda(dbMeeting.id, proposalId, 'Subsidieregeling');
      await meetingStep('sendAgendaToDirectors', dbMeeting.id);
      await meetingStep('publishAgenda', dbMeeting.id);
      const { data } = await stage.director.request<{ meeting: { version: number } }>(MEETING, {
        id: dbMeeting.id,
      });
      const cancelled = await stage.director.request<{ cancelMeeting: { status: string } }>(
        `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status } }`,
        {
          input: {
            meetingId: dbMeeting.id,
            expectedVersion: data?.meeting.version,
            reason: 'Geen quorum verwacht',
          },
        },
      );
      const tasks: { status: string }[] = await api.dataSource.query(
        'SELECT DISTINCT status FROM task WHERE meeting_id = $1',
        [dbMeeting.id],
      );
      expect({
        status: cancelled.data?.cancelMeeting.status,
        proposal: await stateOf(stage.staff, proposalId),
        tasks,
        closed: code(await meetingStep('closeMeeting', dbMeeting.id)),
      }).toEqual({
        status: 'CANCELLED',
        proposal: 'ADVISED',
        tasks: [{ status: 'CANCELLED' }],
        closed: 'CONFLICT',
      });
    });

    it('lets only the organisers take the meeting’s steps, against the version they saw', async () => {
      const dbMeeting = await aMeeting(stage.board).startingInDays(14).create(api.dataSource);
      await onAgenda(dbMeeting.id, await anAdvisedProposal('Personeelsbeleid'), 'Personeelsbeleid');
      const bySecretary = await meetingStep('sendAgendaToDirectors', dbMeeting.id, stage.secretaryBladel);
      const stale = await stage.director.request(MEETING_STEP('sendAgendaToDirectors'), {
        input: { meetingId: dbMeeting.id, expectedVersion: 99 },
      });
      expect([code(bySecretary), code(stale)]).toEqual(['FORBIDDEN', 'CONFLICT']);
    });
  });

  describe('decided and published', () => {
    it('records the decision, drafts, adopts and publishes the besluitenlijst, and the proposal is published', async () => {
      const dbMeeting = await aMeeting(stage.board)
        .titled('DB maart')
        .startingInDays(21)
        .create(api.dataSource);
      const nextMeeting = await aMeeting(stage.board)
        .titled('DB april')
        .startingInDays(49)
        .create(api.dataSource);
      const proposalId = await anAdvisedProposal('Gezamenlijke ICT-strategie');
      const itemId = await onAgenda(dbMeeting.id, proposalId, 'Gezamenlijke ICT-strategie');
      await meetingStep('sendAgendaToDirectors', dbMeeting.id);
      await meetingStep('publishAgenda', dbMeeting.id);
      const decided = await stage.director.request<{ recordDecision: { id: string } }>(RECORD, {
        input: {
          agendaItemId: itemId,
          title: 'ICT-strategie vastgesteld',
          text: 'Het DB stelt de gezamenlijke ICT-strategie vast.',
          outcome: 'ADOPTED',
          decidedOn: '2026-12-10',
          retentionClass: 'KEEP',
        },
      });
      const afterDecision = await stateOf(stage.staff, proposalId);
      const draft = await stage.director.request<{
        draftDecisionList: { id: string; decisions: { id: string }[] };
      }>(DRAFT_LIST, { meetingId: dbMeeting.id });
      const listId = draft.data?.draftDecisionList.id;
      const wrongMeeting = await stage.director.request(ADOPT_LIST, {
        input: { id: listId, adoptedInMeetingId: dbMeeting.id },
      });
      const adopted = await stage.director.request<{
        adoptDecisionList: { status: string; publicationDueOn: string; publicationOverdue: boolean };
      }>(ADOPT_LIST, { input: { id: listId, adoptedInMeetingId: nextMeeting.id } });
      const published = await stage.director.request<{ publishDecisionList: { status: string } }>(
        PUBLISH_LIST,
        {
          id: listId,
        },
      );
      const publication: { due_at: Date }[] = await api.dataSource.query(
        `SELECT due_at FROM publication WHERE subject_id = $1 AND kind = 'DECISION_LIST'`,
        [listId],
      );
      const [{ published_at: decisionPublishedAt }]: { published_at: Date | null }[] =
        await api.dataSource.query('SELECT published_at FROM decision WHERE id = $1', [
          decided.data?.recordDecision.id,
        ]);
      const adoptedList = adopted.data?.adoptDecisionList;
      expect({
        afterDecision,
        drafted: draft.data?.draftDecisionList.decisions.map((decision) => decision.id),
        wrongMeeting: code(wrongMeeting),
        adopted: adoptedList && { status: adoptedList.status, overdue: adoptedList.publicationOverdue },
        published: published.data?.publishDecisionList.status,
        proposal: await stateOf(stage.staff, proposalId),
        decisionPublished: decisionPublishedAt !== null,
        deadlineInDays:
          publication[0] && Math.round((publication[0].due_at.getTime() - Date.now()) / 86_400_000),
        again: code(await stage.director.request(PUBLISH_LIST, { id: listId })),
      }).toEqual({
        afterDecision: 'DECIDED',
        drafted: [decided.data?.recordDecision.id],
        wrongMeeting: 'BAD_USER_INPUT',
        adopted: { status: 'ADOPTED', overdue: false },
        published: 'PUBLISHED',
        proposal: 'PUBLISHED',
        decisionPublished: true,
        deadlineInDays: 14,
        again: 'CONFLICT',
      });
    });

    it('amends the beslispunten as new revisions with their diff, against the revision the person saw', async () => {
      const dbMeeting = await aMeeting(stage.board).startingInDays(21).create(api.dataSource);
      const proposalId = await anAdvisedProposal('Regionaal armoedebeleid');
      const itemId = await onAgenda(dbMeeting.id, proposalId, 'Regionaal armoedebeleid');
      await meetingStep('sendAgendaToDirectors', dbMeeting.id);
      await meetingStep('publishAgenda', dbMeeting.id);
      const decided = await stage.director.request<{ recordDecision: { id: string } }>(RECORD, {
        input: {
          agendaItemId: itemId,
          title: 'Armoedebeleid gewijzigd vastgesteld',
          text: 'Het DB stelt het beleid vast met een amendement.',
          outcome: 'ADOPTED_AMENDED',
          decidedOn: '2026-12-10',
          retentionClass: 'KEEP',
        },
      });
      const AMEND = `mutation ($input: AmendDecisionPointsInput!) {
        amendDecisionPoints(input: $input) { number points reason changes { kind text } } }`;
      const amendment = {
        decisionId: decided.data?.recordDecision.id,
        expectedRevision: 1,
        points: ['In te stemmen met het regionale armoedebeleid', 'Het beleid in 2028 te evalueren'],
        reason: 'Amendement Eersel: evaluatie toegevoegd',
      };
      const amended = await stage.director.request<{
        amendDecisionPoints: { number: number; changes: { kind: string; text: string }[] }[];
      }>(AMEND, { input: amendment });
      const stale = await stage.director.request(AMEND, { input: { ...amendment, points: ['Anders'] } });
      const byMember = await stage.committeeMember.request(AMEND, {
        input: { ...amendment, expectedRevision: 2 },
      });
      const revisions = amended.data?.amendDecisionPoints;
      expect({
        numbers: revisions?.map((revision) => revision.number),
        first: revisions?.[0]?.changes,
        second: revisions?.[1]?.changes,
        stale: code(stale),
        byMember: code(byMember),
      }).toEqual({
        numbers: [1, 2],
        first: [{ kind: 'ADDED', text: 'In te stemmen met het regionale armoedebeleid' }],
        second: [
          { kind: 'SAME', text: 'In te stemmen met het regionale armoedebeleid' },
          { kind: 'ADDED', text: 'Het beleid in 2028 te evalueren' },
        ],
        stale: 'CONFLICT',
        byMember: 'NOT_FOUND',
      });
    });

    it('keeps decisions and adopted besluitenlijsten final in the database itself', async () => {
      const [list] = await api.dataSource.query(
        `SELECT id, meeting_id FROM decision_list WHERE organisation_id = $1 AND status = 'PUBLISHED' LIMIT 1`,
        [stage.organisation.id],
      );
      const [decision] = await api.dataSource.query('SELECT id FROM decision WHERE decision_list_id = $1', [
        list.id,
      ]);
      const refused = async (sql: string, params: unknown[]) =>
        api.dataSource.query(sql, params).then(
          () => 'changed',
          (error: { code?: string }) => error.code,
        );
      expect({
        editText: await refused(`UPDATE decision SET text = 'Anders' WHERE id = $1`, [decision.id]),
        unpublish: await refused('UPDATE decision SET published_at = NULL WHERE id = $1', [decision.id]),
        deleteDecision: await refused('DELETE FROM decision WHERE id = $1', [decision.id]),
        reopenList: await refused(`UPDATE decision_list SET status = 'DRAFT' WHERE id = $1`, [list.id]),
        deleteList: await refused('DELETE FROM decision_list WHERE id = $1', [list.id]),
      }).toEqual({
        editText: '23000',
        unpublish: '23000',
        deleteDecision: '23000',
        reopenList: '23000',
        deleteList: '23000',
      });
    });
  });
});
