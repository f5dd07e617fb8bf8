/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
/** positief / positief met wijzigingen / negatief / geen advies */
export type AdviceOutcome = 'NEGATIVE' | 'NO_ADVICE' | 'POSITIVE' | 'POSITIVE_WITH_CHANGES';

/** openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately) */
export type Confidentiality = 'CONFIDENTIAL' | 'PUBLIC' | 'SECRET';

/** kadernota, ontwerpbegroting, begrotingswijziging, jaarstukken, wijziging van de regeling */
export type CouncilViewSubject =
  'ANNUAL_ACCOUNTS' | 'ARRANGEMENT_CHANGE' | 'BUDGET_AMENDMENT' | 'DRAFT_BUDGET' | 'FRAMEWORK_MEMO';

export type MeetingStatus = 'AGENDA_SENT' | 'CANCELLED' | 'CLOSED' | 'PLANNED' | 'PUBLISHED';

export type TaskStatus = 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'OPEN';

export type AttentionQueryVariables = Exact<{ [key: string]: never }>;

export type AttentionQuery = {
  attention: {
    agendasToReview: Array<{
      itemCount: number;
      reviewedCount: number;
      meeting: { id: string; title: string; startsAt: string; body: { id: string; name: string } | null };
    }>;
    advicesToAdopt: Array<{
      id: string;
      outcome: AdviceOutcome;
      proposalId: string;
      proposal: { id: string; title: string } | null;
    }>;
    agendasToPublish: Array<{
      id: string;
      title: string;
      startsAt: string;
      status: MeetingStatus;
      agendaPublicationDueAt: string;
      body: { id: string; name: string } | null;
    }>;
    tasks: Array<{
      id: string;
      title: string;
      dueOn: string;
      late: boolean;
      status: TaskStatus;
      municipalityId: string | null;
      confidentiality: Confidentiality;
    }>;
    councilViewProcedures: Array<{
      id: string;
      title: string;
      subject: CouncilViewSubject;
      deadlineOn: string;
      daysLeft: number;
      overdue: boolean;
    }>;
  };
};

export const AttentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Attention' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agendasToReview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                      { kind: 'Field', name: { kind: 'Name', value: 'itemCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewedCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advicesToAdopt' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agendasToPublish' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'late' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'councilViewProcedures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deadlineOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
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
} as unknown as DocumentNode<AttentionQuery, AttentionQueryVariables>;
