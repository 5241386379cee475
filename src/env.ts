/**
 * The worker's bindings and the configuration read from them. Vars arrive as strings; they are
 * parsed and checked here once, with errors that name the variable.
 */
import type { ListName } from './domain/types';

/** Bindings declared in wrangler.toml, plus secrets. */
export interface Env {
  PAPERS: KVNamespace;
  SOURCE_URL?: string;
  /** The daily papers list; an empty value turns it off. */
  DAILY_URL?: string;
  RETENTION_DAYS?: string;
  /** Minutes after the last success at which /health reports `stale` (default: 3 cron intervals). */
  STALE_AFTER_MINUTES?: string;
  /** Secret; enables `POST /admin/refresh` when set. */
  ADMIN_TOKEN?: string;
  /** JSON array of topics replacing or extending the built-in ones. */
  TOPICS?: string;
}

/** The parsed configuration. */
export interface Config {
  /** The trending page. */
  sourceUrl: string;
  /** The daily papers list; absent when `DAILY_URL` is empty (the list is not followed). */
  dailyUrl?: string;
  retentionDays: number;
  staleAfterMinutes: number;
}

/** A list the configuration follows, and where its page is. */
export interface ListSource {
  list: ListName;
  url: string;
}

/** The lists `config` follows, in the order they are reported: trending first. */
export function followedLists(config: Config): ListSource[] {
  return [{ list: 'trending', url: config.sourceUrl }, ...(config.dailyUrl ? [{ list: 'daily' as const, url: config.dailyUrl }] : [])];
}

/** How often the cron fires, in minutes; must match `[triggers] crons` in wrangler.toml. */
export const CRON_INTERVAL_MINUTES = 30;
export const DEFAULT_SOURCE_URL = 'https://huggingface.co/papers/trending';
export const DEFAULT_DAILY_URL = 'https://huggingface.co/papers';

/** A var has a value the worker cannot run with. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration from the bindings. */
export function readConfig(env: Env): Config {
  // Unset means the default; set but empty means "do not follow the daily list".
  const daily = env.DAILY_URL === undefined ? DEFAULT_DAILY_URL : env.DAILY_URL.trim();
  return {
    sourceUrl: readUrl('SOURCE_URL', env.SOURCE_URL?.trim() || DEFAULT_SOURCE_URL),
    ...(daily === '' ? {} : { dailyUrl: readUrl('DAILY_URL', daily) }),
    retentionDays: readNumber('RETENTION_DAYS', env.RETENTION_DAYS, 14, 1, 3650),
    staleAfterMinutes: readNumber('STALE_AFTER_MINUTES', env.STALE_AFTER_MINUTES, 3 * CRON_INTERVAL_MINUTES, 1, 100_000),
  };
}

function readUrl(name: string, text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${name} must be an absolute http(s) URL, got ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`${name} must be an http(s) URL, got ${JSON.stringify(text)}`);
  }
  return url.href;
}

function readNumber(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * The admin token, or `null` when none is configured (which disables `POST /admin/refresh`).
 * Kept out of `Config` so that a logged configuration can never carry the secret.
 */
export function readAdminToken(env: Env): string | null {
  const token = env.ADMIN_TOKEN?.trim() ?? '';
  return token === '' ? null : token;
}
