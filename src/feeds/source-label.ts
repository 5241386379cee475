/**
 * Says where a feed's papers come from when that is not Hugging Face: a demo run or a test
 * deployment reads a copy of the page from elsewhere, and its feeds must not pass for the real
 * ones. A function of one source URL, so each source of a deployment is judged on its own.
 */

import type { FeedSource } from '../domain/types';
import { SOURCE_INFO } from './source';

// The hosts that serve the real papers pages.
const HUGGING_FACE_HOSTS = new Set(['huggingface.co', 'www.huggingface.co']);

/** The host (with port) of `sourceUrl` when it is not Hugging Face, else `null`. */
export function demoSourceHost(sourceUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return sourceUrl;
  }
  return HUGGING_FACE_HOSTS.has(url.hostname.toLowerCase()) ? null : url.host;
}

/** What a feed title ends with for papers from `host` (see `demoSourceHost`): `''`, or ` — demo data from HOST`. */
export function demoTitleSuffix(host: string | null): string {
  return host === null ? '' : ` — demo data from ${host}`;
}

/**
 * The demo hosts among the URLs of the lists a feed follows (see `demoSourceHost`), joined, or
 * `null` when every one is Hugging Face's.
 */
export function demoHostOfLists(urls: readonly string[]): string | null {
  const hosts = [...new Set(urls.map(demoSourceHost).filter((host): host is string => host !== null))];
  return hosts.length === 0 ? null : hosts.join(' and ');
}

/** How papers join a feed of `source`, ending its description: the list's own phrase, or the demo host's. */
export function arrivalPhrase(source: FeedSource, demoHost: string | null): string {
  return demoHost === null ? SOURCE_INFO[source].arrival : `as they appear on ${demoHost} (demo data, not huggingface.co)`;
}
