/**
 * The benchmark's targets (the keys of `npm run bench -- --json`, in order) and the readable table.
 */

/** Key → target as text and a check; `null` check: reported, no target. */
export const TARGETS = {
  scrape_trending: { target: '≤ 5 ms', ok: (r) => r.median_ms <= 5 },
  full_dom_trending: { target: 'scrape ≥ 20× faster', ok: (r, all) => r.median_ms >= 20 * all.scrape_trending.median_ms },
  scrape_large: { target: '≤ 15 ms', ok: (r) => r.median_ms <= 15 },
  scrape_daily: { target: '≤ 5 ms', ok: (r) => r.median_ms <= 5 },
  scrape_trending_cards: { target: '≤ full_dom_trending / 5', ok: (r, all) => r.median_ms * 5 <= all.full_dom_trending.median_ms },
  card_fallback_ratio: { target: '≥ 5 (full DOM / card fallback)', ok: (r) => r >= 5 },
  render_rss_100: { target: '≤ 1 ms', ok: (r) => r.median_ms <= 1 },
  render_atom_100: { target: '≤ 1 ms', ok: (r) => r.median_ms <= 1 },
  render_json_100: { target: '≤ 1 ms, ≤ render_rss_100', ok: (r, all) => r.median_ms <= 1 && r.median_ms <= all.render_rss_100.median_ms },
  request_feed_warm: { target: '≤ 2 ms', ok: (r) => r.median_ms <= 2 },
  throughput_ratio: { target: '≥ 0.8', ok: (r) => r >= 0.8 },
  kv_writes_per_run_changed: { target: '≤ 3', ok: (r) => r <= 3 },
  kv_writes_per_run_unchanged: { target: '0', ok: (r) => r === 0 },
  kv_reads_per_request: { target: '≤ 1', ok: (r) => r <= 1 },
  bundle_gzip_bytes: { target: '≤ 200 KiB', ok: (r) => r <= 200 * 1024 },
  // What grows with the papers kept (scripts/bench/storage.mjs).
  new_snapshot_index_1000: { target: '(report)', ok: null },
  new_snapshot_topics_1000: { target: '(report)', ok: null },
  new_snapshot_feed_topic_1000: { target: '(report)', ok: null },
  new_snapshot_feed_all_1000: { target: '(report)', ok: null },
  new_snapshot_feed_query_1000: { target: '(report)', ok: null },
  cron_run_1000: { target: '(report)', ok: null },
  new_snapshot_index_10000: { target: '≤ 10 ms', ok: (r) => r.median_ms <= 10 },
  new_snapshot_topics_10000: { target: '≤ 10 ms', ok: (r) => r.median_ms <= 10 },
  new_snapshot_feed_topic_10000: { target: '≤ 10 ms', ok: (r) => r.median_ms <= 10 },
  new_snapshot_feed_all_10000: { target: '≤ 10 ms', ok: (r) => r.median_ms <= 10 },
  new_snapshot_feed_query_10000: { target: '≤ 30 ms', ok: (r) => r.median_ms <= 30 },
  cron_run_10000: { target: '≤ 10 ms', ok: (r) => r.median_ms <= 10 },
  cold_floor: { target: '(report)', ok: null },
  cold_index_10000: { target: '≤ cold_floor + 5', ok: (r, all) => r.median_ms <= all.cold_floor.median_ms + 5 },
  cold_feed_topic_10000: { target: '≤ cold_floor + 5', ok: (r, all) => r.median_ms <= all.cold_floor.median_ms + 5 },
  kv_largest_value_bytes_10000: { target: '≤ 5 MiB', ok: (r) => r <= 5 * 1024 * 1024 },
  kv_reads_per_cold_request: { target: '≤ 3 (keys)', ok: (r) => r <= 3 },
};

/** Prints `results` (and informational `extras`) as an aligned table on stdout. */
export function printTable(results, extras) {
  const rows = [['measure', 'median', 'p95', 'n', 'target', '']];
  for (const [key, { target, ok }] of Object.entries(TARGETS)) {
    const r = results[key];
    if (r === undefined) continue;
    const timing = typeof r === 'object' && r !== null;
    const verdict = ok === null ? '' : ok(r, results) ? 'ok' : 'MISSED';
    rows.push([key, timing ? `${r.median_ms.toFixed(3)} ms` : format(key, r), timing ? `${r.p95_ms.toFixed(3)} ms` : '', timing ? String(r.count) : '', target, verdict]);
  }
  // Context, not targets: not in the JSON output.
  const info = [
    ['cron_cpu', '(cron run: both lists scraped+merge+stringify)', '< 10 ms CPU', (r) => r.median_ms < 10],
    ['cron_run_process_cpu_1000', '(cron_run_1000 as process CPU, V8 helper threads too)', '(info)', null],
    ['cron_run_process_cpu_10000', '(cron_run_10000 as process CPU, V8 helper threads too)', '(info)', null],
    ['cron_run_one_new_1000', '(a run adding 1 paper to 1,000, main thread)', '(info)', null],
    ['cron_run_one_new_10000', '(a run adding 1 paper to 10,000, main thread)', '(info)', null],
    ['cold_feed_rare_query_10000', "(fresh isolate's first q that no paper matches, 10,000 papers)", '(info)', null],
    ['cold_feed_all_10000', "(fresh isolate's first /feeds/all.rss, 10,000 papers)", '(info)', null],
    ['cold_start', '(isolate startup before it: module evaluation and priming)', '(info)', null],
    ['cold_cron_run_10000', "(a fresh isolate's first run adding 10 papers to 10,000, main thread)", '(info)', null],
    ['compose_100', '(compose the model of 100 papers)', '(info)', null],
    ['match_topics_trending', '(all built-in topics, 55 new papers)', '(info)', null],
    ['render_rss_100_stress', '(render_rss_100, stress-page papers)', '(info)', null],
  ];
  for (const [key, label, target, ok] of info) {
    const r = extras[key];
    if (!r) continue;
    rows.push([label, `${r.median_ms.toFixed(3)} ms`, `${r.p95_ms.toFixed(3)} ms`, String(r.count), target, ok ? (ok(r) ? 'ok' : 'MISSED') : '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  if (extras.kv_reads_cold) console.log(`\nKV keys read by a fresh isolate's first request at 10,000 papers: ${JSON.stringify(extras.kv_reads_cold)}`);
  if (extras.throughput_rps) console.log(`\nthroughput: /feeds/all.rss ${extras.throughput_rps.feed} req/s, same bytes from memory ${extras.throughput_rps.baseline} req/s`);
}

function format(key, value) {
  if (key === 'kv_largest_value_bytes_10000') return `${value} B (${(value / 1048576).toFixed(2)} MiB)`;
  if (key === 'bundle_gzip_bytes') return `${value} B (${(value / 1024).toFixed(1)} KiB)`;
  return String(value);
}
