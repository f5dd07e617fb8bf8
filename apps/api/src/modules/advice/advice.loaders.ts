import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, visibleOfMany, visibleOneBy } from '../../graphql/batch-loaders';
import { AdviceReservationEntity } from './advice-reservation.entity';
import { AdviceEntity } from './advice.entity';
import { toAdvice, toAdviceReservation } from './advice.mapper';
import type { AdviceReservation } from './advice.model';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createAdviceLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    /** The advice given on an agenda item (at most one), when the viewer may read it */
    adviceByAgendaItem: visibleOneBy(dataSource, viewer, 'Advice', AdviceEntity, 'agendaItemId', toAdvice),
    advicesByProposal: visibleOfMany(
      dataSource,
      viewer,
      'Advice',
      AdviceEntity,
      'proposalId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toAdvice,
    ),
    /** Reservations are read with their advice: only those of an advice the viewer may read */
    reservationsByAdvice: new DataLoader<string, AdviceReservation[]>(async (adviceIds) => {
      const visible = viewer.where('Advice', 'advice');
      const rows = await dataSource
        .getRepository(AdviceReservationEntity)
        .createQueryBuilder('reservation')
        .innerJoin(AdviceEntity, 'advice', 'advice.id = reservation.adviceId')
        .where('reservation.adviceId IN (:...adviceIds)', { adviceIds: [...adviceIds] })
        .andWhere(visible.sql, visible.params)
        .orderBy('reservation.createdAt', 'ASC')
        .addOrderBy('reservation.id', 'ASC')
        .getMany();
      return groupByKey(adviceIds, rows, (row) => row.adviceId, toAdviceReservation);
    }),
  };
}
