//! Meetings and visits: those named as the setting of a report, their partners and
//! conveners.

use super::*;

impl Reader<'_> {
    /// Meetings named as the setting of a report ("said after the meeting of …",
    /// "during his visit"): events of their own, of the sides named in the phrase
    /// or, when it names none, of the speaker.
    pub(super) fn add_meeting_settings(&self, s: &Sentence, p: &str, stops: &[usize], main: Option<usize>, found: &mut Vec<Found>) {
        for (a, noun, b, prep) in meeting_settings(s, stops) {
            if found.iter().any(|f| f.verb.is_some_and(|v| v.at == noun)) {
                continue;
            }
            // ("spoke with Scholz in a phone call on May 5": the call is the meeting already read.)
            if prep == "in" && found.iter().any(|f| f.kind == Kind::Meeting && f.verb.is_some()) {
                continue;
            }
            let visit = VISIT_NOUNS.contains(&s.tokens[noun].lower.as_str());
            // "wrote …, ahead of his visit": the journey the story tells, not one of its own.
            let owner_word = |k: usize| s.tokens.get(k).is_some_and(|w| matches!(w.lower.as_str(), "his" | "her" | "their" | "its"));
            if visit && matches!(prep.as_str(), "ahead" | "before") && (owner_word(a + 1) || owner_word(a + 2)) {
                continue;
            }
            // Who met: the sides named in the phrase ("the NATO summit", "a meeting
            // of the defense ministers of NATO"); of a visit, only the visitor
            // ("Biden's visit", "a visit by Biden"), not where they went.
            // "in X" says where, not whose meeting it was.
            let link = s.tokens.get(noun + 1).map_or("", |t| t.lower.as_str());
            // "During a call with reporters, Peskov said": a briefing, the words' occasion, no meeting.
            let press =
                |k: usize| s.tokens.get(k).is_some_and(|w| matches!(w.lower.as_str(), "reporters" | "journalists" | "media" | "press"));
            if link == "with" && (press(noun + 2) || s.tokens.get(noun + 2).is_some_and(|w| w.lower == "the") && press(noun + 3)) {
                continue;
            }
            // "his meeting with X", and "spoke after a meeting with X" of a named speaker:
            // the speaker's meeting, X the other side.
            // ("Putin agreed to a pause during a call with Trump": the doer of the act it frames,
            // when the sentence tells no report.)
            let doer = main.or_else(|| found.iter().position(|f| f.inside.is_none() && f.verb.is_some_and(|v| v.at < a)));
            let speakers = link == "with" && doer.is_some_and(|m| found[m].actor.person.is_some());
            let owned = matches!(s.tokens[a + 1].lower.as_str(), "his" | "her" | "their" | "its") || speakers;
            let sides_end = if b > noun + 1
                && (matches!(link, "of" | "between" | "among" | "by") || link == "with" && !owned)
                && !(visit && link == "of")
            {
                b
            } else {
                noun + 1
            };
            let mut sides = setting_actors(self.g, s, p, a, sides_end);
            // "a meeting with Steve Witkoff, …, during the latter's visit to Moscow": the person
            // named last (or, of "the former", the one before) is the visitor.
            let t = &s.tokens;
            if visit
                && sides.is_empty()
                && t.get(a + 1).is_some_and(|w| w.lower == "the")
                && t.get(a + 2).is_some_and(|w| matches!(w.lower.as_str(), "latter" | "former"))
            {
                let people: Vec<_> = self
                    .g
                    .mentions(t, 0..a, &self.mem.aliases)
                    .into_iter()
                    .filter(|m| matches!(m.what, What::Person(_)) && !s.quoted[m.start] && !crate::extract::actors::owns_what_follows(t, m))
                    .collect();
                let pick = if t[a + 2].lower == "latter" { people.last() } else { people.len().checked_sub(2).and_then(|k| people.get(k)) };
                if let Some(m) = pick
                    && let Some(actor) = crate::extract::actors::mention_actor(
                        self.g,
                        &self.mem,
                        s,
                        p,
                        m,
                        "“the latter”/“the former”: the person named last, or the one before",
                    )
                {
                    sides.push(actor);
                }
            }
            let mut main_actor = main.or(doer.filter(|_| speakers)).map(|m| found[m].actor.clone());
            if sides.is_empty() && s.tokens[a + 1].lower == "their" {
                // "the ministers … at their first meeting", "Zelensky and Austin used their final
                // meeting": the meeting is of those named just before, never a single speaker's.
                match owners_before(self.g, &self.mem, s, p, a) {
                    Some(o) => sides.push(o),
                    None => main_actor = main_actor.filter(|m| m.person.is_none()),
                }
            }
            if let Some(m) = &main_actor
                && sides.len() > 1
                && sides.iter().any(|x| x.lane == m.lane)
            {
                // "after a meeting of the Ukrainian and U.S. delegations", said a US official: one meeting, the speaker's side.
                sides.retain(|x| x.lane == m.lane);
            }
            // Only a meeting told as new ("a meeting of …", "the visit to Kyiv"),
            // not one referred back to ("the meeting in Brussels").
            // "after talks in Riyadh": a bare plural is told as new too.
            let bare = noun == a + 1 && s.tokens[noun].lower.ends_with('s');
            let indefinite =
                owned || bare || matches!(s.tokens[a + 1].lower.as_str(), "a" | "an") || matches!(link, "of" | "between" | "with");
            // "…, according to footage published by the Kremlin": a source cited is at no meeting.
            let cited = main.and_then(|m| found[m].verb).is_some_and(|v| s.tokens[v.at].lower == "according");
            // "During the visit to Kiev, Grossi also met with …, Ukrainian media said": a setting
            // that opens the sentence frames the act after it, whose doer is the visitor, not
            // whoever reported it.
            let first_word = s.tokens.iter().position(|w| w.is_word()).unwrap_or(0);
            if a == first_word
                && let Some(act) = found.iter().find(|f| f.inside.is_none() && f.verb.is_some_and(|v| v.at > b && !v.is_speech()))
            {
                main_actor = Some(Actor { why: format!("{} (the doer of the act it frames)", act.actor.why), ..act.actor.clone() });
            } else if visit
                // "… reported, Zelenskyy instructed Umierov during a trip to the United States": a
                // journey right after an act is its doer's, or its object's, not the reporter's.
                && let Some(act) = found.iter().rev().find(|f| {
                    f.verb.is_some_and(|v| !v.is_speech() && v.end <= a && a - v.end <= 8 && (v.end..a).all(|k| s.tokens[k].is_word()))
                })
            {
                main_actor =
                    Some(Actor { why: format!("{} (the doer of the act the journey follows)", act.actor.why), ..act.actor.clone() });
            }
            if sides.is_empty()
                && !cited
                && (visit || b > noun + 2 && indefinite)
                && let Some(m) = main_actor
            {
                // "said during the visit", "told a meeting of defense ministers in Brussels": the speaker's.
                let whose = if speakers {
                    "the speaker's meeting with the side named after “with”"
                } else {
                    "a meeting described without its sides: the speaker's"
                };
                let why = format!("{} ({whose})", m.why);
                sides.push(Actor { why, ..m });
            }
            one_side(&mut sides);
            for lane_actor in sides {
                found.push(Found {
                    inside: main,
                    setting: Some((a, b, prep.clone())),
                    ..Found::new(lane_actor, if visit { Kind::Other } else { Kind::Meeting }, None, s.slice(p, noun, noun).to_owned())
                });
            }
        }
    }
}

/// Whom "their" before token `at` refers to: the side named last before it
/// (outside quotes), that is the group or the last of the people just named.
pub(super) fn owners_before(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, at: usize) -> Option<Actor> {
    let m = g
        .mentions(&s.tokens, 0..at, &mem.aliases)
        .into_iter()
        .rev()
        .find(|m| !s.quoted[m.start] && matches!(m.what, What::Group(_) | What::Title(Some(_)) | What::Demonym(_) | What::Person(_)))?;
    // A person only as the last of several ("Zelensky and Austin … their"), never alone.
    let several = (m.start.saturating_sub(6)..m.start).any(|k| s.tokens[k].lower == "and");
    let lane = match m.what {
        What::Group(l) | What::Title(Some(l)) | What::Demonym(l) => l,
        What::Person(id) if several => g.people.get(id).map(|x| x.lane)?,
        _ => return None,
    };
    // "NATO Foreign Ministers": the group's name runs on over the capitalised words after it.
    let mut end = m.end;
    while end < at && s.tokens[end].is_capitalized() && !s.quoted[end] {
        end += 1;
    }
    let name = s.slice(p, m.start, end - 1).to_owned();
    let why = format!("“their”: “{name}”, named just before");
    Some(Actor { key: format!("group:{}", name.to_lowercase()), name, lane, person: None, why })
}

/// Verbs of taking part in a meeting someone else convened.
pub(super) const ATTEND_VERBS: &[&str] = &["attend", "attended", "attends", "participate", "participated", "take", "took"];

/// "attend the NATO Foreign Ministers' Meeting": the sides named in the
/// meeting attended, if the verb is one of attending and they are named.
pub(super) fn convener_of_attended(g: &Gazetteer, s: &Sentence, p: &str, v: &VerbHit) -> Option<Vec<Actor>> {
    let t = &s.tokens;
    if !ATTEND_VERBS.contains(&t[v.at].lower.as_str()) {
        return None;
    }
    let noun = (v.end..(v.end + 8).min(t.len()))
        .take_while(|&k| {
            !s.quoted[k]
                && (t[k].is_word() || t[k].kind == crate::extract::text::TokKind::Possessive || matches!(t[k].norm.as_str(), "’" | "'"))
        })
        .find(|&k| meeting_noun(&t[k].lower) && !VISIT_NOUNS.contains(&t[k].lower.as_str()))?;
    let sides = setting_actors(g, s, p, v.end - 1, noun + 1);
    (!sides.is_empty()).then(|| sides.into_iter().map(|a| Actor { why: format!("{}, which the subject attended", a.why), ..a }).collect())
}

/// "will have separate meetings with A, B, and C": the token ranges of A, B and
/// C, when the verb's phrase says the meetings are several ("meetings") and at
/// least two people are listed; the list ends at the next verb.
pub(super) fn separate_partners(s: &Sentence, v: &VerbHit, stops: &[usize]) -> Vec<(usize, usize)> {
    let t = &s.tokens;
    if !t[v.at..v.end].iter().any(|w| w.lower == "meetings") {
        return Vec::new();
    }
    let start = if t[v.end - 1].lower == "with" {
        v.end
    } else if t.get(v.end).is_some_and(|w| w.lower == "with") {
        v.end + 1
    } else {
        return Vec::new();
    };
    let end = (start..t.len()).find(|&k| stops.contains(&k) || s.quoted[k] || t[k].is_punct('.') || t[k].is_punct(';')).unwrap_or(t.len());
    let mut items = Vec::new();
    let mut a = start;
    for k in start..=end {
        if k == end || t[k].is_punct(',') || t[k].lower == "and" {
            // A person: a capitalised name of two words at least.
            if k > a && t[a..k].iter().filter(|w| w.is_capitalized()).count() >= 2 {
                items.push((a, k));
            }
            a = k + 1;
        }
    }
    if items.len() >= 2 { items } else { Vec::new() }
}

/// "… and will attend a dinner with Dmytro Kuleba": the clause of a verb that
/// shares its subject tells a new occasion ("a …", "with …", not "the talks",
/// which refers back) and names a person the sentence has not named before it.
pub(super) fn names_someone_new(g: &Gazetteer, s: &Sentence, v: &VerbHit) -> bool {
    let t = &s.tokens;
    if !(t[v.end - 1].lower == "with" || t.get(v.end).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an" | "with"))) {
        return false;
    }
    let to = (v.end..t.len()).find(|&k| t[k].kind == crate::extract::text::TokKind::Punct).unwrap_or(t.len());
    let people = |r: std::ops::Range<usize>| -> Vec<usize> {
        g.mentions(t, r, &[])
            .into_iter()
            .filter_map(|m| match m.what {
                What::Person(id) => Some(id),
                _ => None,
            })
            .collect()
    };
    let before = people(0..v.at);
    people(v.end..to).iter().any(|id| !before.contains(id))
}

/// "met with White House officials": the other side of a meeting.
pub(super) fn partners(g: &Gazetteer, mem: &mut Memory, s: &Sentence, p: &str, v: &VerbHit) -> Vec<Actor> {
    // "spoke with X": the verb's phrase ends with "with".
    let start = if s.tokens[v.end - 1].lower == "with" {
        v.end
    } else if s.tokens.get(v.end).is_some_and(|t| t.lower == "with") {
        v.end + 1
    } else if matches!(s.tokens[v.at].lower.as_str(), "met" | "meet" | "meets")
        && s.tokens.get(v.end).is_some_and(|t| t.is_capitalized() && !s.quoted[v.end])
    {
        // "Zelensky met Trump", "will meet U.S. President Donald Trump": the object met.
        v.end
    } else if let Some(noun) = (v.end..s.tokens.len().min(v.end + 6))
        .take_while(|&k| s.tokens[k].is_word() || s.tokens[k].is_quote())
        .find(|&k| crate::extract::kinds::MEETING_OBJECTS.contains(&s.tokens[k].lower.as_str()))
        && s.tokens.get(noun + 1).is_some_and(|t| t.lower == "with")
    {
        // "held “informal” talks with Putin": whom the meeting the verb holds was with.
        noun + 2
    } else {
        return Vec::new();
    };
    let mut end = start;
    while end < s.tokens.len() && end < start + 6 && !s.quoted[end] && s.tokens[end].kind != crate::extract::text::TokKind::Punct {
        end += 1;
    }
    resolve(g, mem, s, p, start..end)
}

/// Meetings named as the setting of a report: "after the NATO summit", "at a
/// meeting of defense ministers in Brussels": (first token, the noun, end of the
/// phrase, preposition). The phrase runs on over what describes the meeting
/// ("of …", "with …", "in …") up to a break or the next verb.
pub(super) fn meeting_settings(s: &Sentence, stops: &[usize]) -> Vec<(usize, usize, usize, String)> {
    let t = &s.tokens;
    let mut out = Vec::new();
    for i in 0..t.len() {
        // "appealed for negotiations in a phone call Wednesday with Zelenskyy": "in" sets a call.
        let in_a_call = t[i].lower == "in"
            && (i + 1..t.len().min(i + 5)).take_while(|&k| t[k].is_word() && !s.quoted[k]).find(|&k| call_noun(&t[k].lower)).is_some_and(
                |k| {
                    (i + 1..k)
                        .all(|j| matches!(t[j].lower.as_str(), "a" | "the" | "phone" | "telephone" | "video" | "his" | "her" | "their"))
                },
            );
        if s.quoted[i] || !(MEETING_PREPS.contains(&t[i].lower.as_str()) || in_a_call) {
            continue;
        }
        if t[i].lower == "ahead" && t.get(i + 1).is_none_or(|n| n.lower != "of") {
            continue;
        }
        for k in i + 1..(i + 7).min(t.len()) {
            let noun = meeting_noun(&t[k].lower);
            // "the surprise visit": a noun the verb rules may have read as a verb. ("at the White
            // House after meeting Trump": a meeting of another preposition's phrase is not this one's.)
            if s.quoted[k]
                || t[k].kind == crate::extract::text::TokKind::Punct
                || stops.contains(&k) && !noun
                || MEETING_PREPS.contains(&t[k].lower.as_str())
            {
                break;
            }
            let press = k > 0 && matches!(t[k - 1].lower.as_str(), "press" | "news");
            // "on a visit to Saudi Arabia": "on" sets only a journey ("on talks" is their topic).
            // Set off or after "is"/"was" ("Blinken, on a visit to …,", "was on a trip"), not a
            // noun's ("the capstone on a four-day trip", "the second stop on Biden's trip").
            let set_off =
                i == 0 || t[i - 1].is_punct(',') || matches!(t[i - 1].lower.as_str(), "is" | "was" | "are" | "were" | "while" | "now");
            let topic = t[i].lower == "on" && (!VISIT_NOUNS.contains(&t[k].lower.as_str()) || !set_off);
            if noun && !press && !topic {
                let visit = VISIT_NOUNS.contains(&t[k].lower.as_str());
                out.push((i, k, setting_tail(s, k + 1, stops, visit), t[i].lower.clone()));
                break;
            }
        }
    }
    out
}

/// Words that carry on the description of a meeting after its noun.
pub(super) const SETTING_LINKS: &[&str] = &["of", "with", "between", "among", "by", "in", "on"];
/// Words that end it: a new clause or a purpose.
pub(super) const SETTING_ENDS: &[&str] =
    &["that", "which", "who", "where", "when", "to", "and", "as", "while", "after", "before", "since", "for"];

/// Where the description of a meeting that ends at `from` stops.
pub(super) fn setting_tail(s: &Sentence, from: usize, stops: &[usize], visit: bool) -> usize {
    let t = &s.tokens;
    // "the visit to the Ukrainian capital": where a visit went describes it.
    let link = |w: &str| SETTING_LINKS.contains(&w) || visit && w == "to";
    // ("a phone call Wednesday with Zelenskyy": when it was may stand before with whom.)
    let from = if t.get(from).is_some_and(|w| w.is_word() && crate::extract::dates::weekday_of(&w.lower).is_some())
        && t.get(from + 1).is_some_and(|w| link(w.lower.as_str()))
    {
        from + 1
    } else {
        from
    };
    if t.get(from).is_none_or(|w| !link(w.lower.as_str()) || s.quoted[from]) {
        return from;
    }
    let mut e = from + 1;
    while e < t.len()
        // (Titles and names run longer: "between Secretary of State Marco Rubio and Russian
        // Foreign Minister Sergei Lavrov".)
        && (e < from + 10 || e < from + 16 && t[e].is_capitalized())
        && !s.quoted[e]
        && !stops.contains(&e)
        && t[e].kind != crate::extract::text::TokKind::Punct
        && !(e > from + 1 && SETTING_ENDS.contains(&t[e].lower.as_str()) && (t[e].lower != "and" || !t[e - 1].is_capitalized()))
    {
        e += 1;
    }
    // Not a dangling word at the end ("of the").
    while e > from + 1 && matches!(t[e - 1].lower.as_str(), "the" | "a" | "an" | "of" | "in" | "on" | "and") {
        e -= 1;
    }
    if e <= from + 1 { from } else { e }
}
