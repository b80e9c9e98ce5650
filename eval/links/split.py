#!/usr/bin/env python3
"""Splits the hand-judged link set by article into dev and test halves (eval/links/README.md).

An article goes to dev when the SHA-256 of its id (as written in the gold line, a string) is even, else to test, so
every mention of one article is in one half and the split never depends on order or on the judgements.

  python3 eval/links/split.py   # reads allsides-300.jsonl, writes dev.jsonl and test.jsonl beside it
"""
import hashlib
import os

here = os.path.dirname(os.path.abspath(__file__))


def is_dev(article):
    return int(hashlib.sha256(str(article).encode('utf-8')).hexdigest(), 16) % 2 == 0


def main():
    import json
    lines = [line for line in open(os.path.join(here, 'allsides-300.jsonl'), encoding='utf-8') if line.strip()]
    halves = {'dev': [], 'test': []}
    for line in lines:
        halves['dev' if is_dev(json.loads(line)['article']) else 'test'].append(line)
    for name, chosen in halves.items():
        with open(os.path.join(here, name + '.jsonl'), 'w', encoding='utf-8') as f:
            f.writelines(chosen)
        print(f'{name}: {len(chosen)} mentions')


if __name__ == '__main__':
    main()
