/** A fixed sample of papers (one hostile) for renderer tests: fixed dates, deterministic output. */
import type { Paper } from '../../src/domain/types';
import type { FeedContext } from '../../src/feeds';
import { normalizeEntry } from '../../src/scrape/normalize';
import { hostileEntry } from './pages';

const hostile = normalizeEntry(hostileEntry('2603.00666'), 'json', 2);
if (typeof hostile === 'string') throw new Error(hostile);

export const SAMPLE_PAPERS: Paper[] = [
  {
    id: '2606.03748',
    title: 'Ultralytics YOLO26: Unified Real-Time End-to-End Vision Models',
    abstract: 'Real-time vision demands models that are accurate, efficient, and simple to deploy.',
    authors: ['Glenn Jocher', 'Jing Qiu'],
    hfUrl: 'https://huggingface.co/papers/2606.03748',
    arxivUrl: 'https://arxiv.org/abs/2606.03748',
    pdfUrl: 'https://arxiv.org/pdf/2606.03748',
    thumbnailUrl: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2606.03748.png',
    upvotes: 23,
    comments: 1,
    githubUrl: 'https://github.com/ultralytics/ultralytics',
    githubStars: 62246,
    projectPageUrl: 'https://docs.ultralytics.com/models/yolo26',
    organization: { name: 'Ultralytics', fullname: 'Ultralytics', url: 'https://huggingface.co/Ultralytics' },
    aiSummary: 'YOLO26 addresses real-time vision challenges.',
    aiKeywords: ['YOLO', 'non-maximum suppression'],
    publishedAt: '2026-06-02T00:00:00.000Z',
    featuredAt: '2026-06-03T00:00:00.000Z',
    rank: 1,
    source: 'json',
    firstSeenAt: '2026-11-02T10:30:00.000Z',
    lastSeenAt: '2026-11-03T10:30:00.000Z',
    lists: { trending: { firstSeenAt: '2026-11-02T10:30:00.000Z', lastSeenAt: '2026-11-03T10:30:00.000Z', rank: 1 } },
  },
  {
    ...hostile,
    rank: null,
    firstSeenAt: '2026-11-01T08:00:00.000Z',
    lastSeenAt: '2026-11-01T08:00:00.000Z',
    lists: { trending: { firstSeenAt: '2026-11-01T08:00:00.000Z', lastSeenAt: '2026-11-01T08:00:00.000Z', rank: null } },
  },
];

export const SAMPLE_CONTEXT: FeedContext = {
  origin: 'https://paperfeed.example',
  slug: 'all',
  feedKey: 'trending/all?q=a%26b',
  title: 'paperfeed: All trending papers',
  description: 'Every paper trending on Hugging Face',
  search: '?limit=2&q=a%26b',
  updatedAt: '2026-11-03T10:30:00.000Z',
  ttlMinutes: 30,
};
