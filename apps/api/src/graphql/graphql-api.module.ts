import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from '../auth/auth.module';
import { AuthzModule } from '../authz/authz.module';
import { ViewerFactory } from '../authz/viewer.factory';
import { ConfigService } from '../config/config.service';
import { AuditModule } from '../modules/audit/audit.module';
import { OrganisationModule } from '../modules/organisation/organisation.module';
import { BodyModule } from '../modules/body/body.module';
import { PersonModule } from '../modules/person/person.module';
import { MeetingModule } from '../modules/meeting/meeting.module';
import { ProposalModule } from '../modules/proposal/proposal.module';
import { AdviceModule } from '../modules/advice/advice.module';
import { ReviewModule } from '../modules/review/review.module';
import { DecisionModule } from '../modules/decision/decision.module';
import { TaskModule } from '../modules/task/task.module';
import { CouncilViewModule } from '../modules/council-view/council-view.module';
import { DocumentModule } from '../modules/document/document.module';
import { IntegrityModule } from '../modules/integrity/integrity.module';
import { QuotaModule } from '../modules/quota/quota.module';
import { PublicationModule } from '../modules/publication/publication.module';
import { LiveModule } from '../modules/live/live.module';
import { NotificationModule } from '../modules/notification/notification.module';
import { ExportModule } from '../modules/export/export.module';
import { SearchModule } from '../modules/search/search.module';
import { AttentionModule } from '../modules/attention/attention.module';
import { graphqlOptions } from './graphql-options';
import { RequestLoadersFactory } from './request-loaders';
import { RequestLoadersModule } from './request-loaders.module';
import { createValidationPipe } from './validation.pipe';

/** The GraphQL API: Apollo Server plus every domain module that contributes types and resolvers. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RequestLoadersModule, AuthModule, AuthzModule],
      inject: [ConfigService, RequestLoadersFactory, ViewerFactory],
      useFactory: (config: ConfigService, loaders: RequestLoadersFactory, viewers: ViewerFactory) =>
        graphqlOptions(config.isProduction, loaders, viewers),
    }),
    AuthModule,
    AuthzModule,
    AuditModule,
    OrganisationModule,
    BodyModule,
    PersonModule,
    MeetingModule,
    ProposalModule,
    AdviceModule,
    ReviewModule,
    DecisionModule,
    TaskModule,
    CouncilViewModule,
    DocumentModule,
    IntegrityModule,
    QuotaModule,
    PublicationModule,
    SearchModule,
    AttentionModule,
    ExportModule,
    NotificationModule,
    LiveModule,
  ],
  providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
})
export class GraphqlApiModule {}
