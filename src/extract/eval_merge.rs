//! Measuring merging: the drafts of every article, in order of publication,
//! are matched on arrival (`--merge auto`); then each cross-article pair of
//! sources joined into one event is checked against the reference clusters
//! (occasions), and each occasion reported by several articles is checked
//! for having been joined.

use super::dataset::new_dataset;
use super::eval::{GoldEvent, match_events};
use super::gazetteer::Gazetteer;
use crate::corroborate::{MergeMode, arrival::corroborate};
use crate::model::{Article, Event, EventIndex, validate::validate};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Marks each draft's source with its number while merging is measured.
const DRAFT_KEY: &str = "_eval_draft";

pub const MERGE_RULE: &str = "merging: drafts of all articles matched on arrival in publication order (--merge auto); a joined pair of sources from two articles is right when both stand for reference events of one cluster (occasion): a draft stands for the reference event matched to it one to one, and for any other of its paragraph and lane, of its kind family, whose words its quote holds; an occasion counts as joined when reports of it from two articles end up in one event";

#[derive(Debug, Clone, Default)]
pub struct MergeScore {
    /// Cross-article source pairs joined, and how many of them belong to one occasion.
    pub pairs: usize,
    pub right_pairs: usize,
    /// Joined pairs where a source matches no reference event (counted wrong).
    pub unmatched_pairs: usize,
    /// Occasions with reference events in two or more articles.
    pub occasions: usize,
    /// ... of which both reports were extracted (matched a draft) in at least two articles.
    pub possible: usize,
    pub joined: usize,
    /// Wrong joins and missed occasions, for `--details`.
    pub wrong: Vec<String>,
    pub missed: Vec<String>,
}

impl MergeScore {
    pub fn precision(&self) -> f64 {
        if self.pairs == 0 { 1.0 } else { self.right_pairs as f64 / self.pairs as f64 }
    }
    pub fn recall(&self) -> f64 {
        if self.occasions == 0 { 1.0 } else { self.joined as f64 / self.occasions as f64 }
    }
}

/// `extracted`: per article (gold file name, article, its drafts).
pub fn score_merging(gold: &[GoldEvent], mut extracted: Vec<(String, Article, Vec<Event>)>, g: &Gazetteer) -> MergeScore {
    extracted.sort_by(|a, b| (&a.1.published, &a.0).cmp(&(&b.1.published, &b.0)));
    let refs = References::number(gold, &mut extracted, g);
    let (merged, draft_ids) = merge_all(&extracted, g);
    let mut m = MergeScore::default();
    let joined = score_pairs(&mut m, &refs, &merged, &draft_ids);
    score_occasions(&mut m, &refs, &extracted, &joined);
    m
}

/// Which reference events each draft stands for, by draft number (in
/// publication order). Its source carries the number through merging: two
/// drafts of one article may cite the same passage, so the passage does not
/// say which.
struct References<'g> {
    gold: &'g [GoldEvent],
    /// The reference event matched one to one (as extraction is scored), then
    /// any other of its article, paragraph and lane that the draft's quote
    /// holds as well and that is of the draft's kind family: one sentence
    /// may report a statement and the decision it tells, and one draft of it
    /// (a statement) stands for the statement even when the one-to-one
    /// matching gave it the decision.
    of: HashMap<usize, Vec<usize>>,
    /// Article id → gold file name.
    name_of: HashMap<String, String>,
}

impl<'g> References<'g> {
    /// Matches each article's drafts with its reference events and marks
    /// each draft's source with its number (`DRAFT_KEY`).
    fn number(gold: &'g [GoldEvent], extracted: &mut [(String, Article, Vec<Event>)], g: &Gazetteer) -> Self {
        let mut refs = References { gold, of: HashMap::new(), name_of: HashMap::new() };
        let mut first = 0;
        for (name, article, events) in extracted.iter_mut() {
            refs.name_of.insert(article.id.clone(), name.clone());
            let own: Vec<usize> = (0..gold.len()).filter(|&i| gold[i].article == *name).collect();
            let own_gold: Vec<GoldEvent> = own.iter().map(|&i| gold[i].clone()).collect();
            for (gi, ei) in match_events(&own_gold, events, g) {
                refs.of.entry(first + ei).or_default().push(own[gi]);
            }
            for (ei, e) in events.iter().enumerate() {
                let held = own.iter().copied().filter(|&gi| {
                    family(gold[gi].kind.as_deref()) == family(Some(e.kind.name()))
                        && !match_events(std::slice::from_ref(&gold[gi]), std::slice::from_ref(e), g).is_empty()
                });
                let list = refs.of.entry(first + ei).or_default();
                for gi in held {
                    if !list.contains(&gi) {
                        list.push(gi);
                    }
                }
                if list.is_empty() {
                    refs.of.remove(&(first + ei));
                }
            }
            for (k, e) in events.iter_mut().enumerate() {
                e.sources[0].rare.extra.insert(DRAFT_KEY.into(), serde_json::Value::from(first + k));
            }
            first += events.len();
        }
        refs
    }

    fn cluster(&self, gi: usize) -> String {
        self.gold[gi].cluster.clone().unwrap_or_else(|| format!("#{}", self.gold[gi].id))
    }

    /// The occasions draft `k` stands for.
    fn clusters(&self, k: usize) -> Vec<String> {
        self.of.get(&k).into_iter().flatten().map(|&gi| self.cluster(gi)).collect()
    }

    /// The reference event a draft was matched with one to one (for naming it).
    fn first(&self, k: usize) -> Option<usize> {
        self.of.get(&k).and_then(|l| l.first()).copied()
    }
}

/// The family of a reference or extracted kind, as matching groups them
/// (statements, claims and accusations are one; see `same_event`).
fn family(kind: Option<&str>) -> Option<&str> {
    match kind? {
        "statement" | "claim" | "accusation" => Some("speech"),
        k => Some(k),
    }
}

fn draft_of(s: &crate::model::Source) -> Option<usize> {
    s.rare.extra.get(DRAFT_KEY).and_then(|v| v.as_u64()).map(|k| k as usize)
}

/// The drafts of every article matched on arrival into an empty dataset
/// (`--merge auto`), and each draft's own id by number.
fn merge_all(extracted: &[(String, Article, Vec<Event>)], g: &Gazetteer) -> (Vec<Event>, Vec<String>) {
    let empty = new_dataset(g, Vec::new());
    let index = EventIndex::build(&empty, validate(&empty).expect("an empty dataset with lanes is valid"));
    let mut drafts: Vec<Event> = extracted.iter().flat_map(|(_, _, e)| e.iter().cloned()).collect();
    let draft_ids: Vec<String> = drafts.iter().map(|e| e.id.to_string()).collect();
    corroborate(&empty, &index, &mut drafts, MergeMode::Auto);
    (drafts, draft_ids)
}

/// Counts every cross-article pair of sources joined in one event, right
/// when both stand for reference events of one occasion; returns the
/// occasions joined.
fn score_pairs(m: &mut MergeScore, refs: &References, merged: &[Event], draft_ids: &[String]) -> BTreeSet<String> {
    let mut joined = BTreeSet::new();
    for e in merged {
        let sources: Vec<(&str, Option<usize>, &str)> = e.sources.iter().map(|s| (s.article.as_str(), draft_of(s), &*s.quote)).collect();
        for (i, &(a, ka, qa)) in sources.iter().enumerate() {
            for &(b, kb, qb) in &sources[i + 1..] {
                if a == b {
                    continue;
                }
                m.pairs += 1;
                let id = |k: Option<usize>| k.and_then(|k| draft_ids.get(k)).map_or("?", String::as_str);
                let (ca, cb) = (ka.map(|k| refs.clusters(k)).unwrap_or_default(), kb.map(|k| refs.clusters(k)).unwrap_or_default());
                let (ra, rb) = (ka.and_then(|k| refs.first(k)), kb.and_then(|k| refs.first(k)));
                if let Some(c) = ca.iter().find(|c| cb.contains(c)) {
                    m.right_pairs += 1;
                    joined.insert(c.clone());
                } else if let (Some(x), Some(y)) = (ra, rb) {
                    m.wrong.push(format!("x {} ({}) joined to {} ({})", refs.gold[x].id, id(ka), refs.gold[y].id, id(kb)));
                } else {
                    m.unmatched_pairs += 1;
                    let name = |r: Option<usize>| r.map_or("none", |x| refs.gold[x].id.as_str());
                    m.wrong.push(format!(
                        "x {} \"{}\" ({}) joined to {} \"{}\" ({}); one matches no reference event",
                        name(ra),
                        clip(qa),
                        id(ka),
                        name(rb),
                        clip(qb),
                        id(kb)
                    ));
                }
            }
        }
    }
    joined
}

/// Counts the occasions reported by several of the evaluated articles, and
/// of those the ones joined; lists the others with what kept them apart.
fn score_occasions(m: &mut MergeScore, refs: &References, extracted: &[(String, Article, Vec<Event>)], joined: &BTreeSet<String>) {
    let gold = refs.gold;
    let evaluated: BTreeSet<&str> = extracted.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut occasions: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for ge in gold.iter().filter(|ge| ge.cluster.is_some() && evaluated.contains(ge.article.as_str())) {
        occasions.entry(ge.cluster.clone().expect("filtered")).or_default().insert(ge.article.as_str());
    }
    // Occasion → the articles where a draft stands for one of its reports.
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let articles_in_order: Vec<&str> = extracted.iter().flat_map(|(_, a, e)| e.iter().map(move |_| a.id.as_str())).collect();
    for &k in refs.of.keys() {
        for c in refs.clusters(k) {
            found.entry(c).or_default().insert(refs.name_of[articles_in_order[k]].clone());
        }
    }
    for (c, articles) in occasions.iter().filter(|(_, a)| a.len() >= 2) {
        m.occasions += 1;
        let possible = found.get(c).is_some_and(|f| f.len() >= 2);
        m.possible += possible as usize;
        if joined.contains(c) {
            m.joined += 1;
        } else {
            let list = articles.iter().copied().collect::<Vec<_>>().join(", ");
            let why = if possible { closest(c, refs, extracted) } else { "not extracted in two articles".into() };
            m.missed.push(format!("- {c}: {list}: {why}"));
        }
    }
}

/// For an occasion whose reports were extracted but not joined: the pair of
/// drafts from two articles that came closest, and what kept them apart.
fn closest(c: &str, refs: &References, extracted: &[(String, Article, Vec<Event>)]) -> String {
    use crate::corroborate::same_event::{Report, explain};
    let mine: Vec<&Event> = extracted
        .iter()
        .flat_map(|(_, _, events)| events)
        .filter(|e| draft_of(&e.sources[0]).is_some_and(|k| refs.clusters(k).iter().any(|x| x == c)))
        .collect();
    let span = |e: &Event| {
        let parse = |v: &Option<crate::model::SmallText>| v.as_deref().map(crate::model::time::parse_instant).transpose().ok().flatten();
        crate::model::time::event_span(e.precision, parse(&e.start), parse(&e.end)).ok().flatten()
    };
    let mut out = Vec::new();
    for (i, a) in mine.iter().enumerate() {
        for b in &mine[i + 1..] {
            if a.sources[0].article != b.sources[0].article {
                let why = explain(&Report::new(a, span(a)), &Report::new(b, span(b)));
                out.push(format!("{} / {}: {why}", a.id, b.id));
            }
        }
    }
    out.truncate(3);
    out.join("; ")
}

fn clip(s: &str) -> String {
    crate::model::problem::clip_to(s, 60).into_owned()
}

pub fn format_merging(m: &MergeScore, details: bool) -> String {
    let mut out = format!(
        "\n{MERGE_RULE}\nmerge precision {:.3} ({} of {} cross-article pairs right; {} with a source matching no reference event)\nmerge recall {:.3} ({} of {} occasions reported by several articles joined; {} had reports extracted in two or more)\n",
        m.precision(),
        m.right_pairs,
        m.pairs,
        m.unmatched_pairs,
        m.recall(),
        m.joined,
        m.occasions,
        m.possible
    );
    if details {
        for line in m.wrong.iter().chain(&m.missed) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::eval::Reference;
    use crate::model::{Kind, Precision, Source};

    fn gold(id: &str, article: &str, quote: &str, cluster: &str) -> GoldEvent {
        GoldEvent {
            id: id.into(),
            article: article.into(),
            paragraph: 1,
            lane: "NATO".into(),
            quote: quote.into(),
            reference: Reference::Undated,
            precision: "none".into(),
            kind: None,
            verification: None,
            cluster: Some(cluster.into()),
        }
    }

    fn item(name: &str, published: &str, quotes: &[&str]) -> (String, Article, Vec<Event>) {
        let id = name.trim_end_matches(".txt").to_owned();
        let article = Article { id: id.clone(), published: Some(published.into()), ..Default::default() };
        let events = quotes
            .iter()
            .enumerate()
            .map(|(k, q)| Event {
                id: format!("{id}-{k}").into(),
                lane: "nato".into(),
                title: (*q).into(),
                actor: Some("Stoltenberg".into()),
                kind: Kind::Statement,
                start: Some("2022-03-24".into()),
                precision: Precision::Day,
                sources: vec![Source { article: id.as_str().into(), paragraph: 1, quote: (*q).into(), ..Default::default() }],
                ..Default::default()
            })
            .collect();
        (name.into(), article, events)
    }

    const CW: &str = "Stoltenberg said any use of chemical weapons would totally change the nature of the conflict";
    const CW2: &str = "Any use of chemical weapons would totally change the nature of the conflict, Stoltenberg warned";
    const NORWAY: &str = "Stoltenberg thanked Norway for hosting the ministers";
    const AID: &str = "Stoltenberg said allies agreed to send more air defence systems to Kyiv";

    #[test]
    fn right_and_wrong_joins_and_missed_occasions_are_counted() {
        let g = Gazetteer::builtin();
        let golds = vec![
            gold("a1", "a.txt", CW, "CW"),
            gold("a2", "a.txt", NORWAY, "NORWAY"),
            gold("b1", "b.txt", CW2, "CW"),
            gold("b2", "b.txt", AID, "AID"),
            gold("c1", "c.txt", AID, "AID-OTHER-DAY"),
            gold("c2", "c.txt", "Stoltenberg thanked Norway", "NORWAY"),
        ];
        let items =
            vec![item("b.txt", "2022-03-24", &[CW2, AID]), item("a.txt", "2022-03-24", &[CW, NORWAY]), item("c.txt", "2022-03-25", &[AID])];
        let m = score_merging(&golds, items, &g);
        // CW joined (right); AID joined to c's AID, which the reference calls another occasion (wrong).
        assert_eq!((m.pairs, m.right_pairs), (2, 1), "{:?}", m.wrong);
        assert_eq!((m.occasions, m.joined), (2, 1), "CW joined; NORWAY (a, c) missed");
        assert!(m.missed.iter().any(|l| l.contains("NORWAY")));
        assert_eq!(m.possible, 1, "c's Norway report was not extracted");
    }

    #[test]
    fn a_draft_stands_for_the_reference_of_its_kind_in_its_sentence() {
        let g = Gazetteer::builtin();
        // One sentence, two reference events: the statement and the decision it tells.
        let told = "Stoltenberg told reporters that allies agreed to send more air defence systems to Kyiv";
        let mut golds = vec![
            gold("a1", "a.txt", "Stoltenberg told reporters", "TOLD"),
            gold("a2", "a.txt", "allies agreed to send more air defence systems to Kyiv", "AGREED"),
            gold("b1", "b.txt", told, "TOLD"),
        ];
        (golds[0].kind, golds[1].kind, golds[2].kind) = (Some("statement".into()), Some("decision".into()), Some("statement".into()));
        let items = vec![item("a.txt", "2022-03-24", &[told]), item("b.txt", "2022-03-24", &[told])];
        let m = score_merging(&golds, items.clone(), &g);
        // Matched one to one, a's draft is the decision (the closer quote); a
        // statement, it stands for the statement its sentence holds too.
        assert_eq!((m.pairs, m.right_pairs), (1, 1), "{:?}", m.wrong);
        assert_eq!((m.occasions, m.joined), (1, 1));
        // A reference of another kind family is not stood for.
        golds[0].kind = Some("meeting".into());
        let m = score_merging(&golds, items, &g);
        assert_eq!((m.pairs, m.right_pairs), (1, 0), "{:?}", m.wrong);
    }
}
