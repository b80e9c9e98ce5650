#!/usr/bin/env python3
"""Writes the 3,000-article AllSides corpus of the quote audits (eval/quote-audit): parts 1-3 without the articles of the
hand-annotated sets, shuffled with seed 7, as JSON Lines with text, title, date, url, authors, publisher.

  python3 eval/tools/audit_corpus.py > allsides-3000.jsonl
"""
import gzip, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, '..', '..', '..', 'shared', 'data', 'allsides')
annotated = set()
for index in ('quotes-modern/work/index.tsv', 'ner-modern/work/index.tsv'):
    for line in list(open(os.path.join(here, '..', index), encoding='utf-8'))[1:]:
        annotated.add(line.split('\t')[1].replace('allsides:', ''))
rows = []
for part in (1, 2, 3):
    with gzip.open(os.path.join(shared, f'articles-part{part}-of-4.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['ID'] not in annotated:
                rows.append(d)
random.Random(7).shuffle(rows)
for d in rows[:3000]:
    sys.stdout.write(json.dumps({'id': d['ID'], 'text': d['content_original'], 'title': d['title'],
                                 'date': d['date'] if d['date'][:2] in ('19', '20') else None, 'url': d['url'],
                                 'authors': [a.strip() for a in d['authors'].split(',') if a.strip()],
                                 'publisher': d['source']}) + '\n')
