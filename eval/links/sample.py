#!/usr/bin/env python3
"""Draw article mentions for hand-judging corpus entity links (eval/links/README.md).

Reads a dateline SQLite store with Python's sqlite3 and prints, for each drawn mention, the article, its date
and headline, the mention as written and its context (+-300 characters around its first occurrence), but NOT
the store's link decision: it reads `articles`, `mentions` and the `label`/`forms`/`mentions` columns of
`article_entities` only, never `entity_id`, `entities`, `entity_links` or `entity_aliases`.

Strata (a mention is an (article, written form) pair; each is drawn in one stratum only, in this order):

  surname-shared  a one-word PER form whose article entity has no longer form, and whose word is the last word of
                  full-name PER forms (two or more words) with at least two first names in the corpus where the
                  runner-up holds at least 15% of those full-name articles ("Clinton", "Bush", "Sanders")
  surname         any other one-word PER form whose article entity has no longer form ("Obama", "Pelosi")
  person-variant  a PER form of three or more words, or with an initial, a title or a suffix
                  ("Donald J. Trump", "Sen. Bernie Sanders", "George W. Bush", "Martin Luther King Jr.")
  caps            a form in capitals (four or more letters) whose case-folded text occurs in another writing
                  elsewhere in the corpus ("REUTERS", "WASHINGTON", "NEW YORK"), any label
  acronym         an ORG form of 2-6 capital letters, dots allowed ("FBI", "ACLU", "U.N.")
  place-variant   a LOC form from a list of variant-prone places ("U.S.", "US", "America", "United States",
                  "Britain", "Washington", "D.C.", "New York", ...) or a LOC form with a dot ("Fla.", "N.Y.")

Within a stratum mentions are shuffled with a fixed seed and taken in order, at most --per-form of one
case-folded form, until the stratum's quota is met.

Usage:
  python3 eval/links/sample.py --db /tmp/links.db > /tmp/links-sample.txt          # contexts to judge
  python3 eval/links/sample.py --db /tmp/links.db --jsonl > /tmp/links-skeleton.jsonl  # gold lines, entity "?"
"""
import argparse
import collections
import json
import random
import re
import sqlite3
import sys

QUOTAS = [("surname-shared", 75), ("surname", 80), ("person-variant", 40), ("caps", 30), ("acronym", 50),
          ("place-variant", 45)]
LABELS = {0: "PER", 1: "ORG", 2: "LOC", 3: "MISC"}
TITLES = {"mr", "mrs", "ms", "dr", "president", "sen", "senator", "rep", "gov", "governor", "secretary", "gen",
          "judge", "justice", "vice", "former", "first", "lady", "speaker", "attorney", "general", "sir", "rev"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PLACES = {"us", "usa", "united states", "united states of america", "america", "the united states", "uk",
          "united kingdom", "britain", "great britain", "england", "washington", "dc", "washington dc",
          "new york", "new york city", "nyc", "la", "los angeles", "georgia", "the west", "west", "korea",
          "holland", "netherlands", "russia", "soviet union", "ussr", "uae", "united arab emirates", "congo",
          "the middle east", "middle east", "europe", "eu", "the us", "the uk", "persian gulf", "gulf"}


def fold(text):
    return re.sub(r"\s+", " ", text.replace(".", "").replace("\u2019", "'")).strip().casefold()


def words(text):
    return [w for w in re.split(r"\s+", text.strip()) if w]


def is_caps(text):
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def is_acronym(text):
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def person_variant(form):
    ws = words(form)
    if len(ws) < 2:
        return False
    low = [w.strip(".,").casefold() for w in ws]
    return (len(ws) >= 3 or low[0] in TITLES or low[-1] in SUFFIXES
            or any(re.fullmatch(r"[A-Z]\.?", w) for w in ws[1:-1]) or '"' in form)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--per-form", type=int, default=3)
    parser.add_argument("--context", type=int, default=300)
    parser.add_argument("--jsonl", action="store_true", help="print gold skeleton lines instead of contexts")
    args = parser.parse_args()
    db = sqlite3.connect(args.db)

    rows = db.execute("SELECT article_id, label, forms, mentions FROM article_entities ORDER BY article_id, local_id").fetchall()
    folded_writings = collections.defaultdict(set)
    fullname_firsts = collections.defaultdict(collections.Counter)  # surname -> first name -> articles
    for article, label, forms, _ in rows:
        for form, _n in json.loads(forms or "[]"):
            folded_writings[fold(form)].add(form)
            ws = words(form)
            if label == 0 and len(ws) >= 2:
                core = [w for w in ws if w.strip(".,").casefold() not in TITLES | SUFFIXES]
                if len(core) >= 2 and not re.fullmatch(r"[A-Z]\.?", core[0]):
                    fullname_firsts[fold(core[-1])][fold(core[0])] += 1

    def shared(surname):
        firsts = fullname_firsts.get(fold(surname))
        if not firsts or len(firsts) < 2:
            return False
        top = firsts.most_common(2)
        return top[1][1] >= 2 and top[1][1] / sum(firsts.values()) >= 0.15

    candidates = collections.defaultdict(list)
    for article, label, forms, mention_ids in rows:
        forms = json.loads(forms or "[]")
        longest = max((len(words(f)) for f, _ in forms), default=0)
        for form, n in forms:
            ws = words(form)
            if label == 0 and len(ws) == 1 and longest == 1 and form[:1].isupper():
                stratum = "surname-shared" if shared(form) else "surname"
            elif label == 0 and person_variant(form):
                stratum = "person-variant"
            elif is_caps(form) and len(folded_writings[fold(form)]) > 1:
                stratum = "caps"
            elif label == 1 and is_acronym(form):
                stratum = "acronym"
            elif label == 2 and (fold(form) in PLACES or "." in form):
                stratum = "place-variant"
            else:
                continue
            candidates[stratum].append((article, LABELS[label], form, n, json.loads(mention_ids or "[]")))

    rng = random.Random(args.seed)
    drawn = []
    for stratum, quota in QUOTAS:
        pool = sorted(candidates[stratum], key=lambda c: (c[0], c[2]))
        rng.shuffle(pool)
        per_form = collections.Counter()
        taken = 0
        for cand in pool:
            if taken >= quota:
                break
            if per_form[fold(cand[2])] >= args.per_form:
                continue
            per_form[fold(cand[2])] += 1
            drawn.append((stratum,) + cand)
            taken += 1

    for number, (stratum, article, label, form, n, mention_ids) in enumerate(drawn, 1):
        doc, date, headline, text = db.execute(
            "SELECT doc_id, date, headline, text FROM articles WHERE id = ?", (article,)).fetchone()
        if args.jsonl:
            print(json.dumps({"article": doc, "mention": form, "entity": "?", "stratum": stratum, "n": number},
                             ensure_ascii=False))
            continue
        start = end = None
        for idx in mention_ids:
            span = db.execute("SELECT start, end FROM mentions WHERE article_id = ? AND idx = ?", (article, idx)).fetchone()
            if span and fold(text[span[0]:span[1]]) == fold(form):
                start, end = span
                break
        if start is None:
            found = text.find(form)
            start, end = (found, found + len(form)) if found >= 0 else (0, 0)
        lo, hi = max(0, start - args.context), min(len(text), end + args.context)
        context = (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ")
        hint = ""
        if label == "PER" and len(words(form)) == 1:
            # Text evidence only: longer capitalised names in the article ending with the same word.
            fulls = collections.Counter(m.group(0) for m in re.finditer(
                r"(?:[A-Z][\w'.-]+[ ]+){1,3}" + re.escape(form) + r"\b", text))
            hint = "; ".join(f"{k} x{v}" for k, v in fulls.most_common(6)) or "-"
        print(f"#{number} [{stratum}] {label} {form!r} x{n} | article {doc} ({article}) {date or 'undated'}")
        print(f"  headline: {headline}")
        if hint:
            print(f"  longer names ending in {form!r} in the text: {hint}")
        print(f"  ...{context}...")
        print()
    print(f"{len(drawn)} mentions: " + ", ".join(f"{s} {sum(1 for d in drawn if d[0] == s)}" for s, _ in QUOTAS),
          file=sys.stderr)


if __name__ == "__main__":
    main()
