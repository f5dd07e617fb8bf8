import { availableProposalSteps, nextProposalState, ProposalStep } from './proposal-lifecycle';
import { ProposalState } from './vocabulary';

const S = ProposalState;

/** Walks a route of steps from concept and answers the states passed, or throws at the first illegal step. */
function walk(...steps: ProposalStep[]): ProposalState[] {
  const states = [S.CONCEPT];
  for (const step of steps) {
    const next = nextProposalState(states[states.length - 1] as ProposalState, step);
    if (next === null) throw new Error(`${step} is not allowed from ${states[states.length - 1]}`);
    states.push(next);
  }
  return states;
}

describe('the proposal lifecycle', () => {
  it('follows the Kempengemeenten route from concept to published', () => {
    expect(
      walk(
        ProposalStep.SUBMIT_TO_COMMITTEE,
        ProposalStep.ADVISE,
        ProposalStep.REVIEW_BY_DIRECTORS,
        ProposalStep.PLACE_ON_AGENDA,
        ProposalStep.DECIDE,
        ProposalStep.PUBLISH,
      ),
    ).toEqual([
      S.CONCEPT,
      S.IN_COMMITTEE,
      S.ADVISED,
      S.REVIEWED_BY_DIRECTORS,
      S.ON_AGENDA,
      S.DECIDED,
      S.PUBLISHED,
    ]);
  });

  it('follows the Noaberkracht route: the portefeuillehoudersoverleg decides what it has on its agenda', () => {
    expect(walk(ProposalStep.SUBMIT_TO_COMMITTEE, ProposalStep.DECIDE, ProposalStep.PUBLISH)).toEqual([
      S.CONCEPT,
      S.IN_COMMITTEE,
      S.DECIDED,
      S.PUBLISHED,
    ]);
  });

  it('sends a deferred proposal back to wait for a later agenda', () => {
    const states = walk(
      ProposalStep.SUBMIT_TO_COMMITTEE,
      ProposalStep.ADVISE,
      ProposalStep.PLACE_ON_AGENDA,
      ProposalStep.DEFER,
      ProposalStep.PLACE_ON_AGENDA,
    );
    expect(states.slice(-2)).toEqual([S.ADVISED, S.ON_AGENDA]);
  });

  it.each([
    [S.CONCEPT, ProposalStep.DECIDE],
    [S.CONCEPT, ProposalStep.PLACE_ON_AGENDA],
    [S.IN_COMMITTEE, ProposalStep.PUBLISH],
    [S.DECIDED, ProposalStep.WITHDRAW],
    [S.PUBLISHED, ProposalStep.WITHDRAW],
    [S.WITHDRAWN, ProposalStep.SUBMIT_TO_COMMITTEE],
  ])('refuses from %s the step %s', (state, step) => {
    expect(nextProposalState(state, step)).toBeNull();
  });

  it('offers no step from a final state and withdrawal from every open one', () => {
    expect(availableProposalSteps(S.PUBLISHED)).toEqual([]);
    expect(availableProposalSteps(S.WITHDRAWN)).toEqual([]);
    expect(availableProposalSteps(S.CONCEPT)).toEqual([
      ProposalStep.SUBMIT_TO_COMMITTEE,
      ProposalStep.WITHDRAW,
    ]);
  });
});
