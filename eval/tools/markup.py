#!/usr/bin/env python3
"""Checks and converts hand annotations written as inline markup over a copy of an article.

Quotes (eval/quotes-modern):  {{Q1|content}}  {{S1|speaker mention}}, then after a line '=== QUOTES ===' one
line per quote:  Q1<TAB>S1<TAB>direct|partial|indirect<TAB>Speaker Full Name   (S1 may be '-' for none).
NER (eval/ner-modern):  [[PER|Donald Trump]]  with PER, ORG, LOC, MISC.

Removing the markup (and the trailer) must give back the original text exactly; 'check' says where it does not.

  python3 eval/tools/markup.py check-quotes ARTICLE.txt ARTICLE.ann.txt
  python3 eval/tools/markup.py check-ner ARTICLE.txt ARTICLE.ann.txt
  python3 eval/tools/markup.py build-quotes DIR OUT.jsonl [FILES...]   # DIR holds index.tsv, NNN.txt, NNN.ann.txt
  python3 eval/tools/markup.py build-ner DIR OUT.conll [FILES...]
  python3 eval/tools/markup.py agree-ner DIR | agree-quotes DIR          # .ann.txt against .ann2.txt
"""
import json, os, re, sys

TRAILER = '=== QUOTES ==='

def strip_quotes_markup(ann):
    body, _, trailer = ann.partition('\n' + TRAILER)
    if not _ and ann.startswith(TRAILER):
        body, trailer = '', ann[len(TRAILER):]
    out, spans, stack, i = [], {}, [], 0
    while i < len(body):
        m = re.match(r'\{\{([QS]\d+)\|', body[i:])
        if m:
            stack.append((m.group(1), sum(len(x) for x in out)))
            i += m.end()
            continue
        if body.startswith('}}', i) and stack:
            name, start = stack.pop()
            if name in spans:
                raise ValueError(f'{name} is used twice')
            spans[name] = (start, sum(len(x) for x in out))
            i += 2
            continue
        out.append(body[i]); i += 1
    if stack:
        raise ValueError(f'unclosed {{{{{stack[-1][0]}|')
    rows = []
    for line in trailer.strip('\n').split('\n'):
        if not line.strip():
            continue
        parts = line.split('\t')
        if len(parts) != 4:
            raise ValueError(f'trailer line needs 4 tab-separated fields: {line!r}')
        rows.append(parts)
    return ''.join(out), spans, rows

def strip_ner_markup(ann):
    out, ents, i, pos = [], [], 0, 0
    pat = re.compile(r'\[\[(PER|ORG|LOC|MISC)\|([^\]]*?)\]\]')
    for m in pat.finditer(ann):
        out.append(ann[i:m.start()]); pos += m.start() - i
        ents.append((pos, pos + len(m.group(2)), m.group(1)))
        out.append(m.group(2)); pos += len(m.group(2)); i = m.end()
    out.append(ann[i:])
    text = ''.join(out)
    if '[[' in text or ']]' in text:
        k = text.find('[[') if '[[' in text else text.find(']]')
        raise ValueError(f'malformed markup near: {text[max(0,k-40):k+40]!r}')
    return text, ents

def diff(original, stripped):
    if original == stripped:
        return None
    n = next((k for k in range(min(len(original), len(stripped))) if original[k] != stripped[k]), min(len(original), len(stripped)))
    line = original.count('\n', 0, n) + 1
    return f'text differs at character {n} (line {line}):\n  original: {original[max(0,n-60):n+60]!r}\n  annotated: {stripped[max(0,n-60):n+60]!r}'

def read(p):
    with open(p, encoding='utf-8', newline='') as f:
        return f.read()

def quotes_of(original, ann, name):
    text, spans, rows = strip_quotes_markup(ann)
    d = diff(original, text)
    if d:
        raise ValueError(d)
    quotes, seen = [], set()
    for q, s, kind, speaker in rows:
        if q not in spans:
            raise ValueError(f'{q} in the trailer has no {{{{{q}|...}}}} span')
        if s != '-' and s not in spans:
            raise ValueError(f'{s} in the trailer has no {{{{{s}|...}}}} span')
        if kind not in ('direct', 'partial', 'indirect'):
            raise ValueError(f'{q}: kind must be direct, partial or indirect, not {kind!r}')
        seen.add(q)
        start, end = spans[q]
        item = {'start': start, 'end': end, 'kind': kind, 'speaker': None if speaker.strip() in ('', '-') else speaker.strip()}
        if s != '-':
            item['speakerStart'], item['speakerEnd'] = spans[s]
        quotes.append(item)
    missing = [k for k in spans if k.startswith('Q') and k not in seen]
    if missing:
        raise ValueError(f'quote spans without a trailer line: {", ".join(missing)}')
    quotes.sort(key=lambda x: (x['start'], x['end']))
    return quotes

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Calif|Fla|Ill|Mass|Pa|Va|Ariz|Ky|Tenn|Mich|Wis|Minn|Conn|Colo|Ga|Ala|La|Okla|Nev|Ore|Wash|Md)\.(?=\s)|n't|'s|’s|'re|’re|'ve|’ve|'ll|’ll|'d|’d|'m|’m|\w+(?=n't)|[\w@#][\w@#&.\-]*\w|\w|[^\w\s]", re.UNICODE)

def tokens(text, borders):
    for m in TOKEN.finditer(text):
        s, e = m.start(), m.end()
        cuts = sorted(b for b in borders if s < b < e)
        for c in cuts + [e]:
            yield s, c
            s = c

def conll_of(original, ann):
    text, ents = strip_ner_markup(ann)
    d = diff(original, text)
    if d:
        raise ValueError(d)
    borders = {b for s, e, _ in ents for b in (s, e)}
    lines, sentence_end, prev_e = [], False, 0
    for s, e in tokens(text, borders):
        tok = text[s:e]
        paragraph_break = '\n' in text[prev_e:s]
        if lines and lines[-1] != '' and (paragraph_break or (sentence_end and (tok[0].isupper() or tok[0] in '"“‘\'('))):
            lines.append('')
        ent = next((x for x in ents if x[0] <= s and e <= x[1]), None)
        tag = 'O' if ent is None else ('B-' if ent[0] == s else 'I-') + ent[2]
        lines.append(f'{tok} {tag}')
        sentence_end = tok in ('.', '?', '!')
        prev_e = e
    return lines, ents

def main():
    cmd = sys.argv[1]
    if cmd == 'check-quotes':
        q = quotes_of(read(sys.argv[2]), read(sys.argv[3]), sys.argv[3])
        text = read(sys.argv[2])
        for x in q:
            sp = text[x['speakerStart']:x['speakerEnd']] if 'speakerStart' in x else '-'
            print(f"{x['kind']:8} {x['speaker']!s:28} [{sp}] {text[x['start']:x['end']][:90]!r}")
        print(f'OK: {len(q)} quotes')
    elif cmd == 'check-ner':
        lines, ents = conll_of(read(sys.argv[2]), read(sys.argv[3]))
        text = read(sys.argv[2])
        counts = {}
        for s, e, l in ents:
            counts[l] = counts.get(l, 0) + 1
        print(f'OK: {sum(1 for l in lines if l)} tokens, {len(ents)} entities {counts}')
    elif cmd in ('agree-ner', 'agree-quotes'):
        agreement_main(cmd[6:], sys.argv[2])
    elif cmd in ('build-quotes', 'build-ner'):
        folder, out = sys.argv[2], sys.argv[3]
        index = [l.rstrip('\n').split('\t') for l in open(os.path.join(folder, 'index.tsv'), encoding='utf-8')][1:]
        wanted = set(sys.argv[4:])
        with open(out, 'w', encoding='utf-8', newline='\n') as f:
            for row in index:
                name = row[0]
                if wanted and name not in wanted:
                    continue
                # The adjudicated file where two annotators disagreed, else the single annotation.
                ann_path = os.path.join(folder, name.replace('.txt', '.adj.txt'))
                if not os.path.exists(ann_path):
                    ann_path = os.path.join(folder, name.replace('.txt', '.ann.txt'))
                if not os.path.exists(ann_path):
                    print(f'skipped {name}: not annotated', file=sys.stderr)
                    continue
                original, ann = read(os.path.join(folder, name)), read(ann_path)
                if cmd == 'build-quotes':
                    q = quotes_of(original, ann, name)
                    f.write(json.dumps({'id': row[1], 'file': name, 'outlet': row[2], 'desk': row[3], 'date': row[4] or None,
                                        'text': original, 'quotes': q}, ensure_ascii=False) + '\n')
                else:
                    lines, _ = conll_of(original, ann)
                    f.write(f'-DOCSTART- O\n\n')
                    f.write('\n'.join(lines).strip('\n') + '\n\n')
    else:
        sys.exit(__doc__)

def agreement_main(kind, folder):
    """Agreement of .ann.txt against .ann2.txt for every article annotated twice."""
    names = sorted(f[:-9] for f in os.listdir(folder) if f.endswith('.ann2.txt'))
    if kind == 'ner':
        tp = fa = fb = 0
        for n in names:
            original = read(os.path.join(folder, n + '.txt'))
            _, a = strip_ner_markup(read(os.path.join(folder, n + '.ann.txt')))
            _, b = strip_ner_markup(read(os.path.join(folder, n + '.ann2.txt')))
            sa, sb = set(a), set(b)
            tp += len(sa & sb); fa += len(sa - sb); fb += len(sb - sa)
        p = tp / max(1, tp + fb); r = tp / max(1, tp + fa)
        print(f'{len(names)} articles: entities A {tp+fa}, B {tp+fb}, exact matches {tp}; F1 (A as gold) {200*p*r/max(1e-9,p+r):.1f}')
    else:
        matched = total_a = total_b = same_speaker = 0
        for n in names:
            original = read(os.path.join(folder, n + '.txt'))
            a = quotes_of(original, read(os.path.join(folder, n + '.ann.txt')), n)
            b = quotes_of(original, read(os.path.join(folder, n + '.ann2.txt')), n)
            total_a += len(a); total_b += len(b)
            used = set()
            for qa in a:
                for j, qb in enumerate(b):
                    if j in used:
                        continue
                    inter = max(0, min(qa['end'], qb['end']) - max(qa['start'], qb['start']))
                    if inter >= 0.3 * max(qa['end'] - qa['start'], qb['end'] - qb['start']):
                        used.add(j); matched += 1
                        if (qa['speaker'] or '').lower() == (qb['speaker'] or '').lower():
                            same_speaker += 1
                        break
        p = matched / max(1, total_b); r = matched / max(1, total_a)
        print(f'{len(names)} articles: quotes A {total_a}, B {total_b}, matched at overlap 0.3 {matched}; '
              f'F1 {200*p*r/max(1e-9,p+r):.1f}; same speaker name {100*same_speaker/max(1,matched):.1f}% of matched')

if __name__ == '__main__':
    try:
        main()
    except ValueError as e:
        sys.exit(f'error: {e}')
