import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../graphql/errors';
import type { RequestContext } from '../graphql/request-context';
import { PUBLIC_OPERATION } from './public.decorator';

/** Every resolver class carries this guard: operations need a signed-in person unless marked `@Public()`. */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const { viewer } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (viewer.personId === null) throw unauthenticated();
    return true;
  }
}
