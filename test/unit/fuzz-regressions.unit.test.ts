/**
 * Pages the fuzz tests once broke, kept as fixed examples.
 */
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../src/scrape/scrape-page';
import { checkPage } from '../support/fuzz-pipeline';
import { pageWith } from '../support/pages';

const card = (href: string, title: string) => `<article><div><h3><a href="${href}">${title}</a></h3></div></article>`;

describe('fuzz regressions', () => {
  it('a card whose link is not valid percent-encoding costs only that card', () => {
    const page = pageWith('not json', card('/papers/%', 'Broken') + card('/papers/%E0%A4%A', 'Broken too') + card('/papers/2609.08183', 'Fine'));
    const scraped = scrapePage(page);
    expect(scraped.papers.map((paper) => paper.id)).toEqual(['2609.08183']);
    expect(scraped.dropped).toHaveLength(2);
    expect(checkPage(page)).toBe(1);
  });
});
