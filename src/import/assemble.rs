//! Records → what to append to a dataset and what to replace in it.
//!
//! A record with a stable id (ACLED's `event_id_cnty`, TimelineJS's
//! `unique_id`) that the dataset already holds replaces the event and the
//! article of that id, unless the input is as before (then the analyst's
//! review and edits stay). A replaced event keeps what the analyst added: its
//! sources from other articles, `notes` and `distinct_from`, and fields of its
//! own. A record with a made-up id gets a suffix when the id is taken, and is
//! left out when the dataset holds the same article already (re-importing
//! a TimelineJS sheet does not double it).

use super::lanes::LaneBook;
use super::{ImportError, Imported, Key, LaneWish, Parsed, Record, RowProblem};
use crate::extract::Gazetteer;
use crate::model::{Article, Dataset, Event};
use std::collections::{HashMap, HashSet};

pub(super) fn assemble(file: &str, parsed: Parsed, into: &Dataset, g: &Gazetteer, skip_bad_rows: bool) -> Result<Imported, ImportError> {
    let Parsed { format, records, mut problems, title, notes, delimiter } = parsed;
    let out = Imported { file: file.to_owned(), format, delimiter: delimiter.map(char::from), title, notes, ..Default::default() };
    let mut book = Book::new(into, g, out);
    for rec in records {
        let Record { at, line, key, lane, article, event, provenance } = rec;
        let placed = match key {
            Key::Stable(id) => book.place_stable(id, &lane, article, event, provenance),
            Key::Fresh(base) => {
                book.place_fresh(&base, &lane, article, event);
                Ok(())
            }
        };
        if let Err(message) = placed {
            problems.push(RowProblem { file: file.to_owned(), at, line, column: None, message });
        }
    }
    let mut out = book.out;
    out.lanes = book.lanes.added;
    finish(out, problems, skip_bad_rows)
}

/// What the records are placed against: the dataset's ids, the ids taken so
/// far, and the additions and replacements gathered.
struct Book<'d> {
    into: &'d Dataset,
    article_at: HashMap<&'d str, usize>,
    event_at: HashMap<&'d str, usize>,
    // Sources citing each article, built at the first replacement.
    citing: Option<HashMap<&'d str, Vec<usize>>>,
    // Articles of the same outlet, for made-up ids: (title, paragraphs).
    same_outlet: HashMap<String, HashSet<(&'d str, &'d [String])>>,
    used: HashSet<String>,
    lanes: LaneBook<'d>,
    out: Imported,
}

impl<'d> Book<'d> {
    fn new(into: &'d Dataset, g: &'d Gazetteer, out: Imported) -> Self {
        Book {
            into,
            article_at: into.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect(),
            event_at: into.events.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect(),
            citing: None,
            same_outlet: HashMap::new(),
            used: HashSet::new(),
            lanes: LaneBook::new(&into.lanes, g),
            out,
        }
    }

    /// A record with a stable id: added, or replacing the one imported before
    /// unless it is as before. `Err`: the row's problem.
    fn place_stable(&mut self, id: String, lane: &LaneWish, article: Article, mut event: Event, provenance: &str) -> Result<(), String> {
        if !self.used.insert(id.clone()) {
            return Err(format!("`{id}` is given twice"));
        }
        let (a, e) = (self.article_at.get(id.as_str()).copied(), self.event_at.get(id.as_str()).copied());
        if let (Some(a), Some(e)) = (a, e)
            && self.into.articles[a] == article
            && self.into.events[e].rare.extra.get(provenance) == event.rare.extra.get(provenance)
        {
            self.out.unchanged += 1;
            return Ok(());
        }
        // Other events quoting the old text must still find their quotes.
        if a.is_some()
            && let Some((i, p)) = self.stale_quote(&id, e, &article)
        {
            return Err(format!(
                "its text changed, but event \"{}\" quotes the old text of article \"{id}\" (paragraph {p}): edit or remove that source first",
                self.into.events[i].id
            ));
        }
        event.lane = self.lanes.lane(lane).into();
        match a {
            Some(a) => self.out.article_updates.push((a, article)),
            None => self.out.articles.push(article),
        }
        match e {
            Some(e) => self.out.event_updates.push((e, keep_analysts_work(&self.into.events[e], event, &id, provenance))),
            None => self.out.events.push(event),
        }
        if a.is_some() || e.is_some() {
            self.out.updated += 1;
        } else {
            self.out.added += 1;
        }
        Ok(())
    }

    /// The first event other than `replaced` that quotes article `id` where the
    /// new `article` no longer has the quote: (event index, paragraph).
    fn stale_quote(&mut self, id: &str, replaced: Option<usize>, article: &Article) -> Option<(usize, usize)> {
        let into = self.into;
        let citing = self.citing.get_or_insert_with(|| citing_index(into));
        citing.get(id).into_iter().flatten().copied().filter(|&i| Some(i) != replaced).find_map(|i| {
            into.events[i]
                .sources
                .iter()
                .find(|s| s.article == id && !article.paragraphs.get(s.paragraph).is_some_and(|p| p.contains(&*s.quote)))
                .map(|s| (i, s.paragraph))
        })
    }

    /// A record with a made-up id: left out when its outlet already has the
    /// same article, else added under a free id.
    fn place_fresh(&mut self, base: &str, lane: &LaneWish, mut article: Article, mut event: Event) {
        let into = self.into;
        let outlet = article.outlet.clone().unwrap_or_default();
        let known = self.same_outlet.entry(outlet.clone()).or_insert_with(|| {
            into.articles
                .iter()
                .filter(|a| a.outlet.as_deref().unwrap_or_default() == outlet)
                .map(|a| (a.title.as_str(), a.paragraphs.as_slice()))
                .collect()
        });
        if known.contains(&(article.title.as_str(), article.paragraphs.as_slice())) {
            self.out.unchanged += 1;
            return;
        }
        let id = self.free_id(base);
        self.used.insert(id.clone());
        article.id = id.clone();
        event.id = id.as_str().into();
        for s in &mut event.sources {
            s.article = id.as_str().into();
        }
        event.lane = self.lanes.lane(lane).into();
        self.out.articles.push(article);
        self.out.events.push(event);
        self.out.added += 1;
    }

    /// `base`, or `base-2`, `base-3`… when the dataset or this import has it.
    fn free_id(&self, base: &str) -> String {
        let mut id = base.to_owned();
        let mut n = 2;
        while self.article_at.contains_key(id.as_str()) || self.event_at.contains_key(id.as_str()) || self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// For each article, the events with a source citing it.
fn citing_index(ds: &Dataset) -> HashMap<&str, Vec<usize>> {
    let mut m: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, ev) in ds.events.iter().enumerate() {
        for s in &ev.sources {
            m.entry(s.article.as_str()).or_default().push(i);
        }
    }
    m
}

/// The import, or its bad rows in row order: bad rows fail it unless they
/// may be skipped and some rows were good.
fn finish(mut out: Imported, mut problems: Vec<RowProblem>, skip_bad_rows: bool) -> Result<Imported, ImportError> {
    let good = out.added + out.updated + out.unchanged;
    let in_row_order = |problems: &mut Vec<RowProblem>| {
        problems.sort_by_key(|p| match p.at {
            super::Where::Row(n) | super::Where::Event(n) => n,
        })
    };
    if !problems.is_empty() && (!skip_bad_rows || good == 0) {
        in_row_order(&mut problems);
        return Err(ImportError::Rows { file: out.file, problems, good });
    }
    if good == 0 {
        return Err(ImportError::File { file: out.file, message: "has no events to import".into() });
    }
    in_row_order(&mut problems);
    out.skipped = problems;
    Ok(out)
}

/// The new version of an event imported before, keeping what the analyst
/// added to the old one: sources from other articles, notes, `distinct_from`
/// and fields chronolens does not know.
fn keep_analysts_work(old: &Event, mut new: Event, article: &str, provenance: &str) -> Event {
    new.sources.extend(old.sources.iter().filter(|s| s.article != article).cloned());
    new.rare.notes = old.rare.notes.clone();
    new.rare.distinct_from = old.rare.distinct_from.clone();
    for (k, v) in &old.rare.extra {
        if k != provenance {
            new.rare.extra.insert(k.clone(), v.clone());
        }
    }
    new
}

#[cfg(test)]
mod tests {
    use super::super::{PeerFormat, import_bytes};
    use crate::extract::Gazetteer;
    use crate::model::{Dataset, Source};

    const HEAD: &str = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,location,source,notes\n";

    fn import(into: &Dataset, csv: &str, skip: bool) -> Result<super::Imported, super::ImportError> {
        import_bytes("a.csv", "a.csv", csv.as_bytes(), Some(PeerFormat::Acled), into, &Gazetteer::builtin(), skip)
    }

    #[test]
    fn reimporting_replaces_by_id_and_keeps_the_analysts_work() {
        let first =
            format!("{HEAD}UKR1,24-03-2022,2022,1,Battles,Armed clash,Military Forces of Russia (2022-),Izium,Src,Fighting near Izium.\n");
        let mut ds = Dataset::default();
        let got = import(&ds, &first, false).unwrap();
        assert_eq!((got.added, got.updated, got.unchanged), (1, 0, 0));
        got.apply(&mut ds);
        assert_eq!(ds.lanes.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["russia"]);
        crate::model::validate::validate(&ds).unwrap();
        // The same file again: nothing changes, the review stays.
        ds.events[0].draft = None;
        let again = import(&ds, &first, false).unwrap();
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 1));
        // Changed notes: the event and article are replaced, the analyst's notes and other sources kept.
        ds.events[0].rare.notes = Some("checked".into());
        ds.articles.push(crate::model::Article {
            id: "other".into(),
            title: "T".into(),
            paragraphs: vec!["T".into(), "Izium".into()],
            ..Default::default()
        });
        ds.events[0].sources.push(Source { article: "other".into(), paragraph: 1, quote: "Izium".into(), ..Default::default() });
        let changed = first.replace("Fighting near Izium.", "Heavy fighting near Izium.");
        let upd = import(&ds, &changed, false).unwrap();
        assert_eq!((upd.added, upd.updated, upd.unchanged), (0, 1, 0));
        assert_eq!(upd.event_updates[0].0, 0);
        let e = &upd.event_updates[0].1;
        assert_eq!(e.sources.len(), 2);
        assert_eq!(&*e.sources[0].quote, "Heavy fighting near Izium.");
        assert_eq!((e.rare.notes.as_deref(), e.draft), (Some("checked"), Some(true)));
        upd.apply(&mut ds);
        assert_eq!((ds.events.len(), ds.articles.len()), (1, 2));
        crate::model::validate::validate(&ds).unwrap();
    }

    #[test]
    fn a_changed_text_that_another_event_quotes_is_a_bad_row() {
        let first = format!("{HEAD}UKR1,24-03-2022,2022,1,Battles,Armed clash,X,Izium,Src,Fighting near Izium.\n");
        let mut ds = Dataset::default();
        import(&ds, &first, false).unwrap().apply(&mut ds);
        let mut other = ds.events[0].clone();
        other.id = "mine".into();
        ds.events.push(other);
        let e = import(&ds, &first.replace("Fighting", "Clashes"), false).unwrap_err().to_string();
        assert!(e.contains("a.csv: row 2: its text changed, but event \"mine\" quotes the old text of article \"acled-UKR1\""), "{e}");
    }

    #[test]
    fn bad_rows_stop_the_import_unless_skipped() {
        let csv = format!(
            "{HEAD}UKR1,24-03-2022,2022,1,Battles,Armed clash,X,Izium,Src,Fighting.\nUKR2,24-13-2022,2022,1,Battles,Armed clash,X,Izium,Src,More.\n"
        );
        let e = import(&Dataset::default(), &csv, false).unwrap_err();
        assert!(matches!(&e, super::ImportError::Rows { problems, good: 1, .. } if problems.len() == 1), "{e}");
        assert!(e.to_string().ends_with("a.csv: 1 bad row, 1 good; nothing imported"), "{e}");
        let ok = import(&Dataset::default(), &csv, true).unwrap();
        assert_eq!((ok.added, ok.skipped.len()), (1, 1));
        assert_eq!(ok.summary(), "1 added, 0 updated, 1 bad row skipped");
        let all_bad = format!("{HEAD}UKR2,24-13-2022,2022,1,Battles,Armed clash,X,Izium,Src,More.\n");
        assert!(matches!(import(&Dataset::default(), &all_bad, true), Err(super::ImportError::Rows { good: 0, .. })));
        let e = import(&Dataset::default(), HEAD, true).unwrap_err().to_string();
        assert_eq!(e, "a.csv: has no events to import");
    }
}
