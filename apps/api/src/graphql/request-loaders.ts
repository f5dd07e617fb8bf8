import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../authz/viewer';
import { createOrganisationLoaders } from '../modules/organisation/organisation.loaders';
import { createBodyLoaders } from '../modules/body/body.loaders';
import { createPersonLoaders } from '../modules/person/person.loaders';
import { createMeetingLoaders } from '../modules/meeting/meeting.loaders';
import { createProposalLoaders } from '../modules/proposal/proposal.loaders';
import { createAdviceLoaders } from '../modules/advice/advice.loaders';
import { createReviewLoaders } from '../modules/review/review.loaders';
import { createDecisionLoaders } from '../modules/decision/decision.loaders';
import { createTaskLoaders } from '../modules/task/task.loaders';
import { createCouncilViewLoaders } from '../modules/council-view/council-view.loaders';
import { createDocumentLoaders } from '../modules/document/document.loaders';
import { createIntegrityLoaders } from '../modules/integrity/integrity.loaders';
import { createQuotaLoaders } from '../modules/quota/quota.loaders';
import { createPublicationLoaders } from '../modules/publication/publication.loaders';
import { createSearchLoaders } from '../modules/search/search.loaders';
import { createNotificationLoaders } from '../modules/notification/notification.loaders';

export type RequestLoaders = ReturnType<RequestLoadersFactory['create']>;

/**
 * Makes fresh DataLoaders for each request, so batching and caching never cross requests. Each domain module
 * contributes its own loaders (`<module>.loaders.ts`), bound to the request's viewer so a nested field shows exactly what a list would.
 */
@Injectable()
export class RequestLoadersFactory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(viewer: Viewer) {
    return {
      ...createOrganisationLoaders(this.dataSource, viewer),
      ...createBodyLoaders(this.dataSource, viewer),
      ...createPersonLoaders(this.dataSource, viewer),
      ...createMeetingLoaders(this.dataSource, viewer),
      ...createProposalLoaders(this.dataSource, viewer),
      ...createAdviceLoaders(this.dataSource, viewer),
      ...createReviewLoaders(this.dataSource, viewer),
      ...createDecisionLoaders(this.dataSource, viewer),
      ...createTaskLoaders(this.dataSource, viewer),
      ...createCouncilViewLoaders(this.dataSource, viewer),
      ...createDocumentLoaders(this.dataSource, viewer),
      ...createIntegrityLoaders(this.dataSource, viewer),
      ...createQuotaLoaders(this.dataSource, viewer),
      ...createPublicationLoaders(this.dataSource, viewer),
      ...createSearchLoaders(this.dataSource, viewer),
      ...createNotificationLoaders(this.dataSource, viewer),
    };
  }
}
