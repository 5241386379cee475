/**
 * Which methods a path answers to, read from the app's own router. A request that reaches the
 * not-found handler with a method some route does take is a 405 with `Allow`, not a 404.
 */
import type { Hono } from 'hono';
import type { RouterRoute } from 'hono/types';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Methods with a route at `path` (`HEAD` wherever `GET` is); empty when nothing is there. */
export function allowedMethods<E extends object>(app: Hono<E>, path: string): string[] {
  const allowed: string[] = METHODS.filter((method) => {
    const [handlers] = app.router.match(method, path);
    // Middleware is registered for every method ("ALL"); only real routes say a method is served.
    return handlers.some(([[, route]]) => (route as RouterRoute).method !== 'ALL');
  });
  if (allowed.includes('GET')) allowed.splice(1, 0, 'HEAD');
  return allowed;
}
