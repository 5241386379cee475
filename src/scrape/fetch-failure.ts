/**
 * Why a request for the upstream page got no answer, in words a person can act on. The runtime's
 * errors carry little: under workerd a failed DNS lookup (and a failed TLS handshake) reaches the
 * worker only as `internal error; reference = …`, a refused or dropped connection as
 * `Network connection lost.`, and a timeout as a `TimeoutError`. Each becomes one sentence that
 * names the host, so /health and the scrape log say what to fix.
 */

/** Describes a `fetch` that threw for `url`; `timeoutMs` is the limit the request ran with. */
export function describeFetchFailure(error: unknown, url: string, timeoutMs: number): string {
  const host = hostOf(url);
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs} ms waiting for ${host}`;
  if (/^internal error(;|$)/i.test(message)) {
    // workerd logs the real cause (DNS or TLS) on its own side; the reference ties the two together.
    const reference = /reference = (\S+)/.exec(message)?.[1];
    return `cannot resolve ${host}: the DNS lookup (or the TLS handshake) failed; offline?${reference ? ` (runtime reference ${reference})` : ''}`;
  }
  if (/network connection lost|connection refused|ECONNREFUSED/i.test(message)) {
    return `cannot connect to ${host}: the connection was refused or lost`;
  }
  return `network error reaching ${host}: ${name && name !== 'Error' ? `${name}: ` : ''}${message}`;
}

/** The host (with port, if any) of `url`, or the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
