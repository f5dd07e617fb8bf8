/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type AdoptDecisionListInput = {
  /** The later meeting of the same body that adopts the besluitenlijst */
  adoptedInMeetingId: string | number;
  id: string | number;
};

/** ter besluitvorming / ter advisering / ter bespreking / ter informatie */
export type AgendaItemPurpose = 'ADVICE' | 'DECISION' | 'DISCUSSION' | 'INFORMATION';

/** Follow-up of a decision: one task per gemeente, or one joint task to the organisation */
export type AssignFollowUpTasksInput = {
  decisionId: string | number;
  description?: string | null | undefined;
  /** yyyy-mm-dd */
  dueOn: string;
  /** true: one joint task for the organisation, requested by these gemeenten */
  forOrganisation?: boolean | null | undefined;
  /** The gemeenten that must do it, or that request the joint task (forOrganisation) */
  municipalityIds: Array<string | number>;
  /** Dutch, as the gemeenten will read it */
  title: string;
};

/** openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately) */
export type Confidentiality = 'CONFIDENTIAL' | 'PUBLIC' | 'SECRET';

export type DecisionListStatus = 'ADOPTED' | 'DRAFT' | 'PUBLISHED';

/** aangenomen / gewijzigd aangenomen / aangehouden / verworpen / teruggetrokken */
export type DecisionOutcome = 'ADOPTED' | 'ADOPTED_AMENDED' | 'DEFERRED' | 'REJECTED' | 'WITHDRAWN';

export type MeetingStatus = 'AGENDA_SENT' | 'CANCELLED' | 'CLOSED' | 'PLANNED' | 'PUBLISHED';

export type RecordDecisionInput = {
  agendaItemId: string | number;
  /** yyyy-mm-dd */
  decidedOn: string;
  /** Optional UUID chosen by the client: sending it again within 24 hours answers the first result */
  idempotencyKey?: string | number | null | undefined;
  outcome: DecisionOutcome;
  retentionClass: RetentionClass;
  /** The wording of the decision */
  text: string;
  title: string;
  votes?: Array<VoteInput> | null | undefined;
};

/** archiefnominatie: bewaren (KEEP) or vernietigen (DESTROY) after its term */
export type RetentionClass = 'DESTROY' | 'KEEP';

export type SearchHitKind = 'DECISION' | 'DOCUMENT' | 'PROPOSAL';

export type TaskStatus = 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'OPEN';

/** voor / tegen / onthouding */
export type VoteChoice = 'ABSTAIN' | 'AGAINST' | 'FOR';

/** One member's vote */
export type VoteInput = {
  choice: VoteChoice;
  /** The gemeente the member votes for */
  municipalityId?: string | number | null | undefined;
  personId: string | number;
};

export type DecisionSummaryFragment = {
  id: string;
  correctsDecisionId: string | null;
  title: string;
  text: string;
  outcome: DecisionOutcome;
  decidedOn: string;
  confidentiality: Confidentiality;
  municipalityScope: Array<string>;
  publishedAt: string | null;
  meetingId: string;
  agendaItemId: string;
  bodyId: string;
  organisationId: string;
  excludedMembers: Array<string>;
  votes: Array<{ id: string; choice: VoteChoice; personId: string; municipalityId: string | null }>;
  tasks: Array<{
    id: string;
    title: string;
    dueOn: string;
    status: TaskStatus;
    late: boolean;
    municipalityId: string | null;
    forOrganisation: boolean;
  }>;
};

export type SearchDecisionsQueryVariables = Exact<{
  text: string;
  organisationId?: string | number | null | undefined;
}>;

export type SearchDecisionsQuery = {
  search: Array<{ id: string; kind: SearchHitKind; title: string; snippet: string; rank: number }>;
};

export type RecentDecisionsQueryVariables = Exact<{
  first: number;
  organisationId?: string | number | null | undefined;
}>;

export type RecentDecisionsQuery = {
  decisions: {
    totalCount: number;
    nodes: Array<{
      id: string;
      correctsDecisionId: string | null;
      title: string;
      text: string;
      outcome: DecisionOutcome;
      decidedOn: string;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      publishedAt: string | null;
      meetingId: string;
      agendaItemId: string;
      bodyId: string;
      organisationId: string;
      excludedMembers: Array<string>;
      votes: Array<{ id: string; choice: VoteChoice; personId: string; municipalityId: string | null }>;
      tasks: Array<{
        id: string;
        title: string;
        dueOn: string;
        status: TaskStatus;
        late: boolean;
        municipalityId: string | null;
        forOrganisation: boolean;
      }>;
    }>;
  };
};

export type DecisionByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type DecisionByIdQuery = {
  decision: {
    id: string;
    correctsDecisionId: string | null;
    title: string;
    text: string;
    outcome: DecisionOutcome;
    decidedOn: string;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    publishedAt: string | null;
    meetingId: string;
    agendaItemId: string;
    bodyId: string;
    organisationId: string;
    excludedMembers: Array<string>;
    votes: Array<{ id: string; choice: VoteChoice; personId: string; municipalityId: string | null }>;
    tasks: Array<{
      id: string;
      title: string;
      dueOn: string;
      status: TaskStatus;
      late: boolean;
      municipalityId: string | null;
      forOrganisation: boolean;
    }>;
  };
};

export type MeetingDecisionsQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type MeetingDecisionsQuery = {
  meeting: {
    id: string;
    title: string;
    startsAt: string;
    status: MeetingStatus;
    bodyId: string;
    organisationId: string;
    body: { id: string; name: string } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposal: { id: string; title: string } | null;
    }>;
  };
};

export type BodyDecisionsQueryVariables = Exact<{
  bodyId: string | number;
  from: string;
  to: string;
}>;

export type BodyDecisionsQuery = {
  decisions: {
    nodes: Array<{
      id: string;
      correctsDecisionId: string | null;
      title: string;
      text: string;
      outcome: DecisionOutcome;
      decidedOn: string;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      publishedAt: string | null;
      meetingId: string;
      agendaItemId: string;
      bodyId: string;
      organisationId: string;
      excludedMembers: Array<string>;
      votes: Array<{ id: string; choice: VoteChoice; personId: string; municipalityId: string | null }>;
      tasks: Array<{
        id: string;
        title: string;
        dueOn: string;
        status: TaskStatus;
        late: boolean;
        municipalityId: string | null;
        forOrganisation: boolean;
      }>;
    }>;
  };
  decisionLists: {
    nodes: Array<{
      id: string;
      meetingId: string;
      status: DecisionListStatus;
      adoptedAt: string | null;
      adoptedInMeetingId: string | null;
      publishedAt: string | null;
      publicationDueOn: string | null;
      publicationOverdue: boolean;
    }>;
  };
  meetings: { nodes: Array<{ id: string; title: string; startsAt: string; status: MeetingStatus }> };
};

export type OrganisationMunicipalitiesQueryVariables = Exact<{
  id: string | number;
}>;

export type OrganisationMunicipalitiesQuery = {
  organisation: { id: string; municipalities: Array<{ id: string; name: string }> };
};

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;

export type RecordDecisionMutation = {
  recordDecision: {
    id: string;
    correctsDecisionId: string | null;
    title: string;
    text: string;
    outcome: DecisionOutcome;
    decidedOn: string;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    publishedAt: string | null;
    meetingId: string;
    agendaItemId: string;
    bodyId: string;
    organisationId: string;
    excludedMembers: Array<string>;
    votes: Array<{ id: string; choice: VoteChoice; personId: string; municipalityId: string | null }>;
    tasks: Array<{
      id: string;
      title: string;
      dueOn: string;
      status: TaskStatus;
      late: boolean;
      municipalityId: string | null;
      forOrganisation: boolean;
    }>;
  };
};

export type DraftDecisionListMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type DraftDecisionListMutation = { draftDecisionList: { id: string; status: DecisionListStatus } };

export type AdoptDecisionListMutationVariables = Exact<{
  input: AdoptDecisionListInput;
}>;

export type AdoptDecisionListMutation = { adoptDecisionList: { id: string; status: DecisionListStatus } };

export type PublishDecisionListMutationVariables = Exact<{
  id: string | number;
}>;

export type PublishDecisionListMutation = { publishDecisionList: { id: string; status: DecisionListStatus } };

export type AssignFollowUpTasksMutationVariables = Exact<{
  input: AssignFollowUpTasksInput;
}>;

export type AssignFollowUpTasksMutation = { assignFollowUpTasks: Array<{ id: string }> };

export const DecisionSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctsDecisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedMembers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionSummaryFragment, unknown>;
export const SearchDecisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchDecisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'snippet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchDecisionsQuery, SearchDecisionsQueryVariables>;
export const RecentDecisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecentDecisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSummary' } },
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
      name: { kind: 'Name', value: 'DecisionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctsDecisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedMembers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecentDecisionsQuery, RecentDecisionsQueryVariables>;
export const DecisionByIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DecisionById' },
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
            name: { kind: 'Name', value: 'decision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctsDecisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedMembers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecisionByIdQuery, DecisionByIdQueryVariables>;
export const MeetingDecisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingDecisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
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
} as unknown as DocumentNode<MeetingDecisionsQuery, MeetingDecisionsQueryVariables>;
export const BodyDecisionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BodyDecisions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
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
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSummary' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisionLists' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bodyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'adoptedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'adoptedInMeetingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publicationDueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publicationOverdue' } },
                    ],
                  },
                },
              ],
            },
          },
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
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
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
      name: { kind: 'Name', value: 'DecisionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctsDecisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedMembers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BodyDecisionsQuery, BodyDecisionsQueryVariables>;
export const OrganisationMunicipalitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationMunicipalities' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganisationMunicipalitiesQuery, OrganisationMunicipalitiesQueryVariables>;
export const RecordDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordDecisionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DecisionSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DecisionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Decision' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'correctsDecisionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedMembers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const DraftDecisionListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DraftDecisionList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftDecisionList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftDecisionListMutation, DraftDecisionListMutationVariables>;
export const AdoptDecisionListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdoptDecisionList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdoptDecisionListInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adoptDecisionList' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdoptDecisionListMutation, AdoptDecisionListMutationVariables>;
export const PublishDecisionListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishDecisionList' },
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
            name: { kind: 'Name', value: 'publishDecisionList' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishDecisionListMutation, PublishDecisionListMutationVariables>;
export const AssignFollowUpTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignFollowUpTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssignFollowUpTasksInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignFollowUpTasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignFollowUpTasksMutation, AssignFollowUpTasksMutationVariables>;
