import { ParseUUIDPipe } from '@nestjs/common';
import { badUserInput } from './errors';

/** For `id` arguments: a malformed id is the client's mistake (BAD_USER_INPUT), not a database error. */
export const UuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => badUserInput('id must be a UUID', [{ field: 'id', message: 'must be a UUID' }]),
});
