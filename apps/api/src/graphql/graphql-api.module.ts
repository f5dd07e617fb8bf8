import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigService } from '../config/config.service';
import { AuditModule } from '../modules/audit/audit.module';
import { OrganisationModule } from '../modules/organisation/organisation.module';
import { graphqlOptions } from './graphql-options';
import { RequestLoadersFactory } from './request-loaders';
import { RequestLoadersModule } from './request-loaders.module';
import { createValidationPipe } from './validation.pipe';

/** The GraphQL API: Apollo Server plus every domain module that contributes types and resolvers. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RequestLoadersModule],
      inject: [ConfigService, RequestLoadersFactory],
      useFactory: (config: ConfigService, loaders: RequestLoadersFactory) =>
        graphqlOptions(config.isProduction, loaders),
    }),
    AuditModule,
    OrganisationModule,
  ],
  providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
})
export class GraphqlApiModule {}
