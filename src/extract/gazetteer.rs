//! The actor gazetteer (`assets/actors.json`): lanes, and the names, titles,
//! groups, demonyms and places that put an actor in a lane. Users edit it; a
//! copy is built into the binary so that `chronolens extract` works anywhere.

use super::text::{Token, phrase_words};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// The gazetteer shipped with chronolens.
pub const DEFAULT_ACTORS_JSON: &str = include_str!("../../assets/actors.json");
pub const DEFAULT_ACTORS_NAME: &str = "assets/actors.json (built in)";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    #[serde(default)]
    #[allow(dead_code)]
    about: serde_json::Value,
    lanes: Vec<LaneEntry>,
    /// Person titles that name no side by themselves ("president", "mayor").
    #[serde(default)]
    titles: Vec<String>,
    /// Lane of a named speaker nothing else places (a journalist, an analyst).
    default_lane: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LaneEntry {
    id: String,
    label: String,
    #[serde(default)]
    color: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: serde_json::Value,
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    /// Terms in the office the first title names: [from, until] ISO dates, until null while in office.
    #[serde(default)]
    in_office: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneInfo {
    pub id: String,
    pub label: String,
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub lane: usize,
    /// Each title as lower-case words, for "the president" → the last president named.
    pub titles: Vec<Vec<String>>,
    /// Terms in office (first day, day the term ended), for "The President." of a transcript
    /// that names nobody: who held the office on the day.
    pub in_office: Vec<(NaiveDate, Option<NaiveDate>)>,
}

/// What a matched phrase says about an actor. Ordered by how strongly it
/// identifies the speaker (a name beats a title beats a group ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// A place: lane only in a speaker's description ("mayor of Irpin").
    Place(usize),
    /// "Russian", "Ukrainian": the lane of whatever they qualify.
    Demonym(usize),
    /// An organisation, government, country or collective.
    Group(usize),
    /// A person's title; `None` when it names no side ("president").
    Title(Option<usize>),
    Person(usize),
}

impl What {
    pub fn rank(self) -> u8 {
        match self {
            What::Place(_) => 1,
            What::Demonym(_) => 2,
            What::Group(_) => 3,
            What::Title(_) => 4,
            What::Person(_) => 5,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub words: Vec<String>,
    pub what: What,
}

#[derive(Debug, Clone)]
pub struct Gazetteer {
    pub lanes: Vec<LaneInfo>,
    pub people: Vec<Person>,
    pub default_lane: usize,
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<usize>>,
}

/// A phrase found in a sentence: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub what: What,
}

/// Why a gazetteer could not be used: the file and what is wrong with it, the
/// same shape (and message) as an article that cannot be read.
pub type GazetteerError = super::article::InputError;

impl Gazetteer {
    pub fn builtin() -> Gazetteer {
        Gazetteer::parse(DEFAULT_ACTORS_NAME, DEFAULT_ACTORS_JSON).expect("the built-in gazetteer is valid (tested)")
    }

    pub fn load(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| GazetteerError { file: name.clone(), message: format!("cannot be read: {e}") })?;
        let text = String::from_utf8(bytes).map_err(|e| GazetteerError {
            file: name.clone(),
            message: format!("is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()),
        })?;
        Gazetteer::parse(&name, &text)
    }

    pub fn parse(name: &str, text: &str) -> Result<Gazetteer, GazetteerError> {
        let err = |message: String| GazetteerError { file: name.to_owned(), message };
        let file: FileFormat = serde_json::from_str(text).map_err(|e| {
            let what = if e.is_syntax() || e.is_eof() { "JSON syntax error" } else { "not a gazetteer" };
            let msg = e.to_string();
            let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]).to_owned();
            err(format!("{what} at line {}, column {}: {msg}", e.line(), e.column()))
        })?;
        let mut g = Gazetteer { lanes: Vec::new(), people: Vec::new(), default_lane: 0, entries: Vec::new(), by_first: HashMap::new() };
        for (i, lane) in file.lanes.iter().enumerate() {
            if lane.id.trim().is_empty() {
                return Err(err(format!("lanes[{i}]: `id` must not be empty")));
            }
            if g.lanes.iter().any(|l| l.id == lane.id) {
                return Err(err(format!("lanes[{i}]: duplicate lane id \"{}\"", lane.id)));
            }
            if let Some(c) = &lane.color
                && crate::model::validate::parse_hex_color(c).is_none()
            {
                return Err(err(format!("lanes[{i}] \"{}\": colour `{c}` is not #rrggbb", lane.id)));
            }
            g.lanes.push(LaneInfo { id: lane.id.clone(), label: lane.label.clone(), color: lane.color.clone() });
            let add = |g: &mut Gazetteer, phrases: &[String], what: What, field: &str| -> Result<(), GazetteerError> {
                for p in phrases {
                    g.add(p, what).map_err(|m| err(format!("lanes[{i}] \"{}\", {field}: {m}", lane.id)))?;
                }
                Ok(())
            };
            add(&mut g, &lane.titles, What::Title(Some(i)), "titles")?;
            add(&mut g, &lane.groups, What::Group(i), "groups")?;
            add(&mut g, &lane.demonyms, What::Demonym(i), "demonyms")?;
            add(&mut g, &lane.places, What::Place(i), "places")?;
            for p in &lane.people {
                let id = g.people.len();
                let titles = p.titles.iter().map(|t| phrase_words(t).iter().map(|w| w.to_lowercase()).collect()).collect();
                let day = |d: &str| {
                    NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                        err(format!("lanes[{i}] \"{}\", people \"{}\", in_office: `{d}` is no YYYY-MM-DD date", lane.id, p.name))
                    })
                };
                let mut in_office = Vec::new();
                for (from, until) in &p.in_office {
                    in_office.push((day(from)?, until.as_deref().map(day).transpose()?));
                }
                g.people.push(Person { name: p.name.clone(), lane: i, titles, in_office });
                let names: Vec<String> = std::iter::once(p.name.clone()).chain(p.aliases.iter().cloned()).collect();
                add(&mut g, &names, What::Person(id), "people")?;
            }
        }
        if g.lanes.is_empty() {
            return Err(err("`lanes` must list at least one lane".to_owned()));
        }
        for t in &file.titles {
            g.add(t, What::Title(None)).map_err(|m| err(format!("titles: {m}")))?;
        }
        g.default_lane = g
            .lanes
            .iter()
            .position(|l| l.id == file.default_lane)
            .ok_or_else(|| err(format!("`default_lane` \"{}\" is not one of the lanes", file.default_lane)))?;
        Ok(g)
    }

    fn add(&mut self, phrase: &str, what: What) -> Result<(), String> {
        let words = phrase_words(phrase);
        let Some(first) = words.first() else { return Err(format!("\"{phrase}\" has no words")) };
        self.by_first.entry(first.to_lowercase()).or_default().push(self.entries.len());
        self.entries.push(Entry { words, what });
        Ok(())
    }

    pub fn lane_index(&self, id: &str) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// The one person who held the office `title` (lower-case words) on `day`, by the
    /// terms the gazetteer lists; none when nobody or several did.
    pub fn holder(&self, title: &[String], day: NaiveDate) -> Option<usize> {
        let mut held = self.people.iter().enumerate().filter(|(_, p)| {
            p.titles.iter().any(|t| t.as_slice() == title) && p.in_office.iter().any(|(a, b)| *a <= day && b.is_none_or(|b| day < b))
        });
        let (id, _) = held.next()?;
        held.next().is_none().then_some(id)
    }

    /// Longest gazetteer (or `extra`) phrase starting at each position of
    /// `tokens[range]`, left to right, without overlaps.
    pub fn mentions(&self, tokens: &[Token], range: std::ops::Range<usize>, extra: &[Entry]) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let mut best: Option<(usize, What)> = None;
            let candidates = self.by_first.get(&tokens[i].lower).into_iter().flatten().map(|&e| &self.entries[e]).chain(extra.iter());
            for e in candidates {
                let n = e.words.len();
                // "the Ukraine defense contact group": past its first word, a long name's title-case
                // words may be written in lower case.
                let fits = |k: usize| {
                    word_matches(&e.words[k], &tokens[i + k])
                        || n >= 3 && k > 0 && title_case(&e.words[k]) && tokens[i + k].lower == e.words[k].to_lowercase()
                };
                if i + n <= range.end && best.is_none_or(|(m, _)| n > m) && (0..n).all(fits) {
                    best = Some((n, e.what));
                }
            }
            match best {
                Some((n, what)) => {
                    out.push(Mention { start: i, end: i + n, what });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// "Defense", "Contact": a capital and then lower case only, three letters at least.
fn title_case(word: &str) -> bool {
    let mut c = word.chars();
    c.next().is_some_and(char::is_uppercase) && word.chars().count() >= 3 && c.all(char::is_lowercase)
}

/// Lower-case gazetteer words match any case; capitalised ones match exactly,
/// except that an acronym also matches its title-case spelling ("Nato").
pub fn word_matches(word: &str, tok: &Token) -> bool {
    if !(tok.is_word() || tok.kind == super::text::TokKind::Possessive) {
        return false;
    }
    if word.chars().all(|c| !c.is_uppercase()) {
        return tok.lower == word;
    }
    if tok.norm == word {
        return true;
    }
    let acronym = word.chars().count() >= 3 && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    acronym && tok.is_capitalized() && tok.lower == word.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn found(g: &Gazetteer, s: &str) -> Vec<(String, What)> {
        let t = tokenize(s, 0);
        g.mentions(&t, 0..t.len(), &[]).into_iter().map(|m| (s[t[m.start].start..t[m.end - 1].end].to_owned(), m.what)).collect()
    }

    #[test]
    fn the_holder_of_an_office_on_a_day_is_the_one_its_terms_name() {
        let g = Gazetteer::builtin();
        let president = ["president".to_owned()];
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let name = |d: &str| g.holder(&president, day(d)).map(|id| g.people[id].name.clone());
        assert_eq!(name("2025-02-28").as_deref(), Some("Donald Trump"));
        assert_eq!(name("2023-02-20").as_deref(), Some("Joe Biden"));
        assert_eq!(name("2025-01-20").as_deref(), Some("Donald Trump"), "a term ends the day the next begins");
        assert_eq!(g.holder(&["mayor".to_owned()], day("2025-02-28")), None, "no terms listed: nobody");
        // A bad date names the file, the lane, the person and the field.
        let dir = std::env::temp_dir().join(format!("chronolens-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("actors.json");
        let text = r#"{"lanes": [{"id": "us", "label": "US", "people": [{"name": "A B", "titles": ["President"], "in_office": [["2025-13-01", null]]}]}], "default_lane": "us"}"#;
        std::fs::write(&path, text).unwrap();
        let e = Gazetteer::load(&path).unwrap_err().to_string();
        assert!(e.contains("in_office") && e.contains("A B") && e.contains("2025-13-01"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn builtin_gazetteer_has_the_five_lanes_with_their_colours() {
        let g = Gazetteer::builtin();
        let lanes: Vec<(&str, &str, &str)> =
            g.lanes.iter().map(|l| (l.id.as_str(), l.label.as_str(), l.color.as_deref().unwrap_or(""))).collect();
        assert_eq!(
            lanes,
            [
                ("nato", "NATO", "#2f6fd0"),
                ("us", "US", "#c23b3b"),
                ("russia", "Russia", "#7a4bc4"),
                ("ukraine", "Ukrainian officials", "#d99a00"),
                ("other", "Other", "#5f7f6f")
            ]
        );
        assert_eq!(g.lanes[g.default_lane].id, "other");
    }

    #[test]
    fn officials_of_the_years_before_2022_have_their_lanes() {
        // Articles on Crimea, Donbas, Minsk, MH17 or Salisbury name the officials of 2014-2021.
        let g = Gazetteer::builtin();
        let lane_of = |text: &str| match found(&g, text).last().map(|m| m.1) {
            Some(What::Person(p)) => g.lanes[g.people[p].lane].id.clone(),
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(lane_of("President Petro Poroshenko"), "ukraine");
        assert_eq!(lane_of("Prime Minister Arseniy Yatsenyuk"), "ukraine");
        assert_eq!(lane_of("Secretary of State John Kerry"), "us");
        assert_eq!(lane_of("General Philip Breedlove"), "nato");
        assert_eq!(lane_of("ambassador Vitaly Churkin"), "russia");
        // The officials Russia installed in Crimea and its border regions' governors.
        assert_eq!(lane_of("Governor Mikhail Razvozhaev"), "russia");
        assert_eq!(lane_of("Crimea's Sergei Aksyonov"), "russia");
    }

    #[test]
    fn longest_match_wins_and_case_rules_hold() {
        let g = Gazetteer::builtin();
        let lane = |id: &str| g.lane_index(id).unwrap();
        let m = found(&g, "NATO Secretary-General Jens Stoltenberg said");
        assert_eq!(m[0], ("NATO Secretary-General".to_owned(), What::Title(Some(lane("nato")))));
        assert!(matches!(m[1], (ref s, What::Person(p)) if s == "Jens Stoltenberg" && g.people[p].lane == lane("nato")));
        assert_eq!(found(&g, "Russia’s Defense Ministry")[0].1, What::Group(lane("russia")));
        assert_eq!(found(&g, "the Nato alliance")[0].1, What::Group(lane("nato")));
        assert!(found(&g, "let us go").is_empty(), "`US` must not match the pronoun `us`");
        // A long name's title-case words past its first may be written in lower case.
        assert_eq!(
            found(&g, "the Ukraine defense contact group met")[0],
            ("Ukraine defense contact group".to_owned(), What::Group(lane("us")))
        );
        assert_eq!(
            found(&g, "the mayor of Irpin").iter().map(|m| m.1).collect::<Vec<_>>(),
            [What::Title(None), What::Place(lane("ukraine"))]
        );
    }

    #[test]
    fn errors_name_the_file_and_position() {
        let e = Gazetteer::parse("my.json", "{\n  \"lanes\": [,]\n}").unwrap_err();
        assert_eq!(e.file, "my.json");
        assert!(e.message.starts_with("JSON syntax error at line 2, column 13"), "{}", e.message);
        let e = Gazetteer::parse("my.json", r#"{"lanes": [{"id": "a", "label": "A", "color": "red"}], "default_lane": "a"}"#).unwrap_err();
        assert!(e.message.contains("`red` is not #rrggbb"), "{}", e.message);
        let e = Gazetteer::parse("my.json", r#"{"lanes": [{"id": "a", "label": "A"}], "default_lane": "b"}"#).unwrap_err();
        assert!(e.message.contains("\"b\" is not one of the lanes"), "{}", e.message);
        let e = Gazetteer::parse("my.json", r#"{"lanes": [{"id": "a", "label": "A", "group": []}], "default_lane": "a"}"#).unwrap_err();
        assert!(e.message.contains("unknown field `group`"), "{}", e.message);
    }
}
