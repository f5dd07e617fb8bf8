import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import type { PublicationsArgs } from './dto/publications.args';
import { PublicationEntity } from './publication.entity';
import { toPublication } from './publication.mapper';
import type { Publication } from './publication.model';

@Injectable()
export class PublicationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The latest first. */
  async list(viewer: Viewer, args: PublicationsArgs): Promise<ConnectionShape<Publication>> {
    await viewer.findReadable(this.dataSource.manager, 'Organisation', args.organisationId);
    const visible = viewer.where('Publication', 'publication');
    const query = this.dataSource
      .getRepository(PublicationEntity)
      .createQueryBuilder('publication')
      .where('publication.organisation_id = :organisationId', { organisationId: args.organisationId })
      .andWhere(visible.sql, visible.params);
    return paginate(
      query,
      args,
      {
        // Milliseconds, as a cursor carries them (JavaScript dates), so no row is skipped between pages
        keys: [
          {
            column: "date_trunc('milliseconds', publication.published_at)",
            value: (row: PublicationEntity) => row.publishedAt,
          },
        ],
        idColumn: 'publication.id',
        direction: 'DESC',
      },
      toPublication,
    );
  }
}
