import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import type { CreatePortfolioInput } from './dto/create-portfolio.input';
import type { CreateServiceAreaInput } from './dto/create-service-area.input';
import { PortfolioEntity } from './portfolio.entity';
import { toPortfolio } from './portfolio.mapper';
import type { Portfolio } from './portfolio.model';
import { ServiceAreaEntity } from './service-area.entity';
import { toServiceArea } from './service-area.mapper';
import type { ServiceArea } from './service-area.model';
import { conflictOnUniqueViolation } from './unique-violation';

/** Portfolios and the service areas in them: the organisation's policy domains and tasks. */
@Injectable()
export class PortfolioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  createPortfolio(viewer: Viewer, input: CreatePortfolioInput): Promise<Portfolio> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      viewer.authorizeNew('Portfolio', { ...input });
      const taken = `the organisation already has a portfolio with code ${input.code}`;
      if (
        await manager.existsBy(PortfolioEntity, { organisationId: input.organisationId, code: input.code })
      ) {
        throw conflict(taken);
      }
      const entity = await conflictOnUniqueViolation(
        manager.save(manager.create(PortfolioEntity, input)),
        taken,
      );
      await this.audit.record(manager, {
        organisationId: input.organisationId,
        actorId,
        action: 'createPortfolio',
        subjectType: 'Portfolio',
        subjectId: entity.id,
        details: { code: entity.code, name: entity.name },
      });
      return toPortfolio(entity);
    });
  }

  createServiceArea(viewer: Viewer, input: CreateServiceAreaInput): Promise<ServiceArea> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Organisation', input.organisationId);
      viewer.authorizeNew('ServiceArea', { ...input, portfolioId: input.portfolioId ?? null });
      if (input.portfolioId) {
        const portfolio = await viewer.findReadable<PortfolioEntity>(manager, 'Portfolio', input.portfolioId);
        if (portfolio.organisationId !== input.organisationId) {
          throw badUserInput('the portfolio belongs to another organisation', [
            { field: 'portfolioId', message: 'portfolioId must be a portfolio of the same organisation' },
          ]);
        }
      }
      const taken = `the organisation already has a service area with code ${input.code}`;
      if (
        await manager.existsBy(ServiceAreaEntity, { organisationId: input.organisationId, code: input.code })
      ) {
        throw conflict(taken);
      }
      const entity = await conflictOnUniqueViolation(
        manager.save(manager.create(ServiceAreaEntity, { ...input, portfolioId: input.portfolioId ?? null })),
        taken,
      );
      await this.audit.record(manager, {
        organisationId: input.organisationId,
        actorId,
        action: 'createServiceArea',
        subjectType: 'ServiceArea',
        subjectId: entity.id,
        details: { code: entity.code, name: entity.name, portfolioId: entity.portfolioId },
      });
      return toServiceArea(entity);
    });
  }
}
