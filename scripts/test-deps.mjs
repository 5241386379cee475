/**
 * The programs outside npm that some test suites drive (feed clients, a browser), in one list:
 * how to find each, which suites need it, and how to install it with apt, Homebrew or pip. Adding
 * a program is adding one entry. `scripts/setup.mjs` installs what is missing under CI; elsewhere
 * the suites that need a missing program skip, and the test run ends with one summary of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Debian's golang-*-dev packages put Go sources: a GOPATH for building without a network. */
export const GOFEED_GOPATH = '/usr/share/gocode';

/** True under CI, where nothing may skip: a missing program is a failure. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Every program the tests need beyond Node and npm. `find` returns its path, or `null`; `suites`
 * are the test folders that skip without it; `apt` the Debian packages CI installs; `brew`, `pip`
 * and `other` how else to get it.
 */
export const TEST_DEPS = [
  {
    id: 'feedparser',
    what: 'Python 3 with feedparser',
    suites: ['test/clients/'],
    find: () => findPython(),
    apt: ['python3-feedparser'],
    brew: 'brew install python && python3 -m pip install feedparser',
    pip: 'python3 -m pip install --user feedparser',
  },
  {
    id: 'newsboat',
    what: 'newsboat',
    suites: ['test/clients/'],
    find: () => onPath('newsboat', ['--version']),
    apt: ['newsboat'],
    brew: 'brew install newsboat',
  },
  {
    id: 'gofeed',
    what: "Go with Debian's gofeed sources",
    suites: ['test/clients/'],
    // The client matrix builds a small gofeed program offline, against Debian's Go path.
    find: () => (existsSync(join(GOFEED_GOPATH, 'src/github.com/mmcdole/gofeed')) ? onPath('go', ['version']) : null),
    apt: ['golang-go', 'golang-github-mmcdole-gofeed-dev'],
    other: `elsewhere: Go, with github.com/mmcdole/gofeed and its dependencies under ${GOFEED_GOPATH}/src (GOPATH mode)`,
  },
  {
    id: 'chromium',
    what: 'Chromium',
    suites: ['test/browser/'],
    find: () => findChromium(),
    apt: ['chromium'],
    brew: 'brew install --cask chromium',
    other: 'or point CHROMIUM_PATH at any Chromium or Chrome binary',
  },
];

const found = new Map();

/** The path of test program `id` (memoised), or `null` when this machine lacks it. */
export function findDep(id) {
  if (!found.has(id)) {
    const dep = TEST_DEPS.find((entry) => entry.id === id);
    if (!dep) throw new Error(`no test program ${JSON.stringify(id)} in scripts/test-deps.mjs`);
    found.set(id, dep.find());
  }
  return found.get(id);
}

/** The entries this machine lacks. */
export function missingDeps() {
  return TEST_DEPS.filter((dep) => findDep(dep.id) === null);
}

/**
 * Whether tests that need the programs `ids` should skip: only where one is missing and not under
 * CI, where the tests then run and fail on the missing program.
 */
export function skipWithout(...ids) {
  return !IN_CI && ids.some((id) => findDep(id) === null);
}

/** The commands that install `dep`, one per line, for a person to copy. */
export function installHints(dep) {
  return [
    `Debian/Ubuntu: sudo apt-get install ${dep.apt.join(' ')}`,
    ...(dep.brew ? [`Homebrew:      ${dep.brew}`] : []),
    ...(dep.pip ? [`pip:           ${dep.pip}`] : []),
    ...(dep.other ? [dep.other] : []),
  ];
}

/**
 * Python 3 that can import feedparser: `python3`, then `python` on PATH (a virtualenv, pyenv or
 * Homebrew one with feedparser installed by pip), then Debian's `/usr/bin/python3`.
 */
export function findPython() {
  const candidates = [...['python3', 'python'].map(whichOnPath).filter(Boolean), '/usr/bin/python3'];
  for (const python of new Set(candidates)) {
    const run = spawnSync(python, ['-c', 'import sys, feedparser; assert sys.version_info >= (3,)'], { stdio: 'ignore', timeout: 20_000 });
    if (run.status === 0) return python;
  }
  return null;
}

/** `CHROMIUM_PATH` when set (and only if it exists), else `chromium` on PATH or Debian's. */
export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  const candidates = [whichOnPath('chromium'), whichOnPath('chromium-browser'), '/usr/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

function onPath(command, args) {
  const path = whichOnPath(command);
  return path && spawnSync(path, args, { stdio: 'ignore', timeout: 20_000 }).status === 0 ? path : null;
}

function whichOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}
