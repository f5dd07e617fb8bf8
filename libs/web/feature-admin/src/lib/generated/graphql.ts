/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
/** ADMINISTRATOR and DIRECTOR act in the organisation (no body or portfolio); STAFF in a portfolio; other roles in a body */
export type AddMembershipInput = {
  bodyId?: string | number | null | undefined;
  /** Last day, yyyy-mm-dd */
  endsOn?: string | null | undefined;
  /** The gemeente acted for; it must take part in the organisation */
  municipalityId?: string | number | null | undefined;
  organisationId: string | number;
  personId: string | number;
  portfolioId?: string | number | null | undefined;
  role: MembershipRole;
  /** First day, yyyy-mm-dd */
  startsOn: string;
};

/** AB, DB, bestuurscommissie, directeurenoverleg, portefeuillehoudersoverleg, college, raad, … */
export type BodyKind =
  | 'BOARD'
  | 'COMMITTEE'
  | 'CORE_GROUP'
  | 'COUNCIL'
  | 'DIRECTORS_MEETING'
  | 'EXECUTIVE_BOARD'
  | 'GENERAL_BOARD'
  | 'MUNICIPAL_EXECUTIVE'
  | 'PORTFOLIO_MEETING'
  | 'TABLE';

export type EndMembershipInput = {
  /** Last day, yyyy-mm-dd; not before the first day */
  endsOn: string;
  id: string | number;
};

export type LegalForm = 'JOINT_BODY' | 'OPERATIONAL_ORGANISATION' | 'PUBLIC_BODY' | 'REGIONAL_TABLE';

/** voorzitter, vicevoorzitter, lid, agendalid, secretaris, adviseur, toehoorder (in a body); beheerder, directeur (in the organisation); medewerker (in a portfolio) */
export type MembershipRole =
  | 'ADMINISTRATOR'
  | 'ADVISOR'
  | 'AGENDA_MEMBER'
  | 'CHAIR'
  | 'DIRECTOR'
  | 'MEMBER'
  | 'OBSERVER'
  | 'SECRETARY'
  | 'STAFF'
  | 'VICE_CHAIR';

export type OrganisationKind =
  'OPERATIONAL_ORGANISATION' | 'PUBLIC_BODY' | 'REGIONAL_TABLE' | 'SHARED_SERVICE_MERGER';

export type UpdateServiceAssignmentCostShareInput = {
  /** Percentage from 0 to 100, e.g. 22.50 */
  costSharePercent: string;
  id: string | number;
};

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminOrganisationsQuery = {
  organisations: Array<{ id: string; name: string; kind: OrganisationKind; legalForm: LegalForm }>;
};

export type AdminOrganisationQueryVariables = Exact<{
  id: string | number;
  activeOn?: string | null | undefined;
}>;

export type AdminOrganisationQuery = {
  organisation: {
    id: string;
    name: string;
    kind: OrganisationKind;
    legalForm: LegalForm;
    establishedOn: string;
    participations: Array<{
      id: string;
      startsOn: string;
      endsOn: string | null;
      municipality: { id: string; name: string; cbsCode: string; inhabitants: number };
    }>;
    bodies: Array<{ id: string; name: string; kind: BodyKind; votes: boolean; quorum: number | null }>;
    serviceAreas: Array<{ id: string; code: string; name: string }>;
  };
  serviceAssignments: {
    nodes: Array<{
      id: string;
      municipalityId: string;
      serviceAreaId: string;
      costSharePercent: string;
      startsOn: string;
      endsOn: string | null;
    }>;
  };
  persons: { nodes: Array<{ id: string; name: string }> };
};

export type BodyMembershipsQueryVariables = Exact<{
  bodyId: string | number;
  activeOn?: string | null | undefined;
}>;

export type BodyMembershipsQuery = {
  memberships: {
    nodes: Array<{
      id: string;
      role: MembershipRole;
      startsOn: string;
      endsOn: string | null;
      active: boolean;
      person: { id: string; name: string };
      municipality: { id: string; name: string } | null;
    }>;
  };
};

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;

export type AddMembershipMutation = { addMembership: { id: string } };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;

export type EndMembershipMutation = { endMembership: { id: string; endsOn: string | null } };

export type UpdateCostShareMutationVariables = Exact<{
  input: UpdateServiceAssignmentCostShareInput;
}>;

export type UpdateCostShareMutation = {
  updateServiceAssignmentCostShare: { id: string; costSharePercent: string };
};

export const AdminOrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminOrganisations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalForm' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activeOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'legalForm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'establishedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'participations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'municipality' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cbsCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'inhabitants' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bodies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'votes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quorum' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceAreas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceAssignments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'activeOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'activeOn' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'serviceAreaId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'costSharePercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<AdminOrganisationQuery, AdminOrganisationQueryVariables>;
export const BodyMembershipsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BodyMemberships' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activeOn' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bodyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'activeOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'activeOn' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
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
                        name: { kind: 'Name', value: 'municipality' },
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
      },
    },
  ],
} as unknown as DocumentNode<BodyMembershipsQuery, BodyMembershipsQueryVariables>;
export const AddMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMembership' },
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
} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const EndMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMembership' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const UpdateCostShareDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCostShare' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateServiceAssignmentCostShareInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateServiceAssignmentCostShare' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'costSharePercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCostShareMutation, UpdateCostShareMutationVariables>;
