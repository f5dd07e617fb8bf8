import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, visibleById } from '../../graphql/batch-loaders';
import { DecisionPointRevisionEntity } from './decision-point-revision.entity';
import type { DecisionPointRevision } from './decision-point-revision.model';
import { withChanges } from './decision-points.service';
import { DecisionEntity } from './decision.entity';
import { toDecision, toVote } from './decision.mapper';
import type { Decision } from './decision.model';
import { VoteEntity } from './vote.entity';
import type { Vote } from './vote.model';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createDecisionLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    decisionById: visibleById(dataSource, viewer, 'Decision', DecisionEntity, toDecision),
    /** A decision's votes, in a stable order; votes are read as their decision */
    votesByDecision: new DataLoader<string, Vote[]>(async (decisionIds) => {
      const visible = viewer.where('Decision', 'decision');
      const rows = await dataSource
        .getRepository(VoteEntity)
        .createQueryBuilder('vote')
        .innerJoin('vote.decision', 'decision')
        .where('vote.decision_id = ANY(:decisionIds)', { decisionIds })
        .andWhere(visible.sql, visible.params)
        .orderBy('vote.id', 'ASC')
        .getMany();
      return groupByKey(decisionIds, rows, (row) => row.decisionId, toVote);
    }),
    /** The revisions of a decision's beslispunten, oldest first, with their diffs; read as their decision */
    pointRevisionsByDecision: new DataLoader<string, DecisionPointRevision[]>(async (decisionIds) => {
      const visible = viewer.where('Decision', 'decision');
      const rows = await dataSource
        .getRepository(DecisionPointRevisionEntity)
        .createQueryBuilder('revision')
        .innerJoin('revision.decision', 'decision')
        .where('revision.decision_id = ANY(:decisionIds)', { decisionIds })
        .andWhere(visible.sql, visible.params)
        .orderBy('revision.number', 'ASC')
        .getMany();
      return groupByKey(
        decisionIds,
        rows,
        (row) => row.decisionId,
        (row) => row,
      ).map(withChanges);
    }),
    /** The decisions on a besluitenlijst the viewer may read, in agenda order */
    decisionsByDecisionList: new DataLoader<string, Decision[]>(async (listIds) => {
      const visible = viewer.where('Decision', 'decision');
      const rows = await dataSource
        .getRepository(DecisionEntity)
        .createQueryBuilder('decision')
        .innerJoin('decision.agendaItem', 'item')
        .where('decision.decision_list_id = ANY(:listIds)', { listIds })
        .andWhere(visible.sql, visible.params)
        .orderBy('item.position', 'ASC')
        .addOrderBy('decision.created_at', 'ASC')
        .getMany();
      return groupByKey(listIds, rows, (row) => row.decisionListId ?? '', toDecision);
    }),
  };
}
