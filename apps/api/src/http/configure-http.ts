import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { HttpErrorFilter } from './http-error.filter';
import { serveClient } from './serve-client';

/** Everything in front of the routes: security headers, body limits and the static client. */
export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular adds component styles as <style> elements at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          // Served over plain HTTP on localhost and behind TLS-terminating proxies alike.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '100kb' });
  app.useGlobalFilters(new HttpErrorFilter(app.getHttpAdapter()));
  if (!serveClient(app, config.clientDir)) {
    new Logger('Http').warn(
      `no client found in ${config.clientDir}: run "npm start" (it builds the client) or set CLIENT_DIR`,
    );
  }
}
