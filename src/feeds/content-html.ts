/**
 * The HTML body of one item: everything a reader needs to decide whether to open the paper,
 * without leaving the feed reader. Every value is escaped; links are http(s) only (normalized
 * upstream), so nothing from the page can inject markup or script.
 *
 * Attributes are single-quoted and paragraphs follow each other without a line break: the body
 * then holds nothing JSON escapes (escaped text has no `"`), so the JSON Feed writes it after one
 * check instead of escaping it piece by piece (json-feed.ts), which made JSON slower than RSS.
 */
import type { Paper } from '../domain/types';
import { formatCount } from './count';
import { escapeXml as e } from './escape';

const MAX_LISTED_AUTHORS = 30;

/** Renders the item body for `paper`. Deterministic: the same paper gives the same bytes. */
export function paperContentHtml(paper: Paper): string {
  const parts: string[] = [];
  if (paper.thumbnailUrl) {
    parts.push(`<p><a href='${e(paper.hfUrl)}'><img src='${e(paper.thumbnailUrl)}' alt='${e(paper.title)}' /></a></p>`);
  }
  if (paper.authors.length > 0) parts.push(`<p><strong>Authors:</strong> ${e(authorList(paper.authors))}</p>`);
  parts.push(`<p>${stats(paper).join(' · ')}</p>`);
  if (paper.aiSummary) parts.push(`<p><strong>AI summary:</strong> ${e(paper.aiSummary)}</p>`);
  if (paper.abstract) parts.push(`<p>${e(paper.abstract)}</p>`);
  if (paper.aiKeywords.length > 0) parts.push(`<p><strong>Keywords:</strong> ${e(paper.aiKeywords.join(', '))}</p>`);
  parts.push(`<p>${links(paper).join(' · ')}</p>`);
  const dates = dateLine(paper);
  if (dates) parts.push(`<p><small>${dates}</small></p>`);
  return parts.join('');
}

/** "A, B and 12 more": long author lists would drown the abstract. */
export function authorList(authors: readonly string[]): string {
  if (authors.length <= MAX_LISTED_AUTHORS) return authors.join(', ');
  return `${authors.slice(0, MAX_LISTED_AUTHORS).join(', ')} and ${authors.length - MAX_LISTED_AUTHORS} more`;
}

function stats(paper: Paper): string[] {
  const out = [`<strong>▲ ${formatCount(paper.upvotes)}</strong> ${paper.upvotes === 1 ? 'upvote' : 'upvotes'}`];
  if (paper.comments !== null) out.push(`${formatCount(paper.comments)} ${paper.comments === 1 ? 'comment' : 'comments'}`);
  if (paper.rank !== null) out.push(`#${paper.rank} trending`);
  if (paper.organization) out.push(`<a href='${e(paper.organization.url)}'>${e(paper.organization.fullname)}</a>`);
  return out;
}

function links(paper: Paper): string[] {
  const out = [
    `<a href='${e(paper.hfUrl)}'>Hugging Face</a>`,
    `<a href='${e(paper.arxivUrl)}'>arXiv</a>`,
    `<a href='${e(paper.pdfUrl)}'>PDF</a>`,
  ];
  if (paper.githubUrl) {
    const stars = paper.githubStars === null ? '' : ` (★ ${formatCount(paper.githubStars)})`;
    out.push(`<a href='${e(paper.githubUrl)}'>GitHub${stars}</a>`);
  }
  if (paper.projectPageUrl) out.push(`<a href='${e(paper.projectPageUrl)}'>Project page</a>`);
  return out;
}

function dateLine(paper: Paper): string {
  const out: string[] = [];
  if (paper.publishedAt) out.push(`Published on arXiv ${paper.publishedAt.slice(0, 10)}`);
  if (paper.featuredAt) out.push(`featured on Hugging Face ${paper.featuredAt.slice(0, 10)}`);
  return out.join(', ');
}
