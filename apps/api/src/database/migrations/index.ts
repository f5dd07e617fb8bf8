import { CreateOrganisationStructure1795357588433 } from './1795357588433-CreateOrganisationStructure';
/** Every migration in order; new ones are appended by `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [CreateOrganisationStructure1795357588433];
