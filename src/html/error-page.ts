/**
 * A problem (404, 400, 503, …) as a page, for people who meet it in a browser: a filter URL with
 * an unbalanced quote, a mistyped topic. Same status and detail as the problem+json that scripts
 * and readers get; every value escaped.
 */
import { validTopicsSentence } from '../topics';
import { renderPage } from './layout';
import { markup } from './markup';

/** The parts of a problem+json body a page shows. */
export interface ErrorPageModel {
  status: number;
  title: string;
  detail: string;
  /** For an unknown topic: the topics that do exist. */
  validTopics?: readonly string[];
}

/**
 * Renders `problem` as a whole HTML document: the short title as the heading, the detail as
 * ordinary text, and the valid topics once, as links (not also inside the detail).
 */
export function renderErrorPage(problem: ErrorPageModel): string {
  const topics = problem.validTopics ?? [];
  const listed = validTopicsSentence(topics);
  const detail = topics.length > 0 && problem.detail.endsWith(listed) ? problem.detail.slice(0, -listed.length).trimEnd() : problem.detail;
  return renderPage({
    title: `${problem.title} · paperfeed`,
    description: problem.detail,
    alternates: [],
    main: markup`<section class="intro">
<p class="crumbs"><a href="/">paperfeed</a> › error ${problem.status}</p>
<h1>${problem.title}</h1>
<p class="lede-sub">${detail}</p>
${topics.length > 0 ? markup`<p>Valid topics: ${topics.map((slug, i) => markup`${i > 0 ? ', ' : ''}<a href="/feeds/${slug}.rss">${slug}</a>`)}.</p>\n` : ''}<p><a href="/">Back to the feeds</a> · <a href="/#build">Build a filtered feed</a></p>
</section>`,
  });
}
