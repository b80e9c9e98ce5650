#!/usr/bin/env python3
"""Builds reuters-sample.jsonl.gz from Reuters-21578 (../shared/data/reuters-21578).

Takes, in file order, the LEWISSPLIT="TRAIN" stories that have a BODY, until the compressed output reaches
about 1.5 MB. Each line: id (reuters-NEWID), date (YYYY-MM-DD), published (ISO time), title, places, topics,
and text = the wire story as filed: headline line, byline line (if any), then "DATELINE - body".
Usage: python3 samples/reuters/make_sample.py ../shared/data/reuters-21578 samples/reuters/reuters-sample.jsonl.gz
"""
import glob, gzip, html, io, json, os, re, sys
from datetime import datetime

source, target = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 1_500_000
MONTHS = {m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}

def field(tag, block):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
    return html.unescape(m.group(1)).replace("\x03", "").strip() if m else None

def items(tag, block):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
    return re.findall(r"<D>(.*?)</D>", m.group(1)) if m else []

buffer = io.BytesIO()
count = 0
with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
    for path in sorted(glob.glob(os.path.join(source, "reut2-*.sgm.gz"))):
        data = gzip.open(path).read().decode("latin-1")
        for block in re.findall(r"<REUTERS(.*?)</REUTERS>", data, re.S):
            if 'LEWISSPLIT="TRAIN"' not in block:
                continue
            body, title = field("BODY", block), field("TITLE", block)
            if not body or not title:
                continue
            newid = re.search(r'NEWID="(\d+)"', block).group(1)
            stamp = field("DATE", block)
            m = re.match(r"\s*(\d+)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)", stamp or "")
            when = datetime(int(m.group(3)), MONTHS[m.group(2).upper()], int(m.group(1)), int(m.group(4)), int(m.group(5)), int(m.group(6))) if m else None
            author, dateline = field("AUTHOR", block), field("DATELINE", block)
            lines = [title] + ([author] if author else []) + [((dateline.rstrip(" -") + " - ") if dateline else "") + body]
            record = {"id": "reuters-" + newid, "date": when.strftime("%Y-%m-%d") if when else None,
                      "published": when.strftime("%Y-%m-%dT%H:%M:%S") if when else None, "title": title,
                      "publisher": "Reuters", "places": items("PLACES", block), "topics": items("TOPICS", block),
                      "text": "\n".join(lines)}
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            count += 1
            if count % 200 == 0:
                out.flush()
                if buffer.tell() >= limit:
                    break
        if buffer.tell() >= limit:
            break
open(target, "wb").write(buffer.getvalue())
print(count, "stories,", len(buffer.getvalue()), "bytes ->", target)
