import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badUserInput, type FieldError } from './errors';

/**
 * Validates every argument and input type (class-validator decorators) and answers BAD_USER_INPUT with one
 * entry per invalid field. Unknown properties are refused rather than silently dropped.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badUserInput(
        `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        fields,
      );
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
