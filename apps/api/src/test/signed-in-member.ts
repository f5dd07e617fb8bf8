import { graphqlRequest, type GraphqlResponse } from '@bestuurskracht/api/testing';
import type { MembershipRole } from '@bestuurskracht/shared/domain';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { aMembership, aPerson } from './builders/structure.builders';
import { signInAs } from './sign-in';

export type Requester = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphqlResponse<T>>;

type MembershipBuilder = ReturnType<typeof aMembership>;

export interface SignedInMember {
  personId: string;
  organisationId: string;
  /** GraphQL requests with this person's session */
  request: Requester;
}

/** A new person with one membership (shaped by `adjust`: body, portfolio, gemeente), signed in. */
export async function aSignedInMember(
  db: DataSource,
  server: Server,
  organisationId: string,
  role: MembershipRole,
  adjust: (membership: MembershipBuilder) => MembershipBuilder = (membership) => membership,
): Promise<SignedInMember> {
  const person = await aPerson().create(db);
  await adjust(aMembership(person.id, organisationId, role)).create(db);
  const cookie = await signInAs(db, person.id);
  return {
    personId: person.id,
    organisationId,
    request: (query, variables) => graphqlRequest(server, query, variables, { cookie }),
  };
}
