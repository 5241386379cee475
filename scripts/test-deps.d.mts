/** Types of test-deps.mjs, for the tests that import it. */
export interface TestDep {
  id: string;
  what: string;
  /** Folders (relative to the repository) whose tests need it. */
  suites: string[];
  find(): string | null;
  apt: string[];
  brew?: string;
  pip?: string;
  other?: string;
}
export const IN_CI: boolean;
/** GOPATH holding the Go sources of Debian's golang-*-dev packages. */
export const GOFEED_GOPATH: string;
export const TEST_DEPS: readonly TestDep[];
export function findDep(id: string): string | null;
export function missingDeps(): TestDep[];
export function installHints(dep: TestDep): string[];
export function findPython(): string | null;
export function findChromium(): string | null;
export function skipWithout(...ids: string[]): boolean;
