//! The loader, differentially: the fast parser (`fastload`) against plain
//! serde_json, and `load_bytes` around them. Inputs: structured mutations of
//! real files, a deterministic exhaustive part and a random one.

use super::guard::Target;
use super::mutate::{self, BAD_UTF8, NUMBERS, STRINGS, TokKind, insert, nested, replace, tokens};
use super::rng::Rng;
use chronolens::generate::{Params, generate_bytes};
use chronolens::model::fastload::{self, BLOCK, Blocks};
use chronolens::model::{Dataset, SAMPLE_JSON, load_bytes, save::to_json, validate::validate};
use serde_json::Value;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Files this long are cut into several pieces by the fast parser (4 MB a piece).
const MULTI_PIECE: usize = 8 << 20;

/// The one documented difference (see `fastload`'s module comment): serde_json
/// counts nesting from the top of the document, the fast parser from the start
/// of each event, so an event nested 127 or 128 deep inside (the document 128
/// or 129 deep) is accepted by the fast parser only.
fn documented_depth_difference(serde_err: &serde_json::Error, b: &[u8]) -> bool {
    serde_err.to_string().starts_with("recursion limit exceeded") && matches!(mutate::max_depth(b), 128 | 129)
}

/// What the fast parser gave, against what serde_json gave.
fn compare(how: &str, fast: Option<Dataset>, serde: &Result<Dataset, serde_json::Error>, b: &[u8]) -> Result<(), String> {
    match (fast, serde) {
        (None, _) => Ok(()),
        (Some(ds), Ok(want)) if ds == *want => Ok(()),
        (Some(ds), Ok(want)) => Err(format!("fast parser ({how}) and serde_json give different datasets\n{}", first_difference(&ds, want))),
        (Some(_), Err(e)) if documented_depth_difference(e, b) => Ok(()),
        (Some(_), Err(e)) => Err(format!("fast parser ({how}) accepts what serde_json refuses\nserde_json: {e}")),
    }
}

fn first_difference(a: &Dataset, b: &Dataset) -> String {
    let (x, y) = (serde_json::to_value(a).unwrap_or_default(), serde_json::to_value(b).unwrap_or_default());
    let show = |v: &Value| {
        let s = v.to_string();
        if s.len() > 300 { format!("{}…", &s[..s.floor_char_boundary(300)]) } else { s }
    };
    for key in ["format", "title", "lanes", "articles", "events"] {
        let (p, q) = (&x[key], &y[key]);
        if p != q {
            if let (Some(p), Some(q)) = (p.as_array(), q.as_array()) {
                if p.len() != q.len() {
                    return format!("`{key}`: {} against {} records", p.len(), q.len());
                }
                if let Some(i) = (0..p.len()).find(|&i| p[i] != q[i]) {
                    return format!("`{key}[{i}]`: fast {} / serde_json {}", show(&p[i]), show(&q[i]));
                }
            }
            return format!("`{key}`: fast {} / serde_json {}", show(p), show(q));
        }
    }
    format!("unknown top-level fields differ: fast {} / serde_json {}", show(&x), show(&y))
}

/// The fast parser, cancelled at its `k`-th question: `None` once it said yes.
fn cancelled_at(b: &[u8], k: usize) -> (Option<Dataset>, bool) {
    let asked = AtomicUsize::new(0);
    let cancel = || asked.fetch_add(1, Ordering::Relaxed) >= k;
    let ds = fastload::parse(Blocks::borrowed(b), 2, &cancel);
    (ds, asked.load(Ordering::Relaxed) > k)
}

/// The properties of one input (see the module comment and the brief in `fuzz.rs`).
pub fn check(b: &[u8]) -> Result<(), String> {
    let serde = serde_json::from_slice::<Dataset>(b);
    let exempt = serde.as_ref().err().is_some_and(|e| documented_depth_difference(e, b));
    let threads: &[usize] = match b.len() {
        n if n >= 2 * MULTI_PIECE => &[2, 16],
        n if n >= MULTI_PIECE => &[2],
        _ => &[1, 3],
    };
    for &t in threads {
        compare(&format!("borrowed, {t} threads"), fastload::parse(Blocks::borrowed(b), t, &|| false), &serde, b)?;
    }
    if b.len() < MULTI_PIECE || b.len() > BLOCK {
        // Read in blocks as from a file (one block below 32 MB).
        let read = Blocks::read(b, b.len() as u64, |_| true).map_err(|e| format!("Blocks::read fails on bytes in memory\n{e}"))?;
        compare("Blocks::read, 2 threads", fastload::parse(read, 2, &|| false), &serde, b)?;
    }
    if b.len() < MULTI_PIECE {
        let k = b.len() % 4;
        let (ds, said_yes) = cancelled_at(b, k);
        if said_yes && ds.is_some() {
            return Err(format!("fast parser returns a dataset after being cancelled (at question {k})"));
        }
        compare("cancel never answered yes", if said_yes { None } else { ds }, &serde, b)?;
    }

    // The loader reads a file that starts with a UTF-8 byte order mark without it.
    let without_bom = b.strip_prefix(b"\xEF\xBB\xBF");
    let serde_bom;
    let (serde, exempt) = match without_bom {
        Some(rest) => {
            serde_bom = serde_json::from_slice::<Dataset>(rest);
            (&serde_bom, serde_bom.as_ref().err().is_some_and(|e| documented_depth_difference(e, rest)))
        }
        None => (&serde, exempt),
    };
    let by_bytes = load_bytes("fuzz.json", b);
    if b.len() < MULTI_PIECE && fnv(b).is_multiple_of(8) {
        same_from_a_file(b, &by_bytes)?;
    }
    let loaded = match by_bytes {
        Ok(loaded) => match serde {
            Ok(want) if loaded.dataset != *want => {
                return Err(format!("load_bytes and serde_json give different datasets\n{}", first_difference(&loaded.dataset, want)));
            }
            Ok(_) => loaded,
            Err(_) if exempt => return Ok(()),
            Err(e) => return Err(format!("load_bytes accepts what serde_json refuses\nserde_json: {e}")),
        },
        Err(e) => {
            let text = e.to_string();
            if e.problems.is_empty() || e.problems.iter().any(|p| p.message.trim().is_empty()) || !text.starts_with("fuzz.json: ") {
                return Err(format!("load_bytes fails with an empty or unnamed message\n{text:?}"));
            }
            if let Ok(ds) = serde
                && validate(ds).is_ok()
            {
                return Err(format!("load_bytes refuses a dataset that parses and validates\n{text}"));
            }
            return Ok(());
        }
    };
    // Loaded: saving and loading again gives the same records (small files: a large one takes long).
    if b.len() >= MULTI_PIECE {
        return Ok(());
    }
    let json = to_json(&loaded.dataset);
    match load_bytes("saved.json", &json) {
        Ok(again) if again.dataset == loaded.dataset => Ok(()),
        Ok(again) => Err(format!("saving and loading again changes the dataset\n{}", first_difference(&again.dataset, &loaded.dataset))),
        Err(e) => Err(format!("a loaded dataset, saved, does not load again\n{e}")),
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// `load_path` (read in blocks, read again for the messages) gives what `load_bytes` gives.
fn same_from_a_file(b: &[u8], by_bytes: &Result<chronolens::model::Loaded, chronolens::model::LoadError>) -> Result<(), String> {
    // Removed when dropped, also when load_path panics (the panic unwinds through it).
    let mut file = tempfile::Builder::new()
        .prefix("chronolens-fuzz-")
        .suffix(".json")
        .tempfile()
        .map_err(|e| format!("cannot make a scratch file\n{e}"))?;
    std::io::Write::write_all(&mut file, b).map_err(|e| format!("cannot write a scratch file\n{e}"))?;
    let by_path = chronolens::model::load_path(file.path());
    drop(file);
    match (by_path, by_bytes) {
        (Ok(p), Ok(q)) if p.dataset == q.dataset => Ok(()),
        (Err(p), Err(q)) if p.problems == q.problems => Ok(()),
        (p, q) => Err(format!(
            "load_path and load_bytes disagree\nload_path: {}\nload_bytes: {}",
            p.map_or_else(|e| e.to_string(), |_| "loaded".to_owned()),
            q.as_ref().map_or_else(|e| e.to_string(), |_| "loaded".to_owned())
        )),
    }
}

// ---------------------------------------------------------------------------------------------
// Seeds.

/// A small dataset using every part of the format: colours, unknown fields in
/// every record, an undated event, a range, several sources, a draft.
pub const TINY: &str = r##"{"format":"chronolens/1","title":"Tiny","lanes":[{"id":"nato","label":"NATO","color":"#2f6fd0"},{"id":"ru","label":"Russia","z":[1,{"y":null}]}],"articles":[{"id":"a1","title":"Title","published":"2022-03-24","paragraphs":["Title","Stoltenberg said on Thursday that Russia could use chemical weapons.","Moscow denied it."],"k":true}],"events":[{"id":"e1","lane":"nato","title":"Stoltenberg warns","kind":"statement","start":"2022-03-24","precision":"day","verification":"reported","sources":[{"article":"a1","paragraph":1,"quote":"Russia could use chemical weapons","n":-0.5}],"x":{"a":[1,2]}},{"id":"e2","lane":"ru","title":"Denial","kind":"claim","start":"2022-03-21","end":"2022-03-23T12:00:00Z","precision":"range","verification":"denied","sources":[{"article":"a1","paragraph":2,"quote":"denied"},{"article":"a1","paragraph":1,"quote":"Russia"}],"draft":true,"time_cue":"on Thursday","notes":"n"},{"id":"e3","lane":"ru","title":"Undated","kind":"other","precision":"unknown","verification":"unverified","sources":[{"article":"a1","paragraph":0,"quote":"Title"}]}],"after":"x"}"##;

/// Small generated datasets, compact and indented.
pub fn generated(events: usize, seed: u64, pretty: bool) -> Vec<u8> {
    generate_bytes(&Params { events, lanes: 3, years: 1.0, articles: 1, seed, pretty }).0
}

/// Odd but valid layouts the fast parser must parse right or leave alone.
fn layouts() -> Vec<Vec<u8>> {
    let ev = r#"{"id":"a","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[]}"#;
    let ev_tricky = r#"{"id":"b","lane":"l","title":"},{\"id\":\"c\"","kind":"claim","precision":"unknown","verification":"reported","sources":[{"article":"x","paragraph":0,"quote":"]}"}]}"#;
    [
        format!(r#"{{"events":[{ev}],"lanes":[],"articles":[]}}"#),
        format!(r#"{{"lanes":[],"articles":[],"events":[{ev} , {ev_tricky}] , "after":[1,{{"a":"]"}}]}}"#),
        format!("{{\"lanes\":[],\"articles\":[],\"events\":[\n{ev}\n,\n{ev_tricky}\n]\n}}\n"),
        format!(r#"{{"lanes":[],"articles":[],"\u0065vents":[{ev}]}}"#),
        format!(r#"{{"lanes":[],"x":{{"events":[1]}},"articles":[],"events":[{ev}]}}"#),
        r#"{"lanes":[],"articles":[],"events":[]}"#.to_owned(),
        r#"{"lanes":[],"articles":[],"events":[ ]}"#.to_owned(),
    ]
    .into_iter()
    .map(String::into_bytes)
    .collect()
}

pub fn seeds() -> Vec<Vec<u8>> {
    let mut s = vec![TINY.as_bytes().to_vec(), generated(3, 7, false), generated(2, 8, true), SAMPLE_JSON.as_bytes().to_vec()];
    s.extend(layouts());
    s
}

// ---------------------------------------------------------------------------------------------
// The deterministic part.

/// Places in TINY where a value can go as an unknown field (`"k":VALUE,`) and
/// places where a value can replace an element.
fn value_places(b: &[u8]) -> Vec<(usize, bool)> {
    let text = std::str::from_utf8(b).expect("a UTF-8 seed");
    let mut out = Vec::new();
    // After each `{` (an unknown field first in a record, or the top level).
    for (i, c) in text.char_indices() {
        if c == '{' {
            out.push((i + 1, true));
        }
    }
    // As an element of events (first and last) and as the whole of `events`.
    let events = text.find("\"events\":[").expect("events") + "\"events\":[".len();
    out.push((events, false));
    out
}

/// Everything in the exhaustive part, handed to `run` one by one.
pub fn exhaustive(t: &mut Target) {
    let tiny = TINY.as_bytes();
    let gen_small = generated(2, 3, false);
    let sample = SAMPLE_JSON.as_bytes();
    let run = |t: &mut Target, v: Vec<u8>| {
        t.run(v);
    };

    // Truncation: every position of the small files, a stride of the sample.
    for b in [tiny, &gen_small[..]] {
        for n in 0..=b.len() {
            run(t, b[..n].to_vec());
        }
    }
    for n in (0..=sample.len()).step_by(41) {
        run(t, sample[..n].to_vec());
    }

    // Invalid UTF-8 at every token boundary (and inside each string).
    for at in mutate::boundaries(tiny) {
        for bad in BAD_UTF8 {
            run(t, insert(tiny, at, bad));
        }
    }
    for (k, at) in mutate::boundaries(sample).into_iter().enumerate() {
        if k % 7 == 0 {
            run(t, insert(sample, at, BAD_UTF8[k % BAD_UTF8.len()]));
        }
    }

    // Deep nesting in every record's unknown fields, as an event, as the document; closed or not.
    for depth in [10, 126, 127, 128, 129, 130, 10_000] {
        for style in 0..3 {
            let deep = nested(depth, style, "1");
            let open_only = &deep[..deep.find('1').expect("the inner value")];
            for (at, as_field) in value_places(tiny) {
                let v = if as_field { format!("\"deep\":{deep},") } else { format!("{deep},") };
                run(t, insert(tiny, at, v.as_bytes()));
                run(t, insert(tiny, at, open_only.as_bytes()));
            }
            run(t, deep.clone().into_bytes());
            run(t, format!(r#"{{"lanes":[],"articles":[],"events":{deep}}}"#).into_bytes());
            run(t, format!(r#"{{"lanes":[],"articles":[],"events":[],"after":{deep}}}"#).into_bytes());
        }
    }

    // Huge and odd numbers: in place of every scalar, and in unknown fields.
    let scalars: Vec<_> = tokens(tiny).into_iter().filter(|x| x.kind == TokKind::Scalar).collect();
    let long_numbers =
        ["1".repeat(10_000), format!("0.{}", "1".repeat(5000)), format!("1e{}", "9".repeat(500)), format!("-{}", "9".repeat(400))];
    let all_numbers: Vec<&str> = NUMBERS.iter().copied().chain(long_numbers.iter().map(String::as_str)).collect();
    for n in &all_numbers {
        for s in &scalars {
            run(t, replace(tiny, s.start, s.end, n.as_bytes()));
        }
        for (at, as_field) in value_places(tiny) {
            if as_field {
                run(t, insert(tiny, at, format!("\"n\":{n},").as_bytes()));
            }
        }
    }

    // Odd strings in place of every string.
    let strings: Vec<_> = tokens(tiny).into_iter().filter(|x| x.kind == TokKind::String).collect();
    for (k, s) in strings.iter().enumerate() {
        for (j, with) in STRINGS.iter().enumerate() {
            if (k + j) % 3 == 0 {
                run(t, replace(tiny, s.start, s.end, with.as_bytes()));
            }
        }
    }

    // Duplicate keys: each member of each object written twice.
    duplicate_members(tiny, |v| run(t, v));

    // A BOM, NULs, other encodings.
    for b in [tiny, sample] {
        run(t, insert(b, 0, "\u{FEFF}".as_bytes()));
        run(t, insert(b, 0, b" \xEF\xBB\xBF"));
        for (be, bom) in [(false, true), (false, false), (true, true), (true, false)] {
            run(t, mutate::utf16(b, be, bom));
        }
        run(t, [b, &b"\0"[..]].concat());
    }
    for at in mutate::boundaries(tiny) {
        run(t, insert(tiny, at, b"\0"));
        run(t, insert(tiny, at, "\u{FEFF}".as_bytes()));
    }

    // Token edits: every token removed, duplicated, swapped with the next.
    for b in [tiny, &gen_small[..]] {
        let toks = tokens(b);
        for (i, x) in toks.iter().enumerate() {
            run(t, replace(b, x.start, x.end, b""));
            run(t, insert(b, x.end, &b[x.start..x.end]));
            if let Some(y) = toks.get(i + 1) {
                let mut v = b[..x.start].to_vec();
                v.extend_from_slice(&b[y.start..y.end]);
                v.extend_from_slice(&b[x.end..y.start]);
                v.extend_from_slice(&b[x.start..x.end]);
                v.extend_from_slice(&b[y.end..]);
                run(t, v);
            }
        }
    }

    // Byte flips: every byte of the tiny file.
    for i in 0..tiny.len() {
        for f in [0x01u8, 0x20, 0x80] {
            let mut v = tiny.to_vec();
            v[i] ^= f;
            run(t, v);
        }
        for c in [b'"', b'\\', b'}', b',', b']', 0xFF] {
            let mut v = tiny.to_vec();
            v[i] = c;
            run(t, v);
        }
    }

    // Layouts, and bad bytes where an event should start (once an endless loop).
    for b in layouts() {
        run(t, b.clone());
        for at in mutate::boundaries(&b) {
            run(t, insert(&b, at, b"\xFF"));
        }
    }
    for bad in BAD_UTF8 {
        for shape in ["[{}]", "[{},{}]", "[{}, ]", "[ ]"] {
            let doc = format!(r#"{{"lanes":[],"articles":[],"events":{shape}}}"#);
            for at in mutate::boundaries(doc.as_bytes()) {
                if at > doc.find("\"events\"").unwrap_or(0) {
                    run(t, insert(doc.as_bytes(), at, bad));
                }
            }
        }
    }
    for doc in [
        "",
        " ",
        "\n\t",
        "{}",
        "[]",
        "null",
        "0",
        "\"x\"",
        "{\"lanes\":[],\"articles\":[],\"events\":[]}x",
        "{\"lanes\":[],\"articles\":[],\"events\":[]} {}",
    ] {
        run(t, doc.as_bytes().to_vec());
    }
}

/// Each object member of `b` duplicated right after itself.
fn duplicate_members(b: &[u8], mut out: impl FnMut(Vec<u8>)) {
    let toks = tokens(b);
    for i in 0..toks.len() {
        let is_key = toks[i].kind == TokKind::String && toks.get(i + 1).is_some_and(|c| b[c.start] == b':');
        if !is_key {
            continue;
        }
        // The value's last token: balanced brackets from i + 2.
        let mut depth = 0i32;
        let mut j = i + 2;
        while j < toks.len() {
            match b[toks[j].start] {
                b'{' | b'[' if toks[j].kind == TokKind::Punct => depth += 1,
                b'}' | b']' if toks[j].kind == TokKind::Punct => depth -= 1,
                _ => {}
            }
            if depth <= 0 {
                break;
            }
            j += 1;
        }
        if j >= toks.len() {
            continue;
        }
        let member = &b[toks[i].start..toks[j].end];
        out(insert(b, toks[j].end, &[b",", member].concat()));
    }
}

// ---------------------------------------------------------------------------------------------
// The random part.

/// A random edit of the parsed document (the result is valid JSON of another shape).
fn mutate_value(rng: &mut Rng, v: &mut Value, depth: usize) {
    let leaf = |rng: &mut Rng| -> Value {
        match rng.below(9) {
            0 => Value::Null,
            1 => Value::Bool(rng.one_in(2)),
            2 => serde_json::from_str(rng.choose(NUMBERS)).unwrap_or(Value::from(rng.next() as i64)),
            3 => Value::from(rng.small(20)),
            4 => serde_json::from_str(rng.choose(STRINGS)).unwrap_or(Value::from("s")),
            5 => Value::from(super::dates::random_date_text(rng)),
            6 => Value::Array(vec![]),
            7 => serde_json::from_str(&nested(rng.choose(&[2, 10, 120, 125, 126, 127]), rng.below(3), "0")).unwrap_or_default(),
            _ => Value::Object(Default::default()),
        }
    };
    match v {
        Value::Object(map) if !map.is_empty() && (depth < 6 && rng.below(3) != 0) => {
            let k = map.keys().nth(rng.below(map.len())).cloned().unwrap_or_default();
            match rng.below(8) {
                0 => {
                    map.remove(&k);
                }
                1 => {
                    map.insert(k, leaf(rng));
                }
                2 => {
                    let key = rng.pick(&[
                        "id",
                        "lane",
                        "title",
                        "kind",
                        "start",
                        "end",
                        "precision",
                        "sources",
                        "paragraph",
                        "quote",
                        "zz",
                        "events",
                    ]);
                    map.insert((*key).to_owned(), leaf(rng));
                }
                _ => mutate_value(rng, map.get_mut(&k).expect("present"), depth + 1),
            }
        }
        Value::Array(items) if !items.is_empty() && (depth < 6 && rng.below(3) != 0) => {
            let i = rng.below(items.len());
            match rng.below(6) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.insert(i, copy);
                }
                2 => {
                    let j = rng.below(items.len());
                    items.swap(i, j);
                }
                _ => mutate_value(rng, &mut items[i], depth + 1),
            }
        }
        Value::String(s) if rng.one_in(2) => {
            // Enum names, ids and dates, a little off.
            let choices = ["day", "range", "unknown", "before", "minute", "Day", "claim", "reported", "", " ", "nato", "a1", "e1"];
            *s = if rng.one_in(2) { (rng.choose(&choices)).to_owned() } else { super::dates::random_date_text(rng) };
        }
        other => *other = leaf(rng),
    }
}

/// JSON text of `v`: compact, indented, or with random white space.
fn write_value(rng: &mut Rng, v: &Value) -> Vec<u8> {
    match rng.below(3) {
        0 => serde_json::to_vec(v).expect("a Value serialises"),
        1 => serde_json::to_vec_pretty(v).expect("a Value serialises"),
        _ => {
            let compact = serde_json::to_vec(v).expect("a Value serialises");
            let mut out = Vec::with_capacity(compact.len() * 2);
            let mut last = 0;
            for tok in tokens(&compact) {
                out.extend_from_slice(&compact[last..tok.end]);
                last = tok.end;
                if rng.one_in(3) {
                    out.extend_from_slice(rng.choose(&[&b" "[..], b"\n", b"\r\n", b"\t  "]));
                }
            }
            out
        }
    }
}

/// One random input from the seeds.
pub fn random_input(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    // The small seeds most of the time: more executions; the sample sometimes.
    let pick = |rng: &mut Rng| -> &Vec<u8> { if rng.one_in(8) { &seeds[3] } else { rng.pick(seeds) } };
    let mut b = pick(rng).clone();
    if rng.one_in(3)
        && let Ok(mut v) = serde_json::from_slice::<Value>(&b)
    {
        for _ in 0..1 + rng.small(4) {
            mutate_value(rng, &mut v, 0);
        }
        b = write_value(rng, &v);
        if rng.one_in(2) {
            return b;
        }
    }
    let other = pick(rng).clone();
    for _ in 0..1 + rng.small(8) {
        mutate::mutate_once(rng, &mut b, &other);
    }
    if rng.one_in(50) {
        b = mutate::utf16(&b, rng.one_in(2), rng.one_in(2));
    }
    b
}

pub fn random(t: &mut Target, rng: &mut Rng, budget: Duration) {
    let seeds = seeds();
    let until = Instant::now() + budget;
    while Instant::now() < until && !t.stopped {
        let input = random_input(rng, &seeds);
        t.run(input);
    }
}

// ---------------------------------------------------------------------------------------------
// Large files: several pieces (8 MB and up) and several blocks (above 32 MB).

/// A generated dataset of at least `min_bytes`.
pub fn large(min_bytes: usize, seed: u64) -> Vec<u8> {
    let mut events = min_bytes / 300;
    loop {
        let b = generate_bytes(&Params { events, lanes: 6, years: 3.0, articles: 0, seed, pretty: seed.is_multiple_of(2) }).0;
        if b.len() >= min_bytes {
            return b;
        }
        events = events * min_bytes / b.len() + 100;
    }
}

/// Where the fast parser will guess its cuts in `b` (for 2 to 5 pieces), and block edges.
fn cut_points(b: &[u8]) -> Vec<usize> {
    let open = b.windows(10).position(|w| w == b"\"events\":[").unwrap_or(0);
    let mut out = Vec::new();
    for pieces in 2..=(b.len() >> 22).clamp(2, 5) {
        for i in 1..pieces {
            out.push(open + (b.len() - open) * i / pieces);
        }
    }
    let mut k = BLOCK;
    while k < b.len() {
        out.push(k);
        k += BLOCK;
    }
    out
}

/// One edit near a cut point of a large file: a window around it is mutated.
pub fn large_mutant(rng: &mut Rng, base: &[u8], small_seeds: &[Vec<u8>]) -> Vec<u8> {
    let cuts = cut_points(base);
    let at = (rng.choose(&cuts) as i64 + rng.range(-3000, 3000)).clamp(0, base.len() as i64) as usize;
    let (from, to) = (at.saturating_sub(2048), (at + 2048).min(base.len()));
    let mut window = base[from..to].to_vec();
    match rng.below(6) {
        0 => {
            // A fake event boundary inside a string: `},{"id":…` in a title.
            let toks = tokens(&window);
            if let Some(s) = toks.iter().find(|x| x.kind == TokKind::String && x.start > 100) {
                window = insert(&window, s.start + 1, br#"x\"},{\"id\":\"fake\",\"lane\":\"l\"}, {\""#);
            }
        }
        1 => {
            // The cut exactly at a bad byte, a NUL or a deep value.
            let toks = tokens(&window);
            if let Some(x) = toks.iter().find(|x| x.start >= at - from && b"}".contains(&window[x.start])) {
                let with: Vec<u8> = match rng.below(3) {
                    0 => (rng.choose(BAD_UTF8)).to_vec(),
                    1 => b"\0".to_vec(),
                    _ => format!(",\"deep\":{}", nested(rng.choose(&[126, 127, 128, 129]), rng.below(3), "1")).into_bytes(),
                };
                window = insert(&window, x.start, &with);
            }
        }
        2 => {
            // A multi-byte character across the cut.
            window = insert(&window, at - from, "é€😀".as_bytes());
        }
        3 => {
            // Truncated here.
            return base[..at].to_vec();
        }
        _ => {
            let other = rng.pick(small_seeds);
            for _ in 0..1 + rng.small(4) {
                mutate::mutate_once(rng, &mut window, other);
            }
        }
    }
    let mut out = Vec::with_capacity(base.len() + window.len());
    out.extend_from_slice(&base[..from]);
    out.extend_from_slice(&window);
    out.extend_from_slice(&base[to..]);
    out
}
