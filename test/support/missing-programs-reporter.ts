/**
 * Ends a test run with one loud summary when suites needed programs this machine lacks (feed
 * clients, Chromium; the list is scripts/test-deps.mjs): which suites skipped, and the command that
 * installs each program with apt, Homebrew or pip. Under CI nothing skips, so the same summary
 * explains the failures instead. Says nothing when every program is there.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { IN_CI, installHints, missingDeps } from '../../scripts/test-deps.mjs';

const YELLOW = '\u001b[33m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** The reporter; listed after vitest's own in vitest.config.ts, so it prints last. */
export default class MissingProgramsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const ran = testModules.map((module) => relative(process.cwd(), module.moduleId).split('\\').join('/'));
    const lines: string[] = [];
    for (const dep of missingDeps()) {
      const files = ran.filter((file) => dep.suites.some((suite) => file.startsWith(suite)));
      if (files.length === 0) continue;
      lines.push(`${BOLD}${dep.what}${RESET}${YELLOW} is not installed; ${IN_CI ? 'failing' : 'skipped'}: ${files.join(', ')}`);
      lines.push(...installHints(dep).map((hint) => `    ${hint}`));
    }
    if (lines.length === 0) return;
    const rule = '━'.repeat(78);
    const head = IN_CI
      ? 'MISSING PROGRAMS: under CI=true these tests run and fail without them'
      : 'SKIPPED TESTS: this machine lacks programs they drive (under CI=true they would fail)';
    process.stdout.write(`\n${YELLOW}${rule}\n${BOLD}${head}${RESET}${YELLOW}\n${lines.join('\n')}\n${rule}${RESET}\n`);
  }
}
