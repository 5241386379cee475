/**
 * Errors as RFC 9457 problem details. Handlers throw `problem(...)` where they find the fault;
 * the app's single `onError` turns it (and anything unexpected) into an `application/problem+json`
 * response. Nothing ever leaks a stack trace.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** The body of a problem response; `extra` members (e.g. `valid_topics`) are added as is. */
export interface Problem {
  status: ContentfulStatusCode;
  title: string;
  detail: string;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** The exception `problem()` throws; it keeps the problem, for a route that answers it another way. */
export class ProblemException extends HTTPException {
  constructor(readonly problem: Problem) {
    super(problem.status, { res: problemResponse(problem), message: problem.detail });
  }
}

/** Builds the exception to throw for `problem`. */
export function problem(p: Problem): ProblemException {
  return new ProblemException(p);
}

/** Builds a problem response directly (for `onError` and `notFound`). */
export function problemResponse(p: Problem): Response {
  const body = { type: 'about:blank', title: p.title, status: p.status, detail: p.detail, ...p.extra };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    status: p.status,
    headers: { 'content-type': PROBLEM_TYPE, 'cache-control': 'no-store', ...p.headers },
  });
}

/** Shorthand for a 400 naming the parameter at fault. */
export function badParameter(name: string, detail: string): ProblemException {
  return problem({ status: 400, title: `Invalid parameter: ${name}`, detail, extra: { parameter: name } });
}
