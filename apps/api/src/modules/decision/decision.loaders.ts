import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { DecisionEntity } from './decision.entity';
import { toDecision, toVote } from './decision.mapper';
import type { Decision } from './decision.model';
import { VoteEntity } from './vote.entity';
import type { Vote } from './vote.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createDecisionLoaders(dataSource: DataSource, _viewer: Viewer) {
  const decisions = dataSource.getRepository(DecisionEntity);
  return {
    decisionById: new DataLoader<string, Decision | null>(async (ids) => {
      const rows = await decisions.findBy({ id: In([...ids]) });
      return oneByKey(ids, rows, (row) => row.id, toDecision);
    }),
    /** A decision's votes, in a stable order */
    votesByDecision: new DataLoader<string, Vote[]>(async (decisionIds) => {
      const rows = await dataSource
        .getRepository(VoteEntity)
        .find({ where: { decisionId: In([...decisionIds]) }, order: { id: 'ASC' } });
      return groupByKey(decisionIds, rows, (row) => row.decisionId, toVote);
    }),
    /** The decisions on a besluitenlijst, in agenda order */
    decisionsByDecisionList: new DataLoader<string, Decision[]>(async (listIds) => {
      const rows = await decisions
        .createQueryBuilder('decision')
        .innerJoin('decision.agendaItem', 'item')
        .where('decision.decision_list_id = ANY(:listIds)', { listIds })
        .orderBy('item.position', 'ASC')
        .addOrderBy('decision.created_at', 'ASC')
        .getMany();
      return groupByKey(listIds, rows, (row) => row.decisionListId ?? '', toDecision);
    }),
  };
}
