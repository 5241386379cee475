import { describe, expect, it } from 'vitest';
import { findDataElement } from '../../src/scrape/parse/embedded-json';

const props = (papers: string[]) =>
  JSON.stringify({ dailyPapers: papers.map((id) => ({ paper: { id, title: `T ${id} <b> & "q"` } })) })
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');

const ids = (html: string) => {
  const found = findDataElement(html);
  return found && 'entries' in found.result ? found.result.entries.map((e) => (e as { paper: { id: string } }).paper.id) : null;
};

describe('findDataElement without a DOM', () => {
  it('finds the element whatever the attribute order, case and quoting', () => {
    const p = props(['2601.00001']);
    expect(ids(`<div data-props="${p}" class="x" data-target="DailyPapers"></div>`)).toEqual(['2601.00001']);
    expect(ids(`<DIV DATA-TARGET='dailypapers' Data-Props = "${p}"></DIV>`)).toEqual(['2601.00001']);
  });

  it('picks DailyPapers by target, not the first element that has data-props', () => {
    const html = `<div data-target="MainHeader" data-props="${props(['2601.00009'])}"></div>
      <div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props(['2601.00002'])}"></div>`;
    expect(ids(html)).toEqual(['2601.00002']);
  });

  it('is not fooled by markup inside an earlier attribute value', () => {
    const html = `<div title='<div data-props="{}">' data-target="DailyPapers" data-props="${props(['2601.00003'])}"></div>`;
    expect(ids(html)).toEqual(['2601.00003']);
  });

  it('reads the decoded title exactly', () => {
    const found = findDataElement(`<div data-target="DailyPapers" data-props="${props(['2601.00004'])}"></div>`);
    const entries = found && 'entries' in found.result ? found.result.entries : [];
    expect((entries[0] as { paper: { title: string } }).paper.title).toBe('T 2601.00004 <b> & "q"');
  });
});
