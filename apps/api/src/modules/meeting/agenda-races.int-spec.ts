import { MembershipRole } from '@bestuurskracht/shared/domain';
import { aCommitteeSetting, aMeeting, anAgendaItem } from '../../test/builders/meeting.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';

const AGENDA = `query ($id: ID!) { meeting(id: $id) { agendaVersion agendaItems { id title version } } }`;
const UPDATE = `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`;
const MOVE = `mutation ($input: MoveAgendaItemInput!) { moveAgendaItem(input: $input) { id } }`;

type Agenda = { agendaVersion: number; agendaItems: { id: string; title: string; version: number }[] };
type Outcome = 'OK' | 'CONFLICT' | string;

const RACES = 200;

/** Two editors on one agenda, each writing on what they last read: one wins every race, the stale write is refused. */
describe(`${RACES} races of two editors on one agenda`, () => {
  let api: TestApp;
  let editors: [SignedInMember, SignedInMember];
  let meetingId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const setting = await aCommitteeSetting(api.dataSource);
    const director = () =>
      aSignedInMember(api.dataSource, api.server, setting.organisation.id, MembershipRole.DIRECTOR);
    editors = [await director(), await director()];
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    meetingId = meeting.id;
    for (const title of ['A', 'B', 'C', 'D', 'E']) {
      await anAgendaItem(meeting).titled(title).create(api.dataSource);
    }
  });
  afterAll(() => api.close());

  const read = async (): Promise<Agenda> => {
    const response = await editors[0].request<{ meeting: Agenda }>(AGENDA, { id: meetingId });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.meeting;
  };
  const outcome = (response: {
    data?: unknown;
    errors?: { extensions?: Record<string, unknown> }[];
  }): Outcome => (response.errors ? String(response.errors[0]?.extensions?.['code']) : 'OK');

  it('lets exactly one write of each race through and refuses the stale one, losing nothing', async () => {
    const wrong: string[] = [];
    for (let race = 0; race < RACES; race++) {
      const seen = await read();
      let outcomes: Outcome[];
      let expected: (winner: number) => string[];
      if (race % 2 === 0) {
        // both retitle the same item from the version they saw
        const item = seen.agendaItems[race % seen.agendaItems.length] as Agenda['agendaItems'][number];
        const titles = [`${item.title.split(' ')[0]} (${race}a)`, `${item.title.split(' ')[0]} (${race}b)`];
        outcomes = await Promise.all(
          editors.map((editor, n) =>
            editor
              .request(UPDATE, { input: { id: item.id, expectedVersion: item.version, title: titles[n] } })
              .then(outcome),
          ),
        );
        expected = (winner) =>
          seen.agendaItems.map((i) => (i.id === item.id ? (titles[winner] as string) : i.title));
      } else {
        // both reorder the agenda they saw: the first editor moves the last item to the top, the second the top one down
        const moves = [
          { item: seen.agendaItems.length - 1, to: 1 },
          { item: 0, to: seen.agendaItems.length },
        ];
        outcomes = await Promise.all(
          editors.map((editor, n) => {
            const move = moves[n] as { item: number; to: number };
            const id = (seen.agendaItems[move.item] as Agenda['agendaItems'][number]).id;
            return editor
              .request(MOVE, { input: { id, position: move.to, expectedAgendaVersion: seen.agendaVersion } })
              .then(outcome);
          }),
        );
        expected = (winner) => {
          const titles = seen.agendaItems.map((i) => i.title);
          const move = moves[winner] as { item: number; to: number };
          const [moved] = titles.splice(move.item, 1);
          titles.splice(move.to - 1, 0, moved as string);
          return titles;
        };
      }
      const winner = outcomes.indexOf('OK');
      const sorted = [...outcomes].sort();
      const after = (await read()).agendaItems.map((i) => i.title);
      if (
        JSON.stringify(sorted) !== JSON.stringify(['CONFLICT', 'OK']) ||
        JSON.stringify(after) !== JSON.stringify(expected(winner))
      ) {
        wrong.push(`race ${race}: ${outcomes.join('/')}, agenda ${after.join(',')}`);
      }
    }

    expect(wrong).toEqual([]);
  }, 120_000);
});
