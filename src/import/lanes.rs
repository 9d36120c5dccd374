//! Which lane an imported record goes to: a lane the dataset already has, a
//! gazetteer lane (added when missing), or a new lane named by the input.

use super::LaneWish;
use crate::extract::Gazetteer;
use crate::extract::gazetteer::What;
use crate::extract::text::tokenize;
use crate::model::Lane;

/// The lane a gazetteer mention places its phrase in (`None`: a title that names no side).
fn lane_of(g: &Gazetteer, what: What) -> Option<usize> {
    match what {
        What::Person(p) => Some(g.people[p].lane),
        What::Title(l) => l,
        What::Group(l) | What::Demonym(l) | What::Place(l) => Some(l),
    }
}

/// The lane of an actor's name: its strongest mention (a person beats a
/// title, a group, a demonym, a place), the first of equals. Parentheses are
/// left out: ACLED writes where an actor is from or when it existed there
/// ("Protesters (Ukraine)", "Military Forces of Russia (2022-)"), which does
/// not make protesters Ukrainian officials.
pub fn actor_lane(g: &Gazetteer, actor: &str) -> Option<usize> {
    let name = without_parentheses(actor);
    let tokens = tokenize(&name, 0);
    let mut best: Option<(u8, usize)> = None;
    for m in g.mentions(&tokens, 0..tokens.len(), &[]) {
        if let Some(l) = lane_of(g, m.what)
            && best.is_none_or(|(rank, _)| m.what.rank() > rank)
        {
            best = Some((m.what.rank(), l));
        }
    }
    best.map(|(_, l)| l)
}

/// The actor of a headline and their lane: the speaker before a colon
/// ("Stoltenberg: Russia may …"), else the first person, group or demonym
/// named ("Russia claims …"). Places are not actors.
pub fn headline_actor(g: &Gazetteer, headline: &str) -> (Option<String>, Option<usize>) {
    if let Some((who, rest)) = headline.split_once(": ")
        && !who.trim().is_empty()
        && who.chars().count() <= 60
        && !rest.trim().is_empty()
    {
        let who = who.trim();
        let lane = actor_lane(g, who);
        if lane.is_some() {
            return (Some(person_name(g, who).unwrap_or_else(|| who.to_owned())), lane);
        }
    }
    let tokens = tokenize(headline, 0);
    for m in g.mentions(&tokens, 0..tokens.len(), &[]) {
        if matches!(m.what, What::Place(_)) {
            continue;
        }
        if let Some(l) = lane_of(g, m.what) {
            let actor = match m.what {
                What::Person(p) => Some(g.people[p].name.clone()),
                _ => None,
            };
            return (actor, Some(l));
        }
    }
    (None, None)
}

/// The full name of the person `text` names ("Stoltenberg" → "Jens Stoltenberg").
fn person_name(g: &Gazetteer, text: &str) -> Option<String> {
    let tokens = tokenize(text, 0);
    g.mentions(&tokens, 0..tokens.len(), &[]).into_iter().find_map(|m| match m.what {
        What::Person(p) => Some(g.people[p].name.clone()),
        _ => None,
    })
}

fn without_parentheses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The dataset's lanes and the ones an import adds, found by id or label.
pub struct LaneBook<'a> {
    existing: &'a [Lane],
    pub added: Vec<Lane>,
    g: &'a Gazetteer,
}

impl<'a> LaneBook<'a> {
    pub fn new(existing: &'a [Lane], g: &'a Gazetteer) -> Self {
        LaneBook { existing, added: Vec::new(), g }
    }

    fn all(&self) -> impl Iterator<Item = &Lane> {
        self.existing.iter().chain(&self.added)
    }

    /// The id of the lane called `name` (id or label, any case).
    fn named(&self, name: &str) -> Option<String> {
        let name = name.trim();
        let l = self
            .all()
            .find(|l| l.id == name)
            .or_else(|| self.all().find(|l| l.id.eq_ignore_ascii_case(name) || l.label.to_lowercase() == name.to_lowercase()));
        l.map(|l| l.id.clone())
    }

    /// The lane for `wish`, added when the dataset lacks it.
    pub fn lane(&mut self, wish: &LaneWish) -> String {
        match wish {
            LaneWish::Gazetteer(i) => self.gazetteer_lane(i.unwrap_or(self.g.default_lane)),
            LaneWish::Group(name) => self.group(name),
        }
    }

    /// Gazetteer lane `i`: the dataset's lane of that id, else of that label, else added.
    fn gazetteer_lane(&mut self, i: usize) -> String {
        let info = &self.g.lanes[i];
        if let Some(l) = self.all().find(|l| l.id == info.id) {
            return l.id.clone();
        }
        if let Some(l) = self.all().find(|l| l.label.to_lowercase() == info.label.to_lowercase()) {
            return l.id.clone();
        }
        self.added.push(Lane { id: info.id.clone(), label: info.label.clone(), color: info.color.clone(), extra: Default::default() });
        info.id.clone()
    }

    /// A named group: a lane of that id or label, else the gazetteer's lane of
    /// that id or label or that the name places, else a new lane of that name.
    fn group(&mut self, name: &str) -> String {
        let name = name.trim();
        if let Some(id) = self.named(name) {
            return id;
        }
        let g = self.g;
        let by_name = g.lanes.iter().position(|l| l.id.eq_ignore_ascii_case(name) || l.label.to_lowercase() == name.to_lowercase());
        if let Some(i) = by_name.or_else(|| actor_lane(g, name)) {
            return self.gazetteer_lane(i);
        }
        let base: String = name.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
        let base = base.split('-').filter(|s| !s.is_empty()).collect::<Vec<_>>().join("-");
        let base = if base.is_empty() { "lane".to_owned() } else { base };
        let mut id = base.clone();
        let mut n = 2;
        while self.all().any(|l| l.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.added.push(Lane { id: id.clone(), label: name.to_owned(), color: None, extra: Default::default() });
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_find_their_lanes_without_their_parentheses() {
        let g = Gazetteer::builtin();
        let id = |l: Option<usize>| l.map(|i| g.lanes[i].id.as_str());
        assert_eq!(id(actor_lane(&g, "Military Forces of Russia (2022-)")), Some("russia"));
        assert_eq!(id(actor_lane(&g, "Military Forces of Ukraine (2019-)")), Some("ukraine"));
        assert_eq!(id(actor_lane(&g, "Protesters (Ukraine)")), None);
        assert_eq!(id(actor_lane(&g, "Wagner Group")), Some("russia"));
        assert_eq!(id(actor_lane(&g, "Unidentified Armed Group (Ukraine)")), None);
        assert_eq!(id(headline_actor(&g, "Stoltenberg: Russia may use chemical weapons").1), Some("nato"));
        assert_eq!(headline_actor(&g, "Stoltenberg: Russia may use chemical weapons").0.as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(id(headline_actor(&g, "Russia claims US assisting Ukraine").1), Some("russia"));
        assert_eq!(id(headline_actor(&g, "Kramatorsk shelled by Russian forces").1), Some("russia"), "a place is not an actor");
        assert_eq!(headline_actor(&g, "Something happened"), (None, None));
    }

    #[test]
    fn groups_match_lanes_then_the_gazetteer_then_become_lanes() {
        let g = Gazetteer::builtin();
        let existing = vec![Lane { id: "nato".into(), label: "Alliance".into(), ..Default::default() }];
        let mut book = LaneBook::new(&existing, &g);
        assert_eq!(book.lane(&LaneWish::Group("alliance".into())), "nato");
        assert_eq!(book.lane(&LaneWish::Group("NATO".into())), "nato");
        assert_eq!(book.lane(&LaneWish::Group("Ukrainian officials".into())), "ukraine");
        assert_eq!(book.lane(&LaneWish::Group("Kremlin".into())), "russia");
        assert_eq!(book.lane(&LaneWish::Group("Village Defence Unit".into())), "village-defence-unit");
        assert_eq!(book.lane(&LaneWish::Group("village defence unit".into())), "village-defence-unit");
        assert_eq!(book.lane(&LaneWish::Gazetteer(None)), "other");
        let added: Vec<(&str, &str)> = book.added.iter().map(|l| (l.id.as_str(), l.label.as_str())).collect();
        assert_eq!(
            added,
            [
                ("ukraine", "Ukrainian officials"),
                ("russia", "Russia"),
                ("village-defence-unit", "Village Defence Unit"),
                ("other", "Other")
            ]
        );
    }
}
