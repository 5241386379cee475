/**
 * The `TOPICS` var: how an operator replaces or extends the built-in topics without touching
 * code. Its value is JSON, either a list of topics merged with the built-in ones (same slug:
 * replaced; `"remove": true`: dropped; new slug: added after them), or
 * `{ "builtin": false, "topics": [...] }` to serve only `all` and the topics listed. Every entry
 * is checked, its query parsed, and the first fault is reported naming the entry.
 */
import { ConfigError } from '../env';
import { parseQuery, QuerySyntaxError } from '../query';
import { BUILTIN_TOPICS } from './builtin';
import { ALL_TOPIC, type Topic } from './topic';

const SLUG = /^[a-z0-9-]{1,64}$/;
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 500;
const MAX_QUERY = 8_000;
const KEYS = new Set(['slug', 'title', 'description', 'query', 'remove']);
// What feed titles cannot carry: XML forbids these characters.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The topics a `TOPICS` value defines, `all` first; throws `ConfigError` naming the bad entry. */
export function topicsFromConfig(raw: string | undefined): Topic[] {
  if (raw === undefined || raw.trim() === '') return [ALL_TOPIC, ...BUILTIN_TOPICS];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`TOPICS is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  let builtin = true;
  let entries: unknown = value;
  if (isObject(value) && !Array.isArray(value)) {
    const extra = Object.keys(value).filter((key) => key !== 'builtin' && key !== 'topics');
    if (extra.length > 0) throw new ConfigError(`TOPICS has unknown member "${extra[0]}"; expected "builtin" and "topics"`);
    if (value['builtin'] !== undefined && typeof value['builtin'] !== 'boolean') throw new ConfigError('TOPICS.builtin must be true or false');
    builtin = value['builtin'] !== false;
    entries = value['topics'];
  }
  if (!Array.isArray(entries)) {
    throw new ConfigError('TOPICS must be a JSON array of topics, or {"builtin": false, "topics": [...]}');
  }
  const topics = builtin ? [...BUILTIN_TOPICS] : [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const named = isObject(entry) && typeof entry['slug'] === 'string' ? ` ("${entry['slug'].slice(0, 64)}")` : '';
    const where = `TOPICS entry ${index + 1}${named}`;
    const read = readEntry(entry, where);
    const slug = 'removed' in read ? read.removed : read.slug;
    if (seen.has(slug)) throw new ConfigError(`${where}: the slug "${slug}" is given twice`);
    seen.add(slug);
    const at = topics.findIndex((t) => t.slug === slug);
    if ('removed' in read) {
      if (at < 0) throw new ConfigError(`${where}: there is no built-in topic "${slug}" to remove`);
      topics.splice(at, 1);
    } else if (at >= 0) {
      topics[at] = read;
    } else {
      topics.push(read);
    }
  });
  return [ALL_TOPIC, ...topics];
}

/** One entry: a topic, or the slug of a built-in topic to remove. */
function readEntry(entry: unknown, where: string): Topic | { removed: string } {
  if (!isObject(entry) || Array.isArray(entry)) throw new ConfigError(`${where}: must be an object with slug, title, description and query`);
  const unknown = Object.keys(entry).find((key) => !KEYS.has(key));
  if (unknown !== undefined) {
    throw new ConfigError(`${where}: unknown member "${unknown.slice(0, 64)}"; a topic has slug, title, description, query (or "remove": true)`);
  }
  const slug = entry['slug'];
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    throw new ConfigError(`${where}: slug must be 1 to 64 characters of a-z, 0-9 and "-", got ${JSON.stringify(slug ?? null)?.slice(0, 80)}`);
  }
  if (slug === ALL_TOPIC.slug) throw new ConfigError(`${where}: the slug "all" is reserved for every paper`);
  if (entry['remove'] !== undefined) {
    if (entry['remove'] !== true) throw new ConfigError(`${where}: remove must be true when given`);
    const other = Object.keys(entry).find((key) => key !== 'slug' && key !== 'remove');
    if (other) throw new ConfigError(`${where}: a removal has only slug and remove, not "${other}"`);
    return { removed: slug };
  }
  const title = text(entry['title'], `${where}: title`, MAX_TITLE, true);
  const description = text(entry['description'] ?? title, `${where}: description`, MAX_DESCRIPTION, false);
  const query = text(entry['query'], `${where}: query`, MAX_QUERY, false);
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new ConfigError(`${where}: query is not valid: ${error.message}`);
    throw error;
  }
  return { slug, title, description, query };
}

function text(value: unknown, name: string, max: number, required: boolean): string {
  if (typeof value !== 'string') throw new ConfigError(`${name} must be a string`);
  if (required && value.trim() === '') throw new ConfigError(`${name} must not be empty`);
  if (value.length > max) throw new ConfigError(`${name} is ${value.length} characters long; the limit is ${max}`);
  const bad = FORBIDDEN.exec(value);
  if (bad) throw new ConfigError(`${name} contains a control character at character ${bad.index + 1}`);
  return value.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
