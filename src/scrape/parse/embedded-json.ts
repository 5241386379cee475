/**
 * The fast path: the trending page embeds its data as JSON in the `data-props` attribute of the
 * `DailyPapers` hydration element. We locate that one start tag by string search, read its
 * attributes, decode and parse the JSON: no DOM of the page is ever built.
 */
import { decodeAttribute } from './decode-attribute';
import { startTagAround, type StartTag } from './start-tag';

/** The hydration element that carries `dailyPapers`, with its decoded JSON (when readable). */
export interface DataElement {
  tag: StartTag;
  /** The `dailyPapers` array, or a reason why it could not be read. */
  result: { entries: unknown[] } | { error: string };
}

const DATA_PROPS = /data-props\s*=/gi;
const TARGET = 'dailypapers';

/**
 * Finds the `DailyPapers` hydration element: by `data-target` when present, otherwise the first
 * element whose `data-props` mentions `dailyPapers`. Returns `null` when the page has neither.
 */
export function findDataElement(html: string): DataElement | null {
  let fallback: StartTag | null = null;
  DATA_PROPS.lastIndex = 0;
  for (let match = DATA_PROPS.exec(html); match; match = DATA_PROPS.exec(html)) {
    const tag = startTagAround(html, match.index);
    if (!tag) continue;
    // Never search inside a value we have already seen: it holds escaped data, not markup.
    DATA_PROPS.lastIndex = tag.end;
    const target = tag.attributes.get('data-target')?.value.trim().toLowerCase();
    if (target === TARGET) return { tag, result: readEntries(tag) };
    if (!fallback && tag.attributes.get('data-props')?.value.includes('dailyPapers')) fallback = tag;
  }
  return fallback ? { tag: fallback, result: readEntries(fallback) } : null;
}

function readEntries(tag: StartTag): DataElement['result'] {
  const raw = tag.attributes.get('data-props')?.value ?? '';
  let props: unknown;
  try {
    props = JSON.parse(decodeAttribute(raw));
  } catch (error) {
    return { error: `data-props is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    return { error: 'data-props is not a JSON object' };
  }
  const entries = (props as Record<string, unknown>)['dailyPapers'];
  if (!Array.isArray(entries)) return { error: 'data-props has no dailyPapers array' };
  return { entries };
}
