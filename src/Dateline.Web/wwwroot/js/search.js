// The search page: full-text search with a facet sidebar (people, organisations, places, agencies,
// months) and a date range. All state lives in the URL, so every result page and filter is a plain link.
import { api } from './api.js';
import { el, append, clear, byId, pages, setStatus } from './dom.js';

const PAGE_SIZE = 20;
const FILTERS = [
  { param: 'person', facet: 'people', title: 'People' },
  { param: 'org', facet: 'organizations', title: 'Organisations' },
  { param: 'place', facet: 'places', title: 'Places' },
  { param: 'agency', facet: 'agencies', title: 'Agencies' },
];
const FILTER_LABELS = { person: 'Person', org: 'Organisation', place: 'Place', agency: 'Agency', speaker: 'Speaker', from: 'From', to: 'To', allCopies: 'Every copy' };
const KEYS = ['q', 'person', 'org', 'place', 'agency', 'speaker', 'from', 'to', 'allCopies', 'offset'];

function currentParams() {
  const search = new URLSearchParams(location.search);
  const params = {};
  for (const key of KEYS) {
    const value = search.get(key);
    if (value) params[key] = value;
  }
  return params;
}

function withParams(params, changes) {
  const next = { ...params, ...changes };
  if (!('offset' in changes)) delete next.offset;
  for (const [key, value] of Object.entries(next)) {
    if (value === null || value === undefined || value === '') delete next[key];
  }
  return pages.search(next);
}

function renderSnippet(hit) {
  // Highlights are [start, end) ranges into the snippet; everything goes in as text nodes.
  const snippet = hit.snippet || '';
  const parts = [];
  let at = 0;
  const ranges = [...(hit.highlights || [])].sort((a, b) => a.start - b.start);
  for (const range of ranges) {
    if (range.start < at || range.end > snippet.length || range.end <= range.start) continue;
    parts.push(snippet.slice(at, range.start));
    parts.push(el('mark', null, snippet.slice(range.start, range.end)));
    at = range.end;
  }
  parts.push(snippet.slice(at));
  return el('p', { class: 'snippet' }, parts);
}

function renderHit(hit) {
  const meta = [hit.date, hit.agency, hit.place].filter(Boolean).join(' · ');
  return el('li', { class: 'hit' },
    el('h3', null, el('a', { href: pages.article(hit.docId) }, hit.headline || hit.docId)),
    meta ? el('p', { class: 'meta' }, meta) : null,
    renderSnippet(hit),
    hit.copies && hit.copies.length ? el('details', { class: 'copies' },
      el('summary', null, `${hit.copies.length} more ${hit.copies.length === 1 ? 'copy' : 'copies'} of this story`),
      el('ul', null, hit.copies.map((copy) => el('li', null, el('a', { href: pages.article(copy.docId) }, copy.headline || copy.docId), copy.date ? ` (${copy.date})` : null)))) : null);
}

function renderFacetGroup(params, filter, values) {
  const selected = params[filter.param];
  const id = `facet-${filter.param}`;
  const section = el('section', { class: 'facet', 'aria-labelledby': id }, el('h3', { id }, filter.title));
  if (!values || values.length === 0) {
    append(section, [el('p', { class: 'empty' }, 'none')]);
    return section;
  }
  const list = el('ul');
  for (const value of values) {
    const active = selected && selected.toLowerCase() === value.value.toLowerCase();
    list.append(el('li', null,
      el('a', { href: withParams(params, { [filter.param]: active ? null : value.value }), 'aria-current': active ? 'true' : null, class: active ? 'active' : null },
        el('span', { class: 'facet-value' }, value.value),
        el('span', { class: 'count', 'aria-label': `${value.count} articles` }, String(value.count)))));
  }
  section.append(list);
  return section;
}

function monthRange(month) {
  // "2017-08" -> first and last day of that month.
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function renderMonths(params, months) {
  const section = el('section', { class: 'facet', 'aria-labelledby': 'facet-months' }, el('h3', { id: 'facet-months' }, 'Months'));
  if (!months || months.length === 0) {
    section.append(el('p', { class: 'empty' }, 'none'));
    return section;
  }
  const list = el('ul');
  for (const month of months) {
    list.append(el('li', null, el('a', { href: withParams(params, monthRange(month.value)) },
      el('span', { class: 'facet-value' }, month.value), el('span', { class: 'count' }, String(month.count)))));
  }
  section.append(list);
  return section;
}

function renderActiveFilters(params) {
  const container = clear(byId('active-filters'));
  const active = Object.keys(FILTER_LABELS).filter((key) => params[key]);
  if (active.length === 0) return;
  container.append(el('h3', null, 'Active filters'),
    el('ul', { class: 'chips' }, active.map((key) => el('li', null,
      el('a', { href: withParams(params, { [key]: null }), 'aria-label': `Remove filter ${FILTER_LABELS[key]}: ${params[key]}` },
        `${FILTER_LABELS[key]}: ${params[key]} ✕`)))));
}

function renderPager(params, total) {
  const pager = clear(byId('pager'));
  const offset = Number(params.offset || 0);
  if (offset > 0) {
    pager.append(el('a', { href: withParams(params, { offset: Math.max(0, offset - PAGE_SIZE) || null }), rel: 'prev' }, '← Previous'));
  }
  if (offset + PAGE_SIZE < total) {
    pager.append(el('a', { href: withParams(params, { offset: offset + PAGE_SIZE }), rel: 'next' }, 'Next →'));
  }
}

function renderCopiesToggle(params) {
  // The store shows one hit per story (copies of a syndicated article collapse); this link lists every copy.
  const pager = byId('pager');
  pager.append(params.allCopies
    ? el('a', { href: withParams(params, { allCopies: null }), class: 'copies-toggle' }, 'Collapse copies of one story')
    : el('a', { href: withParams(params, { allCopies: 'true' }), class: 'copies-toggle' }, 'Show every copy of each story'));
}

async function main() {
  const params = currentParams();
  byId('q').value = params.q || '';
  byId('from').value = params.from || '';
  byId('to').value = params.to || '';
  // The date form keeps the other filters.
  const dateForm = byId('date-form');
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'from' && key !== 'to' && key !== 'offset') {
      dateForm.append(el('input', { type: 'hidden', name: key, value }));
    }
  }
  renderActiveFilters(params);
  setStatus('Searching…');
  try {
    const results = await api.search({ ...params, limit: PAGE_SIZE });
    const from = Number(params.offset || 0);
    const shown = results.hits.length;
    setStatus(results.total === 0
      ? 'No articles match.'
      : `${results.total} ${results.total === 1 ? 'article' : 'articles'}${shown < results.total ? `, showing ${from + 1}–${from + shown}` : ''}`);
    const list = clear(byId('results'));
    list.setAttribute('start', String(from + 1));
    for (const hit of results.hits) list.append(renderHit(hit));
    const facets = clear(byId('facets'));
    for (const filter of FILTERS) facets.append(renderFacetGroup(params, filter, results.facets[filter.facet]));
    facets.append(renderMonths(params, results.facets.months));
    renderPager(params, results.total);
    renderCopiesToggle(params);
  } catch (error) {
    setStatus(error.message, true);
  }
}

main();
