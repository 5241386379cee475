/**
 * Pages the fuzz tests once broke, kept as fixed examples.
 */
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../src/scrape/scrape-page';
import { checkPage, papersOf, renderAll } from '../support/fuzz-pipeline';
import { entry, pageWith } from '../support/pages';

const card = (href: string, title: string) => `<article><div><h3><a href="${href}">${title}</a></h3></div></article>`;

describe('fuzz regressions', () => {
  it('a card whose link is not valid percent-encoding costs only that card', () => {
    const page = pageWith('not json', card('/papers/%', 'Broken') + card('/papers/%E0%A4%A', 'Broken too') + card('/papers/2609.08183', 'Fine'));
    const scraped = scrapePage(page);
    expect(scraped.papers.map((paper) => paper.id)).toEqual(['2609.08183']);
    expect(scraped.dropped).toHaveLength(2);
    expect(checkPage(page)).toBe(1);
  });

  it('a title holding a script tag reaches the JSON Feed escaped, and parses back to the same text', () => {
    const title = 'Attack</script><script>pwn()</script>';
    const papers = papersOf(pageWith([entry('2609.00001', title)])) ?? [];
    const { json } = renderAll(papers);
    expect(json).not.toMatch(/<\/?script/i);
    expect((JSON.parse(json) as { items: { title: string }[] }).items[0]?.title).toBe(title);
  });
});
