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

// A paper page, relative or on huggingface.co, with an optional query or fragment. Old-style arXiv
// ids (`hep-th/9901001`) hold a slash.
const PAPER_HREF =
  /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?|[^/?#]+)\/?(?:[?#].*)?$/;
const PAPER_LINKS = 'a[href*="/papers/"]';
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
  return distinct(readReduced(region) ?? articlesOf(region).map((article) => readCard(article).entry));
}

// The cards' entries from their reduced markup; `null` when the markup could not be cut.
function readReduced(region: string): Array<Entry | null> | null {
  const cards = cardMarkup(region);
  if (!cards) return null;
  const halves = articlesOf(cards.map((card) => card.markup).join(''));
  if (halves.length !== cards.length) return null;
  const read = halves.map(readCard);
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
  const again = cards.filter((_, i) => !settled[i]).map((card) => cardMarkup(region.slice(card.start, card.end), true)?.[0]?.markup);
  if (again.some((markup) => markup === undefined)) return null;
  const wholes = again.length > 0 ? articlesOf(again.join('')) : [];
  if (wholes.length !== again.length) return null;
  let next = 0;
  return read.map(({ entry }, i) => (settled[i] ? entry : readCard(wholes[next++]!).entry));
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

function articlesOf(markup: string): Element[] {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return [...document.querySelectorAll('article')];
}

type Element = ReturnType<typeof parseHTML>['document']['body'];

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
function readCard(article: Element): { entry: Entry | null; found: Found } {
  const paperLinks = [...article.querySelectorAll(PAPER_LINKS)].filter((a) => PAPER_HREF.test(a.getAttribute('href') ?? ''));
  // The title is the heading's paper link; another link to the paper (comments, say) may come first.
  const headingLink = [...article.querySelectorAll(`h3 ${PAPER_LINKS}`)].find((a) => paperLinks.includes(a) && text(a) !== '');
  const titleLink = headingLink ?? paperLinks.find((a) => text(a) !== '');
  const id = PAPER_HREF.exec(titleLink?.getAttribute('href') ?? '')?.[1];
  const thumbnail = paperLinks.map((a) => a.querySelector('img')?.getAttribute('src')).find(Boolean);
  const github = [...article.querySelectorAll('a[href*="github.com/"]')].find((a) => GITHUB_HREF.test(a.getAttribute('href') ?? ''));
  const org = [...article.querySelectorAll('a[href^="/"]')].find(
    (a) => /rounded-full/.test(a.getAttribute('class') ?? '') && !/^\/(papers|login)\b/.test(a.getAttribute('href') ?? ''),
  );
  const orgName = org?.getAttribute('href')?.slice(1);
  const published = [...article.querySelectorAll('span')]
    .map((span) => /^(?:Published on )?([A-Z][a-z]{2} \d{1,2}, \d{4})$/.exec(text(span))?.[1])
    .find(Boolean);
  const clamped = article.querySelector('p.line-clamp-2');
  const count = upvoteCount(article);
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
    summary: text(clamped ?? article.querySelector('p')),
    thumbnail,
  };
  return { entry, found };
}

function upvoteCount(article: Element): Element | null {
  return article.querySelector('.text-orange-500.font-semibold, div.font-semibold.text-orange-500');
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
