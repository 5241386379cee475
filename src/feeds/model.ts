/**
 * The format-neutral feed: collected once from the papers, then rendered by one pure module per
 * format. It speaks the vocabulary of the `feed` package (`FeedOptions`, `Item`, `Author`,
 * `Category`), extended with what paperfeed's items carry beyond it.
 *
 * We do not call that package's own renderers: they emit JSON Feed 1.0 (we serve 1.1), turn
 * author names into RSS `<author>` elements (reserved for e-mail addresses), mishandle `]]>` in
 * CDATA, and take ~3 ms per 100 items where our budget is 1 ms.
 */
import type { Author, Category, FeedOptions, Item } from 'feed';

/** The structured data of one paper, for scripts (JSON Feed `_paperfeed`, see README). */
export interface PaperExtension {
  arxiv_id: string;
  rank: number | null;
  upvotes: number;
  comments: number | null;
  github_stars: number | null;
  links: { huggingface: string; arxiv: string; pdf: string; github?: string; project_page?: string; thumbnail?: string };
  organization?: { name: string; fullname: string; url: string };
  ai_summary?: string;
  ai_keywords: string[];
  published_at?: string;
  featured_at?: string;
  /** The item's `date` in whole seconds (RFC 3339); JSON Feed's `date_published` is this string. */
  first_seen_at: string;
  last_seen_at: string;
}

/** One feed item: every field the three formats need, already clean and absolute. */
export interface FeedItem extends Item {
  id: string;
  /** The arXiv page: JSON Feed `external_url`, Atom `rel="related"`. */
  externalUrl: string;
  /** Plain-text summary: the AI summary when there is one, else the start of the abstract. */
  description: string;
  /** The item body as HTML (every upstream string escaped). */
  content: string;
  /** Exactly `{ name }` each: JSON Feed writes these objects as they are. */
  author: Required<Pick<Author, 'name'>>[];
  category: Category[];
  /** Item date: when paperfeed first saw the paper trending. Never changes; written in whole seconds. */
  date: Date;
  image?: string;
  paper: PaperExtension;
}

/** Feed-level data; links are absolute and derived from the request. */
export interface FeedModel {
  options: FeedOptions & {
    id: string;
    title: string;
    description: string;
    /** The HTML page of exactly this feed (`/feeds/{topic}.html` with the feed's query). */
    link: string;
    /** The snapshot's time, never the render time, so output is byte-stable. */
    updated: Date;
    ttl: number;
    feedLinks: { rss: string; atom: string; json: string };
  };
  items: FeedItem[];
}
