export { parsePage, PageParseError, type ParsedPage, type ParsePageOptions } from './parse-page';
