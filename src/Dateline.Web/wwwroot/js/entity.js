// The speaker / entity page: names, aliases, titles, counts, mentions over time, and the quotes said.
import { api } from './api.js';
import { el, byId, clear, pages, setStatus, fillSearchBox } from './dom.js';
import { drawChart } from './chart.js';

const LABEL_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

function unique(values) {
  const seen = new Set();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function main() {
  fillSearchBox();
  const name = new URLSearchParams(location.search).get('name');
  if (!name) {
    setStatus('No name given.', true);
    return;
  }
  try {
    const entity = await api.entity(name);
    const matches = entity.matches || [];
    const primary = matches[0];
    const title = primary ? primary.name : name;
    document.title = `${title} · Dateline`;
    byId('entity-name').textContent = title;
    const facts = clear(byId('entity-facts'));
    const labels = unique(matches.map((m) => LABEL_NAMES[m.label] || m.label));
    if (labels.length) facts.append(el('dt', null, 'Kind'), el('dd', null, labels.join(', ')));
    const aliases = unique(matches.flatMap((m) => [m.name, ...(m.aliases || [])])).filter((a) => a !== title);
    if (aliases.length) facts.append(el('dt', null, 'Also called'), el('dd', null, aliases.join(', ')));
    const titles = unique(matches.flatMap((m) => m.titles || []));
    if (titles.length) facts.append(el('dt', null, 'Titles'), el('dd', null, titles.join('; ')));
    const sum = (key) => matches.reduce((total, m) => total + (m[key] || 0), 0);
    const filter = primary ? ({ PER: 'person', ORG: 'org', LOC: 'place' }[primary.label] || 'q') : 'speaker';
    facts.append(el('dt', null, 'Articles'), el('dd', null, el('a', { href: pages.search({ [filter]: title }) }, String(sum('articles')))));
    facts.append(el('dt', null, 'Mentions'), el('dd', null, String(sum('mentions'))));
    facts.append(el('dt', null, 'Quotes'), el('dd', null, String(Math.max(sum('quotes'), (entity.quotes || []).length))));
    drawChart(clear(byId('chart')), entity.timeline ? entity.timeline.points : [], title);
    const by = byId('by');
    by.value = entity.timeline ? entity.timeline.by : 'month';
    by.addEventListener('change', async () => {
      try {
        const timeline = await api.timeline({ name, by: by.value });
        drawChart(clear(byId('chart')), timeline.points, title);
      } catch (error) {
        setStatus(error.message, true);
      }
    });
    const list = clear(byId('entity-quotes'));
    const quotes = entity.quotes || [];
    if (quotes.length === 0) list.append(el('li', { class: 'empty' }, 'No quotes attributed.'));
    for (const quote of quotes) {
      list.append(el('li', { class: `quote-item quote-${quote.kind}` },
        el('blockquote', null, el('p', null, quote.text)),
        el('p', { class: 'attribution' },
          el('a', { href: pages.article(quote.docId) }, quote.headline || quote.docId),
          quote.date ? ` · ${quote.date}` : null,
          ` · ${quote.kind}`)));
    }
    byId('entity').hidden = false;
    setStatus('');
  } catch (error) {
    setStatus(error.status === 404 ? `Nothing is known about “${name}”.` : error.message, true);
  }
}

main();
