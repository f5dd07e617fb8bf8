/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type AddAgendaItemInput = {
  /** PUBLIC or CONFIDENTIAL; geheimhouding is imposed separately */
  confidentiality: Confidentiality;
  description?: string | null | undefined;
  handling: AgendaItemHandling;
  meetingId: string | number;
  /** Limit the item to these gemeenten; empty means all */
  municipalityScope?: Array<string | number> | null | undefined;
  proposalId?: string | number | null | undefined;
  purpose: AgendaItemPurpose;
  serviceAreaId?: string | number | null | undefined;
  /** The item this one is forwarded from (lineage) */
  sourceAgendaItemId?: string | number | null | undefined;
  title: string;
};

/** positief / positief met wijzigingen / negatief / geen advies */
export type AdviceOutcome = 'NEGATIVE' | 'NO_ADVICE' | 'POSITIVE' | 'POSITIVE_WITH_CHANGES';

export type AdviceStatus = 'ADOPTED' | 'DRAFT';

export type AgendaChangeKind = 'ITEM_ADDED' | 'ITEM_CHANGED' | 'ITEM_REMOVED' | 'MEETING_CHANGED';

/** hamerstuk / bespreekstuk */
export type AgendaItemHandling = 'CONSENT' | 'DEBATE';

/** ter besluitvorming / ter advisering / ter bespreking / ter informatie */
export type AgendaItemPurpose = 'ADVICE' | 'DECISION' | 'DISCUSSION' | 'INFORMATION';

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

export type CancelMeetingInput = {
  expectedVersion: number;
  meetingId: string | number;
  /** Why it does not take place; shown with the meeting */
  reason: string;
};

/** openbaar (PUBLIC), vertrouwelijk (CONFIDENTIAL) or geheim (SECRET, imposed separately) */
export type Confidentiality = 'CONFIDENTIAL' | 'PUBLIC' | 'SECRET';

export type CreateMeetingInput = {
  bodyId: string | number;
  /** PUBLIC or CONFIDENTIAL; geheimhouding is imposed separately */
  confidentiality: Confidentiality;
  /** After startsAt */
  endsAt?: string | null | undefined;
  /** Optional UUID chosen by the client: sending it again within 24 hours answers the first result */
  idempotencyKey?: string | number | null | undefined;
  location?: string | null | undefined;
  startsAt: string;
  title: string;
};

/** Exactly one parent the document is attached to */
export type DocumentParentInput = {
  agendaItemId?: string | number | null | undefined;
  councilViewId?: string | number | null | undefined;
  decisionId?: string | number | null | undefined;
  proposalVersionId?: string | number | null | undefined;
};

export type MeetingStatus = 'AGENDA_SENT' | 'CANCELLED' | 'CLOSED' | 'PLANNED' | 'PUBLISHED';

export type MeetingStepInput = {
  expectedVersion: number;
  meetingId: string | number;
};

export type MoveAgendaItemInput = {
  /** The meeting's agendaVersion the order was read at: a move based on an agenda that has changed since is refused with CONFLICT, so two editors never reorder each other’s agenda unseen */
  expectedAgendaVersion: number;
  id: string | number;
  /** The new place on the agenda, from 1 to the number of items */
  position: number;
};

export type RemoveAgendaItemInput = {
  id: string | number;
};

export type UpdateAgendaItemInput = {
  confidentiality?: Confidentiality | null | undefined;
  description?: string | null | undefined;
  /** The version you read; the update is refused when it has changed since */
  expectedVersion: number;
  handling?: AgendaItemHandling | null | undefined;
  id: string | number;
  /** Replaces the gemeente scope; empty means all */
  municipalityScope?: Array<string | number> | null | undefined;
  proposalId?: string | number | null | undefined;
  purpose?: AgendaItemPurpose | null | undefined;
  serviceAreaId?: string | number | null | undefined;
  title?: string | null | undefined;
};

export type UploadDocumentInput = {
  /** SECRET only under the geheimhouding of its parent */
  confidentiality: Confidentiality;
  /** The file, base64-encoded */
  contentBase64: string;
  /** One of: application/pdf, text/plain, text/markdown, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, image/png, image/jpeg */
  contentType: string;
  fileName: string;
  parent: DocumentParentInput;
  title: string;
};

export type AdvisedProposalsQueryVariables = Exact<{
  organisationId: string | number;
}>;

export type AdvisedProposalsQuery = {
  proposals: {
    nodes: Array<{
      id: string;
      title: string;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
    }>;
  };
};

export type ReviewProgressQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type ReviewProgressQuery = {
  reviewProgress: Array<{
    agendaItemId: string;
    municipalityId: string;
    reviewed: boolean;
    reviewCount: number;
    lastReviewedAt: string | null;
  }>;
};

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;

export type AddAgendaItemMutation = {
  addAgendaItem: {
    id: string;
    position: number;
    title: string;
    purpose: AgendaItemPurpose;
    handling: AgendaItemHandling;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    proposalId: string | null;
    meetingId: string;
    bodyId: string;
    organisationId: string;
    version: number;
    documents: Array<{
      id: string;
      title: string;
      fileName: string;
      sizeBytes: number;
      confidentiality: Confidentiality;
    }>;
    advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
    proposal: {
      id: string;
      title: string;
      advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
    } | null;
  };
};

export type MoveAgendaItemMutationVariables = Exact<{
  input: MoveAgendaItemInput;
}>;

export type MoveAgendaItemMutation = {
  moveAgendaItem: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;

export type UpdateAgendaItemMutation = {
  updateAgendaItem: {
    id: string;
    position: number;
    title: string;
    purpose: AgendaItemPurpose;
    handling: AgendaItemHandling;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    proposalId: string | null;
    meetingId: string;
    bodyId: string;
    organisationId: string;
    version: number;
    documents: Array<{
      id: string;
      title: string;
      fileName: string;
      sizeBytes: number;
      confidentiality: Confidentiality;
    }>;
    advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
    proposal: {
      id: string;
      title: string;
      advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
    } | null;
  };
};

export type RemoveAgendaItemMutationVariables = Exact<{
  input: RemoveAgendaItemInput;
}>;

export type RemoveAgendaItemMutation = {
  removeAgendaItem: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type UploadDocumentMutationVariables = Exact<{
  input: UploadDocumentInput;
}>;

export type UploadDocumentMutation = {
  uploadDocument: {
    id: string;
    title: string;
    fileName: string;
    sizeBytes: number;
    contentType: string;
    confidentiality: Confidentiality;
    agendaItemId: string | null;
  };
};

export type SendAgendaToDirectorsMutationVariables = Exact<{
  input: MeetingStepInput;
}>;

export type SendAgendaToDirectorsMutation = {
  sendAgendaToDirectors: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type ConcludeDirectorsReviewMutationVariables = Exact<{
  input: MeetingStepInput;
}>;

export type ConcludeDirectorsReviewMutation = {
  concludeDirectorsReview: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type PublishAgendaMutationVariables = Exact<{
  input: MeetingStepInput;
}>;

export type PublishAgendaMutation = {
  publishAgenda: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;

export type CancelMeetingMutation = {
  cancelMeeting: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type CloseMeetingMutationVariables = Exact<{
  input: MeetingStepInput;
}>;

export type CloseMeetingMutation = {
  closeMeeting: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type MeetingBodiesQueryVariables = Exact<{ [key: string]: never }>;

export type MeetingBodiesQuery = {
  organisations: Array<{
    id: string;
    name: string;
    bodies: Array<{ id: string; name: string; kind: BodyKind; organisationId: string }>;
  }>;
};

export type CalendarMeetingFragment = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: MeetingStatus;
  confidentiality: Confidentiality;
  bodyId: string;
  organisationId: string;
};

export type BodyMeetingsQueryVariables = Exact<{
  bodyId: string | number;
  now: string;
  yearAgo: string;
}>;

export type BodyMeetingsQuery = {
  upcoming: {
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      location: string | null;
      status: MeetingStatus;
      confidentiality: Confidentiality;
      bodyId: string;
      organisationId: string;
    }>;
  };
  past: {
    nodes: Array<{
      id: string;
      title: string;
      startsAt: string;
      endsAt: string | null;
      location: string | null;
      status: MeetingStatus;
      confidentiality: Confidentiality;
      bodyId: string;
      organisationId: string;
    }>;
  };
};

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;

export type CreateMeetingMutation = {
  createMeeting: {
    id: string;
    title: string;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
  };
};

export type SubscribeToCalendarMutationVariables = Exact<{
  bodyId: string | number;
}>;

export type SubscribeToCalendarMutation = { subscribeToCalendar: string };

export type RevokeCalendarSubscriptionMutationVariables = Exact<{
  bodyId: string | number;
}>;

export type RevokeCalendarSubscriptionMutation = { revokeCalendarSubscription: boolean };

export type MeetingAgendaItemFragment = {
  id: string;
  position: number;
  title: string;
  purpose: AgendaItemPurpose;
  handling: AgendaItemHandling;
  confidentiality: Confidentiality;
  municipalityScope: Array<string>;
  proposalId: string | null;
  meetingId: string;
  bodyId: string;
  organisationId: string;
  version: number;
  documents: Array<{
    id: string;
    title: string;
    fileName: string;
    sizeBytes: number;
    confidentiality: Confidentiality;
  }>;
  advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
  proposal: {
    id: string;
    title: string;
    advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
  } | null;
};

export type MeetingDetailFragment = {
  id: string;
  title: string;
  agendaVersion: number;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: MeetingStatus;
  confidentiality: Confidentiality;
  bodyId: string;
  organisationId: string;
  version: number;
  agendaPublicationDueAt: string;
  agendaPublishedAt: string | null;
  agendaPublishedLate: boolean;
  agendaSentAt: string | null;
  directorsReviewedAt: string | null;
  cancellationReason: string | null;
  body: { id: string; name: string; kind: BodyKind } | null;
  agendaItems: Array<{
    id: string;
    position: number;
    title: string;
    purpose: AgendaItemPurpose;
    handling: AgendaItemHandling;
    confidentiality: Confidentiality;
    municipalityScope: Array<string>;
    proposalId: string | null;
    meetingId: string;
    bodyId: string;
    organisationId: string;
    version: number;
    documents: Array<{
      id: string;
      title: string;
      fileName: string;
      sizeBytes: number;
      confidentiality: Confidentiality;
    }>;
    advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
    proposal: {
      id: string;
      title: string;
      advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
    } | null;
  }>;
};

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingQuery = {
  meeting: {
    id: string;
    title: string;
    agendaVersion: number;
    startsAt: string;
    endsAt: string | null;
    location: string | null;
    status: MeetingStatus;
    confidentiality: Confidentiality;
    bodyId: string;
    organisationId: string;
    version: number;
    agendaPublicationDueAt: string;
    agendaPublishedAt: string | null;
    agendaPublishedLate: boolean;
    agendaSentAt: string | null;
    directorsReviewedAt: string | null;
    cancellationReason: string | null;
    body: { id: string; name: string; kind: BodyKind } | null;
    agendaItems: Array<{
      id: string;
      position: number;
      title: string;
      purpose: AgendaItemPurpose;
      handling: AgendaItemHandling;
      confidentiality: Confidentiality;
      municipalityScope: Array<string>;
      proposalId: string | null;
      meetingId: string;
      bodyId: string;
      organisationId: string;
      version: number;
      documents: Array<{
        id: string;
        title: string;
        fileName: string;
        sizeBytes: number;
        confidentiality: Confidentiality;
      }>;
      advice: { id: string; outcome: AdviceOutcome; status: AdviceStatus } | null;
      proposal: {
        id: string;
        title: string;
        advices: Array<{ id: string; outcome: AdviceOutcome; status: AdviceStatus }>;
      } | null;
    }>;
  };
};

export type OrganisationMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisationMunicipalitiesQuery = {
  organisations: Array<{
    id: string;
    municipalities: Array<{ id: string; name: string }>;
    directorsMeetings: Array<{ id: string }>;
  }>;
};

export type AgendaChangedSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;

export type AgendaChangedSubscription = {
  agendaChanged: { meetingId: string; agendaItemId: string | null; kind: AgendaChangeKind };
};

export const CalendarMeetingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarMeeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarMeetingFragment, unknown>;
export const MeetingAgendaItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
  ],
} as unknown as DocumentNode<MeetingAgendaItemFragment, unknown>;
export const MeetingDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
  ],
} as unknown as DocumentNode<MeetingDetailFragment, unknown>;
export const AdvisedProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdvisedProposals' },
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
            name: { kind: 'Name', value: 'proposals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'organisationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'organisationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'EnumValue', value: 'ADVISED' },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipalityScope' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'advices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdvisedProposalsQuery, AdvisedProposalsQueryVariables>;
export const ReviewProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewProgress' },
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
            name: { kind: 'Name', value: 'reviewProgress' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastReviewedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewProgressQuery, ReviewProgressQueryVariables>;
export const AddAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
  ],
} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const MoveAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveAgendaItemMutation, MoveAgendaItemMutationVariables>;
export const UpdateAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
  ],
} as unknown as DocumentNode<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const UploadDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UploadDocumentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadDocument' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const SendAgendaToDirectorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendAgendaToDirectors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendAgendaToDirectors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendAgendaToDirectorsMutation, SendAgendaToDirectorsMutationVariables>;
export const ConcludeDirectorsReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConcludeDirectorsReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'concludeDirectorsReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConcludeDirectorsReviewMutation, ConcludeDirectorsReviewMutationVariables>;
export const PublishAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishAgenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishAgendaMutation, PublishAgendaMutationVariables>;
export const CancelMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const CloseMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const MeetingBodiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingBodies' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bodies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
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
} as unknown as DocumentNode<MeetingBodiesQuery, MeetingBodiesQueryVariables>;
export const BodyMeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BodyMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'now' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'yearAgo' } },
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
            alias: { kind: 'Name', value: 'upcoming' },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'now' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarMeeting' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'past' },
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
                value: { kind: 'Variable', name: { kind: 'Name', value: 'yearAgo' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'now' } },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarMeeting' } },
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
      name: { kind: 'Name', value: 'CalendarMeeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BodyMeetingsQuery, BodyMeetingsQueryVariables>;
export const CreateMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarMeeting' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarMeeting' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const SubscribeToCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubscribeToCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscribeToCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bodyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubscribeToCalendarMutation, SubscribeToCalendarMutationVariables>;
export const RevokeCalendarSubscriptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarSubscription' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeCalendarSubscription' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'bodyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'bodyId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCalendarSubscriptionMutation, RevokeCalendarSubscriptionMutationVariables>;
export const MeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meeting' },
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
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingAgendaItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
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
          { kind: 'Field', name: { kind: 'Name', value: 'proposalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
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
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'advices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
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
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidentiality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bodyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublicationDueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaPublishedLate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaSentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'directorsReviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancellationReason' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'body' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingAgendaItem' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const OrganisationMunicipalitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OrganisationMunicipalities' },
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
                  alias: { kind: 'Name', value: 'directorsMeetings' },
                  name: { kind: 'Name', value: 'bodies' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'kind' },
                      value: { kind: 'EnumValue', value: 'DIRECTORS_MEETING' },
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
      },
    },
  ],
} as unknown as DocumentNode<OrganisationMunicipalitiesQuery, OrganisationMunicipalitiesQueryVariables>;
export const AgendaChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'AgendaChanged' },
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
            name: { kind: 'Name', value: 'agendaChanged' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaChangedSubscription, AgendaChangedSubscriptionVariables>;
