/**
 * Stands in for `cssomnom/parse`, the CSS parser linkedom loads for `HTMLStyleElement.sheet`.
 * paperfeed reads cards and attributes, never a style sheet, and that parser is a third of the
 * deployed bundle; `wrangler.toml` aliases it here. Reading `.sheet` says so instead of failing
 * somewhere less clear.
 */
export function parse(): never {
  throw new Error('CSS style sheets are not parsed in this worker (cssomnom is aliased out in wrangler.toml)');
}
