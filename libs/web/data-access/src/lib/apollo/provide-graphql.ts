import { inject, type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { InMemoryCache } from '@apollo/client/cache';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** The API serves the client and GraphQL from one origin, so the endpoint is a relative path. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Apollo for the whole app. Needs `provideHttpClient()` next to it: HttpLink sends through Angular's HttpClient
 * so interceptors (session, CSRF) apply to GraphQL too.
 */
export function provideGraphQL(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: GRAPHQL_PATH }),
      cache: new InMemoryCache(),
    })),
  ]);
}
