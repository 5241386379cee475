import { describe, expect, it } from 'vitest';
import type { RunReport, RunStatus } from '../../src/domain/types';
import { assessHealth, healthHttpStatus, type HealthSnapshot } from '../../src/jobs/health';

const NOW = Date.parse('2026-10-01T12:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const run = { outcome: 'failed', startedAt: ago(0) } as RunReport;

function snapshot(checkedMinutesAgo: number, papers = 3): HealthSnapshot {
  return { updatedAt: ago(300), checkedAt: ago(checkedMinutesAgo), papers, perList: { trending: papers } };
}

function failures(n: number, lastAttemptMinutesAgo: number, lastSuccessMinutesAgo: number | null): RunStatus {
  return {
    lastAttemptAt: ago(lastAttemptMinutesAgo),
    lastSuccessAt: lastSuccessMinutesAgo === null ? null : ago(lastSuccessMinutesAgo),
    lastError: { message: 'UpstreamError: upstream answered 500', at: ago(lastAttemptMinutesAgo) },
    consecutiveFailures: n,
    lastRun: run,
  };
}

const assess = (status: RunStatus | null, snap: HealthSnapshot | null) => assessHealth({ status, snapshot: snap, now: NOW, staleAfterMinutes: 90 });

describe('assessHealth', () => {
  it('ok: a recent success, no failures since', () => {
    const report = assess(null, snapshot(20));
    expect(report).toMatchObject({ status: 'ok', papers: 3, snapshot_age_seconds: 1200, last_success_at: ago(20), last_attempt_at: ago(20) });
    expect(healthHttpStatus(report.status)).toBe(200);
  });

  it('failing (still 200): the last attempts failed but the feeds are fresh', () => {
    const report = assess(failures(2, 5, 40), snapshot(40));
    expect(report).toMatchObject({ status: 'failing', consecutive_failures: 2, last_attempt_at: ago(5) });
    expect(healthHttpStatus(report.status)).toBe(200);
  });

  it('ok again once a later scrape confirmed the snapshot', () => {
    expect(assess(failures(2, 50, 80), snapshot(10)).status).toBe('ok');
  });

  it('stale (503): the last success is older than the threshold, failing or not', () => {
    expect(assess(null, snapshot(91)).status).toBe('stale');
    const report = assess(failures(5, 1, 200), snapshot(200));
    expect(report.status).toBe('stale');
    expect(healthHttpStatus(report.status)).toBe(503);
  });

  it('empty (503): no snapshot, or one without papers', () => {
    expect(assess(null, null).status).toBe('empty');
    expect(assess(failures(1, 1, null), snapshot(1, 0)).status).toBe('empty');
    expect(healthHttpStatus('empty')).toBe(503);
  });

  it('uses the later of the status record and the snapshot as the last success', () => {
    const status = { ...failures(0, 100, 5), lastError: null };
    expect(assess(status, snapshot(100))).toMatchObject({ status: 'ok', last_success_at: ago(5) });
  });
});
