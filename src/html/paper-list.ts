/**
 * Papers as cards: title, upvotes, authors, a short summary, keywords and the links a reader
 * wants. Shared by the index ("latest papers") and the feed preview. Every field comes from the
 * scraped page and is escaped by `markup`; URLs were checked to be http(s) when normalized.
 */
import type { Paper } from '../domain/types';
import { formatCount, formatDay, plural, shortAuthorList } from './format';
import { markup, type Markup } from './markup';

const SUMMARY_CHARS = 320;
const MAX_KEYWORDS = 6;

/** A list of paper cards; `empty` is shown instead when there are none. */
export function paperList(papers: readonly Paper[], empty: Markup): Markup {
  if (papers.length === 0) return markup`<div class="card empty">${empty}</div>`;
  return markup`<ol class="papers">${papers.map(paperCard)}</ol>`;
}

/** One paper card. */
export function paperCard(paper: Paper): Markup {
  const keywords = paper.aiKeywords.slice(0, MAX_KEYWORDS);
  const short = summary(paper);
  return markup`<li class="card paper" data-id="${paper.id}">
<h3><a href="${paper.hfUrl}">${paper.title}</a></h3>
<div class="meta"><span class="votes" title="Upvotes on Hugging Face"><span aria-hidden="true">▲</span> ${formatCount(paper.upvotes)}<span class="skip"> upvotes</span></span>${
    paper.comments === null ? '' : markup`<span>${plural(paper.comments, 'comment')}</span>`
  }${paper.rank === null ? '' : markup`<span>#${paper.rank} trending</span>`}${
    paper.organization ? markup`<a href="${paper.organization.url}">${paper.organization.fullname}</a>` : ''
  }<span>first seen ${formatDay(paper.firstSeenAt)}</span></div>
${paper.authors.length > 0 ? markup`<p class="authors">${shortAuthorList(paper.authors)}</p>` : ''}
${short ? markup`<p class="summary">${short}</p>` : ''}
${paper.abstract && paper.abstract !== short ? markup`<details class="abstract"><summary>Abstract</summary><p>${paper.abstract}</p></details>` : ''}
${keywords.length > 0 ? markup`<ul class="chips" aria-label="Keywords">${keywords.map((k) => markup`<li>${k}</li>`)}</ul>` : ''}
<div class="links"><a href="${paper.hfUrl}">Hugging Face</a><a href="${paper.arxivUrl}">arXiv</a><a href="${paper.pdfUrl}">PDF</a>${
    paper.githubUrl
      ? markup`<a href="${paper.githubUrl}">GitHub${paper.githubStars === null ? '' : ` ★ ${formatCount(paper.githubStars)}`}</a>`
      : ''
  }${paper.projectPageUrl ? markup`<a href="${paper.projectPageUrl}">Project page</a>` : ''}</div>
</li>
`;
}

// The AI summary is one sentence written for exactly this; the abstract is cut at a word.
function summary(paper: Paper): string {
  const text = paper.aiSummary || paper.abstract;
  if (text.length <= SUMMARY_CHARS) return text;
  const cut = text.slice(0, SUMMARY_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_CHARS / 2)).replace(/[\uD800-\uDBFF]$/, '').trimEnd()}…`;
}
