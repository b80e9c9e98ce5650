// Renders an article's text with its annotations as nested highlight elements. Quotes are the outer
// level; entity mentions, speakers and time expressions the inner level (clipped at quote edges).
// Every piece of text is a text node, so markup inside the article shows literally.
import { el } from './dom.js';

const LABEL_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other' };

/** Keeps spans that lie inside the text and do not overlap an earlier kept span. */
function nonOverlapping(spans, length) {
  const sorted = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = -1;
  for (const span of sorted) {
    if (span.start >= end) {
      kept.push(span);
      end = span.end;
    }
  }
  return kept;
}

export function speakerName(quote) {
  return quote.speaker ? (quote.speaker.name || quote.speaker.text) : null;
}

/** The outer (quote) and inner (mention, speaker, time) spans of a document in the API's JSON shape. */
export function annotationSpans(doc) {
  const text = doc.text ?? '';
  const entityOfMention = new Map();
  for (const entity of doc.entities || []) {
    for (const index of entity.mentions || []) entityOfMention.set(index, entity);
  }
  const outer = (doc.quotes || []).map((quote, index) => {
    const lines = [`Quote (${quote.kind})`, `Speaker: ${speakerName(quote) || 'unknown'}`];
    if (quote.time) lines.push(`Time: ${quote.time}`);
    return { start: quote.start, end: quote.end, className: `hl quote quote-${quote.kind}`, tip: lines, data: { quote: String(index) } };
  });
  const speakers = new Map();
  (doc.quotes || []).forEach((quote, index) => {
    if (!quote.speaker) return;
    const key = `${quote.speaker.start}:${quote.speaker.end}`;
    const entry = speakers.get(key) || { start: quote.speaker.start, end: quote.speaker.end, name: speakerName(quote), quotes: [] };
    entry.quotes.push(index + 1);
    speakers.set(key, entry);
  });
  const inner = [];
  for (const speaker of speakers.values()) {
    inner.push({
      start: speaker.start, end: speaker.end, className: 'hl speaker',
      tip: [`Speaker: ${speaker.name}`, `Said quote ${speaker.quotes.join(', ')}`],
    });
  }
  (doc.mentions || []).forEach((mention, index) => {
    const entity = entityOfMention.get(index);
    const key = `${mention.start}:${mention.end}`;
    const lines = [`${LABEL_NAMES[mention.label] || mention.label}: ${entity ? entity.name : mention.text}`];
    if (entity && entity.titles && entity.titles.length) lines.push(`Titles: ${entity.titles.join(', ')}`);
    if (speakers.has(key)) {
      // The speaker mark carries both facts.
      const speaker = inner.find((s) => s.start === mention.start && s.end === mention.end);
      speaker.className += ` ent ent-${mention.label}`;
      speaker.tip = [...lines, ...speaker.tip];
      return;
    }
    inner.push({ start: mention.start, end: mention.end, className: `hl ent ent-${mention.label}`, tip: lines });
  });
  for (const time of doc.times || []) {
    inner.push({ start: time.start, end: time.end, className: 'hl time', tip: [`${time.type}: ${time.value}`, `Text: ${time.text}`] });
  }
  return { outer: nonOverlapping(outer, text.length), inner: nonOverlapping(inner, text.length) };
}

function mark(span, children) {
  const node = el('span', { class: span.className, tabindex: '0', 'data-tip': span.tip.join('\n'), 'aria-describedby': 'tip' }, children);
  for (const [key, value] of Object.entries(span.data || {})) node.dataset[key] = value;
  return node;
}

function renderRange(text, start, end, inner, from) {
  // Appends text [start, end) with the inner spans clipped to it; returns [nodes, next inner index].
  const nodes = [];
  let at = start;
  let i = from;
  while (i < inner.length && inner[i].end <= start) i++;
  for (; i < inner.length && inner[i].start < end; i++) {
    const span = inner[i];
    const s = Math.max(span.start, start);
    const e = Math.min(span.end, end);
    if (s > at) nodes.push(text.slice(at, s));
    nodes.push(mark(span, [text.slice(s, e)]));
    at = e;
    if (span.end > end) break; // continues in the next range
  }
  if (at < end) nodes.push(text.slice(at, end));
  return [nodes, i];
}

/** Builds the highlighted text of a document into container. */
export function renderHighlightedText(container, doc) {
  const text = doc.text ?? '';
  const { outer, inner } = annotationSpans(doc);
  let at = 0;
  let next = 0;
  const append = (nodes) => {
    for (const node of nodes) container.append(typeof node === 'string' ? document.createTextNode(node) : node);
  };
  for (const quote of outer) {
    let nodes;
    [nodes, next] = renderRange(text, at, quote.start, inner, next);
    append(nodes);
    [nodes, next] = renderRange(text, quote.start, quote.end, inner, next);
    container.append(mark(quote, nodes));
    at = quote.end;
  }
  append(renderRange(text, at, text.length, inner, next)[0]);
}
