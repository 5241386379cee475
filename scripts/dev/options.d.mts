/** Types of options.mjs, for the tests that import it. */
export class DevOptionError extends Error {}
export const DEFAULT_SOURCE_URL: string;
export const DEFAULT_DAILY_URL: string;
export const USAGE: string;
export interface DevOptions {
  demo: boolean;
  help: boolean;
  port: number;
  everyMinutes: number;
  source: string | undefined;
  /** Another daily list; `''` for none. */
  daily: string | undefined;
  vars: [string, string][];
  persistTo: string;
}
export function parseDevOptions(argv: readonly string[], root: string): DevOptions;
export function stateDir(root: string, demo: boolean, source: string | undefined, daily: string | undefined): string;
