/**
 * Pages for the card reader, by name: the generated fixture pages without their embedded JSON, and
 * variants of the real card (halves missing, reordered or disagreeing, optional parts in one half
 * only, other spellings, stale cards in inert markup). The card reader's output on each is stored
 * in test/fixtures/cards-expected.json.
 */
import { fixture } from './fixtures';
import { withoutDataProps } from './pages';

const page = withoutDataProps(fixture('real-trending-excerpt.html'));
const open = page.indexOf('<article class=');
const close = page.indexOf('</article>', open) + '</article>'.length;
const card = page.slice(open, close);
const desktop = card.slice(card.indexOf('<div class="hidden h-40 md:flex">'), card.indexOf('<div class="flex flex-col md:hidden">'));
const mobile = card.slice(card.indexOf('<div class="flex flex-col md:hidden">'), card.length - '</article>'.length);
const ARTICLE = '<article class="relative overflow-hidden rounded-xl border">';

const withCards = (cards: string) => page.slice(0, open) + cards + page.slice(close);
const article = (...halves: string[]) => `${ARTICLE}${halves.join(' ')}</article>`;
const all = (from: RegExp, to: string) => (half: string) => half.replace(new RegExp(from.source, 'g'), to);
const noGithub = all(/<!--\[0--><a href="https:\/\/github\.com[\s\S]*?<\/a><!--\]-->/, '');
const noOrg = all(/<a href="\/TokenRhythm"[\s\S]*?<\/a>/, '');
const noDate = all(/<span>(Published on )?Sep 8, 2026<\/span>/, '');
const noThumbnail = all(/<img loading="lazy" src="https:\/\/cdn-thumbnails[^>]*>/, '');
const noSummary = all(/<p class="line-clamp-2[^"]*">[^<]*<\/p>/, '');
const noCount = all(/<div class="font-semibold text-orange-500">327<\/div>/, '');
const noHeading = all(/<h3[^>]*>(<a [^>]*>[^<]*<\/a>)<\/h3>/, '$1');

/** Every page the card reader's stored output covers, by name. */
export function cardPages(): Record<string, string> {
  const stale = card.replace(/2609\.08183/g, '2609.00666');
  const beforeList = (wrap: string) => page.replace('<div class="relative grid', `${wrap}<div class="relative grid`);
  return {
    'trending.html': withoutDataProps(fixture('trending.html')),
    'trending-next.html': withoutDataProps(fixture('trending-next.html')),
    'trending-large.html': withoutDataProps(fixture('trending-large.html')),
    'real card': page,
    'only the mobile half': withCards(article(mobile)),
    'only the desktop half': withCards(article(desktop)),
    'halves in the other order': withCards(article(mobile, desktop)),
    'no GitHub link': withCards(article(noGithub(desktop), noGithub(mobile))),
    'GitHub link in the mobile half only': withCards(article(noGithub(desktop), mobile)),
    'organisation in the mobile half only': withCards(article(noOrg(desktop), mobile)),
    'date in the mobile half only': withCards(article(noDate(desktop), mobile)),
    'thumbnail in the mobile half only': withCards(article(noThumbnail(desktop), mobile)),
    'summary in the mobile half only': withCards(article(noSummary(desktop), mobile)),
    'upvote count in the mobile half only': withCards(article(noCount(desktop), mobile)),
    'no upvote count element': withCards(article(noCount(desktop), noCount(mobile))),
    'heading in the mobile half only': withCards(article(noHeading(desktop), mobile)),
    'no heading': withCards(article(noHeading(desktop), noHeading(mobile))),
    'nothing optional': withCards(article(...[desktop, mobile].map((half) => noGithub(noOrg(noDate(noThumbnail(noSummary(half)))))))),
    'several cards': withCards(card + card.replace(/2609\.08183/g, '2609.08184') + article(mobile.replace(/2609\.08183/g, '2609.08185'))),
    'a comment link before the heading': withCards(card.replace(/<h3 class="mb-1\.5/g, '<a href="/papers/2609.08183#community">12 comments</a><h3 class="mb-1.5')),
    'upper-case markup': withCards(card.replace(/<(\/?)(article|div|a|h3|p|span|img)\b/g, (_m, slash: string, name: string) => `<${slash}${name.toUpperCase()}`)),
    'another container': page.replace('class="relative grid gap-5', 'class="papers-list flex').replace(ARTICLE, '<article id="paper-2609.08183" data-index="0" class="card">'),
    'references in the title': withCards(card.replace(/>NeoHorse-1:[^<]*<\/a>/g, '>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>bold</b> caf&eacute; &#x1F600;</a>')),
    'a stale card in a comment before the list': beforeList(`<!-- ${stale} -->`),
    'a stale card in a template before the list': beforeList(`<template>${stale}</template>`),
    'a stale card in a script before the list': beforeList(`<script type="text/html">${stale}</script>`),
    'a paragraph left open before the cards': withCards(`<p>Trending now${card}`),
    'a card inside an element closed early': withCards(`<section>${card.replace('</article>', '</section></article>')}`),
    'nested cards': withCards(card.replace('</article>', `${article(mobile.replace(/2609\.08183/g, '2609.08186'))}</article>`)),
    'text split by tags the reader does not query': withCards(
      card.replace(/(<p class="line-clamp-2[^"]*">)/g, '$1Fish &am<i>x</i>p; chips, a <<i></i>b>bold</b> &#x<em></em>41; <!---->&lt').replace(/>NeoHorse-1:/g, '>Neo<i></i>Horse<!---->-1:'),
    ),
    'markup inside a card the reader does not know': withCards(
      card.replace('<div class="mb-2">', '<div class="mb-2"><svg><a href="/papers/2609.00001"><text>svg link</text></a></svg><textarea><a href="/papers/2609.00002">x</a></textarea>'),
    ),
  };
}
