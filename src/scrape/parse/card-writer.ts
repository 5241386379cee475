/**
 * Writes one card's reduced markup as the card scan (card-markup.ts) walks through it: text and
 * kept tags in order, the rest left out. Falls back to the card as written once its markup is
 * irregular. Unless asked for the whole card, it writes only the article's first element child
 * (the desktop half) and notes what the rest could still hold.
 */
import { DATE_TEXT } from './card-queries';
import { nameEnd, startTagEnd } from './tag-syntax';
import { closes, RAW_TEXT } from './tree-rules';

/** What the card reader queries: paper, GitHub and organisation links, thumbnails, headings, dates, summaries. */
const KEPT = new Set(['a', 'img', 'h3', 'span', 'p']);
// A link the reader could read: to a paper, to GitHub, or the organisation chip.
const READ_LINK = /\/papers\/|github|rounded-full/i;

// Text that ends where joining more text to it could change how it reads.
const OPEN_END = /(?:<|&#?[A-Za-z0-9]*)$/;

/**
 * Which optional fields the part of a card after its first child could still hold (`false`: it
 * has no element the field could come from). Read from the kept tags only; a tag with a reference
 * in it could say anything, so it counts for every field it could be.
 */
export interface LaterFields {
  thumbnail: boolean;
  github: boolean;
  organization: boolean;
  published: boolean;
}

/** One card's reduced markup, and what was left out of it. */
export interface CardMarkup {
  markup: string;
  /** Where the card is in the scanned markup: `[start, end)`, its `<article` to its `</article>`. */
  start: number;
  end: number;
  /** The card is written as it was (its markup is irregular): it is whole. */
  verbatim: boolean;
  /** Something after the article's first child was left out (only when not asked for whole cards). */
  cut: boolean;
  /** What that part could hold. */
  later: LaterFields;
}

/** An open element as the scan tracks it. */
export interface OpenElement {
  name: string;
  /** Whether its tags are in the reduced markup. */
  kept: boolean;
  /** Whether it is, or is inside, `<svg>` or `<math>`. */
  foreign: boolean;
  /** Whether it is, or is inside, a `<template>`. */
  template: boolean;
  /** Whether it is, or is inside, a kept `<a>`. */
  anchor: boolean;
}

/** One card being written; created at its `<article>` start tag. */
export class CardWriter {
  private readonly out: string[];
  private regular = true;
  private lastWasText = false;
  private dropped = false;
  /** Stack index of the article's first element child, once seen. */
  private firstChild = -1;
  /** Past the end of that child: nothing more is written, unless the whole card is. */
  private past = false;
  private readonly later: LaterFields = { thumbnail: false, github: false, organization: false, published: false };

  /**
   * @param start offset of the `<article` in the scanned markup
   * @param depth the article's index in the scan's stack of open elements
   * @param whole write the whole card, and the text right in the article (read only by the
   *   fallback for a card without upvote count element)
   */
  constructor(
    readonly start: number,
    readonly depth: number,
    articleTag: string,
    private readonly whole: boolean,
  ) {
    this.out = [articleTag];
  }

  /** Text between tags, `html[from..to)`; `stack` holds the elements open around it. */
  text(html: string, from: number, to: number, stack: readonly OpenElement[]): void {
    if (!this.regular) return;
    if (!this.whole && (this.past || nearestKept(stack, this.depth) === this.depth)) {
      this.drop();
      return;
    }
    // Two runs of text that a left-out tag kept apart are joined (one text node instead of two),
    // unless the first ends inside a reference or with `<`: `&am` + `p;`, `<` + `b>` would read as
    // something else. An empty comment then keeps them apart and adds no text.
    if (this.lastWasText && this.dropped && OPEN_END.test(this.out[this.out.length - 1]!)) this.out.push('<!---->');
    this.out.push(html.slice(from, to));
    this.lastWasText = true;
    this.dropped = false;
  }

  /** Something left out: a comment, a tag of an unwrapped element, a stray end tag. */
  drop(): void {
    this.dropped = true;
  }

  /** The parser would repair this card's markup: keep the card as written. */
  irregular(): void {
    this.regular = false;
  }

  /**
   * A start tag inside the card, `html[from..to)` (`stack`: the elements open around it); returns
   * whether its element is kept.
   */
  open(name: string, html: string, from: number, to: number, stack: readonly OpenElement[]): boolean {
    if (this.past && !this.whole) {
      // What follows the first child is not written, and cannot change what it holds.
      if (name === 'img' || name === 'span' || name === 'a') this.noteLater(name, html.slice(from, to));
      return false;
    }
    const tag = html.slice(from, to);
    const parent = stack[stack.length - 1]!;
    if (this.firstChild < 0 && stack.length === this.depth + 1) this.firstChild = stack.length;
    // A class written with references could still say `text-orange-500` (the upvote count).
    const kept = tag.includes('text-orange-500') || tag.includes('&') || (KEPT.has(name) && mayBeRead(name, tag, html, to, parent));
    if (RAW_TEXT.has(name) || name === 'template' || (parent.foreign && kept)) this.irregular();
    if (!this.regular) return kept;
    if (!kept) {
      this.drop();
      return false;
    }
    // With the unwrapped elements gone, the nearest kept one is the innermost open element: a start
    // tag that would close it changes the tree.
    if (closes(name, stack[nearestKept(stack, this.depth)]!.name)) this.irregular();
    else this.markup(readAttributes(name, tag));
    return true;
  }

  /** A void element has been read; `size` is the stack's size around it. */
  closedVoid(size: number): void {
    if (this.firstChild === size) this.past = true;
  }

  /** The end tag of the element at stack index `index`, which is inside the card. */
  close(kept: boolean, tag: string, index: number): void {
    if (!this.regular) return;
    if (kept && (this.whole || !this.past)) this.markup(tag);
    else this.drop();
    if (index === this.firstChild) this.past = true;
  }

  /** The card's own end tag is `html[at..end)`. */
  finish(html: string, at: number, end: number): CardMarkup {
    const card = { start: this.start, end, later: this.later };
    if (!this.regular) return { ...card, markup: html.slice(this.start, end), verbatim: true, cut: false };
    return { ...card, markup: this.out.join('') + html.slice(at, end), verbatim: false, cut: this.past && !this.whole };
  }

  private noteLater(name: string, tag: string): void {
    if (name === 'img') this.later.thumbnail = true;
    else if (name === 'span') this.later.published = true;
    else if (name === 'a') {
      if (/github|&/i.test(tag)) this.later.github = true;
      if (/rounded-full|&/.test(tag)) this.later.organization = true;
    }
  }

  private markup(tag: string): void {
    this.out.push(tag);
    this.lastWasText = false;
    this.dropped = false;
  }
}

/**
 * Whether the reader could read the element whose start tag ends at `html[to]` (its name is in
 * `KEPT`). An image counts only inside a kept link (the thumbnail), a link only if it could go to
 * a paper or GitHub or be the organisation chip, a span with nothing but text in it only if that
 * text is a date (what the reader looks for in spans). The others are unwrapped: their text stays in every element around them.
 */
function mayBeRead(name: string, tag: string, html: string, to: number, parent: OpenElement): boolean {
  if (name === 'img') return parent.anchor;
  if (name === 'a') return READ_LINK.test(tag);
  if (name !== 'span') return true;
  const close = html.indexOf('<', to);
  if (close < 0 || !/^<\/span[\t\n\f\r >]/i.test(html.slice(close, close + 7))) return true;
  const text = html.slice(to, close);
  return text.includes('&') || DATE_TEXT.test(text.replace(/\s+/g, ' ').trim());
}

// Stack index of the innermost kept element (the article, at `depth`, is kept).
function nearestKept(stack: readonly OpenElement[], depth: number): number {
  let k = stack.length - 1;
  while (k > depth && !stack[k]!.kept) k--;
  return k;
}

// The attributes the reader reads: links, image sources, and classes: any element's if it could be
// the upvote count, a paragraph's (the summary), and of a link only whether it says `rounded-full`
// (the organisation chip). Each attribute is a node in linkedom, and each class list is parsed.
const READ = new Set(['href', 'src']);
const ANY_CLASS = /text-orange-500|&/;
const CLASS_OTHERWISE = /(?!class)[cC][lL][aA][sS][sS]/;

/** `tag` with only the attributes the reader reads, as written and in order (the first of a name wins). */
function readAttributes(name: string, tag: string): string {
  const end = nameEnd(tag, 1);
  let out = tag.slice(0, end);
  // `CLASS` is an attribute of its own to linkedom: a tag that spells it otherwise keeps every class.
  const classAsWritten = ANY_CLASS.test(tag) || name === 'p' || (name === 'a' && CLASS_OTHERWISE.test(tag));
  let linkClassSeen = false;
  startTagEnd(tag, end, (nameStart, nameStop, stop) => {
    const attribute = tag.slice(nameStart, nameStop).toLowerCase();
    if (READ.has(attribute) || (attribute === 'class' && classAsWritten)) {
      out += ` ${tag.slice(nameStart, stop)}`;
    } else if (attribute === 'class' && name === 'a' && !linkClassSeen) {
      // Only the first `class` counts, as in the parser.
      linkClassSeen = true;
      if (tag.slice(nameStop, stop).includes('rounded-full')) out += ' class="rounded-full"';
    }
  });
  return `${out}>`;
}
