//! Events made from a verb once its subject is known: a report (and what it reports), or
//! an act.

use super::*;

impl Reader<'_> {
    /// A reporting verb: the act it reports when it only attributes it, else the
    /// sentence's main report (one per side), or a second verb of the same report.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn read_report(
        &self,
        s: &Sentence,
        p: &str,
        v: &VerbHit,
        stops: &[usize],
        actors: Vec<Actor>,
        verb_words: &str,
        told: &mut Told,
    ) {
        let found = &mut told.found;
        if told.main.is_none()
            && let Some(k) = self.reported_act(s, v, stops, found, &actors)
        {
            // "Ukraine's army withdrew from X, the military said": the act, reported by its own side.
            told.main = Some(k);
            found[k].why_kind = format!("{} (reported: {verb_words})", found[k].why_kind);
            return;
        }
        if let Some(m) = told.main
            && conveys(s, &found[m], v, &actors)
        {
            // "Reuters reported that Lavrov said …": Lavrov's statement; the outlet only carried it.
            let via = found[m].actor.name.clone();
            found[m] = Found {
                denial: v.denial,
                ..Found::new(actors[0].clone(), v.kind, Some(*v), format!("{verb_words} (as {via} reported it)"))
            };
            return;
        }
        match told.main {
            None => {
                told.main = Some(found.len());
                // "Poland and NATO both say": one report per side.
                for a in actors {
                    found.push(Found { denial: v.denial, ..Found::new(a, v.kind, Some(*v), verb_words.to_owned()) });
                }
            }
            Some(m)
                if let Some(from) = another_speakers_clause(s, &found[m], v, stops, &actors[0])
                    .or_else(|| joined_absolute_clause(s, &found[m], v, &actors[0])) =>
            {
                // "Although Putin had earlier vowed to punish …, Peskov said the agreement …",
                // "Peskov said the deal was fair, and Putin said it was over": two people of one
                // side, each with their own words; never one's words under the other's name.
                let t = &s.tokens;
                if let Some((title, end)) = found[m].verb.and_then(|first| words_until(s, p, &found[m].actor.name, first, from)) {
                    // Quoted up to the other's clause.
                    found[m].part = Some((0, end, s.slice(p, 0, end - 1).to_owned()));
                    found[m].title = Some(title);
                }
                let words = s.slice(p, from, t.len() - 1).to_owned();
                let title = words_until(s, p, &actors[0].name, *v, t.len()).map(|(title, _)| title);
                told.main = Some(found.len());
                found.push(Found {
                    part: Some((from, t.len(), words)),
                    denial: v.denial,
                    title,
                    ..Found::new(actors[0].clone(), v.kind, Some(*v), verb_words.to_owned())
                });
            }
            Some(m) if charge_after_words(s, &found[m], v, &actors[0]) => {
                // "Zelensky said 80 towns were at risk after the destruction of the dam, which he
                // blamed on Russia", "Putin vowed …, accusing the United States of …": what the
                // speaker said, and then whom they charged with it, are two events.
                let t = &s.tokens;
                let from = (0..v.at)
                    .rev()
                    .take_while(|&k| {
                        t[k].is_word()
                            && (matches!(t[k].lower.as_str(), "he" | "she" | "they" | "also" | "then" | "and" | "which")
                                || t[k].lower.ends_with("ly"))
                    })
                    .last()
                    .unwrap_or(v.at);
                let to = (v.end..t.len())
                    .find(|&k| t[k].kind == crate::extract::text::TokKind::Punct && !s.quoted[k] && !t[k].is_quote())
                    .unwrap_or(t.len());
                let a = found[m].actor.clone();
                // Titled as the words before the charge, and as who charged whom with what.
                if let Some((title, _)) = found[m].verb.and_then(|said| words_until(s, p, &a.name, said, from)) {
                    found[m].title = Some(title);
                }
                let title = charge_title(s, p, &a.name, from, v, to);
                found.push(Found {
                    part: Some((from, to, s.slice(p, from, to - 1).to_owned())),
                    denial: v.denial,
                    title,
                    ..Found::new(a, v.kind, Some(*v), verb_words.to_owned())
                });
            }
            Some(m) if found[m].actor.lane == actors[0].lane => {
                // A second reporting verb of the same side ("posted … that he claimed").
                // "Zelensky, who spoke in Kyiv, said …": the verb of the sentence tells what was
                // said, not the relative clause's.
                let t = &s.tokens;
                if found[m].verb.is_some_and(|f| f.at >= 2 && t[f.at - 1].lower == "who" && t[f.at - 2].is_punct(',') && f.at < v.at) {
                    found[m].verb = Some(*v);
                }
                found[m].kind = stronger(found[m].kind, v.kind);
                found[m].denial |= v.denial;
                found[m].why_kind = format!("{} … {verb_words}", found[m].why_kind);
            }
            Some(_) => {}
        }
    }

    /// An act (not a report) by one of its actors `a`: an event of its own, a part
    /// of the report it is told in, or more of the same side's event.
    pub(super) fn read_act(&self, s: &Sentence, p: &str, v: &VerbHit, span: &std::ops::Range<usize>, a: Actor, told: &mut Told) {
        let (found, main) = (&mut told.found, told.main);
        let verb_words = s.slice(p, v.at, v.end - 1);
        let will = v.future && will_before(s, v.at);
        let new_act = v.coordinate && main.is_none() && names_someone_new(self.g, s, v);
        // "Austin said …, as a U.S.-led group met in Germany": another actor's act at the
        // same time is an event of its own, not the speaker's.
        let meanwhile = span.start > 0
            && matches!(s.tokens[span.start - 1].lower.as_str(), "as" | "while")
            && main.is_some_and(|m| found[m].actor.key != a.key && found[m].actor.person.is_some() && a.person.is_none());
        if v.kind == Kind::Meeting && crate::extract::kinds::gerund_act(s, v.at, v.end - v.at) && main.is_some() {
            // "Rutte told reporters at the White House after meeting Trump": the meeting is an
            // event of its own, before the words, titled by its verb and whom up to a break.
            let t = &s.tokens;
            let to = (v.end..t.len())
                .find(|&k| {
                    t[k].kind == crate::extract::text::TokKind::Punct
                        || matches!(t[k].lower.as_str(), "and" | "at" | "in" | "on" | "to" | "for")
                })
                .unwrap_or(t.len());
            let act = format!("met {}", s.slice(p, v.end, to - 1));
            found.push(Found {
                part: Some((v.at, to, act.trim_end().to_owned())),
                ..Found::new(a, v.kind, Some(*v), format!("{verb_words} (a gerund after a preposition of time)"))
            });
        } else if meanwhile && !found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind) {
            // Named as the text names it ("a U.S.-led group of more than 50 nations"), not as "U.S.".
            let name = if span.end > span.start { s.slice(p, span.start, span.end - 1).to_owned() } else { a.name.clone() };
            found.push(Found::new(Actor { name, ..a }, v.kind, Some(*v), format!("{verb_words} (at the time of the report)")));
        } else if v.purpose && !found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind) {
            // "met with Zelensky … to announce $500 million in aid": the announcement the act
            // was for, the subject's decision of its own (its words: "to announce …" up to a break).
            let t = &s.tokens;
            let to =
                (v.end..t.len()).find(|&k| t[k].kind == crate::extract::text::TokKind::Punct || t[k].lower == "and").unwrap_or(t.len());
            let act = format!("{}d {}", t[v.at].lower, s.slice(p, v.end, to - 1));
            found.push(Found {
                part: Some((v.at - 1, to, act.trim_end().to_owned())),
                ..Found::new(a, v.kind, Some(*v), format!("to {verb_words} (what the act before was for)"))
            });
        } else if let Some(k) =
            passive_plan(s, v).filter(|_| main.is_some() && !found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind))
        {
            // "Biden said the package would be announced on Tuesday": the plan's own words.
            let t = &s.tokens;
            let to =
                (v.end..t.len()).find(|&j| t[j].kind == crate::extract::text::TokKind::Punct || t[j].lower == "and").unwrap_or(t.len());
            let words = s.slice(p, k, to - 1).to_owned();
            let title = format!("{}: {}", titles::capitalise(&a.name), words);
            found.push(Found {
                inside: main,
                part: Some((k, to, words)),
                title: Some(title),
                ..Found::new(a, v.kind, Some(*v), verb_words.to_owned())
            });
        } else if v.kind == Kind::Decision
            && plan_start(s, v).is_some()
            && main.is_some()
            && !found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind)
        {
            // "Biden said Washington would provide a package": the plan a side announces is
            // a decision of its own, besides the statement announcing it.
            found.push(Found { inside: main, ..Found::new(a, v.kind, Some(*v), verb_words.to_owned()) });
        } else if main.is_some_and(|m| {
            // "expressed his support …, as he visited Kiev for the first time": a journey or a
            // meeting at the time of one's words is an event of its own, not more of the words.
            matches!(v.kind, Kind::Other | Kind::Meeting)
                && span.start > 0
                && matches!(s.tokens[span.start - 1].lower.as_str(), "as" | "while")
                && found[m].actor.key == a.key
                && matches!(found[m].kind, Kind::Statement | Kind::Claim | Kind::Accusation)
                && !found.iter().any(|f| f.kind == v.kind && f.actor.key == a.key)
        }) {
            let to = (v.end..s.tokens.len()).find(|&k| s.tokens[k].kind == crate::extract::text::TokKind::Punct).unwrap_or(s.tokens.len());
            found.push(Found {
                part: Some((v.at, to, s.slice(p, v.at, to - 1).to_owned())),
                ..Found::new(a, v.kind, Some(*v), format!("{verb_words} (at the time of the words)"))
            });
        } else if let Some(m) = main.filter(|&m| {
            found[m].actor.lane == a.lane
                && !a.key.starts_with(crate::extract::actors::PAIR)
                && v.kind != Kind::Attack
                // ("The Kremlin confirmed that Putin had signed decrees": another person's decision,
                // told by their side, is theirs, beside the words.)
                && !(v.kind == Kind::Decision && a.person.is_some() && a.key != found[m].actor.key)
        }) {
            // (A side telling of its own strike, "Putin says Russian forces have fired a new
            // missile", tells two events: the strike, dated no later than the words, and the words.)
            // The speaker's side did it: one event, of the more specific kind. Not what "the
            // two sides" did: the speaker reports a joint act of both.
            found[m].kind = stronger(found[m].kind, v.kind);
            found[m].why_kind = format!("{} … {verb_words}", found[m].why_kind);
        } else if found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind) && new_act {
            // "… and will attend a working dinner with Kuleba": another act, with someone else.
            let from = if will { v.at - 1 } else { v.at };
            let to = (v.end..s.tokens.len()).find(|&k| s.tokens[k].kind == crate::extract::text::TokKind::Punct).unwrap_or(s.tokens.len());
            found.push(Found {
                part: Some((from, to, s.slice(p, from, to - 1).to_owned())),
                ..Found::new(a, v.kind, Some(*v), verb_words.to_owned())
            });
        } else if !found.iter().any(|f| f.actor.lane == a.lane && f.kind == v.kind) {
            found.push(Found { inside: main, ..Found::new(a, v.kind, Some(*v), verb_words.to_owned()) });
        }
    }
}
