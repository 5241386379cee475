/**
 * Small builders for topic definitions in the query syntax, so that a definition reads as lists
 * of terms and the rules that combine them, and `/api/topics` still shows one plain query.
 */

/** `(a OR "b c" OR …)`: terms with spaces become phrases (hyphens match either spelling). */
export function anyOf(...terms: string[]): string {
  return `(${terms.map(quoted).join(' OR ')})`;
}

/** `terms` where none of `excluded` appears in the title: a title that names another subject. */
export function unlessTitle(terms: string, ...excluded: string[]): string {
  return `((${terms}) -title:${anyOf(...excluded)})`;
}

/**
 * The abstract has a term of each group: the paper works on the subject rather than naming it
 * once in passing ("we train it with reinforcement learning" alone is not an RL paper, but one
 * that also speaks of rewards and policies is).
 */
export function abstractHasBoth(first: string, second: string): string {
  return `(abstract:${first} abstract:${second})`;
}

/**
 * The abstract names `terms` at least `times` times in all (a count, `abstract:(…){2}`): a subject
 * the paper keeps returning to rather than one it names once in passing.
 */
export function abstractRepeats(terms: string, times = 2): string {
  return `abstract:${terms}{${times}}`;
}

/** Alternatives, one per line in the source, joined with OR. */
export function either(...alternatives: string[]): string {
  return alternatives.join(' OR ');
}

function quoted(term: string): string {
  return /[\s]/.test(term) ? `"${term}"` : term;
}
