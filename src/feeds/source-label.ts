/**
 * Says where a feed's papers come from when that is not Hugging Face: a demo run or a test
 * deployment reads a copy of the page from elsewhere, and its feeds must not pass for the real
 * ones. A function of one source URL, so each source of a deployment is judged on its own.
 */

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

/** Where the papers start trending, for a feed description: Hugging Face's page, or the demo host. */
export function sourcePhrase(sourceUrl: string): string {
  const host = demoSourceHost(sourceUrl);
  return host === null ? 'huggingface.co/papers/trending' : `${host} (demo data, not huggingface.co)`;
}
