// The article page: the original text with quotes, speakers, entities and times highlighted, and side
// lists of the article's quotes and entities linking to the speaker and entity pages.
import { api } from './api.js';
import { el, byId, clear, pages, setStatus, safeExternalUrl, fillSearchBox } from './dom.js';
import { renderHighlightedText, speakerName } from './highlight.js';
import { installTooltip } from './tooltip.js';

const LABEL_TITLES = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };

function fact(term, ...value) {
  return [el('dt', null, term), el('dd', null, ...value)];
}

function renderFacts(doc) {
  const facts = clear(byId('facts'));
  if (doc.date) facts.append(...fact('Date', doc.published || doc.date));
  if (doc.authors && doc.authors.length) facts.append(...fact('By', doc.authors.join(', ')));
  if (doc.agency) facts.append(...fact('Agency', el('a', { href: pages.search({ agency: doc.agency }) }, doc.agency)));
  if (doc.dateline) {
    const place = [doc.dateline.place, doc.dateline.region, doc.dateline.country].filter(Boolean).join(', ');
    facts.append(...fact('Dateline', el('a', { href: pages.search({ place: doc.dateline.place }) }, place)));
  }
  const url = doc.source && doc.source.url ? safeExternalUrl(doc.source.url) : null;
  if (url) facts.append(...fact('Source', el('a', { href: url, rel: 'noopener noreferrer nofollow' }, url)));
  else if (doc.source) facts.append(...fact('Source', `${doc.source.path} (record ${doc.source.record})`));
}

function focusQuote(index) {
  const node = document.querySelector(`#text [data-quote="${index}"]`);
  if (node) {
    node.scrollIntoView({ block: 'center' });
    node.focus();
  }
}

function renderQuotes(doc) {
  const list = clear(byId('quote-list'));
  const quotes = doc.quotes || [];
  if (quotes.length === 0) {
    list.replaceWith(el('p', { id: 'quote-list', class: 'empty' }, 'No quotes found in this article.'));
    return;
  }
  quotes.forEach((quote, index) => {
    const name = speakerName(quote);
    list.append(el('li', { class: `quote-item quote-${quote.kind}` },
      el('blockquote', null, el('p', null, quote.text)),
      el('p', { class: 'attribution' },
        name ? el('a', { href: pages.entity(name), class: 'speaker-link' }, name) : el('span', null, 'Unknown speaker'),
        ` · ${quote.kind}`,
        quote.time ? ` · ${quote.time}` : null,
        ' · ',
        el('button', { type: 'button', class: 'link-button', 'data-show': String(index) }, 'show in text'))));
  });
  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-show]') : null;
    if (button) focusQuote(button.dataset.show);
  });
}

function renderEntities(doc) {
  const container = clear(byId('entity-list'));
  const groups = new Map();
  for (const entity of doc.entities || []) {
    if (!groups.has(entity.label)) groups.set(entity.label, []);
    groups.get(entity.label).push(entity);
  }
  if (groups.size === 0) {
    container.append(el('p', { class: 'empty' }, 'No entities found.'));
    return;
  }
  for (const label of ['PER', 'ORG', 'LOC', 'MISC']) {
    const entities = groups.get(label);
    if (!entities) continue;
    container.append(el('h3', null, LABEL_TITLES[label]),
      el('ul', { class: 'entity-list' }, entities.map((entity) => el('li', null,
        el('a', { href: pages.entity(entity.name), class: `ent-link ent-${label}` }, entity.name),
        entity.titles && entity.titles.length ? el('span', { class: 'titles' }, ` (${entity.titles.join(', ')})`) : null))));
  }
}

function describeCopy(copy) {
  if (copy.canonical) return 'fullest copy';
  const parts = [];
  if (copy.exact) parts.push('same text');
  if (copy.headline_changed) parts.push('headline changed');
  if (copy.paragraphs_cut.length) parts.push(`${copy.paragraphs_cut.length} paragraph(s) cut`);
  if (copy.paragraphs_added.length) parts.push(`${copy.paragraphs_added.length} paragraph(s) added`);
  return parts.length ? parts.join(', ') : 'edited';
}

// The other copies of this article's story (syndicated, cut or re-headlined), if it has any.
async function renderCopies(id) {
  let story;
  try {
    story = await api.copies(id);
  } catch {
    return; // not in the copy index: nothing to show
  }
  if (!story || story.size < 2) return;
  const list = clear(byId('copy-list'));
  for (const copy of story.copies) {
    const label = copy.headline || `Article ${copy.id}`;
    const isThis = copy.id === String(id);
    list.append(el('li', { class: 'copy-item' },
      isThis ? el('strong', null, label, ' (this article)') : el('a', { href: pages.article(copy.id) }, label),
      el('span', { class: 'copy-facts' }, ` · ${[copy.date, copy.outlet, describeCopy(copy)].filter(Boolean).join(' · ')}`)));
  }
  byId('copies').hidden = false;
}

async function main() {
  fillSearchBox();
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    setStatus('No article id given.', true);
    return;
  }
  try {
    const doc = await api.article(id);
    document.title = `${doc.headline || doc.id} · Dateline`;
    byId('headline').textContent = doc.headline || doc.id;
    renderFacts(doc);
    renderHighlightedText(byId('text'), doc);
    renderQuotes(doc);
    renderEntities(doc);
    installTooltip(byId('text'), byId('tip'));
    renderCopies(id);
    byId('article').hidden = false;
    setStatus('');
  } catch (error) {
    setStatus(error.status === 404 ? 'There is no article with this id.' : error.message, true);
  }
}

main();
