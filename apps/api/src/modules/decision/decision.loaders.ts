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
import { VOTING_ROLES } from './vote-rules';
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
    /**
     * The members of the body on the day who had declared a conflict of interest on the item or its proposal before
     * the decision was recorded: they took no part (checkVotes); read as their decision
     */
    excludedMembersByDecision: new DataLoader<string, string[]>(async (decisionIds) => {
      const params: unknown[] = [decisionIds, VOTING_ROLES];
      const visible = viewer.whereRaw('Decision', 'decision', params);
      const rows: { decision_id: string; person_id: string }[] = await dataSource.query(
        `SELECT DISTINCT decision.id AS decision_id, conflict.person_id
           FROM decision decision
           JOIN agenda_item item ON item.id = decision.agenda_item_id
           JOIN conflict_of_interest conflict
             ON (conflict.agenda_item_id = item.id OR conflict.proposal_id = item.proposal_id)
            AND conflict.declared_at <= decision.created_at
           JOIN membership member
             ON member.body_id = decision.body_id AND member.person_id = conflict.person_id
            AND member.role = ANY($2) AND member.starts_on <= decision.decided_on
            AND (member.ends_on IS NULL OR member.ends_on >= decision.decided_on)
          WHERE decision.id = ANY($1) AND ${visible}
          ORDER BY conflict.person_id`,
        params,
      );
      return groupByKey(
        decisionIds,
        rows,
        (row) => row.decision_id,
        (row) => row.person_id,
      );
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
