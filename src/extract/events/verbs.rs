//! One verb of a sentence: who did it and what it tells (a report, an act, a happening,
//! a journey to a meeting).

use super::*;

impl Reader<'_> {
    /// The events one verb of the sentence tells, added to `told`: who did it
    /// (its subject, found or inherited), then what it is (a report, an act
    /// reported, an act of its own, or several parts).
    pub(super) fn read_verb(&mut self, s: &Sentence, p: &str, v: &VerbHit, stops: &[usize], told: &mut Told) {
        let span = span_of(s, v, stops);
        // "whatever decisions are announced at the summit": what may be announced, by nobody yet.
        let whatever = s.tokens[span.clone()].iter().any(|w| matches!(w.lower.as_str(), "whatever" | "whichever"));
        if whatever && v.is_speech() && is_passive(s, v) {
            return;
        }
        // "said there was no evidence that Russia had attacked", "doubted that Moscow would
        // withdraw", "reports that Ukraine had attacked the city were false": an act the words
        // around deny, doubt or only hear of is not told as done.
        if !v.is_speech() && !v.subject_after && not_told_as_done(s, span.start) {
            return;
        }
        // "caught fire after being hit by debris from a drone attack": a gerund after a
        // preposition tells how the main clause's event came about, with nothing hit named.
        let t = &s.tokens;
        if v.at >= 2
            && t[v.at - 1].lower == "being"
            && matches!(t[v.at - 2].lower.as_str(), "after" | "before" | "since" | "despite" | "for" | "by" | "from")
        {
            return;
        }
        // "when it was hit by Russian rockets": what was hit is one told before; this tells nothing new.
        if v.kind == Kind::Attack
            && v.subject_after
            && v.at >= 2
            && matches!(t[v.at - 1].lower.as_str(), "was" | "were")
            && matches!(t[v.at - 2].lower.as_str(), "it" | "they")
        {
            return;
        }
        // A toll or an evacuation told inside someone's words ("officials said two people were injured")
        // is what that report says: one mark, theirs. Destruction is an attack of its own, as an act
        // told inside a report is.
        // "The bridge was partially destroyed by the blast", "three people were killed by falling
        // debris": a doer after "by" that names no side leaves what happened, nobody's act.
        let by_thing = self.by_thing(s, v);
        let (v, span) = match &by_thing {
            Some(thing) => (thing, span_of(s, thing, stops)),
            None => (v, span),
        };
        // "No casualties have been reported", "No one was killed": what did not happen is no event.
        if negative_subject(s, &span) && (passive_be(s, v).is_some() || v.is_speech() && !v.subject_after && is_passive(s, v)) {
            return;
        }
        let collapse = COLLAPSES.contains(&s.tokens[v.at].lower.as_str());
        let toll_told = (passive_happening(s, v) || collapse)
            && v.kind == Kind::Other
            && (told.main.is_some() || (0..s.tokens.len()).any(|k| !s.quoted[k] && crate::extract::kinds::speech_at(s, k)));
        if let Some((thing, title)) = self.happening(s, p, v, &span) {
            let verb_words = s.slice(p, v.at, v.end - 1).to_owned();
            let f = Found { inside: told.main, title: Some(title), ..Found::new(thing, v.kind, Some(*v), verb_words) };
            if toll_told {
                told.in_words.push(f)
            } else {
                told.found.push(f)
            }
            return;
        }
        // "Zelensky broke out in laughter", "he collapsed": what befalls a thing is an event, what
        // befalls a person or a side with these verbs is not their act.
        if collapse {
            return;
        }
        // "Ukraine's air force was destroyed": what was done to a side is no act of that side.
        if passive_be(s, v).is_some() && !v.subject_after {
            return;
        }
        // "Ukraine sank the Moskva": sinking something is an attack.
        let sank = (v.kind == Kind::Other && s.tokens[v.at].lower == "sank").then_some(VerbHit { kind: Kind::Attack, ..*v });
        let v = sank.as_ref().unwrap_or(v);
        let passive_speech = v.is_speech() && !v.subject_after && is_passive(s, v);
        let Some(mut actors) = self.subject_of(s, p, v, span.clone(), passive_speech, told) else { return };
        if self.joined_act(s, p, v, &span, &actors, told) {
            return;
        }
        // "separate meetings with A, B and C": one meeting with each, the subject's.
        let listed = if v.kind == Kind::Meeting { separate_partners(s, v, stops) } else { Vec::new() };
        // Who "he" is next is the subject, not the partner met.
        let mut subjects = actors.len();
        if v.kind == Kind::Meeting
            && let Some(conveners) = convener_of_attended(self.g, s, p, v)
        {
            // "attended the NATO summit": the meeting is the side's that convened it.
            actors = conveners;
            subjects = actors.len();
        } else if v.kind == Kind::Meeting && listed.is_empty() && !actors.is_empty() {
            // The other side, only beside a subject: "met with X" of nobody known is never X's meeting alone.
            actors.extend(partners(self.g, &mut self.mem, s, p, v));
        }
        let verb_words = s.slice(p, v.at, v.end - 1).to_owned();
        // "Trump, who is accused of favoring Russia, was asked …": a charge of nobody named told
        // in a relative clause describes the person; it is no report of the story.
        let t = &s.tokens;
        let described = || {
            (0..v.at)
                .rev()
                .find(|&k| {
                    let w = t[k].lower.as_str();
                    !(t[k].is_word()
                        && (matches!(w, "is" | "are" | "was" | "were" | "been" | "being" | "has" | "have" | "had" | "also" | "often")
                            || w.ends_with("ly")))
                })
                .is_some_and(|k| matches!(t[k].lower.as_str(), "who" | "which"))
        };
        if passive_speech && described() {
            return;
        }
        // "The Ukrainian authorities have been offered to start negotiations …, Orban told
        // reporters": a passive inside the words a teller after them is named for is theirs.
        let teller_after = || {
            crate::extract::kinds::find_verbs(s)
                .iter()
                .any(|w| w.at > v.end && w.is_speech() && !s.quoted[w.at] && (v.end..w.at).any(|k| t[k].is_punct(',') && !s.quoted[k]))
        };
        if passive_speech && teller_after() {
            return;
        }
        // "The Sumy City Council announced that three days of mourning have been declared": a
        // passive inside the words a teller before them is named for ("… that …") is theirs too.
        let teller_before = || {
            crate::extract::kinds::find_verbs(s).iter().any(|w| {
                w.end <= v.at
                    && w.is_speech()
                    && !s.quoted[w.at]
                    && t.get(w.end).is_some_and(|x| x.lower == "that")
                    && !(w.end..v.at).any(|k| t[k].is_punct(';'))
            })
        };
        if passive_speech && teller_before() {
            return;
        }
        if passive_speech {
            // "Russian forces were accused of …": a report whose source is not named.
            let actor = Actor {
                name: String::new(),
                lane: self.g.default_lane,
                key: UNNAMED.to_owned(),
                person: None,
                why: "passive “{verb}”: the source is not named".replace("{verb}", &verb_words),
            };
            // Titled as told ("Russian forces were accused of …"): "Unnamed source accused of …"
            // would read as the source being accused.
            // ("Russia's announcement that it would leave the deal was condemned": a "that" with no
            // verb before it belongs to the subject's noun, which is told as well.)
            let noun_that =
                span.start >= 2 && s.tokens[span.start - 1].lower == "that" && !crate::extract::dates::has_verb(s, 0..span.start - 1, 0..0);
            let told_as = from_token(s, p, if noun_that { 0 } else { span.start });
            let title = titles::capitalise(told_as.trim_end().trim_end_matches(['.', ',', ';']));
            // "it was stated, “Ambassadors of EU countries have reached an agreement …”": an
            // impersonal "it" tells nothing; what was stated is the title.
            let t = &s.tokens;
            let subject: Vec<&str> = t[span.start..v.at]
                .iter()
                .filter(|w| w.is_word() && !matches!(w.lower.as_str(), "is" | "was" | "has" | "been" | "also"))
                .map(|w| w.lower.as_str())
                .collect();
            let impersonal = subject.last() == Some(&"it") && span.start < v.at;
            // "Earlier it was reported that on Tuesday Orban visited Ukraine": nobody's report of an
            // act the sentence tells as an event of its own is no event beside it.
            let act_told =
                || crate::extract::kinds::find_verbs(s).iter().any(|w| w.at > v.end && !w.is_speech() && !w.future && !s.quoted[w.at]);
            if impersonal && act_told() {
                return;
            }
            let title = match (0..t.len()).skip(v.end).find(|&k| t[k].is_word() && t[k].lower != "that") {
                Some(k) if impersonal => {
                    titles::fit(&titles::capitalise(from_token(s, p, k).trim_end_matches(['.', ',', ';', '”', '"'])), titles::MAX_TITLE)
                }
                _ => title,
            };
            let title = (span.start < v.at).then_some(title);
            told.found.push(Found { denial: v.denial, title, ..Found::new(actor, v.kind, Some(*v), verb_words.clone()) });
            return;
        }
        if !self.fill_in_subject(s, p, v, stops, &mut actors, told) {
            return;
        }
        // "…, the Interfax news agency reported, citing Kremlin spokesperson Dmitry Peskov":
        // the words are the one cited, the outlet only passes them on.
        if v.is_speech()
            && let Some(cited) = cited_after(self.g, &mut self.mem, s, p, v.end)
        {
            let via = actors.first().map_or(String::new(), |a| format!(" (“{}” passing them on)", a.name));
            actors = vec![Actor { why: format!("{}: cited after the verb{via}", cited.why), ..cited }];
        }
        self.known_body(s, &span, &mut actors);
        // "said the War Gonzo blog": a name with a head noun of a body is a body, the "it" of what follows.
        let body_named = s.tokens[span.clone()].iter().any(|w| BODY_NOUNS.contains(&w.lower.as_str()));
        for a in actors.iter().take(subjects.max(1)) {
            self.mem.spoke(a);
            if v.is_speech() && (a.person.is_none() || body_named) && !a.name.is_empty() {
                self.last_body = Some(a.clone());
            }
        }
        told.last_subject = actors.first().cloned();
        if v.is_speech() {
            self.read_report(s, p, v, stops, actors, &verb_words, told);
            return;
        }
        let will = if v.future && will_before(s, v.at) { "will " } else { "" };
        if let Some(traveller) = actors.first().cloned() {
            self.meeting_travelled_for(s, p, v, traveller, told);
        }
        let subject = actors.first().cloned().filter(|_| told.main.is_none());
        let first_found = told.found.len();
        let several = actors.len() > 1;
        let top = one_side(&mut actors.clone());
        // "Russia and Ukraine exchanged 200 prisoners", "Russian and Ukrainian delegations held
        // talks": the two warring sides' one act is neither's, in the lane of no side.
        let both_sides = self.warring_sides(&actors);
        for a in actors {
            self.read_act(s, p, v, &span, a, told);
        }
        if several {
            // Titled from the sentence's subject ("Zelensky met with Biden"), then one event kept.
            same_title_for_each_side(&mut told.found[first_found..], s, p);
            let mut i = 0;
            told.found.retain(|f| {
                let keep = i < first_found || Some(f.actor.lane) == top;
                i += 1;
                keep
            });
            if let Some(names) = both_sides {
                let from = first_found.min(told.found.len());
                for f in told.found[from..].iter_mut().filter(|f| f.inside.is_none()) {
                    f.actor = Actor {
                        key: format!("group:{}", names.to_lowercase()),
                        name: names.clone(),
                        lane: self.g.default_lane,
                        person: None,
                        why: format!("“{names}”: both warring sides, neither's act alone"),
                    };
                }
            }
        }
        if let Some(subject) = subject {
            for &(a, b) in listed.iter().skip(1) {
                told.found.push(Found {
                    part: Some((a, b, format!("{will}{verb_words} with {}", s.slice(p, a, b - 1)))),
                    ..Found::new(subject.clone(), v.kind, Some(*v), format!("{verb_words} (one of several named)"))
                });
            }
        }
    }

    /// The names of a subject that is Russia's side and Ukraine's and no one else's (none of a
    /// third side), joined ("Russia and Ukraine").
    pub(super) fn warring_sides(&self, actors: &[Actor]) -> Option<String> {
        let id = |a: &Actor| self.g.lanes[a.lane].id.as_str();
        let sides = actors.iter().all(|a| matches!(id(a), "russia" | "ukraine"));
        let both = actors.iter().any(|a| id(a) == "russia") && actors.iter().any(|a| id(a) == "ukraine");
        (sides && both).then(|| actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(" and "))
    }

    /// A body no word places ("The Air Force believes …", "Local authorities said …"): the one
    /// named in full before with those first words ("The Air Force of the Ukrainian Armed
    /// Forces"), else, for a town's or region's authorities, the side of the last place named.
    /// A body a word places is remembered by the words of its name.
    pub(super) fn known_body(&mut self, s: &Sentence, span: &std::ops::Range<usize>, actors: &mut [Actor]) {
        const LOCAL: &[&str] = &["local", "regional", "city", "municipal", "region's", "city's"];
        const AUTHORITIES: &[&str] = &["authorities", "officials", "administration", "council", "governor", "mayor", "police"];
        let [a] = actors else { return };
        if a.person.is_some() {
            return;
        }
        let t = &s.tokens;
        let mut words: Vec<String> = t[span.clone()].iter().filter(|w| w.is_word()).map(|w| w.lower.clone()).collect();
        if words.first().is_some_and(|w| w == "the") {
            words.remove(0);
        }
        if words.is_empty() {
            return;
        }
        if a.lane != self.g.default_lane {
            if words.len() >= 3 && !self.bodies.iter().any(|(w, _)| *w == words) {
                self.bodies.push((words, a.clone()));
            }
            return;
        }
        if let Some((w, body)) = self.bodies.iter().rev().find(|(w, _)| w.len() > words.len() && w.starts_with(&words)) {
            let why = format!("“{}”: the body named in full before as “{}”", words.join(" "), w.join(" "));
            *a = Actor { why, ..body.clone() };
            return;
        }
        let local = words.iter().any(|w| LOCAL.contains(&w.as_str())) && words.last().is_some_and(|w| AUTHORITIES.contains(&w.as_str()));
        if local && let Some(lane) = self.mem.last_place_lane() {
            a.lane = lane;
            a.why = format!("{} (a town's or region's authorities: of the last place named)", a.why);
        }
    }

    /// "The U.S. drone fell into the Black Sea", "the cruiser sank": something that
    /// happened to a thing, nobody's act; the thing is its subject, in the lane of
    /// actors not established. None when someone is the subject ("Russia's jet
    /// crashed" is still the jet's; "Russian troops crashed …" is not a happening).
    pub(super) fn happening(&self, s: &Sentence, p: &str, v: &VerbHit, span: &std::ops::Range<usize>) -> Option<(Actor, String)> {
        const HAPPENINGS: &[&str] = &["fell", "crashed", "sank", "exploded", "caught", "collided"];
        const PEOPLE: &[&str] =
            &["troops", "forces", "soldiers", "army", "military", "officials", "people", "he", "she", "they", "it", "who", "which"];
        let t = &s.tokens;
        // "The bridge was partially destroyed", "three people had been killed": a passive with no doer
        // named (`kinds::verb_hit` lets only those through).
        let passive = passive_happening(s, v);
        let verb = t[v.at].lower.as_str();
        if v.subject_after || !(HAPPENINGS.contains(&verb) || COLLAPSES.contains(&verb) || passive) || s.quoted[v.at] {
            return None;
        }
        let mut span = span.clone();
        // "seven people were injured and several buildings were damaged": the thing after "and".
        while span.start < span.end && t[span.start].is_word() && matches!(t[span.start].lower.as_str(), "and" | "but" | "while" | "as") {
            span.start += 1;
        }
        // The auxiliaries and adverbs of the passive are no part of the thing: "people are being".
        let aux = |k: usize| {
            let w = t[k].lower.as_str();
            !t[k].is_word()
                || matches!(
                    w,
                    "was" | "were" | "is" | "are" | "be" | "been" | "being" | "has" | "have" | "had" | "also" | "now" | "reportedly"
                )
                || w.ends_with("ly")
        };
        // What "which" stands for: "a major dam in southern Ukraine which has been blown up".
        let relative = |k: usize| t[k].is_word() && matches!(t[k].lower.as_str(), "which" | "that");
        let from = span.clone().find(|&k| relative(k)).or_else(|| span.start.checked_sub(1).filter(|&k| relative(k)));
        // Back from token `end` to the article that opens the noun phrase ("a major dam in southern
        // Ukraine"), not past a verb ("are fleeing a dam"); the thing is the head before its place.
        let thing_before = |end: usize| {
            let words: Vec<usize> = (end.saturating_sub(8)..end)
                .rev()
                .take_while(|&j| {
                    let w = t[j].lower.as_str();
                    t[j].is_word() && !s.quoted[j] && !crate::extract::dates::says_when(w) && !w.ends_with("ed") && !w.ends_with("ing")
                })
                .collect();
            let start = words
                .iter()
                .position(|&j| matches!(t[j].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "this" | "that"))
                .map_or(words.last().copied(), |n| Some(words[n]))
                .unwrap_or(end);
            let end = (start + 1..end).find(|&j| matches!(t[j].lower.as_str(), "in" | "on" | "at" | "near" | "of" | "from")).unwrap_or(end);
            start..end
        };
        let mut told_from = None;
        if passive
            && let Some(k) = from
            && (k + 1..span.end).all(aux)
        {
            told_from = Some(k + 1);
            span = thing_before(if k > 0 && t[k - 1].is_punct(',') { k - 1 } else { k });
        } else if passive && let Some((open, close)) = inserted_relative(s, v) {
            // "The Kerch Strait Bridge, which has been a symbol of …, was partially destroyed": the
            // thing is named before the clause set off by commas.
            told_from = Some(close + 1);
            span = thing_before(open);
        }
        while passive && span.end > span.start && aux(span.end - 1) {
            span.end -= 1;
        }
        if span.is_empty() {
            return None;
        }
        let span = &span;
        // "sank the Moskva": an object makes it someone's act.
        if t[v.at].lower == "sank" && t.get(v.end).is_some_and(|w| w.is_capitalized() || DETERMINERS_OF_OBJECT.contains(&w.lower.as_str()))
        {
            return None;
        }
        let words: Vec<usize> = span.clone().filter(|&k| t[k].is_word()).collect();
        let &head = words.last()?;
        // "the war broke out in February 2022": the war's start (see `war_start`), no happening.
        if COLLAPSES.contains(&verb) && crate::extract::war_start::WAR_NOUNS.contains(&t[head].lower.as_str()) {
            return None;
        }
        // A thing named in a few words ("the U.S. MQ-9 unmanned aerial vehicle"), not a clause. People
        // may be what a passive tells of ("Hundreds of people were evacuated"), never a pronoun.
        let pronoun = matches!(t[head].lower.as_str(), "he" | "she" | "they" | "it" | "who" | "which" | "we" | "i" | "you");
        let and = words.iter().any(|&k| t[k].lower == "and");
        if (pronoun || !passive) && PEOPLE.contains(&t[head].lower.as_str()) || words.len() > 8 || and && !passive {
            return None;
        }
        // The subject is someone ("Russia crashed …"); "Prigozhin's plane" is a thing. People of a
        // side something was done to ("200 Ukrainians were exchanged") are no side acting.
        // (By the verb's whole phrase: "handed over" is two words.)
        let people = passive && {
            let phrase: Vec<&str> = t[v.at..v.end].iter().map(|w| w.lower.as_str()).collect();
            crate::extract::kinds::PEOPLE_MOVED.contains(&phrase.join(" ").as_str())
        };
        if !people && self.g.mentions(t, span.clone(), &self.mem.aliases).iter().any(|m| m.end > head) {
            return None;
        }
        let name = titles::capitalise(s.slice(p, words[0], head));
        // Up to a break, a clause of how it came about ("after being hit by …") or the next verb of
        // whoever tells it ("… were being evacuated and said two officers were wounded").
        let to = (v.end..t.len())
            .find(|&k| {
                t[k].kind == crate::extract::text::TokKind::Punct && !t[k].is_punct('.')
                    || s.quoted[k]
                    || matches!(t[k].lower.as_str(), "after" | "when" | "while" | "as" | "because" | "following" | "since")
                    || matches!(t[k].lower.as_str(), "and" | "but") && crate::extract::kinds::speech_at(s, k + 1)
                    // "… were injured | and a school was damaged": another clause with its own "be".
                    || matches!(t[k].lower.as_str(), "and" | "but")
                        && (k + 1..t.len().min(k + 6)).any(|j| matches!(t[j].lower.as_str(), "was" | "were" | "is" | "are" | "has" | "have" | "had"))
            })
            .unwrap_or(t.len());
        // "The dam, which has been blown up": "The dam has been blown up".
        let title = match told_from {
            Some(k) => format!("{name} {}", s.slice(p, k, to - 1)),
            None => s.slice(p, words[0], to - 1).to_owned(),
        };
        let title = titles::capitalise(title.trim_end_matches(['.', ' ']));
        let actor = Actor {
            key: format!("{THING}{}", name.to_lowercase()),
            name,
            lane: self.g.default_lane,
            person: None,
            why: if passive {
                format!("“{}”: {UNDONE}", s.slice(p, v.at, v.end - 1))
            } else {
                format!("“{}”: what happened to a thing, nobody's act", s.slice(p, v.at, v.end - 1))
            },
        };
        Some((actor, title))
    }

    /// The passive of what happens to people or things with a doer after "by" that names no
    /// side ("by the blast", "by falling debris"), read as a passive with no doer: its subject
    /// is what it happened to. People hurt or killed are a toll, as without "by".
    pub(super) fn by_thing(&self, s: &Sentence, v: &VerbHit) -> Option<VerbHit> {
        let t = &s.tokens;
        let by = t.get(v.end).is_some_and(|w| w.lower == "by" && !s.quoted[v.end]);
        if !v.subject_after || !by || passive_be(s, v).is_none() {
            return None;
        }
        if !self.g.mentions(t, after_span(s, v), &self.mem.aliases).is_empty() {
            return None;
        }
        let toll = matches!(t[v.at].lower.as_str(), "killed" | "injured" | "wounded" | "evacuated");
        let kind = if toll { Kind::Other } else { v.kind };
        let thing = VerbHit { subject_after: false, kind, ..*v };
        passive_happening(s, &thing).then_some(thing)
    }

    /// "arrived in Vilnius, for bilateral meetings with Biden", "flew to Anchorage for
    /// talks with Trump": the meeting a journey was for, an event of its own, of the
    /// traveller and whom they met (one event, in the first of their lanes).
    pub(super) fn meeting_travelled_for(&mut self, s: &Sentence, p: &str, v: &VerbHit, traveller: Actor, told: &mut Told) {
        const TRAVEL: &[&str] = &["arrived", "arrives", "travelled", "traveled", "travels", "flew", "landed", "came", "visited", "visits"];
        const MEETINGS: &[&str] = &["talks", "meeting", "meetings", "negotiations", "consultations", "summit"];
        let t = &s.tokens;
        if v.kind != Kind::Other || v.future || !TRAVEL.contains(&t[v.at].lower.as_str()) {
            return;
        }
        // "for" within the journey's clause (a comma may come before it), then at most two
        // describing words, the meeting noun and "with".
        let Some(for_at) = (v.end..t.len().min(v.end + 10))
            .take_while(|&k| !s.quoted[k] && (t[k].is_word() || t[k].is_punct(',') || t[k].is_punct('.') && k + 1 < t.len()))
            .find(|&k| t[k].lower == "for")
        else {
            return;
        };
        let Some(noun) =
            (for_at + 1..t.len().min(for_at + 4)).take_while(|&k| t[k].is_word()).find(|&k| MEETINGS.contains(&t[k].lower.as_str()))
        else {
            return;
        };
        if t.get(noun + 1).is_none_or(|w| w.lower != "with") {
            return;
        }
        let to = (noun + 2..t.len())
            .find(|&k| s.quoted[k] || t[k].kind == crate::extract::text::TokKind::Punct && !(t[k].is_punct('.') && k + 1 < t.len()))
            .unwrap_or(t.len());
        let mut sides = vec![traveller.clone()];
        sides.extend(resolve(self.g, &mut self.mem, s, p, noun + 2..to).into_iter().filter(|a| a.lane != traveller.lane));
        if sides.len() < 2 {
            return;
        }
        let Some(lane) = one_side(&mut sides.clone()) else { return };
        let Some(a) = sides.into_iter().find(|a| a.lane == lane) else { return };
        let words = s.slice(p, for_at + 1, to - 1);
        let act = format!("held {words}").replace("held meeting ", "held a meeting ").replace("held summit ", "held a summit ");
        // Titled from the traveller ("Volodymyr Zelensky held bilateral meetings with Biden").
        let title = titles::act_title(&titles::capitalise(&traveller.name), &act);
        told.found.push(Found {
            part: Some((for_at, to, act)),
            title: Some(title),
            ..Found::new(
                a,
                Kind::Meeting,
                Some(VerbHit { at: noun, end: noun + 1, kind: Kind::Meeting, ..*v }),
                format!("“{}”: what the journey was for", s.slice(p, for_at, noun)),
            )
        });
    }
}
