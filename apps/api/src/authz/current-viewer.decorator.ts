import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';

/** The request's viewer (actor, ability and visibility predicates), for resolvers to hand to their service. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    GqlExecutionContext.create(context).getContext<RequestContext>().viewer,
);
