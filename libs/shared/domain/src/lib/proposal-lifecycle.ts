import { ProposalState } from './vocabulary';

/**
 * The steps a proposal takes (domain.md, "The flow of one proposal"). Kempengemeenten style: concept → in committee
 * → advised → reviewed by directors → on DB agenda → decided → published. Noaberkracht style: the weekly
 * portefeuillehoudersoverleg decides on the proposal it has on its agenda, so in committee → decided. An organisation
 * without a directors' meeting places an advised proposal on the board's agenda directly.
 */
export enum ProposalStep {
  /** put on a committee's (or portefeuillehoudersoverleg's) agenda ter advisering */
  SUBMIT_TO_COMMITTEE = 'SUBMIT_TO_COMMITTEE',
  /** the committee's advice is adopted */
  ADVISE = 'ADVISE',
  /** the directors' meeting has reviewed the board agenda that carries it */
  REVIEW_BY_DIRECTORS = 'REVIEW_BY_DIRECTORS',
  /** the board's agenda that carries it is published */
  PLACE_ON_AGENDA = 'PLACE_ON_AGENDA',
  /** the board (or the portefeuillehoudersoverleg) took a decision on it */
  DECIDE = 'DECIDE',
  /** the board held it over (aangehouden): it waits for a later agenda */
  DEFER = 'DEFER',
  /** the besluitenlijst with its decision is published */
  PUBLISH = 'PUBLISH',
  WITHDRAW = 'WITHDRAW',
}

const S = ProposalState;

export const PROPOSAL_STEPS: Readonly<
  Record<ProposalStep, { from: readonly ProposalState[]; to: ProposalState }>
> = {
  [ProposalStep.SUBMIT_TO_COMMITTEE]: { from: [S.CONCEPT], to: S.IN_COMMITTEE },
  [ProposalStep.ADVISE]: { from: [S.IN_COMMITTEE], to: S.ADVISED },
  [ProposalStep.REVIEW_BY_DIRECTORS]: { from: [S.ADVISED], to: S.REVIEWED_BY_DIRECTORS },
  [ProposalStep.PLACE_ON_AGENDA]: { from: [S.ADVISED, S.REVIEWED_BY_DIRECTORS], to: S.ON_AGENDA },
  [ProposalStep.DECIDE]: { from: [S.IN_COMMITTEE, S.ON_AGENDA], to: S.DECIDED },
  [ProposalStep.DEFER]: { from: [S.ON_AGENDA], to: S.ADVISED },
  [ProposalStep.PUBLISH]: { from: [S.DECIDED], to: S.PUBLISHED },
  [ProposalStep.WITHDRAW]: {
    from: [S.CONCEPT, S.IN_COMMITTEE, S.ADVISED, S.REVIEWED_BY_DIRECTORS, S.ON_AGENDA],
    to: S.WITHDRAWN,
  },
};

const STATE_NAMES: Readonly<Record<ProposalState, string>> = {
  [S.CONCEPT]: 'concept',
  [S.IN_COMMITTEE]: 'in commissie',
  [S.ADVISED]: 'geadviseerd',
  [S.REVIEWED_BY_DIRECTORS]: 'besproken in het directeurenoverleg',
  [S.ON_AGENDA]: 'geagendeerd',
  [S.DECIDED]: 'besloten',
  [S.PUBLISHED]: 'gepubliceerd',
  [S.WITHDRAWN]: 'ingetrokken',
};

/** The Dutch name of a state, for messages and the interface. */
export function proposalStateName(state: ProposalState): string {
  return STATE_NAMES[state];
}

/** The state a step leads to, or null when the step cannot be taken from `state`. */
export function nextProposalState(state: ProposalState, step: ProposalStep): ProposalState | null {
  const transition = PROPOSAL_STEPS[step];
  return transition.from.includes(state) ? transition.to : null;
}

/** The steps that can be taken from `state`, in the order of the flow. */
export function availableProposalSteps(state: ProposalState): ProposalStep[] {
  return (Object.keys(PROPOSAL_STEPS) as ProposalStep[]).filter(
    (step) => nextProposalState(state, step) !== null,
  );
}
