import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Principal } from './principal';

export type PrincipalRequest = Request & { principal?: Principal | null };

/** The HTTP request and response behind a GraphQL operation or a REST route. */
export function httpOf(context: ExecutionContext): { req: PrincipalRequest; res: Response } {
  if (context.getType<string>() === 'graphql') {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: PrincipalRequest;
      res: Response;
    }>();
    return { req, res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<PrincipalRequest>(), res: http.getResponse<Response>() };
}

/** The caller the access guard resolved; null on public operations called anonymously. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null =>
    httpOf(context).req.principal ?? null,
);
