/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type AdoptAdviceInput = {
  /** The version you read; adoption is refused when it has changed since */
  expectedVersion: number;
  id: string | number;
};

/** positief / positief met wijzigingen / negatief / geen advies */
export type AdviceOutcome = 'NEGATIVE' | 'NO_ADVICE' | 'POSITIVE' | 'POSITIVE_WITH_CHANGES';

export type AdviceStatus = 'ADOPTED' | 'DRAFT';

/** hamerstuk / bespreekstuk */
export type AgendaItemHandling = 'CONSENT' | 'DEBATE';

/** ter besluitvorming / ter advisering / ter bespreking / ter informatie */
export type AgendaItemPurpose = 'ADVICE' | 'DECISION' | 'DISCUSSION' | 'INFORMATION';

/** openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately) */
export type Confidentiality = 'CONFIDENTIAL' | 'PUBLIC' | 'SECRET';

export type DraftAdviceInput = {
  /** The committee’s item ter advisering that carries the proposal */
  agendaItemId: string | number;
  outcome: AdviceOutcome;
  reasoning: string;
};

export type MeetingStatus = 'AGENDA_SENT' | 'CANCELLED' | 'CLOSED' | 'PLANNED' | 'PUBLISHED';

export type ProposalState =
  | 'ADVISED'
  | 'CONCEPT'
  | 'DECIDED'
  | 'IN_COMMITTEE'
  | 'ON_AGENDA'
  | 'PUBLISHED'
  | 'REVIEWED_BY_DIRECTORS'
  | 'WITHDRAWN';

export type ProposalStep =
  | 'ADVISE'
  | 'DECIDE'
  | 'DEFER'
  | 'PLACE_ON_AGENDA'
  | 'PUBLISH'
  | 'REVIEW_BY_DIRECTORS'
  | 'SUBMIT_TO_COMMITTEE'
  | 'WITHDRAW';

export type RecordAdviceReservationInput = {
  adviceId: string | number;
  /** The gemeente that differs from the advice: one you act for in the advising committee */
  municipalityId: string | number;
  text: string;
};

export type UpdateAdviceDraftInput = {
  /** The version you read; the update is refused when it has changed since */
  expectedVersion: number;
  id: string | number;
  outcome?: AdviceOutcome | null | undefined;
  reasoning?: string | null | undefined;
};

export type CommitteeMeetingsQueryVariables = Exact<{
  bodyId: string | number;
  from: string;
}>;

export type CommitteeMeetingsQuery = {
  meetings: {
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      status: MeetingStatus;
      location: string | null;
      confidentiality: Confidentiality;
      agendaItems: Array<{
        id: string;
        position: number;
        title: string;
        purpose: AgendaItemPurpose;
        handling: AgendaItemHandling;
        confidentiality: Confidentiality;
        municipalityScope: Array<string>;
        proposal: { id: string; title: string; state: ProposalState } | null;
        advice: { id: string; status: AdviceStatus; outcome: AdviceOutcome } | null;
        documents: Array<{ id: string; title: string; fileName: string; confidentiality: Confidentiality }>;
      }>;
    }>;
  };
};

export type PaperFragment = {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  confidentiality: Confidentiality;
};

export type AdviceFieldsFragment = {
  id: string;
  bodyId: string;
  agendaItemId: string;
  proposalId: string;
  organisationId: string;
  status: AdviceStatus;
  outcome: AdviceOutcome;
  reasoning: string;
  confidentiality: Confidentiality;
  adoptedAt: string | null;
  updatedAt: string;
  version: number;
  reservations: Array<{ id: string; municipalityId: string; text: string; createdAt: string }>;
};

export type LineageItemFragment = {
  id: string;
  purpose: AgendaItemPurpose;
  meeting: { id: string; title: string; startsAt: string; body: { id: string; name: string } | null } | null;
};

export type ProposalQueryVariables = Exact<{
  id: string | number;
}>;

export type ProposalQuery = {
  proposal: {
    id: string;
    title: string;
    summary: string | null;
    state: ProposalState;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    organisationId: string;
    portfolioId: string;
    followedByMe: boolean;
    currentVersionNumber: number;
    version: number;
    currentVersion: {
      id: string;
      number: number;
      title: string;
      body: string;
      changeNote: string | null;
      createdAt: string;
      financialConsequences: string | null;
      decisionPoints: Array<{ id: string; number: number; text: string }>;
      financialImpacts: Array<{
        id: string;
        municipalityId: string;
        amountCents: string;
        note: string | null;
      }>;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
    } | null;
    versions: Array<{
      id: string;
      number: number;
      body: string;
      changeNote: string | null;
      createdAt: string;
      decisionPoints: Array<{ id: string; number: number; text: string }>;
    }>;
    steps: Array<{
      at: string;
      from: ProposalState | null;
      to: ProposalState;
      step: ProposalStep | null;
      actor: { id: string; name: string } | null;
    }>;
    agendaItems: Array<{
      title: string;
      bodyId: string;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      id: string;
      purpose: AgendaItemPurpose;
      sourceAgendaItem: {
        id: string;
        purpose: AgendaItemPurpose;
        meeting: {
          id: string;
          title: string;
          startsAt: string;
          body: { id: string; name: string } | null;
        } | null;
      } | null;
      forwardedTo: Array<{
        id: string;
        purpose: AgendaItemPurpose;
        meeting: {
          id: string;
          title: string;
          startsAt: string;
          body: { id: string; name: string } | null;
        } | null;
      }>;
      advice: {
        id: string;
        bodyId: string;
        agendaItemId: string;
        proposalId: string;
        organisationId: string;
        status: AdviceStatus;
        outcome: AdviceOutcome;
        reasoning: string;
        confidentiality: Confidentiality;
        adoptedAt: string | null;
        updatedAt: string;
        version: number;
        reservations: Array<{ id: string; municipalityId: string; text: string; createdAt: string }>;
      } | null;
      meeting: {
        id: string;
        title: string;
        startsAt: string;
        body: { id: string; name: string } | null;
      } | null;
    }>;
  };
};

export type ProposalOrganisationQueryVariables = Exact<{
  id: string | number;
}>;

export type ProposalOrganisationQuery = {
  organisation: {
    id: string;
    name: string;
    municipalities: Array<{ id: string; name: string }>;
    portfolios: Array<{ id: string; name: string }>;
  };
};

export type FollowProposalMutationVariables = Exact<{
  proposalId: string | number;
}>;

export type FollowProposalMutation = { followProposal: { id: string; followedByMe: boolean } };

export type UnfollowProposalMutationVariables = Exact<{
  proposalId: string | number;
}>;

export type UnfollowProposalMutation = { unfollowProposal: { id: string; followedByMe: boolean } };

export type DraftAdviceMutationVariables = Exact<{
  input: DraftAdviceInput;
}>;

export type DraftAdviceMutation = {
  draftAdvice: {
    id: string;
    bodyId: string;
    agendaItemId: string;
    proposalId: string;
    organisationId: string;
    status: AdviceStatus;
    outcome: AdviceOutcome;
    reasoning: string;
    confidentiality: Confidentiality;
    adoptedAt: string | null;
    updatedAt: string;
    version: number;
    reservations: Array<{ id: string; municipalityId: string; text: string; createdAt: string }>;
  };
};

export type UpdateAdviceDraftMutationVariables = Exact<{
  input: UpdateAdviceDraftInput;
}>;

export type UpdateAdviceDraftMutation = {
  updateAdviceDraft: {
    id: string;
    bodyId: string;
    agendaItemId: string;
    proposalId: string;
    organisationId: string;
    status: AdviceStatus;
    outcome: AdviceOutcome;
    reasoning: string;
    confidentiality: Confidentiality;
    adoptedAt: string | null;
    updatedAt: string;
    version: number;
    reservations: Array<{ id: string; municipalityId: string; text: string; createdAt: string }>;
  };
};

export type AdoptAdviceMutationVariables = Exact<{
  input: AdoptAdviceInput;
}>;

export type AdoptAdviceMutation = {
  adoptAdvice: {
    id: string;
    bodyId: string;
    agendaItemId: string;
    proposalId: string;
    organisationId: string;
    status: AdviceStatus;
    outcome: AdviceOutcome;
    reasoning: string;
    confidentiality: Confidentiality;
    adoptedAt: string | null;
    updatedAt: string;
    version: number;
    reservations: Array<{ id: string; municipalityId: string; text: string; createdAt: string }>;
  };
};

export type RecordAdviceReservationMutationVariables = Exact<{
  input: RecordAdviceReservationInput;
}>;

export type RecordAdviceReservationMutation = {
  recordAdviceReservation: { id: string; municipalityId: string; text: string; createdAt: string };
};

export const PaperFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Paper' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaperFragment, unknown>;
export const AdviceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdviceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Advice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdviceFieldsFragment, unknown>;
export const LineageItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LineageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'body' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LineageItemFragment, unknown>;
export const CommitteeMeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommitteeMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bodyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agendaItems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'handling' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'proposal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'advice' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'documents' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitteeMeetingsQuery, CommitteeMeetingsQueryVariables>;
export const ProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Proposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'portfolioId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentVersionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentVersion' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financialConsequences' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decisionPoints' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'financialImpacts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amountCents' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'documents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'Paper' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changeNote' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'decisionPoints' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'steps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'step' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agendaItems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LineageItem' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sourceAgendaItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LineageItem' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'forwardedTo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LineageItem' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'advice' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdviceFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Paper' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LineageItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'body' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdviceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Advice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const ProposalOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProposalOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'municipalities' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'portfolios' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalOrganisationQuery, ProposalOrganisationQueryVariables>;
export const FollowProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FollowProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'proposalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followedByMe' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowProposalMutation, FollowProposalMutationVariables>;
export const UnfollowProposalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnfollowProposal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unfollowProposal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'proposalId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'proposalId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followedByMe' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnfollowProposalMutation, UnfollowProposalMutationVariables>;
export const DraftAdviceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DraftAdvice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DraftAdviceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftAdvice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdviceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdviceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Advice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftAdviceMutation, DraftAdviceMutationVariables>;
export const UpdateAdviceDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAdviceDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAdviceDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAdviceDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdviceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdviceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Advice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAdviceDraftMutation, UpdateAdviceDraftMutationVariables>;
export const AdoptAdviceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdoptAdvice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdoptAdviceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adoptAdvice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdviceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdviceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Advice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasoning' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reservations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdoptAdviceMutation, AdoptAdviceMutationVariables>;
export const RecordAdviceReservationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAdviceReservation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAdviceReservationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAdviceReservation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAdviceReservationMutation, RecordAdviceReservationMutationVariables>;
