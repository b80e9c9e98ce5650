// The story page: without ?id, the newest stories that join several outlets; with ?id, one story:
// its outlets on a timeline (one row per outlet, one mark per article on its day) and who said what.
import { getJson } from './api.js';
import { el, byId, clear, pages, setStatus, fillSearchBox } from './dom.js';

const DAY = 24 * 60 * 60 * 1000;

function names(list) {
  return (list || []).map((n) => `${n.name} (${n.count})`).join(', ');
}

function span(story) {
  if (!story.firstDate) return 'undated';
  return story.firstDate === story.lastDate ? story.firstDate : `${story.firstDate} – ${story.lastDate}`;
}

function storyLink(story) {
  return el('a', { href: `/story.html?id=${encodeURIComponent(story.id)}` }, story.headline || `Story ${story.id}`);
}

async function showList() {
  const stories = await getJson('/api/stories', { minOutlets: 2, limit: 50 });
  const list = clear(byId('stories'));
  if (stories.length === 0) list.append(el('li', { class: 'empty' }, 'No story is covered by two outlets yet.'));
  for (const story of stories) {
    list.append(el('li', { class: 'story-item' },
      el('h2', null, storyLink(story)),
      el('p', { class: 'story-meta' }, `${span(story)} · ${story.articles} articles · ${story.outlets.join(', ')}`),
      story.people && story.people.length ? el('p', { class: 'story-people' }, `People: ${names(story.people)}`) : null));
  }
  byId('story-list').hidden = false;
}

function drawTimeline(container, articles) {
  const dated = articles.filter((a) => a.date);
  const days = dated.map((a) => Date.parse(a.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const width = Math.max(1, (last - first) / DAY);
  const outlets = [...new Set(articles.map((a) => a.outlet || '(unknown outlet)'))].sort();
  const table = el('table', { class: 'story-timeline-table' });
  table.append(el('caption', null, dated.length ? `${span({ firstDate: dated[0].date, lastDate: dated[dated.length - 1].date })}` : 'undated'));
  for (const outlet of outlets) {
    const track = el('div', { class: 'story-track' });
    for (const article of articles.filter((a) => (a.outlet || '(unknown outlet)') === outlet)) {
      const offset = article.date ? ((Date.parse(article.date) - first) / DAY / width) * 100 : 0;
      track.append(el('a', {
        class: 'story-mark',
        href: pages.article(article.docId),
        style: `left: calc(${offset.toFixed(1)}% - 0.4em)`,
        title: `${article.date || 'undated'}: ${article.headline || article.docId}`,
      }, article.date ? article.date.slice(5) : '?'));
    }
    table.append(el('tr', null, el('th', { scope: 'row' }, outlet), el('td', null, track)));
  }
  container.append(table);
}

async function showStory(id) {
  const detail = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  const story = detail.story;
  document.title = `${story.headline || 'Story'} · Dateline`;
  byId('story-headline').textContent = story.headline || `Story ${story.id}`;
  const facts = clear(byId('story-facts'));
  facts.append(el('dt', null, 'Dates'), el('dd', null, span(story)));
  facts.append(el('dt', null, 'Articles'), el('dd', null, String(story.articles)));
  facts.append(el('dt', null, 'Outlets'), el('dd', null, story.outlets.join(', ')));
  for (const [label, list] of [['People', story.people], ['Organisations', story.organizations], ['Places', story.places]]) {
    if (list && list.length) facts.append(el('dt', null, label), el('dd', null, list.map((n, i) => [i ? ', ' : null, el('a', { href: pages.entity(n.name) }, n.name), ` (${n.count})`])));
  }
  drawTimeline(clear(byId('story-timeline')), detail.articles);
  const quotes = clear(byId('story-quotes'));
  if (detail.quotes.length === 0) quotes.append(el('li', { class: 'empty' }, 'No attributed quotes.'));
  for (const quote of detail.quotes) {
    quotes.append(el('li', { class: 'quote-item' },
      el('p', { class: 'speaker' }, quote.speaker ? el('a', { href: pages.entity(quote.speaker) }, quote.speaker) : '(unknown)'),
      el('blockquote', null, el('p', null, quote.content)),
      el('p', { class: 'attribution' }, `${quote.outlet || ''}${quote.date ? ` · ${quote.date}` : ''}`)));
  }
  byId('story').hidden = false;
}

async function main() {
  fillSearchBox();
  const id = new URLSearchParams(location.search).get('id');
  try {
    if (id) await showStory(id);
    else await showList();
    setStatus('');
  } catch (error) {
    setStatus(error.status === 404 ? `No story “${id}”.` : error.message, true);
  }
}

main();
