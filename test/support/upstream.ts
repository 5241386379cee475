/**
 * A scripted upstream for runs in Node: each fetch takes the next answer (the last one repeats).
 */

/** One upstream answer: a page, a status with headers, or a thrown error. */
export type Answer = string | { status: number; body?: string; headers?: Record<string, string> } | Error;

/** A `fetch` that serves `answers` in order and records the URLs it was asked for. */
export function scriptedFetch(...answers: Answer[]): typeof fetch & { urls: string[] } {
  const urls: string[] = [];
  const fetcher = async (input: RequestInfo | URL): Promise<Response> => {
    urls.push(String(input instanceof Request ? input.url : input));
    const answer = answers[Math.min(urls.length - 1, answers.length - 1)];
    if (answer === undefined) throw new Error('no answer scripted');
    if (answer instanceof Error) throw answer;
    const { status = 200, body = '', headers = {} } = typeof answer === 'string' ? { body: answer } : answer;
    return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
  };
  return Object.assign(fetcher as typeof fetch, { urls });
}

/**
 * A `fetch` that answers by URL path: each path has its own script of answers (the last one
 * repeats). Records the URLs asked for, in order.
 */
export function routedFetch(routes: Record<string, Answer[]>): typeof fetch & { urls: string[] } {
  const scripts = new Map(Object.entries(routes).map(([path, answers]) => [path, scriptedFetch(...answers)]));
  const urls: string[] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    urls.push(url);
    const script = scripts.get(new URL(url).pathname);
    if (!script) throw new Error(`no route for ${url}`);
    return script(input, init);
  };
  return Object.assign(fetcher as typeof fetch, { urls });
}
