import type { Request, Response } from 'express';
import type { CurrentSession } from '../auth/session.service';
import type { Viewer } from '../authz/viewer';
import type { RequestLoaders } from './request-loaders';

/** Built once per GraphQL request; nothing user-specific outlives it. */
export interface RequestContext {
  req: Request;
  res: Response;
  /** the signed-in session, null for a visitor without one */
  session: CurrentSession | null;
  /** who asks: actor facts, ability and visibility predicates */
  viewer: Viewer;
  /** DataLoaders bound to this viewer */
  loaders: RequestLoaders;
}
