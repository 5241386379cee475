import { describe, expect, it } from 'vitest';
import { scrapeList } from '../../src/scrape/scrape-list';
import { expectedIds, fixture } from '../support/fixtures';
import { replaceProps, withoutDataProps } from '../support/pages';

const daily = fixture('daily.html');
const emptyDaily = replaceProps(daily, '{&quot;dailyPapers&quot;:[],&quot;isTrending&quot;:false,&quot;date&quot;:&quot;2026-03-15&quot;}');
const withoutCards = (page: string) => page.slice(0, page.indexOf('<article')) + page.slice(page.lastIndexOf('</article>') + 10);

describe('scrapeList: the daily papers list', () => {
  it('reads the 16 daily papers in list order, and the day the page shows', () => {
    const scrape = scrapeList('daily', daily);
    expect(scrape.papers.map((paper) => paper.id)).toEqual(expectedIds().daily);
    expect(scrape).toMatchObject({ list: 'daily', source: 'json', day: '2026-03-14', isTrending: false });
  });

  it('reads an empty list as news: no papers, no error', () => {
    expect(scrapeList('daily', withoutCards(emptyDaily))).toMatchObject({ list: 'daily', papers: [], day: '2026-03-15' });
  });

  it('refuses an empty trending page, and a daily page without the element or cards', () => {
    expect(() => scrapeList('trending', withoutCards(emptyDaily))).toThrow(/dailyPapers array is empty/);
    expect(() => scrapeList('daily', withoutCards(withoutDataProps(daily)))).toThrow(/no DailyPapers data element/);
  });

  it('falls back to the cards when the JSON is gone', () => {
    const scrape = scrapeList('daily', withoutDataProps(daily));
    expect(scrape.source).toBe('cards');
    expect(scrape.papers.map((paper) => paper.id)).toEqual(expectedIds().daily);
  });

  it('refuses the trending page given as the daily list', () => {
    expect(() => scrapeList('daily', fixture('trending.html'))).toThrow(/trending list/);
    expect(scrapeList('trending', fixture('trending.html')).papers).toHaveLength(55);
  });
});
