//! The subject of a verb when the words before it are no plain name: a relative clause,
//! an inherited subject, "it", a side opening the sentence, an unnamed source, an institution.

use super::*;

impl Reader<'_> {
    /// Who a verb's subject is: the subject of the verb before when it shares it,
    /// "you" or "I"/"we", else the words before it. None when the verb is the
    /// speaker's own saying ("we believe …"), which their paragraph's statement quotes.
    pub(super) fn subject_of(
        &mut self,
        s: &Sentence,
        p: &str,
        v: &VerbHit,
        span: std::ops::Range<usize>,
        passive_speech: bool,
        told: &mut Told,
    ) -> Option<Vec<Actor>> {
        // The subject of the last verb read: shared by "… and urged", ", praising".
        let shared = told.last_subject.clone().filter(|_| v.coordinate && !passive_speech);
        let actors = match shared {
            Some(a) => {
                let why = format!("{} (the subject of the verb before “{}”)", a.why, s.slice(p, v.at, v.end - 1));
                vec![Actor { why, ..a }]
            }
            None if passive_speech => Vec::new(),
            None if let Some(a) = self.it_acted(s, p, v, span.clone(), told) => vec![a],
            None if let Some(a) = self.relative_subject(s, p, v) => a,
            // "Biden has often talked about …, and has described Putin as …": the first
            // verb was no event, so its subject is the person the sentence opened with.
            None if v.coordinate
                && let Some(a) = crate::extract::actors::sentence_subject(self.g, &mut self.mem, s, p, v.at) =>
            {
                vec![a]
            }
            None if let Some(a) = self.second_person(s, v) => vec![a],
            // "…, affirming Germany's support for Ukraine and signaled a renewed commitment": the
            // words before "and" are what the verb before acted on, never this verb's subject.
            // (Unless they open the sentence: "Xi's government released a peace proposal in February
            // and called for a cease-fire".)
            None if v.coordinate && self.first_person(s, v).is_none() && !self.opens_with_a_name(s, span.clone()) => return None,
            None => match self.first_person(s, v) {
                // "we believe …": the speaker's words, which their paragraph's statement quotes.
                Some(a) if v.is_speech() => {
                    told.last_subject = Some(a);
                    return None;
                }
                Some(a) => vec![a],
                None => {
                    let actors = resolve(self.g, &mut self.mem, s, p, span.clone());
                    // "The strikes wounded at least six people": an attack named by "the" with no side
                    // of its own is the one already told.
                    if actors.is_empty()
                        && v.kind == Kind::Attack
                        && let Some(a) = self.attack_subject(s, p, span.clone())
                    {
                        return Some(vec![a]);
                    }
                    // "MR MILLER: The United States condemns these strikes": a speaker telling
                    // in the present what their own side says speaks for it; their words.
                    if let Some(voice) = self.voice.as_ref().filter(|_| v.is_speech() && v.present)
                        && !actors.is_empty()
                        && actors.iter().all(|a| a.lane == voice.lane && !one_person(a))
                    {
                        told.last_subject = Some(voice.clone());
                        return None;
                    }
                    actors
                }
            },
        };
        Some(actors)
    }

    /// "The strikes", "the attack", "these explosions" as a verb's whole subject: the attack last told.
    fn attack_subject(&self, s: &Sentence, p: &str, span: std::ops::Range<usize>) -> Option<Actor> {
        let t = &s.tokens;
        let words: Vec<usize> = span.filter(|&k| t[k].is_word() && !s.quoted[k]).collect();
        let (&first, &head) = (words.first()?, words.last()?);
        let noun = t[head].lower.as_str();
        // ("The drones damaged a school": the weapons of the attack told.)
        let attack_noun = crate::extract::kinds::names_arms(noun);
        let opener = matches!(t[first].lower.as_str(), "the" | "these" | "those" | "this" | "that");
        if !attack_noun || !opener || words.len() > 4 || super::named_attacks::WAR_NOUNS.contains(&noun) {
            return None;
        }
        let side = self.attack_referred_back(s, first)?;
        // Named as the text names it, for the title: "The strikes killed one person".
        let name = s.slice(p, first, head).to_owned();
        Some(Actor { name, ..side })
    }

    /// "accusing US and Russian officials who met in Riyadh": the subject of a verb
    /// right after "who" is the noun phrase before it (back to the verb or break
    /// before the phrase), not the subject of the sentence's act.
    pub(super) fn relative_subject(&mut self, s: &Sentence, p: &str, v: &VerbHit) -> Option<Vec<Actor>> {
        let t = &s.tokens;
        let mut k = v.at.checked_sub(1)?;
        while k > 0 && matches!(t[k].lower.as_str(), "also" | "then" | "later" | "had" | "have" | "has") {
            k -= 1;
        }
        if v.subject_after || t[k].lower != "who" || s.quoted[k] {
            return None;
        }
        let mut span = subject_span(s, k, &[]);
        if k > 0 && t[k - 1].is_punct(',') {
            let begin = if span.is_empty() { crate::extract::actors::piece_begin(s, k - 1, &[]) } else { span.start };
            // "by Sergei Rudskoi, the head of the general staff's department, who said": the
            // name before the description.
            let described = begin >= 2
                && t[begin - 1].is_punct(',')
                && matches!(t[begin].lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their");
            let name_from = (0..begin.saturating_sub(1)).rev().take_while(|&j| t[j].is_capitalized() && !s.quoted[j]).last();
            if described && let Some(from) = name_from {
                span = from..begin - 1;
            } else if span.is_empty() && t[begin..k - 1].iter().any(|w| w.is_capitalized()) {
                // "Biden, who talked with …": the piece before the comma, however short the name.
                span = begin..k - 1;
            }
        }
        // The phrase starts after the last verb-like word before it ("accusing", "said").
        let start = (span.clone()).rev().find(|&j| is_verb_like(s, j)).map_or(span.start, |j| j + 1);
        let end = if span.is_empty() { k } else { span.end };
        let found = resolve(self.g, &mut self.mem, s, p, start..end);
        (!found.is_empty()).then_some(found)
    }

    /// "Biden delivered remarks at met with Zelensky": a meeting verb with no subject
    /// words of its own right after another act is that act's subject's, an act of its
    /// own. True when it was read so.
    pub(super) fn joined_act(
        &self,
        s: &Sentence,
        p: &str,
        v: &VerbHit,
        span: &std::ops::Range<usize>,
        actors: &[Actor],
        told: &mut Told,
    ) -> bool {
        let joined = actors.is_empty()
            && v.kind == Kind::Meeting
            && s.tokens[span.clone()].iter().all(|w| w.is_word() && matches!(w.lower.as_str(), "at" | "and" | "then" | "also"))
            && told.last_subject.is_some();
        if joined && let Some(a) = told.last_subject.clone() {
            let why = format!("{} (the subject of the act just before “{}”)", a.why, s.slice(p, v.at, v.end - 1));
            let t = &s.tokens;
            let to = (v.end..t.len()).find(|&k| t[k].kind == crate::extract::text::TokKind::Punct || t[k].lower == "to").unwrap_or(t.len());
            told.found.push(Found {
                part: Some((v.at, to, s.slice(p, v.at, to - 1).to_owned())),
                ..Found::new(Actor { why, ..a }, v.kind, Some(*v), s.slice(p, v.at, v.end - 1).to_owned())
            });
            return true;
        }
        false
    }

    /// A verb with no subject in its words: "it said" of the last body, a plan in
    /// the passive of the speaker, else the institution of the side last told.
    /// False when nobody is found and the verb yields no event.
    pub(super) fn fill_in_subject(
        &mut self,
        s: &Sentence,
        p: &str,
        v: &VerbHit,
        stops: &[usize],
        actors: &mut Vec<Actor>,
        told: &Told,
    ) -> bool {
        let span = span_of(s, v, stops);
        if actors.is_empty()
            && v.is_speech()
            && let Some(a) = self.it_reported(s, p, span.clone(), told)
        {
            actors.push(a);
        }
        // ("praised Scholz's earlier announcement that 14 Leopard tanks would be delivered": the
        // plan of whoever announced it, not the speaker's.)
        let t = &s.tokens;
        let of_a_noun = |from: usize| {
            (from + 1..v.at).any(|k| {
                t[k].lower == "that"
                    && t[k - 1].is_word()
                    && !t[k - 1].is_capitalized()
                    && !crate::extract::dates::says_when(&t[k - 1].lower)
            })
        };
        if actors.is_empty()
            && v.kind == Kind::Decision
            && v.future
            && v.at > 0
            && s.tokens[v.at - 1].lower == "be"
            && let Some(m) = told.main
            && !told.found[m].verb.is_some_and(|mv| of_a_noun(mv.end))
        {
            // "Biden said the package would be announced on Tuesday": a plan in the passive is the speaker's side's.
            let a = told.found[m].actor.clone();
            let why = format!("{} (a plan in the passive, told by this speaker)", a.why);
            actors.push(Actor { why, ..a });
        }
        if actors.is_empty()
            && v.is_speech()
            && let Some(a) = self.unnamed_source(s, p, span.clone())
        {
            actors.push(a);
        }
        if actors.is_empty() {
            // "the ministry said": the side of the last actor of this sentence or article.
            let Some(a) = self.institution(s, p, span_of(s, v, stops), &told.found) else { return false };
            actors.push(a);
        }
        true
    }
}

impl Reader<'_> {
    /// "It also said that …": "it" as the subject of a report is the body (an
    /// institution, a government, a group: no person) that last reported in the article.
    pub(super) fn it_reported(&self, s: &Sentence, p: &str, span: std::ops::Range<usize>, told: &Told) -> Option<Actor> {
        let mut words: Vec<&crate::extract::text::Token> = s.tokens[span.clone()].iter().filter(|t| t.is_word()).collect();
        // "Last week it accused …": when it was said goes before "it".
        let when =
            words.iter().take_while(|w| crate::extract::dates::says_when(&w.lower) || matches!(w.lower.as_str(), "month" | "year")).count();
        words.drain(..when);
        // ("…, as it said it would": the joining word is no subject.)
        if words.len() > 1 && matches!(words[0].lower.as_str(), "as" | "and" | "but") {
            words.remove(0);
        }
        // "It also said that …", and the impersonal "It is also claimed that …" of a document.
        let it = words.first().is_some_and(|w| w.lower == "it")
            && words[1..].iter().all(|w| BETWEEN_AUX.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "has" | "is" | "was"));
        if !it {
            return None;
        }
        // "On November 7, Russia finalized its withdrawal, as it said it would": the side the
        // sentence opens with, before anybody's words, is the "it" of what follows.
        if let Some(a) = self.side_opening(s, p, span.start, told) {
            let why = format!("“it”: the side the sentence opens with ({})", a.name);
            return Some(Actor { why, ..a });
        }
        let body = self.last_body.clone()?;
        let _ = p;
        let why = format!("“it”: the body that last reported ({})", body.name);
        Some(Actor { why, ..body })
    }

    /// Whether the first name the gazetteer knows in `span` opens sentence `s` (after "the" and
    /// its time at most).
    pub(super) fn opens_with_a_name(&self, s: &Sentence, span: std::ops::Range<usize>) -> bool {
        let t = &s.tokens;
        let Some(m) = self.g.mentions(t, span, &self.mem.aliases).into_iter().next() else { return false };
        t[..m.start].iter().all(|w| !w.is_word() || w.lower == "the" || crate::extract::dates::says_when(&w.lower))
    }

    /// The side (a group, no person) that opens sentence `s` as the subject of its first verb,
    /// after its time at most ("On November 7, Russia …"), when nobody's words were told
    /// before `upto`.
    pub(super) fn side_opening(&self, s: &Sentence, p: &str, upto: usize, told: &Told) -> Option<Actor> {
        let t = &s.tokens;
        if told.found.iter().any(|f| f.verb.is_some_and(|v| v.is_speech())) {
            return None;
        }
        let m = self.g.mentions(t, 0..upto, &self.mem.aliases).into_iter().next()?;
        let opens = t[..m.start].iter().all(|w| {
            !w.is_word() || w.lower == "the" || crate::extract::dates::says_when(&w.lower) || crate::extract::dates::clock_word(&w.lower)
        });
        // Its verb right after it: "Russia finalized", "Russia has completed".
        let next_is_verb = t.get(m.end).is_some_and(|w| {
            w.is_word()
                && !w.is_capitalized()
                && (w.lower.ends_with("ed") || matches!(w.lower.as_str(), "has" | "had" | "was" | "is" | "will" | "would"))
        });
        if !opens || !next_is_verb || !matches!(m.what, What::Group(_)) {
            return None;
        }
        crate::extract::actors::mention_actor(self.g, &self.mem, s, p, &m, "the sentence's subject")
    }

    /// "Ukraine said it launched a cross-border attack", "Ukraine has taken 82 settlements after it
    /// launched …": "it" doing an act is the side this sentence told of before it (a group, not a
    /// person): its last event's, else the group the sentence opens with. (What "it" said is the
    /// body that last reported: `it_reported`.)
    pub(super) fn it_acted(&self, s: &Sentence, p: &str, v: &VerbHit, span: std::ops::Range<usize>, told: &Told) -> Option<Actor> {
        let t = &s.tokens;
        let words: Vec<&crate::extract::text::Token> = t[span].iter().filter(|w| w.is_word()).collect();
        let it = words.first().is_some_and(|w| w.lower == "it")
            && words[1..].iter().all(|w| BETWEEN_AUX.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "has" | "had" | "was"));
        // "The FSB said its forces fired weapons at the ships": the forces of the side that told it.
        let its_forces = its_own_arms(&words);
        // "The Russian Defence Ministry said air defence systems shot down two drones": air defences
        // with no side named are those of the side that reports them.
        let air_defence = {
            let w: Vec<&str> = words.iter().map(|w| w.lower.as_str()).filter(|w| !matches!(*w, "the" | "its" | "their")).collect();
            matches!(w.first(), Some(&"air"))
                && matches!(w.get(1), Some(&("defence" | "defense" | "defences" | "defenses")))
                && w.len() <= 3
        };
        // "Poland said it and its NATO allies had shot down drones": the side that told it, with its own.
        let aux = |w: &str| BETWEEN_AUX.contains(&w) || matches!(w, "has" | "had" | "have" | "was" | "were");
        let named = words.iter().rposition(|w| !aux(&w.lower)).map_or(0, |k| k + 1);
        let it_and_its = (4..=6).contains(&named)
            && words[0].lower == "it"
            && words[1].lower == "and"
            && matches!(words[2].lower.as_str(), "its" | "their")
            && !v.is_speech();
        let it = it || its_forces || air_defence || it_and_its;
        if !it || v.is_speech() || v.subject_after {
            return None;
        }
        let group = |a: &Actor| a.person.is_none() && a.key.starts_with("group:");
        let why = |a: &Actor| format!("“it”: the side this sentence told of before it ({})", a.name);
        if let Some(f) = told.found.iter().rev().find(|f| group(&f.actor)) {
            // ("Its forces", "air defence systems" are named as the text names them, for the title.)
            let name = if its_forces {
                // "its forces" → "The FSB's forces".
                format!("{}'s {}", f.actor.name, &p[words[1].start..words[words.len() - 1].end])
            } else if it_and_its {
                // "it and its NATO allies" → "Poland and its NATO allies".
                format!("{} and {}", f.actor.name, &p[words[2].start..words[named - 1].end])
            } else if air_defence {
                crate::extract::titles::capitalise(&p[words[0].start..words[words.len() - 1].end])
            } else {
                f.actor.name.clone()
            };
            return Some(Actor { why: why(&f.actor), name, ..f.actor.clone() });
        }
        // The group the sentence opens with, as its subject.
        let m = self.g.mentions(t, 0..v.at, &self.mem.aliases).into_iter().next()?;
        let opens = t[..m.start].iter().all(|w| w.lower == "the");
        if !opens || !matches!(m.what, What::Group(_) | What::Demonym(_)) {
            return None;
        }
        let a = crate::extract::actors::mention_actor(self.g, &self.mem, s, p, &m, "the sentence's subject")?;
        Some(Actor { why: why(&a), ..a })
    }

    /// "Sources familiar with the matter told Reuters", "two officials said": a
    /// source the text does not name (and whose side no word gives) is a report
    /// of its own, in the lane of actors not established.
    pub(super) fn unnamed_source(&self, s: &Sentence, p: &str, span: std::ops::Range<usize>) -> Option<Actor> {
        const SOURCES: &[&str] = &[
            "source",
            "sources",
            "official",
            "officials",
            "people",
            "person",
            "diplomat",
            "diplomats",
            "insider",
            "insiders",
            "aides",
            "authorities",
            "governor",
            "mayor",
            "governors",
            "mayors",
            "police",
            "witnesses",
            "residents",
            // "according to senior figures on both sides".
            "figures",
            // "The two members of NATO and the European Union said" (see `actors::members_of`).
            "members",
        ];
        let words: Vec<&crate::extract::text::Token> = s.tokens[span].iter().filter(|t| t.is_word()).collect();
        let head = words.iter().take(4).position(|w| SOURCES.contains(&w.lower.as_str()))?;
        // ("The two members of NATO and the European Union": whose members they are names them.)
        let last =
            if words[head].lower == "members" && words.get(head + 1).is_some_and(|w| w.lower == "of") { words.len() - 1 } else { head };
        let name = p[words[0].start..words[last].end].to_owned();
        // "according to the acting mayor": a town's or region's office serves where the story is.
        let local = crate::extract::actors::LOCAL_OFFICES.contains(&words[head].lower.as_str())
            && words[..head].iter().all(|w| matches!(w.lower.as_str(), "the" | "acting" | "city" | "town" | "regional" | "local"));
        if local && let Some(lane) = self.mem.last_place_lane() {
            let why = format!("“{name}”: the local office of the last place named ({})", self.g.lanes[lane].label);
            return Some(Actor { key: format!("local:{lane}:{}", name.to_lowercase()), name, lane, person: None, why });
        }
        let why = format!("“{name}”: a source the text does not name");
        Some(Actor { key: format!("unnamed:{}", name.to_lowercase()), name, lane: self.g.default_lane, person: None, why })
    }

    /// "the ministry", "the government" alone: an institution of the side the
    /// text is about, that is of the last actor found (in this sentence, else before).
    pub(super) fn institution(&self, s: &Sentence, p: &str, span: std::ops::Range<usize>, found: &[Found]) -> Option<Actor> {
        let mut words: Vec<&crate::extract::text::Token> = s.tokens[span.clone()].iter().filter(|t| t.is_word()).collect();
        // "according to a joint statement issued after …": the institution ends the name.
        if let Some(k) = words.iter().take(3).position(|w| INSTITUTIONS.contains(&w.lower.as_str())) {
            words.truncate(k + 1);
        }
        let head = words.last()?;
        // "The General Staff of the Armed Forces of Ukraine has said … the General Staff said": the
        // body last reporting whose name opens with these words.
        if (2..=4).contains(&words.len())
            && words[0].lower == "the"
            && words[1..].iter().all(|w| w.is_capitalized())
            && let Some(body) = self.last_body.clone().filter(|b| {
                let name = b.name.strip_prefix("The ").or_else(|| b.name.strip_prefix("the ")).unwrap_or(&b.name);
                let said = p[words[1].start..head.end].to_owned();
                name.len() > said.len() && name.starts_with(&said) && name[said.len()..].starts_with(' ')
            })
        {
            let why = format!("“{}”: the body that last reported under that name ({})", p[words[0].start..head.end].to_owned(), body.name);
            return Some(Actor { why, ..body });
        }
        // "Russia's Investigative Committee said … In a later statement, the committee said": the body
        // last reporting whose name ends with the same noun.
        if words.len() == 2
            && words[0].lower == "the"
            // A document is the body's of its own side (below): "a joint statement" is no name.
            && !matches!(head.lower.as_str(), "statement" | "announcement" | "bulletin")
            && let Some(body) = self.last_body.clone().filter(|b| {
                b.name.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| w.eq_ignore_ascii_case(&head.lower))
            })
        {
            let why = format!("“{}”: the body that last reported under that name ({})", p[words[0].start..head.end].to_owned(), body.name);
            return Some(Actor { why, ..body });
        }
        if words.len() > 3 || !matches!(words[0].lower.as_str(), "the" | "a") || !INSTITUTIONS.contains(&head.lower.as_str()) {
            return None;
        }
        // The side of the last actor found in this sentence, else of a side its
        // words name before the source ("The United States will …, according to a
        // statement"), else of the last event drafted.
        let named_before = || {
            let upto = span.start.min(s.tokens.len());
            self.g.mentions(&s.tokens, 0..upto, &[]).into_iter().filter(|m| !s.quoted[m.start]).find_map(|m| match m.what {
                What::Group(l) | What::Demonym(l) | What::Title(Some(l)) => Some(l),
                What::Person(id) => Some(self.g.people[id].lane),
                _ => None,
            })
        };
        // ("…, the bulletin said": a bulletin is the body's that last reported, whatever side its
        // words name.)
        // ("A naval tugboat was forced to stop, the statement read": nor is a statement whose sentence
        // names no side the document of the side of an act drafted last.)
        // (Of a body named as such: "a joint statement" before is nobody's in particular.)
        // (Nor a side named by its adjective alone: "The Russian side emphasized …" left the body "Russian".)
        let named_body = |b: &Actor| !b.name.to_lowercase().ends_with("statement") && b.name.split_whitespace().count() >= 2;
        let document = head.lower == "bulletin"
            || matches!(head.lower.as_str(), "statement" | "announcement") && found.is_empty() && named_before().is_none();
        if document
            && words.len() == 2
            && let Some(body) = self.last_body.clone().filter(named_body)
        {
            let why = format!("“{}”: the document of the body that last reported ({})", p[words[0].start..head.end].to_owned(), body.name);
            return Some(Actor { why, ..body });
        }
        // (A happening of no side, "A Russian Il-76 plane crashed …, and RIA quoted the defence
        // ministry", gives the ministry no side: the words before it may.)
        let sided = found.iter().rev().map(|f| f.actor.lane).find(|&l| l != self.g.default_lane);
        let lane = sided.or_else(named_before).or(self.drafts.last().map(|d| d.lane))?;
        // "The announcement states …", "the statement said": the document of the body that last reported.
        if matches!(head.lower.as_str(), "statement" | "announcement" | "bulletin")
            && words.len() == 2
            && let Some(body) = self.last_body.clone().filter(|b| b.lane == lane && named_body(b))
        {
            let why = format!("“{}”: the document of the body that last reported ({})", p[words[0].start..head.end].to_owned(), body.name);
            return Some(Actor { why, ..body });
        }
        let name = p[words[0].start..head.end].to_owned();
        let why = format!("“{name}”: of the side last reported on ({})", self.g.lanes[lane].label);
        Some(Actor { key: format!("institution:{lane}:{}", name.to_lowercase()), name, lane, person: None, why })
    }
}

/// "its forces", "their troops", "its drones": a side's own forces or arms, named by "its" or
/// "their" and up to two describing words; whose they are is the side that tells of them.
pub(super) fn its_own_arms(words: &[&crate::extract::text::Token]) -> bool {
    let armed_head = |w: &str| {
        FORCES.contains(&w)
            || matches!(
                w,
                "military" | "navy" | "defences" | "defenses" | "jets" | "aircraft" | "ships" | "vessels" | "drones" | "missiles"
            )
    };
    words.len() >= 2
        && words.len() <= 4
        && matches!(words[0].lower.as_str(), "its" | "their")
        && words.last().is_some_and(|w| armed_head(&w.lower))
        && words[1..].iter().all(|w| !w.is_capitalized())
}
