import { graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, MembershipRole, TaskStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import { aBoard, aMeeting, anAgendaItem, aTask, type Board } from '../../test/builders/decision.builders';
import { aMembership } from '../../test/builders/structure.builders';
import { signInAs } from '../../test/sign-in';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const ATTENTION = `{ attention {
  agendasToReview { meeting { id } itemCount reviewedCount }
  agendasToPublish { id }
  tasks { title late }
  councilViewProcedures { title }
  advicesToAdopt { id }
} }`;

type AttentionAnswer = {
  attention: {
    agendasToReview: { meeting: { id: string }; itemCount: number; reviewedCount: number }[];
    agendasToPublish: { id: string }[];
    tasks: { title: string; late: boolean }[];
    councilViewProcedures: { title: string }[];
    advicesToAdopt: { id: string }[];
  };
};

function inDays(days: number): string {
  const date = new Date(`${todayInNetherlands()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('attention: what needs me now', () => {
  let api: TestApp;
  let overleg: Board;
  let secretarisA: SignedInMember;
  let secretarisB: SignedInMember;

  beforeAll(async () => {
    api = await startTestApp();
    overleg = await aBoard().ofKind(BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    const [a, b] = overleg.municipalities;
    const secretaris = (municipalityId: string) =>
      aSignedInMember(api.dataSource, api.server, overleg.organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(overleg.body.id).forMunicipality(municipalityId),
      );
    secretarisA = await secretaris(a?.id as string);
    secretarisB = await secretaris(b?.id as string);
  });
  afterAll(() => api.close());

  const attentionOf = async (member: SignedInMember) => {
    const response = await member.request<AttentionAnswer>(ATTENTION);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.attention;
  };

  it("shows each gemeentesecretaris the sent agenda with their own gemeente's progress", async () => {
    const meeting = await aMeeting(overleg).on(inDays(5)).create(api.dataSource);
    await api.dataSource.query(
      `UPDATE meeting SET status = 'AGENDA_SENT', agenda_sent_at = now() WHERE id = $1`,
      [meeting.id],
    );
    const first = await anAgendaItem(overleg, meeting).create(api.dataSource);
    await anAgendaItem(overleg, meeting).create(api.dataSource);
    const written = await secretarisA.request(
      `mutation ($input: WriteReviewInput!) { writeReview(input: $input) { id } }`,
      {
        input: {
          agendaItemId: first.id,
          municipalityId: overleg.municipalities[0]?.id,
          text: 'Vraag over de kosten',
          visibility: 'OWN_MUNICIPALITY',
        },
      },
    );
    expect(written.errors).toBeUndefined();

    const [forA, forB] = await Promise.all([attentionOf(secretarisA), attentionOf(secretarisB)]);

    expect([forA.agendasToReview, forB.agendasToReview]).toEqual([
      [{ meeting: { id: meeting.id }, itemCount: 2, reviewedCount: 1 }],
      [{ meeting: { id: meeting.id }, itemCount: 2, reviewedCount: 0 }],
    ]);
  });

  it("lists my gemeente's open tasks that are late or due soon, never another gemeente's, done or far-off ones", async () => {
    const [a, b] = overleg.municipalities;
    const task = (title: string, municipalityId: string, due: string) =>
      aTask(overleg).titled(title).forMunicipality(municipalityId).due(due);
    await task('Te laat', a?.id as string, inDays(-3)).create(api.dataSource);
    await task('Binnenkort', a?.id as string, inDays(7)).create(api.dataSource);
    await task('Later', a?.id as string, inDays(60)).create(api.dataSource);
    await task('Gedaan', a?.id as string, inDays(1))
      .withStatus(TaskStatus.DONE)
      .create(api.dataSource);
    await task('Van de buren', b?.id as string, inDays(2)).create(api.dataSource);

    const { tasks } = await attentionOf(secretarisA);

    expect(tasks).toEqual([
      { title: 'Te laat', late: true },
      { title: 'Binnenkort', late: false },
    ]);
  });

  it('offers the secretary the meetings to publish in the coming weeks, not a member who cannot', async () => {
    const board = await aBoard().create(api.dataSource);
    await aMembership(board.secretary.id, board.organisation.id, MembershipRole.SECRETARY)
      .inBody(board.body.id)
      .create(api.dataSource);
    const soon = await aMeeting(board).on(inDays(10)).create(api.dataSource);
    await aMeeting(board).on(inDays(60)).create(api.dataSource);
    const cookie = await signInAs(api.dataSource, board.secretary.id);
    const secretary = await graphqlRequest<AttentionAnswer>(api.server, ATTENTION, {}, { cookie });
    const member = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(board.body.id),
    );

    expect({
      secretary: secretary.data?.attention.agendasToPublish,
      member: (await attentionOf(member)).agendasToPublish,
    }).toEqual({ secretary: [{ id: soon.id }], member: [] });
  });

  it('gives a person of another organisation nothing of this one', async () => {
    const other = await aBoard().ofKind(BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    const stranger = await aSignedInMember(
      api.dataSource,
      api.server,
      other.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(other.body.id).forMunicipality(other.municipalities[0]?.id as string),
    );

    const attention = await attentionOf(stranger);

    expect(attention).toEqual({
      agendasToReview: [],
      agendasToPublish: [],
      tasks: [],
      councilViewProcedures: [],
      advicesToAdopt: [],
    });
  });
});
