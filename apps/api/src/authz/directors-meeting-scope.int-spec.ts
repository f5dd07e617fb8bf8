import { BodyKind, MembershipRole } from '@bestuurskracht/shared/domain';
import { aBoard, aMeeting, anAgendaItem, aProposal, type Board } from '../test/builders/decision.builders';
import { aSignedInMember, type SignedInMember } from '../test/signed-in-member';
import { startTestApp, type TestApp } from '../test/test-app';

const ITEM = `query ($id: ID!) { agendaItem(id: $id) { title } }`;
const PROPOSAL = `query ($id: ID!) { proposal(id: $id) { title } }`;

/**
 * The zes-directeuren overleg's members each act for their own gemeente: an item limited to gemeente A on its
 * agenda reaches A's gemeentesecretaris, not B's (domain.md: Bergeijk does not see VTH's gemeente-limited items).
 */
describe("gemeente-limited items on a directors' meeting agenda", () => {
  let api: TestApp;
  let overleg: Board;
  let secretaryA: SignedInMember;
  let secretaryB: SignedInMember;
  let itemId: string;
  let proposalId: string;

  beforeAll(async () => {
    api = await startTestApp();
    overleg = await aBoard().ofKind(BodyKind.DIRECTORS_MEETING).create(api.dataSource);
    const [a, b] = overleg.municipalities;
    const secretaryOf = (municipalityId: string) =>
      aSignedInMember(api.dataSource, api.server, overleg.organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(overleg.body.id).forMunicipality(municipalityId),
      );
    secretaryA = await secretaryOf(a?.id as string);
    secretaryB = await secretaryOf(b?.id as string);
    const { proposal } = await aProposal(overleg).titled('Grondzaak A').create(api.dataSource);
    await api.dataSource.query(`UPDATE proposal SET municipality_scope = $2 WHERE id = $1`, [
      proposal.id,
      [a?.id],
    ]);
    const meeting = await aMeeting(overleg).create(api.dataSource);
    const item = await anAgendaItem(overleg, meeting)
      .withProposal(proposal.id)
      .limitedTo(a?.id as string)
      .create(api.dataSource);
    itemId = item.id;
    proposalId = proposal.id;
  });
  afterAll(() => api.close());

  /** Each read on its own: a refused non-null field nulls the whole answer and would hide a sibling's error. */
  const read = async (member: SignedInMember) => {
    const outcome = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      response.errors ? response.errors[0]?.extensions?.['code'] : 'read';
    const [item, proposal] = await Promise.all([
      member.request(ITEM, { id: itemId }),
      member.request(PROPOSAL, { id: proposalId }),
    ]);
    return { item: outcome(item), proposal: outcome(proposal) };
  };

  it('reaches the gemeentesecretaris of the gemeente it is limited to', async () => {
    await expect(read(secretaryA)).resolves.toEqual({ item: 'read', proposal: 'read' });
  });

  it("looks to another gemeente's gemeentesecretaris as if it did not exist", async () => {
    await expect(read(secretaryB)).resolves.toEqual({ item: 'NOT_FOUND', proposal: 'NOT_FOUND' });
  });
});
