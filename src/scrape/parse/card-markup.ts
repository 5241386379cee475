/**
 * The paper cards cut out of the page by string search and reduced to what the card reader looks
 * at, so that linkedom builds a DOM of a few thousand nodes instead of the card list's tens of
 * thousands (hydration comments, SVG paths, layout wrappers; a DOM's cost follows its nodes).
 *
 * One forward pass follows linkedom's parser rules (tree-rules.ts, tag-syntax.ts) to know which
 * element every tag opens and closes. In each card it keeps all text and the tags of the elements
 * the reader queries, drops comments, and unwraps every other element (its tags go, its content
 * stays): every `textContent` and every match of the reader's selectors stays the same. A card
 * whose markup the parser would repair (an end tag that closes more than one element, a start tag
 * that closes an open one, raw text, content inside `<svg>`) is kept exactly as written. Where the
 * pass meets markup it does not follow, it gives up and the caller parses everything as before.
 */
import { CardWriter, type CardMarkup, type OpenElement } from './card-writer';
import { commentEnd, isLetter, isSpace, nameEnd, startTagEnd } from './tag-syntax';
import { closes, FOREIGN, INTEGRATION, RAW_TEXT, VOID } from './tree-rules';

export type { CardMarkup, LaterFields } from './card-writer';

// What elements go into once end tags have closed even `<html>`.
const DOCUMENT: OpenElement = { name: '', kept: false, foreign: false, template: false, anchor: false };

/**
 * The cards of `html` (markup that linkedom would parse inside `<body>`) in page order, each only
 * up to the end of its first child unless `whole`; `null` when the markup holds something this
 * pass does not follow.
 */
export function cardMarkup(html: string, whole = false): CardMarkup[] | null {
  const cards: CardMarkup[] = [];
  const stack: OpenElement[] = ['html', 'body'].map((name) => ({ ...DOCUMENT, name }));
  // Innermost last, as htmlparser2 keeps it (including its quirks: a self-closed `<svg/>` stays).
  const foreign: boolean[] = [false];
  let card: CardWriter | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = nextTag(html, i);
    if (card && lt > i) card.text(html, i, lt, stack);
    if (lt === html.length) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      // Comments, declarations and processing instructions add nothing the reader looks at.
      if (html.startsWith('<![', lt)) return null;
      const end = html.startsWith('<!--', lt) ? commentEnd(html, lt) : html.indexOf('>', lt) + 1;
      if (end <= 0) return null;
      card?.drop();
      i = end;
      continue;
    }
    if (next === '/') {
      let at = lt + 2;
      while (isSpace(html.charCodeAt(at))) at++;
      const gt = html.indexOf('>', at);
      if (gt < 0) return null;
      i = gt + 1;
      // `</>` is nothing, `</ x>` and `</1>` are comments; neither adds a node the reader looks at.
      if (!isLetter(html.charCodeAt(at))) {
        card?.drop();
        continue;
      }
      const name = html.slice(at, nameEndOfEndTag(html, at)).toLowerCase();
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (VOID.has(name)) {
        // `</br>` makes a `<br>`; other void end tags are ignored.
        if (name === 'br') card?.irregular();
        else card?.drop();
        continue;
      }
      let at2 = stack.length - 1;
      while (at2 >= 0 && stack[at2]!.name !== name) at2--;
      if (at2 < 0) {
        // A stray `</p>` makes an empty `<p>`; any other stray end tag is ignored.
        if (name === 'p') card?.irregular();
        else card?.drop();
        continue;
      }
      if (card) {
        if (at2 < card.depth) return null; // it closes the card from outside: not a card we can cut
        if (at2 < stack.length - 1) card.irregular();
        if (at2 === card.depth) {
          cards.push(card.finish(html, lt, i));
          card = null;
        } else {
          card.close(stack[at2]!.kept, html.slice(lt, i), at2);
        }
      }
      stack.length = at2;
      continue;
    }
    const end = nameEnd(html, lt + 1);
    const name = html.slice(lt + 1, end).toLowerCase();
    const tag = startTagEnd(html, end);
    if (!tag) return null;
    i = tag.end;
    while (closes(name, stack[stack.length - 1]?.name)) {
      stack.pop();
      card?.irregular();
    }
    const parent = stack[stack.length - 1] ?? DOCUMENT;
    const inForeign = parent.foreign;
    let kept = false;
    if (name === 'article' && !card && !parent.template) {
      // linkedom never finds elements inside a `<template>`. An article in SVG, inside a card, or
      // inside a heading (whose links the reader's `h3 a` would match) is not one to cut out.
      if (inForeign || stack.some((open) => open.name === 'h3')) return null;
      card = new CardWriter(lt, stack.length, html.slice(lt, i), whole);
      kept = true;
    } else if (card) {
      if (name === 'article') return null;
      kept = card.open(name, html, lt, i, stack);
    }
    if (!VOID.has(name)) {
      stack.push({
        name,
        kept,
        foreign: inForeign || FOREIGN.has(name),
        template: parent.template || name === 'template',
        anchor: parent.anchor || (name === 'a' && kept),
      });
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
      // `<x/>` closes `x` only in foreign content.
      if (tag.selfClosing && foreign[foreign.length - 1]) {
        stack.pop();
        if (card && kept) card.irregular();
      }
    } else {
      card?.closedVoid(stack.length);
    }
    if (RAW_TEXT.has(name) && !tag.selfClosing) {
      // Raw text runs to `</name` followed by whitespace or `>`; that end tag is then read as usual.
      const close = new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      if (!found) return null;
      card?.irregular();
      i = found.index;
    }
  }
  return card ? null : cards;
}

// Offset of the next `<` at or after `from` that starts markup (`<` then a letter, `/`, `!` or `?`;
// any other `<` is text), or the end of `html`.
function nextTag(html: string, from: number): number {
  for (let lt = html.indexOf('<', from); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const c = html.charCodeAt(lt + 1);
    if (isLetter(c) || c === 47 /* / */ || c === 33 /* ! */ || c === 63 /* ? */) return lt;
  }
  return html.length;
}

// An end tag's name runs to whitespace or `>` (a `/` is part of it).
function nameEndOfEndTag(html: string, at: number): number {
  let i = at;
  for (let c = html.charCodeAt(i); i < html.length && !isSpace(c) && c !== 62; c = html.charCodeAt(++i));
  return i;
}
