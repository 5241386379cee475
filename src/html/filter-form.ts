/**
 * The filter form of the index page. A plain GET form to `/build`, so it works without script;
 * when `/build` finds a bad value it renders the index again with this form as it was sent, the
 * error beside the field at fault and that field focused.
 */
import type { FeedSource } from '../domain/types';
import { FEED_SOURCES } from '../feeds';
import { SORT_ORDERS } from '../select/select-papers';
import type { Topic } from '../topics';
import { copyField } from './copy-field';
import { FORMAT_INFO } from './formats';
import { markup, type Markup } from './markup';

/** The form's fields, as sent. */
export interface FilterFormValues {
  topic?: string;
  source?: string;
  format?: string;
  q?: string;
  min_upvotes?: string;
  sort?: string;
}

/** A form sent back: its values and what is wrong (`field` is `null` for a parameter it has no field for). */
export interface FilterFormState {
  values: FilterFormValues;
  error: { field: keyof FilterFormValues | null; message: string };
}

const FIELDS: readonly (keyof FilterFormValues)[] = ['topic', 'source', 'format', 'q', 'min_upvotes', 'sort'];

/** The form's fields from a `/build` query string. */
export function filterFormValues(params: URLSearchParams): FilterFormValues {
  const values: FilterFormValues = {};
  for (const name of FIELDS) {
    const value = params.get(name);
    if (value !== null) values[name] = value;
  }
  return values;
}

/** Whether `name` is one of the form's fields. */
export function isFilterField(name: string): name is keyof FilterFormValues {
  return (FIELDS as readonly string[]).includes(name);
}

const SOURCE_LABELS: Record<FeedSource, string> = {
  trending: 'Trending papers',
  daily: 'Daily papers',
  any: 'Both: trending and daily',
};

const SORT_LABELS: Record<(typeof SORT_ORDERS)[number], string> = {
  new: 'Newest first (when it started trending)',
  trending: 'Current trending rank',
  upvotes: 'Most upvotes first',
};

/**
 * Renders the form, filled in and with its error when `state` is given; with a choice of list when
 * the daily list is followed too.
 */
export function filterForm(topics: readonly Topic[], daily: boolean, state?: FilterFormState): Markup {
  const values = state?.values ?? {};
  const wrong = state?.error.field ?? null;
  // The error goes beside its field, or above the form for a parameter the form has no field for.
  const error = (field: keyof FilterFormValues | null) =>
    state && wrong === field ? markup`<span class="field-error" id="builder-error" role="alert">${state.error.message}</span>` : '';
  const invalid = (field: keyof FilterFormValues) => (state && wrong === field ? markup` aria-invalid="true" aria-describedby="builder-error" autofocus` : '');
  const format = values.format ?? FORMAT_INFO[0]?.format;
  return markup`<form class="card" id="builder" method="get" action="/build">
${state && wrong === null ? markup`<p class="form-error" role="alert">${state.error.message}</p>` : ''}<label class="field">Topic<select name="topic"${invalid('topic')}>${topics.map(
    (t) => markup`<option value="${t.slug}"${t.slug === values.topic ? markup` selected` : ''}>${t.title}</option>`,
  )}</select>${error('topic')}</label>
${
  daily || wrong === 'source'
    ? markup`<label class="field">List<select name="source"${invalid('source')}>${FEED_SOURCES.map(
        (source) => markup`<option value="${source}"${source === values.source ? markup` selected` : ''}>${SOURCE_LABELS[source]}</option>`,
      )}</select>${error('source')}</label>`
    : ''
}
<fieldset class="field"${invalid('format')}><legend>Format</legend><div class="radios">${FORMAT_INFO.map(
    (info) => markup`<label><input type="radio" name="format" value="${info.format}"${info.format === format ? markup` checked` : ''}>${info.name}</label>`,
  )}</div>${error('format')}</fieldset>
<label class="field wide">Words<input type="search" name="q" maxlength="512" placeholder='e.g. (hypernetwork OR "weight generation") -survey' spellcheck="false" autocomplete="off"${
    values.q ? markup` value="${values.q}"` : ''
  }${invalid('q')}>${error('q')}</label>
<label class="field">At least this many upvotes<input type="${wrong === 'min_upvotes' ? 'text' : 'number'}" name="min_upvotes" min="0" step="1" inputmode="numeric" placeholder="any"${
    values.min_upvotes ? markup` value="${values.min_upvotes}"` : ''
  }${invalid('min_upvotes')}>${error('min_upvotes')}</label>
<label class="field">Order<select name="sort"${invalid('sort')}>${SORT_ORDERS.map(
    (s) => markup`<option value="${s}"${s === values.sort ? markup` selected` : ''}>${SORT_LABELS[s]}</option>`,
  )}</select>${error('sort')}</label>
<div class="actions"><button class="btn primary" type="submit">Get the feed URL</button><span class="hint">opens a preview of the feed, with its URL to copy</span></div>
<div class="live" id="builder-live" hidden><span class="hint">Your feed URL, as you type:</span>${copyField('builder-url', '', 'Your filtered feed URL')}<a id="builder-open" href="/feeds/all.rss">Preview this feed →</a></div>
</form>`;
}
