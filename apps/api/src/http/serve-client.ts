import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = /^\/(graphql|health|auth|woo|export)(\/|$)/;

/**
 * Serves the built Angular client from the same origin as the API, with every other GET that asks for HTML
 * answered by index.html so that deep links work. Returns false when the client has not been built.
 */
export function serveClient(app: NestExpressApplication, clientDir: string): boolean {
  const indexHtml = join(clientDir, 'index.html');
  if (!existsSync(indexHtml)) return false;
  app.useStaticAssets(clientDir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return true;
}
