import type { PortfolioEntity } from './portfolio.entity';
import type { Portfolio } from './portfolio.model';

export function toPortfolio(entity: PortfolioEntity): Portfolio {
  return { id: entity.id, organisationId: entity.organisationId, code: entity.code, name: entity.name };
}
