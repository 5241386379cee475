/** The dev scripts refuse a command line they cannot honour, with one line and before starting anything. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function dev(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/dev.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stderr: run.stderr };
}

describe('dev script options', () => {
  it.each<[string[], RegExp]>([
    [['--every', '0'], /--every must be a number from 1 to 1440, got "0"/],
    [['--every', 'soon'], /--every must be a number/],
    [['--port', '99999'], /--port must be a whole number from 1 to 65535/],
    [['--colour'], /unknown option "--colour"/],
    [['stray'], /unknown option "stray"/],
    [['--var', 'ADMIN_TOKEN'], /--var takes NAME:value.*\.dev\.vars/],
    [['--var', 'SOURCE_URL:http://x/'], /--source URL/],
    [['--demo', '--source', 'http://x/'], /exclude each other/],
    [['--source', 'huggingface.co'], /--source must be an absolute http\(s\) URL/],
  ])('%j is refused', (args, message) => {
    const run = dev(...args);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
