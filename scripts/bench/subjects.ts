/**
 * What the benchmark times in Node, in one module that scripts/bench.mjs bundles with esbuild:
 * the pure steps of a scrape and of a request, and the app itself for whole requests.
 */
export { parseHTML } from 'linkedom';
export { app } from '../../src/http/app';
// The worker's entry: importing it primes the isolate as Workers' startup does.
export { default as worker } from '../../src/index';
export { primeOnce } from '../../src/http/prime';
export { composeFeed, renderFeed } from '../../src/feeds';
export { normalizeEntries } from '../../src/scrape/normalize';
export { parsePage } from '../../src/scrape/parse';
export { mergeSnapshot } from '../../src/snapshot/merge';
export { refresh } from '../../src/jobs/refresh';
export { compileQuery, compileQueryOnce } from '../../src/query';
export { forgetCachedIndex, kvStore } from '../../src/store';
export { BUILTIN_TOPICS } from '../../src/topics';
export { storeSnapshot } from '../../test/support/stored-snapshot';
export { syntheticSnapshot } from '../../test/support/synthetic';
export { withEntries } from '../../test/support/pages';
export { scrapePage } from '../../src/scrape/scrape-page';
