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
  kv_writes_per_run_changed: { target: '1', ok: (r) => r === 1 },
  kv_writes_per_run_unchanged: { target: '0', ok: (r) => r === 0 },
  kv_reads_per_request: { target: '≤ 1', ok: (r) => r <= 1 },
  bundle_gzip_bytes: { target: '≤ 200 KiB', ok: (r) => r <= 200 * 1024 },
};

/** Prints `results` (and informational `extras`) as an aligned table on stdout. */
export function printTable(results, extras) {
  const rows = [['measure', 'median', 'p95', 'n', 'target', '']];
  for (const [key, { target, ok }] of Object.entries(TARGETS)) {
    const r = results[key];
    const timing = typeof r === 'object' && r !== null;
    const verdict = ok === null ? '' : ok(r, results) ? 'ok' : 'MISSED';
    rows.push([key, timing ? `${r.median_ms.toFixed(3)} ms` : format(key, r), timing ? `${r.p95_ms.toFixed(3)} ms` : '', timing ? String(r.count) : '', target, verdict]);
  }
  // Context, not targets: not in the JSON output.
  const info = [
    ['cron_cpu', '(cron run: both lists scraped+merge+stringify)', '< 10 ms CPU', (r) => r.median_ms < 10],
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
  if (extras.throughput_rps) console.log(`\nthroughput: /feeds/all.rss ${extras.throughput_rps.feed} req/s, same bytes from memory ${extras.throughput_rps.baseline} req/s`);
}

function format(key, value) {
  if (key === 'bundle_gzip_bytes') return `${value} B (${(value / 1024).toFixed(1)} KiB)`;
  return String(value);
}
