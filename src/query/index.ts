export { compileQuery, compileQueryOnce, matcherOf, type PaperMatcher } from './compile';
export { parseQuery, MAX_COUNT, MAX_DEPTH, type QueryNode } from './parse';
export { paperText, type MatchablePaper } from './paper-text';
export { QuerySyntaxError, QUERY_FIELDS, type QueryField } from './tokens';
export { textWords, wordForms, type Words } from './words';
