import type { Request, Response } from 'express';
import type { RequestLoaders } from './request-loaders';

/** Built once per GraphQL request; nothing user-specific outlives it. */
export interface RequestContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}
