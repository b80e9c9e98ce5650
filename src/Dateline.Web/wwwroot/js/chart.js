// Draws mentions over time as an inline SVG bar chart, one bar per period of the server's timeline
// (day, week or month, empty periods included), with a data table for screen readers and keyboard users.
import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export function drawChart(container, points, name) {
  const buckets = points.map((p) => ({ key: p.period, articles: p.articles, mentions: p.mentions, quotes: p.quotes }));
  if (buckets.length === 0) {
    container.append(el('p', { class: 'empty' }, 'No dated mentions.'));
    return;
  }
  const width = 640;
  const height = 200;
  const pad = { left: 36, right: 8, top: 10, bottom: 28 };
  const max = Math.max(1, ...buckets.map((b) => Math.max(b.mentions, b.quotes)));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const step = plotWidth / buckets.length;
  const barWidth = Math.min(40, Math.max(1, step * 0.4));
  const total = (key) => buckets.reduce((sum, b) => sum + b[key], 0);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart-svg', 'aria-labelledby': 'chart-title' },
    svg('title', { id: 'chart-title' }, `${name}: ${total('mentions')} mentions and ${total('quotes')} quotes from ${buckets[0].key} to ${buckets[buckets.length - 1].key}`));
  chart.append(svg('line', { x1: pad.left, y1: pad.top + plotHeight, x2: width - pad.right, y2: pad.top + plotHeight, class: 'axis' }));
  chart.append(svg('text', { x: pad.left - 4, y: pad.top + 8, 'text-anchor': 'end', class: 'tick' }, String(max)));
  chart.append(svg('text', { x: pad.left - 4, y: pad.top + plotHeight, 'text-anchor': 'end', class: 'tick' }, '0'));
  buckets.forEach((bucket, index) => {
    const left = pad.left + index * step + (step - 2 * barWidth) / 2;
    [['mentions', 'bar'], ['quotes', 'bar quoted']].forEach(([key, className], offset) => {
      const barHeight = (bucket[key] / max) * plotHeight;
      chart.append(svg('rect', { x: (left + offset * barWidth).toFixed(1), y: (pad.top + plotHeight - barHeight).toFixed(1), width: barWidth.toFixed(1), height: barHeight.toFixed(1), class: className },
        svg('title', {}, `${bucket.key}: ${bucket.mentions} mentions in ${bucket.articles} articles, ${bucket.quotes} quotes`)));
    });
  });
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));
  buckets.forEach((bucket, index) => {
    if (index % labelEvery !== 0 && index !== buckets.length - 1) return;
    chart.append(svg('text', { x: (pad.left + index * step + step / 2).toFixed(1), y: height - 8, 'text-anchor': 'middle', class: 'tick' }, bucket.key));
  });
  container.append(chart, el('p', { class: 'chart-legend' }, el('span', { class: 'swatch mentions' }), ' mentions ', el('span', { class: 'swatch quotes' }), ' quotes'), el('details', { class: 'chart-table' },
    el('summary', null, 'Show as a table'),
    el('table', null,
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Period'), el('th', { scope: 'col' }, 'Articles'), el('th', { scope: 'col' }, 'Mentions'), el('th', { scope: 'col' }, 'Quotes'))),
      el('tbody', null, buckets.filter((b) => b.mentions || b.articles || b.quotes).map((b) =>
        el('tr', null, el('th', { scope: 'row' }, b.key), el('td', null, String(b.articles)), el('td', null, String(b.mentions)), el('td', null, String(b.quotes))))))));
}
