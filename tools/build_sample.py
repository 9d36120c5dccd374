#!/usr/bin/env python3
"""Build assets/sample.json (chronolens/1) from the two seed articles and the
gold event file.  Python 3.11, stdlib only.

Usage (from the repo root):
    python3 tools/build_sample.py [--shared DIR] [--out FILE]

--shared defaults to ../shared relative to the repo root; it must contain
seeds/<id>.txt and gold/seed_events.json.  The gold quotes are copied
verbatim; if one is not an exact substring of the paragraph the gold names,
the script stops with an error instead of writing anything.
"""

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ARTICLES = ["000_3949efd7fcb54509", "004_cb2f14c055118140"]
# Document creation date, only where known.  Article 000: the gold's
# before_dct events end at 2022-03-24.  Article 004: unknown, so omitted.
PUBLISHED = {"000_3949efd7fcb54509": "2022-03-24"}

TITLE = "Seed sample: NATO and chemical weapons, March 2022"
LANES = [
    {"id": "nato", "label": "NATO", "color": "#2f6fd0"},
    {"id": "us", "label": "US", "color": "#c23b3b"},
    {"id": "russia", "label": "Russia", "color": "#7a4bc4"},
    {"id": "ukraine", "label": "Ukrainian officials", "color": "#d99a00"},
    {"id": "other", "label": "Other", "color": "#5f7f6f"},
]
LANE_OF = {
    "NATO": "nato",
    "US": "us",
    "Russia": "russia",
    "Ukrainian officials": "ukraine",
    "Other": "other",
}

# Short neutral headlines, written by hand from each quote and its gold notes.
TITLES = {
    "S000-01": "Stoltenberg: Russia may use chemical weapons, blame West",
    "S000-02": "Biden calls Russian chemical weapons use a real threat",
    "S000-03": "Stoltenberg concerned by Russian chemical weapons rhetoric",
    "S000-04": "Stoltenberg warns of consequences of chemical weapons use",
    "S000-05": "Extraordinary NATO summit in Brussels",
    "S000-06": "Russian MoD claims Ukraine preparing chemical weapons use",
    "S000-07": "Russia claims US assisting Ukraine in alleged plan",
    "S000-08": "Western nations believe Russia considering chemical weapons",
    "S000-09": "Stoltenberg: such an attack would change the war's nature",
    "S000-10": "Article infers NATO would then join the war",
    "S000-11": "Stoltenberg warns of spillover risk to NATO countries",
    "S000-12": "Allies agree to equip Ukraine against chemical threats",
    "S000-13": "Stoltenberg: NATO CBRN defence elements activated",
    "S000-14": "Stoltenberg concerned Russia could use chemical weapons",
    "S000-15": "Stoltenberg: summit will agree chemical-defence help for Ukraine",
    "S000-16": "Stoltenberg outlines possible aid: detection, protection, training",
    "S000-17": "Stoltenberg: allies stepping up their preparedness",
    "S000-18": "Stoltenberg urges China not to support Russia",
    "S004-01": "US and NATO meet in Brussels",
    "S004-02": "Russian forces accused of white phosphorus use",
    "S004-03": "Biloshytskiy alleges phosphorus bombs used in Kramatorsk",
    "S004-04": "Alleged phosphorus bombing of Kramatorsk",
    "S004-05": "Kachroo posts video said to show phosphorus",
    "S004-06": "Alleged phosphorus burning over Kyiv's northwestern suburbs",
    "S004-07": "Irpin mayor accuses Russia of using phosphate munitions",
    "S004-08": "Markushyn calls munitions use a crime against humanity",
    "S004-09": "Article says NATO met White House Tiger Team",
    "S004-10": "Stoltenberg: chemical weapons would change conflict's nature",
    "S004-11": "Biden asked about response to chemical weapons use",
    "S004-12": "Biden: chemical weapons use would trigger response in kind",
    "S004-13": "White House clarifies Biden's response-in-kind remark",
    "S004-14": "Sullivan: US has no intention of using chemical weapons",
    "S004-15": "Sullivan: Biden meant US would respond accordingly",
}

# Gold fields consumed by the mapping below; everything else is carried over.
MAPPED = {
    "id", "article", "paragraph", "quote", "actor_lane", "speaker",
    "date_start", "date_end", "date_precision", "kind", "verification",
    "notes", "time_cue",
}

# Unicode White_Space (what Rust's char::is_whitespace / trim_end use).
# Python's str.isspace()/rstrip() differ slightly (U+001C..U+001F), so be explicit.
WHITESPACE = (
    "\t\n\v\f\r \u0085\u00a0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


def paragraphs(text: str) -> list[str]:
    """Maximal runs of non-blank lines, joined with "\\n", each line's
    trailing whitespace stripped.  Lines split on \\n, with a trailing \\r
    removed (so \\r\\n works)."""
    out: list[str] = []
    cur: list[str] = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        line = line.rstrip(WHITESPACE)
        if line == "":
            if cur:
                out.append("\n".join(cur))
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append("\n".join(cur))
    return out


def map_dates(ev: dict) -> dict:
    p = ev["date_precision"]
    s, e = ev.get("date_start"), ev.get("date_end")
    if p == "day":
        assert s and s == e, (ev["id"], "day needs start == end")
        return {"start": s, "precision": "day"}
    if p in ("day_ambiguous", "range"):
        assert s and e and s <= e, (ev["id"], "range needs start <= end")
        return {"start": s, "end": e, "precision": "range"}
    if p in ("before_dct", "on_or_before"):
        assert e and s is None, (ev["id"], "before needs only date_end")
        return {"start": e, "precision": "before"}
    if p == "none":
        assert s is None and e is None, (ev["id"], "none needs no dates")
        return {"precision": "unknown"}
    raise SystemExit(f"{ev['id']}: unknown date_precision {p!r}")


def build(shared: Path) -> tuple[dict, list[str]]:
    gold = json.loads((shared / "gold" / "seed_events.json").read_text(encoding="utf-8"))
    problems: list[str] = []

    articles = []
    paras: dict[str, list[str]] = {}
    for aid in ARTICLES:
        text = (shared / "seeds" / f"{aid}.txt").read_text(encoding="utf-8")
        ps = paragraphs(text)
        paras[aid] = ps
        art = {"id": aid, "title": ps[0]}
        if aid in PUBLISHED:
            art["published"] = PUBLISHED[aid]
        art["paragraphs"] = ps
        articles.append(art)

    events = []
    for g in gold["events"]:
        aid = Path(g["article"]).stem
        if aid not in paras:
            problems.append(f"{g['id']}: unknown article {g['article']!r}")
            continue
        pi, quote = g["paragraph"], g["quote"]
        if not (0 <= pi < len(paras[aid])):
            problems.append(f"{g['id']}: paragraph {pi} out of range for {aid}")
        elif quote not in paras[aid][pi]:
            where = [i for i, p in enumerate(paras[aid]) if quote in p]
            problems.append(
                f"{g['id']}: quote not found in {aid} paragraph {pi}"
                + (f" (found in paragraph(s) {where})" if where else " (not found anywhere)")
            )
        if g["id"] not in TITLES:
            problems.append(f"{g['id']}: no headline written")
            continue

        ev = {
            "id": g["id"],
            "lane": LANE_OF[g["actor_lane"]],
            "title": TITLES[g["id"]],
        }
        if g.get("speaker") is not None:
            ev["actor"] = g["speaker"]
        ev["kind"] = g["kind"]
        ev["verification"] = g["verification"]
        ev.update(map_dates(g))
        ev["sources"] = [{"article": aid, "paragraph": pi, "quote": quote}]
        if g.get("time_cue") is not None:
            ev["time_cue"] = g["time_cue"]
        if g.get("notes") is not None:
            ev["notes"] = g["notes"]
        for k, v in g.items():
            if k not in MAPPED and v is not None:
                ev[k] = v
        events.append(ev)

    extra = set(TITLES) - {g["id"] for g in gold["events"]}
    if extra:
        problems.append(f"headlines for ids not in gold: {sorted(extra)}")

    doc = {
        "format": "chronolens/1",
        "title": TITLE,
        "lanes": LANES,
        "articles": articles,
        "events": events,
    }
    return doc, problems


def check(out: Path, shared: Path) -> None:
    """Re-read the written file and check it independently of build()."""
    doc = json.loads(out.read_text(encoding="utf-8"))
    gold = json.loads((shared / "gold" / "seed_events.json").read_text(encoding="utf-8"))
    assert doc["format"] == "chronolens/1"
    lane_ids = [l["id"] for l in doc["lanes"]]
    art = {a["id"]: a for a in doc["articles"]}
    ev_ids = [e["id"] for e in doc["events"]]
    assert len(set(lane_ids)) == len(lane_ids), "duplicate lane id"
    assert len(art) == len(doc["articles"]), "duplicate article id"
    assert len(set(ev_ids)) == len(ev_ids), "duplicate event id"
    assert len(doc["events"]) == len(gold["events"]), "event count != gold count"
    assert ev_ids == [g["id"] for g in gold["events"]], "event order != gold order"
    for a in doc["articles"]:
        assert a["title"] == a["paragraphs"][0], a["id"]
    for e in doc["events"]:
        assert e["lane"] in lane_ids, (e["id"], e["lane"])
        assert 3 <= len(e["title"].split()) <= 9, (e["id"], e["title"])
        assert all(v is not None for v in e.values()), e["id"]
        prec = e["precision"]
        assert prec in ("day", "range", "before", "unknown"), e["id"]
        assert ("start" in e) == (prec != "unknown"), e["id"]
        assert ("end" in e) == (prec == "range"), e["id"]
        if prec == "range":
            assert e["start"] <= e["end"], e["id"]
        assert e["sources"], e["id"]
        for s in e["sources"]:
            assert s["article"] in art, (e["id"], s["article"])
            ps = art[s["article"]]["paragraphs"]
            assert 0 <= s["paragraph"] < len(ps), (e["id"], s["paragraph"])
            assert s["quote"] in ps[s["paragraph"]], (e["id"], "quote not in paragraph")
    # quotes must be the gold's, unaltered
    for e, g in zip(doc["events"], gold["events"]):
        assert e["sources"][0]["quote"] == g["quote"], e["id"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="directory holding seeds/ and gold/ (default: ../shared from repo root)")
    ap.add_argument("--out", type=Path, default=REPO / "assets" / "sample.json")
    args = ap.parse_args()

    doc, problems = build(args.shared)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        print("not writing output; fix the gold or report it", file=sys.stderr)
        return 1

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(args.out, args.shared)
    for a in doc["articles"]:
        print(f"{a['id']}: {len(a['paragraphs'])} paragraphs")
    print(f"{len(doc['events'])} events -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
