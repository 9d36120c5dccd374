#!/usr/bin/env python3
"""Check that every gold quote of a corpus is found in its paragraph.
usage: check_local.py CORPUS_NAME   (dev, dev2, dev4, dev5, dev6, heldout or heldout3)
Looks in tests/corpus/NAME and /work/corpus-local/NAME. Paragraphs are blocks
separated by blank lines, numbered from 0 (the headline)."""
import json, os, re, sys
name = sys.argv[1]

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
dirs = [f"{repo}/tests/corpus/{name}", f"/work/corpus-local/{name}"]
gold = json.load(open(f"{repo}/tests/corpus/{name}/gold.json"))["events"]
only = set(sys.argv[2:])
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2014", "-").replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()
arts = {}
missing, ok, bad = set(), 0, []
for e in gold:
    a = e["article"]
    if only and a not in only:
        continue
    if a not in arts:
        text = None
        for d in dirs:
            p = os.path.join(d, a)
            if os.path.exists(p):
                text = open(p, encoding="utf-8").read()
        arts[a] = None if text is None else [b for b in re.split(r"\n\s*\n", text.strip())]
    paras = arts[a]
    if paras is None:
        missing.add(a); continue
    i = e["paragraph"]
    q = norm(e["quote"])
    if 0 <= i < len(paras) and q in norm(paras[i]):
        ok += 1
    else:
        where = [j for j, p in enumerate(paras) if q in norm(p)]
        bad.append((e["id"], a, i, where, e["quote"][:80]))
print(f"{name}: {ok} quotes verify, {len(bad)} fail, {len(missing)} articles missing")
for b in bad: print("  FAIL", *b)
for m in sorted(missing): print("  MISSING", m)
