/**
 * The fallback: read the rendered paper cards. Each card yields an entry in the same shape as the
 * embedded JSON, so one normalizer serves both paths. Cards carry no abstract, authors or comment
 * count.
 *
 * linkedom builds a DOM of the cards only, cut out and reduced by card-markup.ts, and at first of
 * each card's first half only: every card is rendered twice (desktop and mobile halves), and the
 * reader takes every field from the first element that has it, so when the first half holds all
 * of them the second cannot change the entry. Cards missing a field there are read again whole.
 * Markup the cutting does not follow is parsed as a whole, from the data element or `<main>` to
 * the last card, as before.
 */
import { parseHTML } from 'linkedom';
import { cardMarkup } from './card-markup';
import { DATE_TEXT, elementsByArticle, elementsOf, type CardElements, type Element } from './card-queries';

// A paper page, relative or on huggingface.co, with an optional query or fragment. Old-style arXiv
// ids (`hep-th/9901001`) hold a slash.
const PAPER_HREF =
  /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|[^/?#]+)\/?(?:[?#].*)?$/;
const GITHUB_HREF = /^https?:\/\/(?:www\.)?github\.com\//i;

type Entry = Record<string, unknown>;

/** Returns one JSON-shaped entry per distinct paper card in `html[from..]`, in page order. */
export function readCards(html: string, from = 0): Entry[] {
  const first = /<article[\s>]/gi;
  first.lastIndex = from;
  // Tag names are case-insensitive; the page writes them in lower case.
  const last = Math.max(html.lastIndexOf('</article'), html.lastIndexOf('</ARTICLE'));
  if (!first.exec(html) || last < first.lastIndex) return [];
  // From `from`, not from the first card: a comment or script before the cards that holds an
  // `<article` must be parsed as what it is.
  const end = html.indexOf('>', last);
  const region = html.slice(from, end < 0 ? html.length : end + 1);
  return distinct(readReduced(region) ?? articlesOf(region).articles.map((article) => readCard(article, elementsOf(article)).entry));
}

// The cards' entries from their reduced markup; `null` when the markup could not be cut.
function readReduced(region: string): Array<Entry | null> | null {
  const cards = cardMarkup(region);
  if (!cards) return null;
  const read = readAll(cards.map((card) => card.markup));
  if (!read) return null;
  const settled = read.map(({ found }, i) => {
    const card = cards[i]!;
    if (card.verbatim) return true;
    // Without its count element, a card's count is read from all its text, which the cut leaves out.
    if (!found.upvotes) return false;
    if (!card.cut) return true;
    // The title and the summary have fallbacks that read the whole card.
    const later = card.later;
    return (
      found.heading &&
      found.summary &&
      (found.thumbnail || !later.thumbnail) &&
      (found.github || !later.github) &&
      (found.organization || !later.organization) &&
      (found.published || !later.published)
    );
  });
  const again: string[] = [];
  for (const card of cards.filter((_, i) => !settled[i])) {
    const whole = cardMarkup(region.slice(card.start, card.end), true)?.[0]?.markup;
    if (whole === undefined) return null;
    again.push(whole);
  }
  const wholes = again.length > 0 ? readAll(again) : [];
  if (!wholes) return null;
  let next = 0;
  return read.map(({ entry }, i) => (settled[i] ? entry : wholes[next++]!.entry));
}

// Reads cut-out cards, one document for all; `null` if it does not hold them one by one.
function readAll(cards: readonly string[]): Array<ReturnType<typeof readCard>> | null {
  const { document, articles } = articlesOf(cards.join(''));
  if (articles.length !== cards.length) return null;
  const elements = elementsByArticle(document, articles);
  return articles.map((article, i) => readCard(article, elements[i]!));
}

// Every card is rendered twice (desktop and mobile halves); a paper is one entry.
function distinct(entries: ReadonlyArray<Entry | null>): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const entry of entries) {
    const id = (entry?.['paper'] as { id?: string } | undefined)?.id;
    if (!entry || !id || seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
  }
  return out;
}

function articlesOf(markup: string): { document: Element['ownerDocument']; articles: Element[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return { document, articles: [...document.querySelectorAll('article')] };
}

/** Which of the elements an entry is read from were found in a card. */
interface Found {
  heading: boolean;
  summary: boolean;
  upvotes: boolean;
  thumbnail: boolean;
  github: boolean;
  organization: boolean;
  published: boolean;
}

/**
 * The entry of one card, and which elements it was read from were found: each field comes from
 * the first element in the card that has it, so what follows cannot change a field found.
 */
function readCard(article: Element, elements: CardElements): { entry: Entry | null; found: Found } {
  const paperLinks = elements.paperLinks.filter((a) => PAPER_HREF.test(a.getAttribute('href') ?? ''));
  // The title is the heading's paper link; another link to the paper (comments, say) may come first.
  const headingLink = elements.headingLinks.find((a) => paperLinks.includes(a) && text(a) !== '');
  const titleLink = headingLink ?? paperLinks.find((a) => text(a) !== '');
  const id = PAPER_HREF.exec(titleLink?.getAttribute('href') ?? '')?.[1];
  const thumbnail = firstOf(paperLinks, (a) => a.querySelector('img')?.getAttribute('src'));
  const github = elements.githubLinks.find((a) => GITHUB_HREF.test(a.getAttribute('href') ?? ''));
  const org = elements.rootLinks.find(
    (a) => /rounded-full/.test(a.getAttribute('class') ?? '') && !/^\/(papers|login)\b/.test(a.getAttribute('href') ?? ''),
  );
  const orgName = org?.getAttribute('href')?.slice(1);
  const published = firstOf(elements.spans, (span) => DATE_TEXT.exec(text(span))?.[1]);
  const clamped = elements.clamped[0];
  const count = elements.counts[0];
  const found = {
    heading: !!headingLink,
    summary: !!clamped,
    upvotes: !!count,
    thumbnail: !!thumbnail,
    github: !!github,
    organization: !!org,
    published: !!published,
  };
  if (!titleLink || !id) return { entry: null, found };
  const entry = {
    paper: {
      id: decodePathSegment(id),
      title: text(titleLink),
      upvotes: count ? text(count) : upvotesInText(article),
      githubRepo: github?.getAttribute('href'),
      githubStars: github ? lastNumber(text(github)) : undefined,
      organization: orgName ? { name: orgName, fullname: text(org!) || orgName } : undefined,
      publishedAt: published ? `${published} UTC` : undefined,
    },
    summary: text(clamped ?? elements.paragraphs[0]),
    thumbnail,
  };
  return { entry, found };
}

// The first truthy `read(item)`, reading no further.
function firstOf<T>(items: readonly T[], read: (item: T) => string | null | undefined): string | undefined {
  for (const item of items) {
    const value = read(item);
    if (value) return value;
  }
  return undefined;
}

// Markup variants without the count element: the number that follows the word "Upvote".
function upvotesInText(article: Element): string | undefined {
  return /Upvote\s*([\d.,]+[kKmM]?)/.exec(article.textContent ?? '')?.[1];
}

// A malformed escape (`/papers/%`) must cost only its own card, not throw for the whole page;
// the raw segment then fails the arXiv id check in the normalizer.
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function lastNumber(value: string): string | undefined {
  return /([\d.,]+\s*[kKmM]?)\s*$/.exec(value)?.[1];
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
