import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaItem } from './agenda-item.mapper';
import type { AgendaItem } from './agenda-item.model';
import { groupByKey, oneByKey } from '../../graphql/batch-loaders';
import { MeetingEntity } from './meeting.entity';
import { toMeeting } from './meeting.mapper';
import type { Meeting } from './meeting.model';
import type { Viewer } from '../../authz/viewer';

/** The per-request DataLoaders of this module, keyed by name; created fresh for every request. */
export function createMeetingLoaders(dataSource: DataSource, _viewer: Viewer) {
  const items = dataSource.getRepository(AgendaItemEntity);
  return {
    meetingById: new DataLoader<string, Meeting | null>(async (ids) => {
      const rows = await dataSource.getRepository(MeetingEntity).findBy({ id: In([...ids]) });
      return oneByKey(ids, rows, (row) => row.id, toMeeting);
    }),
    agendaItemById: new DataLoader<string, AgendaItem | null>(async (ids) => {
      const rows = await items.findBy({ id: In([...ids]) });
      return oneByKey(ids, rows, (row) => row.id, toAgendaItem);
    }),
    /** A meeting's agenda, in order */
    agendaItemsByMeeting: new DataLoader<string, AgendaItem[]>(async (meetingIds) => {
      const rows = await items.find({
        where: { meetingId: In([...meetingIds]) },
        order: { position: 'ASC' },
      });
      return groupByKey(meetingIds, rows, (row) => row.meetingId, toAgendaItem);
    }),
    /** Where a proposal appears: its items in every body, in the order of their meetings */
    agendaItemsByProposal: new DataLoader<string, AgendaItem[]>(async (proposalIds) => {
      const rows = await items
        .createQueryBuilder('item')
        .innerJoin('item.meeting', 'meeting')
        .where('item.proposal_id = ANY(:proposalIds)', { proposalIds })
        .orderBy('meeting.starts_at', 'ASC')
        .addOrderBy('item.position', 'ASC')
        .getMany();
      return groupByKey(proposalIds, rows, (row) => row.proposalId ?? '', toAgendaItem);
    }),
    /** The items forwarded from an item (lineage onwards) */
    agendaItemsBySource: new DataLoader<string, AgendaItem[]>(async (sourceIds) => {
      const rows = await items.find({
        where: { sourceAgendaItemId: In([...sourceIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(sourceIds, rows, (row) => row.sourceAgendaItemId ?? '', toAgendaItem);
    }),
  };
}
