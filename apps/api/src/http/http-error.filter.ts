import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';

/**
 * Errors raised by Express middleware before a route runs (a body that is too large or not JSON) are the
 * client's mistake: answer with their status and a short message, and keep them out of the error log.
 * GraphQL errors pass through untouched; Apollo formats them.
 */
@Catch()
export class HttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return exception;
    const status = clientErrorStatus(exception);
    if (status === null) return super.catch(exception, host);
    const message = exception instanceof Error ? exception.message : 'Bad request';
    host.switchToHttp().getResponse<Response>().status(status).json({ statusCode: status, message });
    return undefined;
  }
}

function clientErrorStatus(exception: unknown): number | null {
  if (exception instanceof HttpException) return null;
  const status = (exception as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
