import { unique } from './structure.builders';
import type { DataSource } from 'typeorm';
import { ParticipationEntity } from '../../modules/organisation/participation.entity';
import { ServiceAreaEntity } from '../../modules/organisation/service-area.entity';
import { ServiceAssignmentEntity } from '../../modules/organisation/service-assignment.entity';

/**
 * More structure builders (service areas, assignments, participations), in the style of structure.builders.ts:
 *   const vth = await aServiceArea(kempen.id).named('VTH').inPortfolio(portfolio.id).create(db);
 *   await anAssignment(vth, bladel.id).withShare('25.00').create(db);
 */

export function aServiceArea(organisationId: string) {
  let name = `Taakveld ${unique()}`;
  let portfolioId: string | null = null;
  const builder = {
    named(value: string) {
      name = `${value} ${unique()}`;
      return builder;
    },
    inPortfolio(id: string) {
      portfolioId = id;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(ServiceAreaEntity).save({ organisationId, code: `S${unique()}`, name, portfolioId }),
  };
  return builder;
}

export function anAssignment(area: ServiceAreaEntity, municipalityId: string) {
  let costSharePercent = '50.00';
  let startsOn = '2020-01-01';
  let endsOn: string | null = null;
  const builder = {
    withShare(value: string) {
      costSharePercent = value;
      return builder;
    },
    between(from: string, to: string | null) {
      startsOn = from;
      endsOn = to;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(ServiceAssignmentEntity).save({
        organisationId: area.organisationId,
        serviceAreaId: area.id,
        municipalityId,
        startsOn,
        endsOn,
        costSharePercent,
      }),
  };
  return builder;
}

/** A gemeente that left (or joins) an organisation on given days. */
export function aParticipation(organisationId: string, municipalityId: string) {
  let startsOn = '2010-01-01';
  let endsOn: string | null = null;
  const builder = {
    between(from: string, to: string | null) {
      startsOn = from;
      endsOn = to;
      return builder;
    },
    create: (db: DataSource) =>
      db.getRepository(ParticipationEntity).save({ organisationId, municipalityId, startsOn, endsOn }),
  };
  return builder;
}
