import { todayInNetherlands } from '@bestuurskracht/shared/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { badUserInput } from './errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as yyyy-mm-dd (2024-02-30 is refused), the format of every `date` column. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** class-validator decorator for date fields: one clear message per invalid field. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} must be a date written as yyyy-mm-dd`,
      },
    },
    options,
  );
}

/** The day an `activeOn` argument asks about: today in the Netherlands when absent. */
export function dayOrToday(activeOn: string | null | undefined): string {
  if (activeOn === null || activeOn === undefined) return todayInNetherlands();
  if (!isCalendarDate(activeOn)) {
    throw badUserInput('activeOn must be a date written as yyyy-mm-dd', [
      { field: 'activeOn', message: 'activeOn must be a date written as yyyy-mm-dd' },
    ]);
  }
  return activeOn;
}
