import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { groupByKey, visibleById, visibleOfMany } from '../../graphql/batch-loaders';
import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaItem } from './agenda-item.mapper';
import type { AgendaItem } from './agenda-item.model';
import { MeetingEntity } from './meeting.entity';
import { toMeeting } from './meeting.mapper';

/**
 * The per-request DataLoaders of this module, keyed by name; created fresh for every request. Every loader shows
 * only the meetings and agenda items the viewer may read.
 */
export function createMeetingLoaders(dataSource: DataSource, viewer: Viewer) {
  return {
    meetingById: visibleById(dataSource, viewer, 'Meeting', MeetingEntity, toMeeting),
    agendaItemById: visibleById(dataSource, viewer, 'AgendaItem', AgendaItemEntity, toAgendaItem),
    /** A meeting's agenda, in order */
    agendaItemsByMeeting: visibleOfMany(
      dataSource,
      viewer,
      'AgendaItem',
      AgendaItemEntity,
      'meetingId',
      [['position', 'ASC']],
      toAgendaItem,
    ),
    /** Where a proposal appears: its items in every body, in the order of their meetings */
    agendaItemsByProposal: new DataLoader<string, AgendaItem[]>(async (proposalIds) => {
      const visible = viewer.where('AgendaItem', 'item');
      const rows = await dataSource
        .getRepository(AgendaItemEntity)
        .createQueryBuilder('item')
        .innerJoin('item.meeting', 'meeting')
        .where('item.proposal_id = ANY(:proposalIds)', { proposalIds })
        .andWhere(visible.sql, visible.params)
        .orderBy('meeting.starts_at', 'ASC')
        .addOrderBy('item.position', 'ASC')
        .getMany();
      return groupByKey(proposalIds, rows, (row) => row.proposalId ?? '', toAgendaItem);
    }),
    /** The items forwarded from an item (lineage onwards) */
    agendaItemsBySource: visibleOfMany(
      dataSource,
      viewer,
      'AgendaItem',
      AgendaItemEntity,
      'sourceAgendaItemId',
      [
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ],
      toAgendaItem,
    ),
  };
}
