//! One sentence read: its time expressions, its verbs in order, then dating and drafting
//! what they told.

use super::*;

/// What the verbs of one sentence have told so far.
#[derive(Default)]
pub(super) struct Told {
    pub(super) found: Vec<Found>,
    /// The sentence's main report: the first reporting verb's event, or the act it reports.
    pub(super) main: Option<usize>,
    /// The subject of the last verb read: shared by "… and urged", ", praising".
    pub(super) last_subject: Option<Actor>,
    /// Happenings told inside words ("two civilians were killed, officials said"): the report's
    /// mark, unless no report of anyone is drafted ("…, the report said").
    pub(super) in_words: Vec<Found>,
}

/// Things giving way or breaking out ("the dam burst", "a fire broke out", "talks collapsed"):
/// happenings of a thing only; inside someone's words, what those words say (the report's mark).
pub(super) const COLLAPSES: &[&str] = &["broke", "burst", "collapsed", "erupted"];

/// "highlighted the $2.5 billion package announced yesterday": a time right after a participle
/// that describes the noun before it (after the event's verb at `at`) dates that noun's
/// past, not the event.
pub(super) fn dates_a_described_noun(s: &Sentence, cue_start: usize, at: usize) -> bool {
    let t = &s.tokens;
    let Some(part) = cue_start.checked_sub(1) else { return false };
    if part < 2 || part <= at + 1 {
        return false;
    }
    let w = &t[part];
    let participle = w.is_word() && !w.is_capitalized() && w.lower.len() > 4 && w.lower.ends_with("ed") && !s.quoted[part];
    participle && crate::extract::kinds::noun_before(s, part)
}

/// Nouns of events that a year or a month after them may date ("the sabotage of the pipelines
/// in 2022"), the mentioned events' nouns and a few more.
pub(super) const EVENT_NOUNS: &[&str] = &[
    "sabotage",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "bombing",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "invasion",
    "annexation",
    "war",
    "shelling",
    "downing",
    "crash",
    "assassination",
    "murder",
    "killing",
    "killings",
    "massacre",
    "election",
    "elections",
    "summit",
    "referendum",
    "referendums",
    "coup",
    "seizure",
    "capture",
    "occupation",
    "destruction",
];

/// Whether cue `c` ("in 2022", "in September 2022"), after the verb at `at`, dates an event
/// noun inside a phrase of a preposition between them rather than the verb: "Germany issued
/// arrest warrants for all suspects in the sabotage of the Nord Stream gas pipelines in 2022"
/// (the warrants came later). Not the verb's own object ("launched an attack on Kyiv in May").
pub(super) fn dates_an_event_noun(s: &Sentence, c: &Cue, d: &Dated, at: usize) -> bool {
    let t = &s.tokens;
    if c.start <= at + 2 || !matches!(d.precision, Precision::Year | Precision::Month) || t[c.start].lower != "in" {
        return false;
    }
    let Some(n) = (at + 1..c.start).rev().find(|&k| EVENT_NOUNS.contains(&t[k].lower.as_str())) else { return false };
    // Inside a phrase of a preposition ("in the sabotage", "over the attack"), not right after the verb.
    let in_phrase = n >= 2
        && n > at + 2
        && matches!(t[n - 1].lower.as_str(), "the" | "a" | "an")
        && PREPOSITIONS_OF_PHRASE.contains(&t[n - 2].lower.as_str());
    // Only the noun's own words between it and the time: no verb, no comma.
    let own = !(n + 1..c.start).any(|k| t[k].kind == crate::extract::text::TokKind::Punct)
        && !crate::extract::dates::has_verb(s, n + 1..c.start, 0..0);
    in_phrase && own
}

/// Prepositions whose phrase may hold an event noun named in passing.
pub(super) const PREPOSITIONS_OF_PHRASE: &[&str] = &["in", "of", "over", "for", "about", "after", "since", "into", "behind", "to"];

/// Words before "that" that deny or doubt what follows ("no evidence that", "it was false
/// that", "denied that", "doubted that").
pub(super) const DENYING_FRAMES: &[&str] = &[
    "no",
    "not",
    "never",
    "false",
    "untrue",
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "doubted",
    "doubts",
    "doubt",
    "disputed",
    "disputes",
    "refuted",
    "unclear",
    "unlikely",
    "nonsense",
    "lie",
    "lies",
    "baseless",
];
/// Nouns whose "that" clause is only heard of, not told as done ("reports that …").
pub(super) const HEARSAY: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "suggestions",
    "rumours",
    "rumors",
    "speculation",
];

/// Whether the act whose subject starts at `subject` is the clause of "whether"/"if", or of
/// "that" after words that deny, doubt or only hear of it.
pub(in crate::extract) fn not_told_as_done(s: &Sentence, subject: usize) -> bool {
    let t = &s.tokens;
    let Some(k) = subject.checked_sub(1) else { return false };
    if s.quoted[k] {
        return false;
    }
    match t[k].lower.as_str() {
        "whether" => true,
        // ("there is no doubt that …" affirms it.)
        "that" if k >= 2 && t[k - 1].lower == "doubt" && matches!(t[k - 2].lower.as_str(), "no" | "little") => false,
        "that" => (k.saturating_sub(4)..k)
            .filter(|&j| t[j].is_word() && !s.quoted[j])
            .any(|j| DENYING_FRAMES.contains(&t[j].lower.as_str()) || j + 1 == k && HEARSAY.contains(&t[j].lower.as_str())),
        _ => false,
    }
}

/// "has shelled the towns since Monday": a time after "since" is where the
/// event began to be true, not its day; from its first day to publication.
pub(in crate::extract) fn from_then_on(d: Dated, published: NaiveDate) -> Dated {
    let first = d.days().0.unwrap_or(d.start);
    if first > published {
        return d;
    }
    let cue = d.cue.as_deref().unwrap_or("then");
    let how = format!("“since {}”: from then until publication", cue.strip_prefix("since ").unwrap_or(cue));
    Dated { start: first, end: Some(published), precision: Precision::Range, cue: d.cue, how }
}

impl Reader<'_> {
    pub(super) fn sentence(&mut self, pi: usize, p: &str, s: &Sentence) {
        self.mem.next_sentence();
        let cues: Vec<(Cue, Dated)> = find_cues(s, p)
            .into_iter()
            .map(|c| {
                // "last week's NATO summit": the time of the summit, not the week the story is told in.
                let anchor = self.cal.anchor.clone();
                let d = self.cal.resolve(&c);
                if s.tokens.get(c.end).is_some_and(|w| w.kind == crate::extract::text::TokKind::Possessive) {
                    self.cal.anchor = anchor;
                } else if self.cal.anchor != anchor && self.cal.anchor.is_some() {
                    // "Last week, …": a week that opens a sentence of the lead is the time the story
                    // tells of; any other, the time of the rest of its paragraph.
                    let first_word = s.tokens.iter().position(|w| w.is_word());
                    // A week before publication's: "Earlier this week, …" leaves the rest at publication.
                    let past_week = self.cal.anchor.as_ref().is_some_and(|(monday, _)| *monday + Days::new(6) < self.cal.published);
                    // Only in the lead: further down, "Two weeks ago, Russia struck …" is background.
                    if self.lead && Some(c.start) == first_word && s.tokens.get(c.end).is_some_and(|w| w.is_punct(',')) && past_week {
                        self.story_week = self.cal.anchor.clone();
                    }
                    // Not a week inside what someone said ("The Kremlin said the question was
                    // raised, following talks in Turkey last week"): the saying is not of that week,
                    // nor is the rest of the paragraph.
                    let said_before = (0..c.start.saturating_sub(2)).any(|k| crate::extract::kinds::speech_at(s, k));
                    if !said_before {
                        self.paragraph_week = self.cal.anchor.clone();
                    }
                }
                // "since March", "since the start of October" (the cue's own first word).
                let since = c.start > 0 && s.tokens[c.start - 1].lower == "since" || s.tokens[c.start].lower == "since";
                let d = if since { from_then_on(d, self.cal.published) } else { d };
                (c, d)
            })
            .collect();
        let mut verbs = find_verbs(s);
        // "The Head of State stated this in his evening video address, Ukrinform reports.": where
        // the words just told were said, no words of its own; its reports are no events.
        // Opening the lead, it tells who said the headline's words ("Zelensky: Russian missile
        // strike in Poltava killed 41 people" / "President Volodymyr Zelensky announced this on
        // Facebook."): their statement, of the headline's words, quoted where its teller is named.
        let mut headline_said = None;
        if says_where_this_was_said(s, &verbs) {
            headline_said = (self.lead && self.first_sentence).then(|| headline_words(&self.headline)).flatten();
            if headline_said.is_none() {
                verbs.retain(|v| !v.is_speech());
            } else {
                // ("According to Ukrinform, …": the outlet that passes the words on says nothing.)
                verbs.retain(|v| !(v.subject_after && s.tokens[v.at].lower == "according"));
            }
        }
        let before_drafts = self.drafts.len();
        let stops: Vec<usize> = verbs.iter().flat_map(|v| v.at..v.end).collect();
        crate::extract::actors::learn_described_names(self.g, &mut self.mem, s, p);
        let mut told = Told::default();
        let mut noted = 0;
        for v in &verbs {
            self.mem.note_mentions(self.g, s, noted..v.at);
            noted = v.at;
            self.read_verb(s, p, v, &stops, &mut told);
        }
        self.mem.note_mentions(self.g, s, noted..s.tokens.len());
        let Told { mut found, main, in_words, .. } = told;
        if !found.iter().any(|f| f.verb.is_some_and(|v| v.is_speech())) {
            found.extend(in_words);
        }
        if !found.iter().any(|f| f.actor.person.is_some()) {
            self.mem.note_subject(self.g, s);
        }
        self.add_meeting_settings(s, p, &stops, main, &mut found);
        if !found.iter().any(|f| f.kind == Kind::Attack) {
            for (a, b, noun) in named_attacks(s, &stops) {
                // "Ukraine claimed responsibility for the attack on the bridge": the claimer's attack.
                let t = &s.tokens;
                let claimed_by = (a >= 2 && t[a - 1].lower == "for" && t[a - 2].lower == "responsibility")
                    .then(|| main.and_then(|m| found.get(m)).filter(|f| f.kind == Kind::Claim).map(|f| f.actor.clone()))
                    .flatten();
                // "Russia's defence ministry said its drones had carried out a major attack": the
                // reporting side's own, carried out by "its" (or "their") arms or forces.
                let carried_out_by_its_own = || {
                    let verb = (a >= 2 && t[a - 1].lower == "out" && matches!(t[a - 2].lower.as_str(), "carried" | "carry" | "carries"))
                        .then(|| a - 2)?;
                    let mut k = verb;
                    while k > 0 && matches!(t[k - 1].lower.as_str(), "had" | "has" | "have" | "also" | "successfully") {
                        k -= 1;
                    }
                    let owner = (k.saturating_sub(4)..k).find(|&j| matches!(t[j].lower.as_str(), "its" | "their") && !s.quoted[j])?;
                    let arms: Vec<&crate::extract::text::Token> = t[owner..k].iter().collect();
                    (arms.iter().all(|w| w.is_word()) && super::subjects::its_own_arms(&arms)).then_some(())?;
                    let teller =
                        main.and_then(|m| found.get(m)).filter(|f| f.verb.is_some_and(|v| v.is_speech()) && f.actor.person.is_none())?;
                    Some(Actor {
                        why: format!("carried out by “{}”: the side that told it ({})", s.slice(p, owner, k - 1), teller.actor.name),
                        ..teller.actor.clone()
                    })
                };
                let side = claimed_by.or_else(carried_out_by_its_own).unwrap_or_else(|| attack_side(self.g, s, p, a, noun));
                let side = if side.key == UNNAMED { self.attack_referred_back(s, a).unwrap_or(side) } else { side };
                found.push(Found {
                    inside: main,
                    named: Some((a, b)),
                    ..Found::new(side, Kind::Attack, None, s.slice(p, noun, noun).to_owned())
                });
            }
        }
        // (A charge told apart from the words, ", which he blamed on Russia", is the blame already.)
        let charged: Vec<String> =
            found.iter().filter(|f| f.kind == Kind::Accusation && f.part.is_some()).map(|f| f.actor.key.clone()).collect();
        for f in found.iter_mut().filter(|f| f.kind == Kind::Statement && f.inside.is_none() && !f.denial) {
            if !charged.contains(&f.actor.key)
                && let Some(other) = blamed_side(self.g, s, p, f.actor.lane)
            {
                // "Russia has evidence that Washington was behind the attack, Peskov said": blame.
                f.kind = Kind::Accusation;
                f.why_kind = format!("{} (blames “{other}” for an attack or crime)", f.why_kind);
            }
        }
        let unverified = says_unverified(s.text(p));
        self.attack_names = named_attacks(s, &stops).into_iter().map(|(a, b, _)| (a, b)).collect();
        // "the one-year anniversary of Russia's invasion": the anniversary is what the sentence dates.
        self.anniversaries = self
            .attack_names
            .iter()
            .filter(|&&(a, _)| (a.saturating_sub(4)..a).any(|k| s.tokens[k].lower == "anniversary"))
            .map(|&(a, _)| a)
            .collect();
        let mut dates = self.date_events(s, p, &found, &cues);
        self.date_referred_attacks(&found, &mut dates);
        // The lanes this sentence's events are in, and a transcript speaker's: another's acts told as clauses are the rest.
        // ("Russia finalized its withdrawal, as it said it would …": words told "as" the act was done
        // are not the act's telling.)
        let told: Vec<usize> = found
            .iter()
            .filter(|f| !f.verb.is_some_and(|v| v.is_speech() && as_it_said(s, v.at)))
            .map(|f| f.actor.lane)
            .chain(self.voice.as_ref().map(|v| v.lane))
            .collect();
        // A meeting already read ("Zelensky met Trump", one event in the upper lane) tells no clause.
        let read: Vec<usize> = found.iter().filter(|f| f.kind == Kind::Meeting).filter_map(|f| f.verb.map(|v| v.at)).collect();
        // Whose quoted words these are: a person reported as speaking, else a transcript's speaker.
        let speaker = found
            .iter()
            .find(|f| f.inside.is_none() && f.actor.person.is_some() && f.verb.is_some_and(|v| v.is_speech()))
            .map(|f| f.actor.clone())
            .or_else(|| self.voice.clone());
        self.push_drafts(pi, s, p, found, dates, unverified);
        if let Some((who, words)) = headline_said {
            let speech = |k: Kind| matches!(k, Kind::Statement | Kind::Claim | Kind::Accusation);
            // Only the teller the headline names: other words are no one's said here.
            let mut i = before_drafts;
            while i < self.drafts.len() {
                let d = &mut self.drafts[i];
                let named = d.actor.as_deref().is_some_and(|a| names_the_same(a, &who));
                if speech(d.kind) && named {
                    d.title = titles::fit(
                        &format!("{}: {}", d.actor.as_deref().unwrap_or_default(), titles::capitalise(&words)),
                        titles::MAX_TITLE,
                    );
                    d.notes.push_str(HEADLINE_SAID);
                    i += 1;
                } else if speech(d.kind) {
                    self.drafts.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        // "Zelensky's first trip abroad", "the denial by the Russians": events named inside this one.
        for ph in crate::extract::mentioned::phrases(self.g, &self.mem, s, p, &stops) {
            if let Some(mut date) = crate::extract::mentioned::date(&ph, s, &cues, &self.cal) {
                // "ISTANBUL, June 2. /TASS/. The second round of direct talks … has concluded": a
                // meeting the lead's first sentence opens with, told as having taken place, is the
                // day's news, as a lead's own verb is.
                // (After a dateline: "ISTANBUL, June 2. /TASS/.")
                let opens = s.tokens[..ph.start]
                    .iter()
                    .all(|w| !w.is_word() || w.is_capitalized() || w.lower == "the" || w.lower.chars().all(|c| c.is_ascii_digit()));
                // (A dateline before it may be a sentence of its own: no lowercase word.)
                let after_dateline = !p[..s.start].split_whitespace().any(|w| w.chars().next().is_some_and(char::is_lowercase));
                if date.precision == Precision::Before
                    && self.lead
                    && (self.first_sentence || after_dateline)
                    && !self.in_transcript
                    && opens
                    && ph.kind == Kind::Meeting
                    // (Right after the phrase, or inside it: "Talks between … took place in Geneva" is titled whole.)
                    && (ph.noun + 1..=ph.end).any(|k| crate::extract::mentioned::took_place_at(s, k))
                {
                    let (day, words) = self.story.clone();
                    let how = "a meeting the lead opens with, told as having taken place: the story's day".to_owned();
                    date = Dated { start: day, end: None, precision: Precision::Day, cue: words, how };
                }
                self.mentioned.push(crate::extract::mentioned::draft(self.g, pi, s, p, &ph, date, self.cal.published));
            }
        }
        // "since the war began": the invasion, named in passing.
        if self.about_the_war {
            self.war_starts.extend(crate::extract::war_start::starts(self.g, pi, s, p, &cues, &self.cal));
        }
        // "…, Russia has shifted its focus to the Donbas,” he said": another actor's act told as a clause.
        let mut quoted_cues: Option<Vec<(Cue, Dated)>> = None;
        for c in crate::extract::clauses::clauses(self.g, &self.mem, s, p, &told, &self.people, speaker.as_ref())
            .into_iter()
            .filter(|c| !read.contains(&c.verb))
        {
            // "“On Nov. 21, the Russian armed forces launched a strike,” Putin said": a clause told in
            // quoted words is dated by the times in those words too.
            let cues: std::borrow::Cow<[(Cue, Dated)]> = if s.quoted[c.verb] {
                let inside = quoted_cues.get_or_insert_with(|| self.cues_in_quotes(s, p));
                std::borrow::Cow::Owned(cues.iter().chain(inside.iter()).cloned().collect())
            } else {
                std::borrow::Cow::Borrowed(&cues)
            };
            let mut date = crate::extract::clauses::date(&c, s, &cues, &self.cal);
            if c.alleged && date.precision == Precision::Before {
                // "Ukraine on Thursday accused Russia of firing a new kind of missile": the accusation's
                // time, else the day's news.
                date = match cues.iter().find(|(cue, _)| cue.end <= c.start && !cue.future && !cue.would) {
                    Some((cue, d)) => {
                        Dated { how: format!("an act one is accused of: the accusation's time (“{}”)", cue.text), ..d.clone() }
                    }
                    None => {
                        let (day, words) = self.story.clone();
                        let how = "an act one is accused of, with no time of its own: the story's day, as news tells it".to_owned();
                        Dated { start: day, end: None, precision: Precision::Day, cue: words, how }
                    }
                };
            }
            self.clauses.push(crate::extract::clauses::draft(self.g, pi, s, p, &c, date));
        }
        self.people.extend(crate::extract::clauses::people_named(self.g, &self.mem, s, p, s.tokens.len()));
    }

    /// The time expressions inside the quoted words of sentence `s`, resolved without moving
    /// the calendar (what a speaker names does not set the story's week).
    pub(super) fn cues_in_quotes(&self, s: &Sentence, p: &str) -> Vec<(Cue, Dated)> {
        let mut open = s.clone();
        open.quoted.fill(false);
        find_cues(&open, p)
            .into_iter()
            .filter(|c| s.quoted[c.start])
            .map(|c| {
                let d = self.cal.clone().resolve(&c);
                (c, d)
            })
            .collect()
    }
}
