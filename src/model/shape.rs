//! Valid JSON of the wrong shape: names every record and field that is
//! missing or of the wrong type. Reads the file as a stream, one record at a
//! time, so that reporting on a file of several gigabytes holds one record in
//! memory, never a `serde_json::Value` tree of the whole file.

use super::problem::Problem;
use super::types::{Article, Dataset, Event, Lane, Source};
use super::validate::record_name;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// Problems beyond this many are counted, not kept (only the first
/// `MAX_LISTED` are ever shown).
const KEPT: usize = super::problem::MAX_LISTED;

/// The shape problems of `bytes` (a JSON document) in file order, the first
/// `KEPT` of them, and how many more there are.
pub fn shape_problems(bytes: &[u8]) -> (Vec<Problem>, usize) {
    let mut walk = Walk { out: Vec::new(), more: 0 };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    if let Err(e) = (&mut de).deserialize_any(Top(&mut walk)) {
        // A later syntax error, past the first wrong type that sent us here.
        if e.is_syntax() || e.is_eof() {
            walk.push(Problem::file(format!("JSON syntax error at line {}, column {}", e.line(), e.column())));
        }
    }
    (walk.out, walk.more)
}

struct Walk {
    out: Vec<Problem>,
    more: usize,
}

impl Walk {
    fn push(&mut self, p: Problem) {
        if self.out.len() < KEPT { self.out.push(p) } else { self.more += 1 }
    }
}

pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

const LISTS: [&str; 3] = ["lanes", "articles", "events"];

/// The top level: the three lists are walked record by record; the other
/// known fields are small and checked whole; unknown fields are skipped.
struct Top<'w>(&'w mut Walk);

impl<'de> Visitor<'de> for Top<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object with `lanes`, `articles` and `events`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut known = Map::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.0.push(Problem::new("top level", key.as_str(), twice(&key)));
            }
            if let Some(list) = LISTS.iter().find(|&&l| l == key) {
                map.next_value_seed(List { key: list, walk: self.0 })?;
                // Present; its records were checked one by one.
                known.insert(key, Value::Array(Vec::new()));
            } else if matches!(key.as_str(), "format" | "title") {
                known.insert(key, map.next_value::<Value>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        for (field, message) in Dataset::field_errors(&known) {
            self.0.push(Problem::new("top level", field, describe(&message)));
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.0.push(not_an_object("an array"));
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.0.push(not_an_object("a string"));
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.0.push(not_an_object("a boolean"));
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.0.push(not_an_object("a number"));
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.0.push(not_an_object("a number"));
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.0.push(not_an_object("a number"));
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.0.push(not_an_object("null"));
        Ok(())
    }
}

fn not_an_object(what: &str) -> Problem {
    Problem::file(format!("the top level must be an object with `lanes`, `articles` and `events`, not {what}"))
}

/// One of the three lists.
struct List<'w> {
    key: &'static str,
    walk: &'w mut Walk,
}

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of {}", self.key)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        let mut twice = Vec::new();
        while let Some(item) = seq.next_element_seed(Noting { path: String::new(), twice: &mut twice })? {
            check_item(self.key, i, &item, &twice, self.walk);
            twice.clear();
            i += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.not_a_list("an object");
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.not_a_list("a string");
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.not_a_list("a boolean");
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.not_a_list("null");
        Ok(())
    }
}

impl List<'_> {
    fn not_a_list(self, what: &str) {
        self.walk.push(Problem::new("top level", self.key, format!("must be a list (a JSON array), not {what}")));
    }
}

/// One record of `key`: its fields, and for events each source. `twice`
/// are the fields (paths inside the record) whose key was given twice.
fn check_item(key: &str, i: usize, item: &Value, twice_keys: &[(String, String)], walk: &mut Walk) {
    let Some(obj) = item.as_object() else {
        walk.push(Problem::new(format!("{key}[{i}]"), "", format!("must be an object, not {}", type_name(item))));
        return;
    };
    let id = obj.get("id").and_then(|v| v.as_str()).unwrap_or("");
    let rec = record_name(key, i, id);
    for (path, k) in twice_keys {
        walk.push(Problem::new(&rec, path.as_str(), twice(k)));
    }
    let errors = match key {
        "lanes" => Lane::field_errors(obj),
        "articles" => Article::field_errors(obj),
        _ => {
            let mut errs = Event::field_errors(obj);
            // `sources` is reported element by element below.
            if let Some(Value::Array(sources)) = obj.get("sources") {
                errs.retain(|(f, _)| *f != "sources");
                for (k, s) in sources.iter().enumerate() {
                    match s.as_object() {
                        None => walk.push(Problem::new(&rec, format!("sources[{k}]"), format!("must be an object, not {}", type_name(s)))),
                        Some(so) => {
                            for (field, message) in Source::field_errors(so) {
                                walk.push(Problem::new(&rec, format!("sources[{k}].{field}"), describe(&message)));
                            }
                        }
                    }
                }
            }
            errs
        }
    };
    for (field, message) in errors {
        walk.push(Problem::new(&rec, field, describe(&message)));
    }
}

fn twice(key: &str) -> String {
    format!("`{key}` is given twice in one object; keep one")
}

/// A JSON value, built like `serde_json::Value` but noting every key given
/// twice in one object (the `Value` keeps only the last), with its path.
struct Noting<'t> {
    path: String,
    twice: &'t mut Vec<(String, String)>,
}

impl<'de> DeserializeSeed<'de> for Noting<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Noting<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() { key.clone() } else { format!("{}.{key}", self.path) };
            let value = map.next_value_seed(Noting { path: path.clone(), twice: self.twice })?;
            if out.insert(key.clone(), value).is_some() {
                self.twice.push((path, key));
            }
        }
        Ok(Value::Object(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Noting { path: format!("{}[{}]", self.path, out.len()), twice: self.twice })? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
}

fn describe(serde_message: &str) -> String {
    if serde_message == "missing" { "is missing".to_owned() } else { serde_message.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(json: &str) -> Vec<String> {
        shape_problems(json.as_bytes()).0.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn names_records_and_fields() {
        let got = lines(
            r#"{"lanes":[{"id":"a","label":3}],"articles":[7],"events":[{"id":"e","lane":"a","title":"t","kind":"claim","precision":"day","verification":"reported","sources":[{"article":"x","paragraph":"1"},5]}]}"#,
        );
        assert_eq!(
            got,
            [
                "lanes[0] \"a\", field `label`: invalid type: integer `3`, expected a string",
                "articles[0]: must be an object, not a number",
                "events[0] \"e\", field `sources[0].paragraph`: invalid type: string \"1\", expected usize",
                "events[0] \"e\", field `sources[0].quote`: is missing",
                "events[0] \"e\", field `sources[1]`: must be an object, not a number",
            ]
        );
    }

    #[test]
    fn the_top_level_and_its_lists() {
        assert_eq!(lines("[1,2]"), ["the top level must be an object with `lanes`, `articles` and `events`, not an array"]);
        assert_eq!(lines("\"x\""), ["the top level must be an object with `lanes`, `articles` and `events`, not a string"]);
        assert_eq!(
            lines(r#"{"lanes":[],"events":{"a":1},"title":5,"huge":[[[1]]]}"#),
            [
                "top level, field `events`: must be a list (a JSON array), not an object",
                "top level, field `title`: invalid type: integer `5`, expected a string",
                "top level, field `articles`: is missing",
            ]
        );
    }

    #[test]
    fn keys_given_twice_are_named_with_their_record() {
        assert_eq!(
            lines(
                r#"{"lanes":[],"lanes":[],"articles":[],"events":[{"id":"e","title":"a","title":"b","sources":[{"quote":"q","quote":"r"}]}]}"#
            )[..3],
            [
                "top level, field `lanes`: `lanes` is given twice in one object; keep one",
                "events[0] \"e\", field `title`: `title` is given twice in one object; keep one",
                "events[0] \"e\", field `sources[0].quote`: `quote` is given twice in one object; keep one",
            ]
        );
    }

    #[test]
    fn a_huge_file_keeps_a_bounded_list() {
        let mut json = String::from(r#"{"lanes":[],"articles":[],"events":["#);
        for i in 0..(KEPT + 5) {
            if i > 0 {
                json.push(',');
            }
            json.push('1');
        }
        json.push_str("]}");
        let (got, more) = shape_problems(json.as_bytes());
        assert_eq!((got.len(), more), (KEPT, 5));
        assert_eq!(got[KEPT - 1].to_string(), format!("events[{}]: must be an object, not a number", KEPT - 1));
    }
}
