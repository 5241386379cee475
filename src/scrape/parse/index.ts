export { parsePage, PageParseError, type ParsedPage } from './parse-page';
