import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { AdviceReservationEntity } from './advice-reservation.entity';
import { AdviceEntity } from './advice.entity';
import { toAdvice, toAdviceReservation } from './advice.mapper';
import type { Advice, AdviceReservation } from './advice.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createAdviceLoaders(dataSource: DataSource, _viewer: Viewer) {
  const advices = dataSource.getRepository(AdviceEntity);
  return {
    /** The advice given on an agenda item (at most one) */
    adviceByAgendaItem: new DataLoader<string, Advice | null>(async (agendaItemIds) => {
      const rows = await advices.findBy({ agendaItemId: In([...agendaItemIds]) });
      return oneByKey(agendaItemIds, rows, (row) => row.agendaItemId, toAdvice);
    }),
    advicesByProposal: new DataLoader<string, Advice[]>(async (proposalIds) => {
      const rows = await advices.find({
        where: { proposalId: In([...proposalIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(proposalIds, rows, (row) => row.proposalId, toAdvice);
    }),
    reservationsByAdvice: new DataLoader<string, AdviceReservation[]>(async (adviceIds) => {
      const rows = await dataSource.getRepository(AdviceReservationEntity).find({
        where: { adviceId: In([...adviceIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(adviceIds, rows, (row) => row.adviceId, toAdviceReservation);
    }),
  };
}
