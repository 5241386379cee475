/** Fixture pages for tests that run in Node (workerd tests import them with `?raw`). */
import { readFileSync } from 'node:fs';

/** The text of `test/fixtures/{name}`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** arXiv ids of the generated fixture pages, in page order. */
export function expectedIds(): ExpectedIds {
  return JSON.parse(fixture('expected-ids.json')) as ExpectedIds;
}

/** `expected-ids.json`: ids per generated page, and the daily papers that are also trending. */
export interface ExpectedIds {
  trending: string[];
  'trending-next': string[];
  daily: string[];
  daily_also_trending: string[];
}
