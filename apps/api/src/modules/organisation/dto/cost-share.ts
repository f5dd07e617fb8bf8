import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isDecimal, toHundredths } from '../decimal';

/** A percentage from 0 to 100 with at most two decimals, written as a string (numeric columns stay exact). */
export function IsPercentage(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPercentage',
      validator: {
        validate: (value) => isDecimal(value) && toHundredths(value) <= 10_000,
        defaultMessage: (args) =>
          `${args?.property} must be a number from 0 to 100 with at most two decimals, e.g. 22.50`,
      },
    },
    options,
  );
}

/** A non-negative decimal with at most two decimals, written as a string. */
export function IsDecimalString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalString',
      validator: {
        validate: (value) => isDecimal(value),
        defaultMessage: (args) =>
          `${args?.property} must be a number of at least 0 with at most two decimals, e.g. 12.5`,
      },
    },
    options,
  );
}
