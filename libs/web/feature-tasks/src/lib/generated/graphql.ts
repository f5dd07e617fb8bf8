/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
/** openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately) */
export type Confidentiality = 'CONFIDENTIAL' | 'PUBLIC' | 'SECRET';

export type CouncilViewProcedureStatus = 'CLOSED' | 'OPEN';

export type CouncilViewStatus = 'AWAITED' | 'NO_VIEW' | 'SUBMITTED';

/** kadernota, ontwerpbegroting, begrotingswijziging, jaarstukken, wijziging van de regeling */
export type CouncilViewSubject =
  'ANNUAL_ACCOUNTS' | 'ARRANGEMENT_CHANGE' | 'BUDGET_AMENDMENT' | 'DRAFT_BUDGET' | 'FRAMEWORK_MEMO';

export type RecordCouncilViewInput = {
  municipalityId: string | number;
  procedureId: string | number;
  /** SUBMITTED, or NO_VIEW when the raad gives none */
  status: CouncilViewStatus;
  /** yyyy-mm-dd */
  submittedOn: string;
  summary?: string | null | undefined;
};

/** besluit, publicatie van de agenda, verzoek van een gemeente, gezamenlijke opdracht, zienswijze */
export type TaskOrigin =
  'AGENDA_PUBLICATION' | 'COUNCIL_VIEW' | 'DECISION' | 'JOINT_ASSIGNMENT' | 'MUNICIPAL_REQUEST';

export type TaskStatus = 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'OPEN';

export type UpdateTaskStatusInput = {
  /** The version you read; a newer one means someone else changed it */
  expectedVersion: number;
  id: string | number;
  /** DONE records you as the one who completed it */
  status: TaskStatus;
};

export type CouncilViewProceduresQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type CouncilViewProceduresQuery = {
  organisation: { id: string; name: string; municipalities: Array<{ id: string; name: string }> };
  councilViewProcedures: {
    totalCount: number;
    nodes: Array<{
      id: string;
      organisationId: string;
      bodyId: string;
      title: string;
      subject: CouncilViewSubject;
      status: CouncilViewProcedureStatus;
      sentOn: string;
      deadlineOn: string;
      daysLeft: number;
      overdue: boolean;
      reaction: string | null;
      reactedOn: string | null;
      views: Array<{
        id: string;
        procedureId: string;
        municipalityId: string;
        status: CouncilViewStatus;
        submittedOn: string | null;
        summary: string | null;
      }>;
    }>;
  };
};

export type RecordCouncilViewMutationVariables = Exact<{
  input: RecordCouncilViewInput;
}>;

export type RecordCouncilViewMutation = {
  recordCouncilView: {
    id: string;
    procedureId: string;
    municipalityId: string;
    status: CouncilViewStatus;
    submittedOn: string | null;
    summary: string | null;
  };
};

export type TaskOrganisationQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type TaskOrganisationQuery = {
  organisation: { id: string; name: string; municipalities: Array<{ id: string; name: string }> };
  persons: { nodes: Array<{ id: string; name: string }> };
};

export type TaskSummaryQueryVariables = Exact<{
  municipalityId: string | number;
}>;

export type TaskSummaryQuery = {
  taskSummary: {
    open: number;
    inProgress: number;
    late: number;
    done: number;
    byAssignee: Array<{ assigneeId: string | null; open: number; late: number; done: number }>;
  };
};

export type TaskRowFragment = {
  id: string;
  title: string;
  description: string | null;
  origin: TaskOrigin;
  dueOn: string;
  late: boolean;
  status: TaskStatus;
  assigneeId: string | null;
  municipalityId: string | null;
  organisationId: string;
  bodyId: string | null;
  forOrganisation: boolean;
  requestedByMunicipalityIds: Array<string>;
  confidentiality: Confidentiality;
  version: number;
};

export type TasksQueryVariables = Exact<{
  municipalityId: string | number;
  status?: Array<TaskStatus> | TaskStatus | null | undefined;
  late?: boolean | null | undefined;
  dueAfter?: string | null | undefined;
  dueBefore?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type TasksQuery = {
  tasks: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{
      id: string;
      title: string;
      description: string | null;
      origin: TaskOrigin;
      dueOn: string;
      late: boolean;
      status: TaskStatus;
      assigneeId: string | null;
      municipalityId: string | null;
      organisationId: string;
      bodyId: string | null;
      forOrganisation: boolean;
      requestedByMunicipalityIds: Array<string>;
      confidentiality: Confidentiality;
      version: number;
    }>;
  };
};

export type UpdateTaskStatusMutationVariables = Exact<{
  input: UpdateTaskStatusInput;
}>;

export type UpdateTaskStatusMutation = {
  updateTaskStatus: {
    id: string;
    title: string;
    description: string | null;
    origin: TaskOrigin;
    dueOn: string;
    late: boolean;
    status: TaskStatus;
    assigneeId: string | null;
    municipalityId: string | null;
    organisationId: string;
    bodyId: string | null;
    forOrganisation: boolean;
    requestedByMunicipalityIds: Array<string>;
    confidentiality: Confidentiality;
    version: number;
  };
};

export const TaskRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByMunicipalityIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskRowFragment, unknown>;
export const CouncilViewProceduresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CouncilViewProcedures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'councilViewProcedures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sentOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadlineOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reactedOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'views' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'procedureId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
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
} as unknown as DocumentNode<CouncilViewProceduresQuery, CouncilViewProceduresQueryVariables>;
export const RecordCouncilViewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCouncilView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCouncilViewInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCouncilView' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'procedureId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCouncilViewMutation, RecordCouncilViewMutationVariables>;
export const TaskOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
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
} as unknown as DocumentNode<TaskOrganisationQuery, TaskOrganisationQueryVariables>;
export const TaskSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taskSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipalityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inProgress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAssignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
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
} as unknown as DocumentNode<TaskSummaryQuery, TaskSummaryQueryVariables>;
export const TasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Tasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskStatus' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'late' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dueAfter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dueBefore' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipalityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'late' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'late' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dueAfter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dueAfter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dueBefore' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dueBefore' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskRow' } }],
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
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByMunicipalityIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const UpdateTaskStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTaskStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTaskStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTaskStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'origin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'late' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByMunicipalityIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTaskStatusMutation, UpdateTaskStatusMutationVariables>;
