/** Types of wrangler-output.mjs, for the tests that import it. */
export interface ScrapeEvent {
  outcome: string;
  error?: string;
  attempts?: number;
  papers?: number;
  added?: number;
  updated?: number;
  expired?: number;
  warning?: string;
  retryAfterUntil?: string;
  /** What workerd logged about the failure, when the filter saw it. */
  cause?: string;
}
export function wranglerOutputFilter(options: { onScrape(event: ScrapeEvent): void }): (line: string) => string | null;
export function describeScrape(label: string, event: ScrapeEvent, options: { demo: boolean }): string;
