//! Draft events into a dataset file: a new one, or added to an existing one,
//! written atomically (temp file in the same folder, then rename).

use super::gazetteer::Gazetteer;
use crate::corroborate::MergeMode;
use crate::corroborate::arrival::{Outcome, corroborate};
use crate::model::{Article, Dataset, Event, EventIndex, Lane, validate::validate};

pub const FORMAT: &str = "chronolens/1";

fn lanes_of(g: &Gazetteer) -> Vec<Lane> {
    g.lanes.iter().map(|l| Lane { id: l.id.clone(), label: l.label.clone(), color: l.color.clone(), extra: Default::default() }).collect()
}

/// A new dataset holding the articles, their drafts and every gazetteer lane.
pub fn new_dataset(g: &Gazetteer, items: Vec<(Article, Vec<Event>)>) -> Dataset {
    let title = match items.as_slice() {
        [(a, _)] => format!("Draft events: {}", a.title),
        _ => format!("Draft events from {} articles", items.len()),
    };
    let mut ds = Dataset { format: Some(FORMAT.to_owned()), title: Some(title), lanes: lanes_of(g), ..Default::default() };
    for (a, events) in items {
        ds.articles.push(a);
        ds.events.extend(events.into_iter().map(Box::new));
    }
    ds
}

/// Adds articles and drafts to `ds`: missing lanes are added, an article already
/// in it is an error, clashing event ids get a suffix.
pub fn add_to_dataset(ds: &mut Dataset, g: &Gazetteer, items: Vec<(Article, Vec<Event>)>) -> Result<(), String> {
    let ids: std::collections::HashSet<&str> = ds.events.iter().map(|e| e.id.as_str()).collect();
    let more = additions(ds, g, items, |id| ids.contains(id))?;
    drop(ids);
    ds.lanes.extend(more.lanes);
    ds.articles.extend(more.articles);
    ds.events.extend(more.events.into_iter().map(Box::new));
    Ok(())
}

/// Adds articles and drafts to `ds` (indexed by `index`), matching each draft
/// against the events already there and the drafts before it (see
/// `corroborate::arrival`): joined at once, proposed with `same_as`, or not.
pub fn add_corroborated(
    ds: &mut Dataset,
    index: &EventIndex,
    g: &Gazetteer,
    items: Vec<(Article, Vec<Event>)>,
    mode: MergeMode,
) -> Result<Outcome, String> {
    let mut more = additions(ds, g, items, |id| index.event_ids.contains_key(id))?;
    let outcome = corroborate(ds, index, &mut more.events, mode);
    for (e, event) in &outcome.updated {
        *ds.events[*e as usize] = event.clone();
    }
    ds.lanes.extend(more.lanes);
    ds.articles.extend(more.articles);
    ds.events.extend(more.events.into_iter().map(Box::new));
    Ok(outcome)
}

/// A new dataset of the articles and their drafts, matched among themselves.
pub fn new_corroborated(g: &Gazetteer, items: Vec<(Article, Vec<Event>)>, mode: MergeMode) -> (Dataset, Outcome) {
    let mut ds = new_dataset(g, items);
    let lanes_only = Dataset { lanes: ds.lanes.clone(), ..Default::default() };
    let index = EventIndex::build(&lanes_only, validate(&lanes_only).expect("lanes only: valid"));
    let mut drafts: Vec<Event> = std::mem::take(&mut ds.events).into_iter().map(|e| *e).collect();
    let outcome = corroborate(&lanes_only, &index, &mut drafts, mode);
    ds.events = drafts.into_iter().map(Box::new).collect();
    (ds, outcome)
}

/// What adding articles and their drafts to `ds` appends to each list.
pub struct Additions {
    pub lanes: Vec<Lane>,
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
}

/// The records `add_to_dataset` would append, computed without changing `ds`;
/// `event_id_taken` answers for the events already in it.
pub fn additions(
    ds: &Dataset,
    g: &Gazetteer,
    items: Vec<(Article, Vec<Event>)>,
    event_id_taken: impl Fn(&str) -> bool,
) -> Result<Additions, String> {
    // Only the lanes the drafts need: the user's arrangement of lanes stays as it is otherwise.
    let used = |id: &str| items.iter().any(|(_, drafts)| drafts.iter().any(|e| e.lane == id));
    let lanes: Vec<Lane> = lanes_of(g).into_iter().filter(|lane| !ds.lanes.iter().any(|l| l.id == lane.id) && used(&lane.id)).collect();
    let mut articles: Vec<Article> = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut new_ids = std::collections::HashSet::new();
    for (a, drafts) in items {
        if ds.articles.iter().chain(&articles).any(|x| x.id == a.id) {
            return Err(format!("already holds an article \"{}\" (remove it first, or rename the article file)", a.id));
        }
        articles.push(a);
        for mut e in drafts {
            let base = e.id.clone();
            let mut n = 2;
            while event_id_taken(&e.id) || new_ids.contains(&e.id) {
                e.id = format!("{base}-{n}").into();
                n += 1;
            }
            new_ids.insert(e.id.clone());
            events.push(e);
        }
    }
    Ok(Additions { lanes, articles, events })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str) -> (Article, Vec<Event>) {
        let a = Article { id: id.into(), title: "T".into(), paragraphs: vec!["T".into()], ..Default::default() };
        let e = Event { id: format!("{id}-x01").into(), lane: "nato".into(), title: "t".into(), ..Default::default() };
        (a, vec![e])
    }

    #[test]
    fn adding_keeps_lanes_and_refuses_duplicate_articles() {
        let g = Gazetteer::builtin();
        let mut ds =
            Dataset { lanes: vec![Lane { id: "nato".into(), label: "Alliance".into(), ..Default::default() }], ..Default::default() };
        ds.events.push(Box::new(Event { id: "a-x01".into(), ..Default::default() }));
        add_to_dataset(&mut ds, &g, vec![item("a")]).unwrap();
        assert_eq!(ds.lanes.len(), 1, "no lane the drafts do not need");
        assert_eq!(ds.lanes[0].label, "Alliance", "an existing lane is kept as the user made it");
        assert_eq!(ds.events[1].id, "a-x01-2");
        let (article, mut drafts) = item("b");
        drafts[0].lane = "russia".into();
        add_to_dataset(&mut ds, &g, vec![(article, drafts)]).unwrap();
        assert_eq!(ds.lanes.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["nato", "russia"], "a lane a draft needs is added");
        assert!(add_to_dataset(&mut ds, &g, vec![item("a")]).unwrap_err().contains("already holds an article \"a\""));
    }
}
