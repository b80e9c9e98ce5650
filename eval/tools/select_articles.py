#!/usr/bin/env python3
"""Picks the articles of the hand-annotated modern-news sets from ../shared/data (AllSides parts 1-3, BBC).

Deterministic (seeded): the same files give the same picks. Writes one UTF-8 text file per article
(the body exactly as the data set holds it) plus index.tsv (file, source id, outlet, desk, date, title).

  python3 eval/tools/select_articles.py quotes OUT_DIR   # 60 articles, statement-dense, 8+ outlets, 5+ desks
  python3 eval/tools/select_articles.py ner OUT_DIR      # 44 shorter articles, disjoint from the quote picks
  python3 eval/tools/select_articles.py ner-train OUT_DIR  # 50 more, disjoint from both: training data, never scored
  python3 eval/tools/select_articles.py ner-train2 OUT_DIR # 80 more training articles (uNNN), disjoint from all the above
"""
import gzip, json, random, re, sys, tarfile, os

SHARED = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data')

def allsides():
    for part in (1, 2, 3):
        with gzip.open(os.path.join(SHARED, 'allsides', f'articles-part{part}-of-4.jsonl.gz'), 'rt', encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                yield {'id': 'allsides:' + d['ID'], 'outlet': d['source'], 'desk': d['topic'], 'date': d.get('date') or '',
                       'title': d.get('title') or '', 'text': d['content_original']}

def bbc():
    with tarfile.open(os.path.join(SHARED, 'bbc-news-2225', 'bbc-fulltext.tar.gz')) as t:
        for m in sorted(t.getmembers(), key=lambda m: m.name):
            if not m.isfile() or not m.name.endswith('.txt') or m.name.endswith('README.TXT'):
                continue
            raw = t.extractfile(m).read()
            try:
                text = raw.decode('utf-8')
            except UnicodeDecodeError:
                continue
            cat = m.name.split('/')[-2]
            yield {'id': 'bbc:' + cat + '/' + m.name.split('/')[-1], 'outlet': 'BBC (2004-05)', 'desk': cat, 'date': '',
                   'title': text.split('\n', 1)[0], 'text': text}

CUES = re.compile(r'\b(said|says|told|according to|wrote|tweeted|added|stated)\b')

def pick(kind):
    rng = random.Random({'quotes': 20261207, 'ner': 20261208, 'ner-train': 20261209, 'ner-train2': 20261210}[kind])
    arts = [a for a in allsides() if re.match(r'20(1[2-9]|20)-', a['date'])]
    b = list(bbc())
    if kind == 'quotes':
        lo, hi, dense, n_as, n_bbc = 3500, 7500, 8, 52, 8
    elif kind == 'ner':
        lo, hi, dense, n_as, n_bbc = 2600, 4200, 0, 38, 6
    elif kind == 'ner-train':
        lo, hi, dense, n_as, n_bbc = 2600, 4200, 0, 44, 6
    else:
        lo, hi, dense, n_as, n_bbc = 2600, 4200, 0, 70, 10
    def ok(a):
        n = len(a['text'])
        return lo <= n <= hi and len(CUES.findall(a['text'])) >= dense and '{{' not in a['text'] and '[[' not in a['text']
    arts = [a for a in arts if ok(a)]
    b = [a for a in b if ok(a)]
    rng.shuffle(arts); rng.shuffle(b)
    exclude = set()
    if kind == 'ner':
        exclude = {a['id'] for a in pick_quotes_cache()}
    elif kind == 'ner-train':
        exclude = {a['id'] for a in pick_quotes_cache()} | {a['id'] for a in pick('ner')}
    elif kind == 'ner-train2':
        exclude = {a['id'] for a in pick_quotes_cache()} | {a['id'] for a in pick('ner')} | {a['id'] for a in pick('ner-train')}
    chosen, per_outlet = [], {}
    for a in arts:
        if a['id'] in exclude or per_outlet.get(a['outlet'], 0) >= 4:
            continue
        per_outlet[a['outlet']] = per_outlet.get(a['outlet'], 0) + 1
        chosen.append(a)
        if len(chosen) == n_as:
            break
    cats = {}
    for a in b:
        if a['id'] in exclude or cats.get(a['desk'], 0) >= 2:
            continue
        cats[a['desk']] = cats.get(a['desk'], 0) + 1
        chosen.append(a)
        if len(chosen) == n_as + n_bbc:
            break
    return chosen

_cache = None
def pick_quotes_cache():
    global _cache
    if _cache is None:
        _cache = pick('quotes')
    return _cache

def main():
    kind, out = sys.argv[1], sys.argv[2]
    chosen = pick_quotes_cache() if kind == 'quotes' else pick(kind)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, 'index.tsv'), 'w', encoding='utf-8') as idx:
        idx.write('file\tid\toutlet\tdesk\tdate\ttitle\n')
        for i, a in enumerate(chosen, 1):
            name = f"{ {'ner-train': 't', 'ner-train2': 'u'}.get(kind, kind[0]) }{i:03d}.txt"
            with open(os.path.join(out, name), 'w', encoding='utf-8', newline='') as f:
                f.write(a['text'])
            idx.write('\t'.join([name, a['id'], a['outlet'], a['desk'], a['date'], a['title'].replace('\t', ' ')]) + '\n')
    outlets = {a['outlet'] for a in chosen}; desks = {a['desk'] for a in chosen}
    print(f'{len(chosen)} articles, {len(outlets)} outlets, {len(desks)} desks, {sum(len(a["text"]) for a in chosen)} chars')

if __name__ == '__main__':
    main()
