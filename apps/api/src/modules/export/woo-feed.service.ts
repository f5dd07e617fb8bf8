import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ViewerFactory } from '../../authz/viewer.factory';

export const WOO_PAGE_SIZE = 50;

/** Vocabulary of the feed: Open Raadsinformatie's meeting ontology with schema.org for the common terms. */
const CONTEXT = {
  '@vocab': 'https://schema.org/',
  meeting: 'https://argu.co/ns/meeting/',
  Meeting: 'meeting:Meeting',
  AgendaItem: 'meeting:AgendaItem',
  Decision: 'meeting:Decision',
  start_date: 'startDate',
  end_date: 'endDate',
  agenda: 'meeting:agenda',
  position: 'position',
  result: 'meeting:result',
  decided_on: 'dateCreated',
  published_at: 'datePublished',
  organization: 'meeting:organization',
};

interface Page<T> {
  '@context': typeof CONTEXT;
  '@id': string;
  '@type': 'Collection';
  page: number;
  itemsPerPage: number;
  totalItems: number;
  items: T[];
}

/**
 * The Woo feed: what a GR must publish (agendas, besluitenlijsten) as Open Raadsinformatie-shaped JSON-LD, without an
 * account. Every row passes the anonymous viewer's visibility predicate, derived from the same rules as everything
 * else, so it can only ever show published openbaar meetings, their openbaar items for all gemeenten, and published
 * openbaar decisions.
 */
@Injectable()
export class WooFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly viewers: ViewerFactory,
  ) {}

  async meetings(organisationId: string, page: number, baseUrl: string): Promise<Page<unknown>> {
    const organisation = await this.organisation(organisationId);
    const visitor = await this.viewers.forPerson(null);
    const params: unknown[] = [organisationId, WOO_PAGE_SIZE, (page - 1) * WOO_PAGE_SIZE];
    const visible = visitor.whereRaw('Meeting', 'meeting', params);
    const rows: {
      id: string;
      title: string;
      starts_at: Date;
      ends_at: Date | null;
      location: string | null;
      status: string;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT meeting.id, meeting.title, meeting.starts_at, meeting.ends_at, meeting.location, meeting.status,
                count(*) OVER ()::int AS total
           FROM meeting WHERE meeting.organisation_id = $1 AND ${visible}
          ORDER BY meeting.starts_at DESC, meeting.id LIMIT $2 OFFSET $3`,
      params,
    );
    const itemParams: unknown[] = [rows.map((row) => row.id)];
    const visibleItems = visitor.whereRaw('AgendaItem', 'item', itemParams);
    const items: {
      meeting_id: string;
      id: string;
      title: string;
      description: string | null;
      position: number;
    }[] = await this.dataSource.query(
      `SELECT item.meeting_id, item.id, item.title, item.description, item.position FROM agenda_item item
          WHERE item.meeting_id = ANY($1) AND ${visibleItems} ORDER BY item.position`,
      itemParams,
    );
    return this.page(
      `${baseUrl}/meetings`,
      page,
      rows[0]?.total ?? 0,
      rows.map((row) => ({
        '@type': 'Meeting',
        '@id': `${baseUrl}/meetings#${row.id}`,
        name: row.title,
        start_date: row.starts_at.toISOString(),
        end_date: row.ends_at?.toISOString() ?? null,
        location: row.location,
        eventStatus: row.status === 'CANCELLED' ? 'EventCancelled' : 'EventScheduled',
        organization: { '@type': 'Organization', name: organisation.name },
        agenda: items
          .filter((item) => item.meeting_id === row.id)
          .map((item) => ({
            '@type': 'AgendaItem',
            '@id': `${baseUrl}/meetings#${item.id}`,
            name: item.title,
            description: item.description,
            position: item.position,
          })),
      })),
    );
  }

  async decisions(organisationId: string, page: number, baseUrl: string): Promise<Page<unknown>> {
    const organisation = await this.organisation(organisationId);
    const visitor = await this.viewers.forPerson(null);
    const params: unknown[] = [organisationId, WOO_PAGE_SIZE, (page - 1) * WOO_PAGE_SIZE];
    const visible = visitor.whereRaw('Decision', 'decision', params);
    const rows: {
      id: string;
      title: string;
      text: string;
      outcome: string;
      decided_on: string;
      published_at: Date;
      meeting_id: string;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT decision.id, decision.title, decision.text, decision.outcome, to_char(decision.decided_on, 'YYYY-MM-DD') AS decided_on,
                decision.published_at, decision.meeting_id, count(*) OVER ()::int AS total
           FROM decision WHERE decision.organisation_id = $1 AND ${visible}
          ORDER BY decision.published_at DESC, decision.id LIMIT $2 OFFSET $3`,
      params,
    );
    return this.page(
      `${baseUrl}/decisions`,
      page,
      rows[0]?.total ?? 0,
      rows.map((row) => ({
        '@type': 'Decision',
        '@id': `${baseUrl}/decisions#${row.id}`,
        name: row.title,
        text: row.text,
        result: row.outcome,
        decided_on: row.decided_on,
        published_at: row.published_at.toISOString(),
        organization: { '@type': 'Organization', name: organisation.name },
      })),
    );
  }

  private async organisation(id: string): Promise<{ name: string }> {
    const [row]: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM organisation WHERE id = $1',
      [id],
    );
    if (!row) throw new NotFoundException('no such organisation');
    return row;
  }

  private page<T>(id: string, page: number, totalItems: number, items: T[]): Page<T> {
    return {
      '@context': CONTEXT,
      '@id': `${id}?page=${page}`,
      '@type': 'Collection',
      page,
      itemsPerPage: WOO_PAGE_SIZE,
      totalItems,
      items,
    };
  }
}
