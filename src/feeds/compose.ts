/**
 * Papers → the format-neutral feed model. All per-paper decisions (what the summary is, which
 * links an item gets) are made here once, so the three renderers only serialize.
 */
import type { Paper } from '../domain/types';
import { paperContentHtml } from './content-html';
import { uriQuery } from './escape';
import { isoSeconds } from './feed-dates';
import { feedTagUri, itemTagUri } from './feed-identity';
import { feedUrl } from './feed-links';
import type { FeedItem, FeedModel } from './model';

/** What a feed is about and where it lives; from the route, never from the snapshot. */
export interface FeedContext {
  /** Request origin, e.g. `https://paperfeed.example.workers.dev`. */
  origin: string;
  /** Topic slug; `all` for every paper. */
  slug: string;
  /** The feed's identity (`feedIdentity`): item ids derive from it, never from the URL. */
  feedKey: string;
  title: string;
  description: string;
  /** The query string of the request as given to the feed (`''` or `?…`), kept in self links (made a valid URI query). */
  search: string;
  /** Snapshot time: the feed's `updated` / `lastBuildDate`. */
  updatedAt: string;
  ttlMinutes: number;
}

const SUMMARY_CHARS = 500;

/** Builds the feed model for `papers` (already filtered, sorted and limited). */
export function composeFeed(papers: readonly Paper[], context: FeedContext): FeedModel {
  const search = uriQuery(context.search);
  const at = (view: 'rss' | 'atom' | 'json' | 'html') => feedUrl(context.origin, context.slug, view, search);
  const feedLinks = { rss: at('rss'), atom: at('atom'), json: at('json') };
  return {
    options: {
      id: feedTagUri(context.feedKey),
      title: context.title,
      description: context.description,
      // The page of exactly this feed, with the same filters, for people.
      link: at('html'),
      updated: new Date(context.updatedAt),
      ttl: context.ttlMinutes,
      generator: 'paperfeed',
      language: 'en',
      feedLinks,
    },
    items: papers.map((paper) => composeItem(paper, context.feedKey)),
  };
}

/** One paper → one item of the feed `feedKey`. */
export function composeItem(paper: Paper, feedKey: string): FeedItem {
  const date = new Date(paper.firstSeenAt);
  return {
    id: itemTagUri(feedKey, paper.id),
    link: paper.hfUrl,
    externalUrl: paper.arxivUrl,
    title: paper.title,
    description: summaryText(paper),
    content: paperContentHtml(paper),
    author: paper.authors.map((name) => ({ name })),
    category: paper.aiKeywords.map((keyword) => ({ name: keyword, term: keyword })),
    date,
    // Absent values are `undefined` rather than left out: every item then has the same shape,
    // which keeps JSON.stringify on its fast path (it omits `undefined` members anyway).
    image: paper.thumbnailUrl,
    paper: {
      arxiv_id: paper.id,
      rank: paper.rank,
      upvotes: paper.upvotes,
      comments: paper.comments,
      github_stars: paper.githubStars,
      links: {
        huggingface: paper.hfUrl,
        arxiv: paper.arxivUrl,
        pdf: paper.pdfUrl,
        github: paper.githubUrl,
        project_page: paper.projectPageUrl,
        thumbnail: paper.thumbnailUrl,
      },
      organization: paper.organization
        ? { name: paper.organization.name, fullname: paper.organization.fullname, url: paper.organization.url }
        : undefined,
      ai_summary: paper.aiSummary || undefined,
      ai_keywords: paper.aiKeywords,
      published_at: paper.publishedAt,
      featured_at: paper.featuredAt,
      // As the item's date says it: whole seconds.
      first_seen_at: isoSeconds(date),
      last_seen_at: paper.lastSeenAt,
    },
  };
}

function summaryText(paper: Paper): string {
  if (paper.aiSummary) return paper.aiSummary;
  if (paper.abstract.length <= SUMMARY_CHARS) return paper.abstract || paper.title;
  const cut = paper.abstract.slice(0, SUMMARY_CHARS);
  // Cut at a word boundary, and never between the halves of a surrogate pair.
  const words = cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_CHARS / 2)).replace(/[\uD800-\uDBFF]$/, '');
  return `${words.trimEnd()}…`;
}
