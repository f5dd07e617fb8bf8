import { MunicipalityEntity } from '../modules/organisation/municipality.entity';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { ParticipationEntity } from '../modules/organisation/participation.entity';

/** Every TypeORM entity, listed explicitly: the API is bundled, so file globs would find nothing. */
export const ENTITIES = [OrganisationEntity, MunicipalityEntity, ParticipationEntity];
