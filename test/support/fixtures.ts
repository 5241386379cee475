/** Fixture pages for tests that run in Node (workerd tests import them with `?raw`). */
import { readFileSync } from 'node:fs';

/** The text of `test/fixtures/{name}`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** arXiv ids of the generated fixture pages, in page order. */
export function expectedIds(): { trending: string[]; "trending-next": string[] } {
  return JSON.parse(fixture('expected-ids.json')) as { trending: string[]; "trending-next": string[] };
}
