import { inject, type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { Router } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { InMemoryCache } from '@apollo/client/cache';
import { ApolloLink } from '@apollo/client/link';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { SessionExpiry } from '../session/session-expiry';

/** The API serves the client and GraphQL from one origin, so the endpoint is a relative path. */
export const GRAPHQL_PATH = '/graphql';

/** Operations that may answer UNAUTHENTICATED without meaning "your session ended". */
const SIGN_IN_OPERATIONS = new Set(['LogIn', 'LogOut', 'Me', 'SignInOptions']);

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

/**
 * Apollo for the whole app. Needs `provideHttpClient()` and the router next to it. Queries and mutations go over
 * HTTP through Angular's HttpClient; subscriptions over one lazily opened graphql-ws socket, which the API signs
 * in with the session cookie. An expired session sends a reading page to the sign-in page (and back after);
 * a failed save keeps the page, so nothing typed is lost, and the shell offers to sign in again.
 */
export function provideGraphQL(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideApollo(() => {
      const router = inject(Router);
      const expiry = inject(SessionExpiry);
      const http = inject(HttpLink).create({ uri: GRAPHQL_PATH });
      const webSocket = new GraphQLWsLink(createClient({ url: webSocketUrl, lazy: true, retryAttempts: 5 }));

      const expired = new ErrorLink(({ error, operation }) => {
        if (!CombinedGraphQLErrors.is(error) || SIGN_IN_OPERATIONS.has(operation.operationName ?? '')) return;
        if (!error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return;
        expiry.markExpired();
        if (operation.operationType === OperationTypeNode.QUERY && !router.url.startsWith('/inloggen')) {
          void router.navigate(['/inloggen'], { queryParams: { sessie: 'verlopen', terug: router.url } });
        }
      });

      return {
        link: ApolloLink.from([
          expired,
          ApolloLink.split(
            ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
            webSocket,
            http,
          ),
        ]),
        cache: new InMemoryCache(),
      };
    }),
  ]);
}
