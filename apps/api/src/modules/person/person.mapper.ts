import type { PersonEntity } from './person.entity';
import type { Person } from './person.model';

/** The password hash never leaves the service layer. */
export function toPerson(entity: PersonEntity): Person {
  return { id: entity.id, name: entity.name, email: entity.email, active: entity.active };
}
