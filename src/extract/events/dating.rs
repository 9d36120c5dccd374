//! When each event of a sentence happened, in order of evidence.

use super::*;

impl Reader<'_> {
    /// The date of each event of the sentence, in order (each may be dated by
    /// those before it), kept within the calendar; an "attended" of no meeting of
    /// its own and a transcript's "just" done are dated by what they refer to.
    pub(super) fn date_events(&mut self, s: &Sentence, p: &str, found: &[Found], cues: &[(Cue, Dated)]) -> Vec<Dated> {
        let mut dates: Vec<Dated> = Vec::new();
        for f in found {
            // Dates derived from a cue ("the days before …") can still cross the calendar's ends.
            let own = self.date_of(s, f, found, &dates, cues);
            let mut d = self.cal.within_calendar(own);
            // "… since the start of October, Zelensky said": how long what was said has lasted,
            // never when it was said.
            if f.verb.is_some_and(|v| v.is_speech()) && d.how.starts_with("“since ") {
                let (day, words) = self.story.clone();
                let how = "what was said tells how long something has lasted, not when it was said: the story's day".to_owned();
                d = Dated { start: day, end: None, precision: Precision::Day, cue: words, how };
                if f.actor.key != UNNAMED {
                    self.actor_dates.insert(f.actor.key.clone(), d.clone());
                }
            }
            if f.kind == Kind::Meeting
                && (d.how == UNDATED || d.how.starts_with(SIMPLE_PAST))
                && attended_back(s, p, f)
                && let Some(m) = &self.last_meeting
            {
                let words = m.cue.clone().unwrap_or_default();
                d = Dated { how: format!("“attended” with no meeting of its own: the meeting just told (“{words}”)"), ..m.clone() };
            }
            let own_side = self.voice.as_ref().is_some_and(|v| v.lane == f.actor.lane);
            if self.in_transcript && own_side && d.how == UNDATED && under_way_now(s, f) {
                // "The Department is taking action to impose …", "we are sending …": the speaker's
                // side does it as the words are said, on the day the transcript or release records
                // them. (Another side's "is escalating his attacks" is a campaign long under way.)
                d = Dated {
                    start: self.cal.published,
                    end: None,
                    precision: Precision::Day,
                    cue: None,
                    how: "under way as the remarks the transcript records are said (“is doing”): their day, its publication".to_owned(),
                };
            }
            if self.in_transcript && d.how == UNDATED && (just_done(s, f) || moments_ago(s, f)) {
                // "We have just had negotiations": moments before the words the transcript records.
                d = Dated {
                    start: self.cal.published,
                    end: None,
                    precision: Precision::Day,
                    cue: Some("just".to_owned()),
                    how: "“just” done, said in the remarks the transcript records: their day, its publication".to_owned(),
                };
            }
            if f.kind == Kind::Meeting && !f.verb.is_some_and(|v| v.future) && matches!(d.precision, Precision::Day | Precision::Range) {
                self.last_meeting = Some(d.clone());
            }
            dates.push(d);
        }
        dates
    }
}

impl Reader<'_> {
    /// When an event happened, in order of evidence: a time expression of its
    /// own; for something reported inside a statement, on or before that
    /// statement; the same actor's last dated report; a day named earlier in the paragraph; the week
    /// the article has set ("Last week"); else on or before publication.
    pub(super) fn date_of(&mut self, s: &Sentence, f: &Found, found: &[Found], dated: &[Dated], cues: &[(Cue, Dated)]) -> Dated {
        let at = f.verb.map(|v| v.at).or(f.setting.as_ref().map(|x| x.0)).or(f.named.map(|x| x.0)).unwrap_or(0);
        if let Some(d) = self.date_of_named_attack(f, cues) {
            return d;
        }
        // "During today's meeting of the Ukraine Defense Contact Group": the time a meeting's own
        // name gives it.
        if let Some((a, b, _)) = &f.setting
            && let Some((_, d)) = cues.iter().find(|(c, _)| {
                s.tokens.get(c.end).is_some_and(|w| w.kind == crate::extract::text::TokKind::Possessive) && c.end + 1 >= *a && c.end < *b
            })
        {
            let mut d = d.clone();
            d.how = format!("the time the meeting's own name gives it ({})", d.how);
            return d;
        }
        // "before a NATO summit starting Tuesday": a meeting still ahead, on the day its words give.
        if let Some((a, b, prep)) = &f.setting
            && matches!(prep.as_str(), "before" | "ahead")
            && let Some((_, d)) = cues.iter().find(|(c, _)| c.future && c.start > *a && c.start <= *b + 2)
        {
            let mut d = d.clone();
            d.how = format!("a meeting still ahead of the report, on the day its words give ({})", d.how);
            return d;
        }
        // "will announce new aid ahead of the NATO summit": a meeting named as what the act comes
        // before is after it, and no words say when.
        if let Some((a, b, prep)) = &f.setting
            && matches!(prep.as_str(), "before" | "ahead")
            && !cues.iter().any(|(c, _)| c.start > *a && c.start <= *b + 2)
        {
            let how = "a meeting named as what an act comes before, with no date in the text: not known (listed at publication)".to_owned();
            return Dated { start: self.cal.published, end: None, precision: Precision::Unknown, cue: None, how };
        }
        // "issued a joint statement before the February 2022 invasion": on or before that time.
        if !f.verb.is_some_and(|v| v.future)
            && let Some(d) =
                crate::extract::dates::before_a_time(s, f.verb.map_or(at + 1, |v| v.end), 0..s.tokens.len(), cues, self.cal.published)
        {
            return d;
        }
        if let Some(d) = date_inside_statement(f, found, dated, cues, at) {
            return d;
        }
        if let Some(d) = self.date_by_cue(s, f, cues, at) {
            return d;
        }
        // "on Thursday returned from a trip where he met Biden": the meeting was on or before the return.
        if let Some((c, d)) = cues
            .iter()
            .find(|(c, d)| !c.future && !c.would && d.precision == Precision::Day && relative_clause_after_its_verb(s, c.end, at))
        {
            return Dated {
                start: d.start,
                end: None,
                precision: Precision::Before,
                cue: None,
                how: format!("told in a relative clause after the act “{}” dates: on or before it", c.text),
            };
        }
        if let Some(d) = self.date_by_frame_or_tense(s, f, found, dated) {
            return d;
        }
        self.date_by_story(s, f)
    }

    /// An attack named by a noun: a time inside its name is its own ("the drone
    /// attack on the Kremlin on Wednesday"); what an anniversary is of lies a year
    /// or more back.
    pub(super) fn date_of_named_attack(&mut self, f: &Found, cues: &[(Cue, Dated)]) -> Option<Dated> {
        // A time inside an attack's name is its own ("the drone attack on the Kremlin on Wednesday").
        if let Some((a, b)) = f.named
            && let Some((_, d)) = cues.iter().find(|(c, _)| c.start >= a && c.end <= b && !c.future && !c.would)
        {
            // "The early morning explosion on Saturday on the bridge … prompted gleeful
            // messages": a lead that names its news by the day sets the story's day, as a
            // lead's dated verb does.
            if d.precision == Precision::Day && f.inside.is_none() {
                self.take_the_leads_day(d);
            }
            return Some(d.clone());
        }
        if let Some((a, _)) = f.named
            && self.anniversaries.contains(&a)
        {
            return Some(
                self.cal.before(None, "named as what an anniversary is of: a year or more before, on or before publication".to_owned()),
            );
        }
        None
    }

    /// The nearest time expression that can date the event: of the same tense,
    /// not what a report is about, not inside an attack's name, not after
    /// publication for a past act. Remembered as the actor's (and the
    /// paragraph's) last date.
    pub(super) fn date_by_cue(&mut self, s: &Sentence, f: &Found, cues: &[(Cue, Dated)], at: usize) -> Option<Dated> {
        let future = f.verb.is_some_and(|v| v.future);
        // A past act is never dated after publication ("in July 2023" in a plan).
        let published = self.cal.published;
        // A span of weeks or years after a reporting verb is what was said
        // about ("support built over the past three years"), not when it was said.
        let speech = f.verb.is_some_and(|v| v.is_speech()) && f.inside.is_none();
        // Nor a time inside the clause a report tells ("said Ukraine had received the system on
        // Monday"): it dates what was said, and the saying was on that day or later.
        let speech_end = f.verb.map_or(at, |v| v.end);
        // "…, which has been a symbol of his annexation of Crimea in 2014, was destroyed …,
        // the Investigative Committee said": what was said comes before who said it, and a
        // span of weeks or years in it is what was said about too.
        let subject_start = if speech { subject_span(s, at, &[]).start } else { 0 };
        let trailing = subject_start > 0 && (s.tokens[subject_start - 1].is_punct(',') || s.tokens[subject_start - 1].is_quote());
        let content_span = |c: &Cue, d: &Dated| {
            let (first, last) = d.days();
            let long = first.is_none_or(|a| (last - a).num_days() > 7);
            // ("said the talks last week were useful": a subject before the time, its verb after.)
            let t = &s.tokens;
            let opens_with_subject = t.get(speech_end).is_some_and(|w| {
                w.is_word() && (w.is_capitalized() || matches!(w.lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their"))
            }) && !crate::extract::dates::says_when(&t[speech_end].lower);
            let verb_after = || {
                let end = (c.end..t.len()).find(|&k| t[k].kind == crate::extract::text::TokKind::Punct).unwrap_or(t.len());
                crate::extract::dates::has_verb(s, c.end..end, c.start..c.end)
            };
            let told_in_clause = c.start > speech_end
                && (crate::extract::dates::has_verb(s, speech_end..c.start, c.start..c.end) || opens_with_subject && verb_after());
            let told_before = trailing && c.end < subject_start && long;
            // "proposed a prisoner exchange last July", "announced a new package in March": a thing
            // proposed, then when; no clause of what was said.
            let object_time = !told_in_clause
                && c.start > speech_end
                && t.get(speech_end).is_some_and(|w| matches!(w.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "its" | "their"))
                && !super::clause_links::CLAUSE_SPEECH.contains(&t[at].lower.as_str())
                && !crate::extract::dates::has_verb(s, speech_end..c.start, c.start..c.end)
                && !verb_after();
            speech && !c.dates_report && !object_time && (c.start > at && (told_in_clause || long) || told_before)
        };
        // A day inside an attack's name dates the attack, not the report of it
        // ("Peskov said about an attempted drone attack Wednesday on the Kremlin").
        let in_attack_name = |c: &Cue| self.attack_names.iter().any(|&(a, b)| c.start >= a && c.end <= b);
        let usable = cues
            .iter()
            .filter(|(c, _)| !c.would && (c.future == future || !c.future && f.inside.is_none()))
            // ("launched a massive attack on Kyiv on Sunday": the attack named is the act's own.)
            .filter(|(c, _)| f.kind == Kind::Attack && f.inside.is_none() || !in_attack_name(c))
            // "the results of last week's summit": the time of a noun, not of the verb.
            .filter(|(c, _)| !s.tokens.get(c.end).is_some_and(|w| w.kind == crate::extract::text::TokKind::Possessive))
            .filter(|(c, _)| !in_relative_clause_after(s, at, c.start))
            .filter(|(c, _)| !relative_clause_after_its_verb(s, c.end, at))
            .filter(|(c, _)| !in_relative_clause_before(s, c.start, c.end, at))
            .filter(|(c, _)| !dates_a_described_noun(s, c.start, at))
            .filter(|(c, d)| !dates_an_event_noun(s, c, d, at))
            .filter(|(c, _)| !crate::extract::mentioned::day_of_an_owned_event(s, c.start))
            .filter(|(c, d)| !content_span(c, d))
            .filter(|(c, _)| !bounds_a_period(s, c.start))
            .filter(|(_, d)| future || d.start <= published);
        let nearest = usable.min_by_key(|(c, _)| if c.start >= at { c.start - at } else { at - c.end });
        let (c, d) = nearest?;
        // "has announced billions … since the last package was approved in April", "since the
        // summit in April": the time of what "since" names, after the act's verb, is where the act
        // began (the act named after "since" keeps it as its own).
        let t = &s.tokens;
        let since_between = (c.start.saturating_sub(16)..c.start)
            .rev()
            .take_while(|&k| {
                k > at
                    && !s.quoted[k]
                    && !(t[k].kind == crate::extract::text::TokKind::Punct && matches!(t[k].norm.as_str(), "," | ";" | ":"))
            })
            .any(|k| t[k].lower == "since");
        let since_d;
        let d = if since_between && d.precision != Precision::Range && !future {
            since_d = from_then_on(d.clone(), published);
            &since_d
        } else {
            d
        };
        // A past act dated weeks back is background ("He ordered soldiers to the country in
        // early February"): what the actor does next in the story is not of that time.
        let recent = future || d.days().1 + Days::new(7) >= published;
        // Only a report dates the actor's next undated words: "held talks in Abu Dhabi on
        // Monday" does not make what they say later in the story Monday's.
        let dates_next = future || speech;
        if matches!(d.precision, Precision::Day | Precision::Range | Precision::Week) && recent && dates_next {
            let by_actor = if future { &mut self.actor_plans } else { &mut self.actor_dates };
            if f.actor.key != UNNAMED {
                by_actor.insert(f.actor.key.clone(), d.clone());
            }
        }
        if d.precision == Precision::Day && !future && f.inside.is_none() && f.setting.is_none() {
            self.paragraph_day = Some(d.clone());
            self.take_the_leads_day(d);
        }
        Some(d.clone())
    }

    /// A lead that dates its news a day or two before publication ("Russia and
    /// the U.S. agreed Tuesday …" in a copy stamped Wednesday, or in a later time
    /// zone) sets the story's day, when no dateline did: the rest of the story,
    /// told without "today", is of that day, not of the day it was printed.
    pub(super) fn take_the_leads_day(&mut self, d: &Dated) {
        let before_publication = (0..=2).contains(&(self.cal.published - d.start).num_days());
        if self.lead && self.story.1.is_none() && before_publication {
            self.story = (d.start, d.cue.clone());
        }
    }

    /// No time expression of its own: the day of the act a meeting frames, the
    /// actor's planned dates, or what the tense says (a lead's present is the
    /// story's day; another present or a perfect is only on or before publication).
    pub(super) fn date_by_frame_or_tense(&self, s: &Sentence, f: &Found, found: &[Found], dated: &[Dated]) -> Option<Dated> {
        let future = f.verb.is_some_and(|v| v.future);
        if f.inside.is_none()
            && let Some((_, _, prep)) = &f.setting
            && SAME_DAY_PREPS.contains(&prep.as_str())
            && let Some(k) = found.iter().position(|o| o.setting.is_none() && o.verb.is_some_and(|v| !v.future))
            && let Some(d) = dated.get(k)
        {
            // "X, at a meeting of the alliance in Brussels, agreed …": the meeting is on the day of the act it frames.
            let mut d = d.clone();
            d.how = format!("the date of the act it is the setting of ({})", d.how);
            return Some(d);
        }
        if future && let Some(d) = self.actor_plans.get(&f.actor.key) {
            // "Blinken will travel to Bucharest November 28-30 … Blinken will have separate meetings": within the trip.
            let mut d = d.clone();
            d.how = format!("a plan of no date of its own: within this actor's planned dates (“{}”)", d.cue.clone().unwrap_or_default());
            return Some(d);
        }
        if f.verb.is_some_and(|v| v.present) && self.lead && !self.in_transcript && f.inside.is_none() {
            // A lead tells the day's news in the present ("Poland and NATO say …", "Ukraine
            // agrees to …"), as a headline does: the story's day.
            let (day, words) = self.story.clone();
            let how = "present tense in the lead, which tells the day's news: the story's day".to_owned();
            return Some(Dated { start: day, end: None, precision: Precision::Day, cue: words, how });
        }
        // "the American leader says", "Peskov believes": a person's words told in the present are
        // the day's news, dated as the story's reports are; a side's standing position ("Russia
        // claims", "Western nations believe") only on or before publication.
        let persons_news = f.verb.is_some_and(|v| v.is_speech()) && one_person(&f.actor) && !self.in_transcript;
        if f.verb.is_some_and(|v| v.present) && !persons_news {
            return Some(self.cal.before(None, "present tense and no date given: on or before publication".to_owned()));
        }
        // ("has given a pep talk", an occasion of words, is news as an act is.)
        if f.verb.is_some_and(|v| perfect(s, v.at) && !past_perfect(s, v.at) && !habitual(s, &v))
            && self.lead
            && self.first_sentence
            && !self.in_transcript
            && f.inside.is_none()
            && !just_done(s, f)
        {
            // "Russia has shattered weeks of calm with a missile attack", "Putin has said he will
            // discuss …": a lead's perfect is the day's news, unless told as done often or long.
            let (day, words) = self.story.clone();
            let how = "a perfect (“has done”) in the lead, which tells the day's news: the story's day".to_owned();
            return Some(Dated { start: day, end: None, precision: Precision::Day, cue: words, how });
        }
        if f.verb.is_some_and(|v| perfect(s, v.at)) && !just_done(s, f) {
            // "Western countries have promised …": done, not dated by the reports around it.
            return Some(self.cal.before(None, "a perfect (“has done”) with no date of its own: on or before publication".to_owned()));
        }
        None
    }

    /// No time expression and no telling tense: the actor's last date, the day
    /// named earlier in the paragraph, the story's week, the story's day for the
    /// simple past of news style, else on or before publication.
    pub(super) fn date_by_story(&self, s: &Sentence, f: &Found) -> Dated {
        let future = f.verb.is_some_and(|v| v.future);
        if let Some(d) = self.actor_dates.get(&f.actor.key) {
            let mut d = d.clone();
            d.how = format!("no date of its own: as this actor's previous report (“{}”)", d.cue.clone().unwrap_or_default());
            return d;
        }
        if let Some(d) = &self.paragraph_day {
            let mut d = d.clone();
            d.how = format!("no date of its own: the day named earlier in its paragraph (“{}”)", d.cue.clone().unwrap_or_default());
            return d;
        }
        if let Some((monday, words)) = self.paragraph_week.as_ref().or(self.story_week.as_ref()).filter(|(m, _)| *m <= self.cal.published) {
            // The story's week, up to publication at most.
            let last = (*monday + Days::new(6)).min(self.cal.published);
            let (precision, end) = if last == *monday {
                (Precision::Day, None)
            } else if last < *monday + Days::new(6) {
                (Precision::Range, Some(last))
            } else {
                (Precision::Week, None)
            };
            return Dated {
                start: *monday,
                end,
                precision,
                cue: Some(words.clone()),
                how: format!("no date of its own: in the week the article placed its story in (“{words}”)"),
            };
        }
        if future {
            // Not a date the lead or an earlier meeting may refine: nothing says when it will be.
            // Not "on or before publication" either: it is ahead, and when is not known.
            let how = "a plan with no date in the text: not known (listed at publication)".to_owned();
            return Dated { start: self.cal.published, end: None, precision: Precision::Unknown, cue: None, how };
        }
        // A person's words in the present ("the American leader says") are news of the day too.
        let news_present = |v: &VerbHit| !v.present || v.is_speech() && one_person(&f.actor);
        // "Moscow previously briefly suspended its participation": before the story, not of its day.
        let told_as_before = |v: &VerbHit| {
            let t = &s.tokens;
            (v.at.saturating_sub(3)..v.at).any(|k| matches!(t[k].lower.as_str(), "previously" | "formerly"))
                // "Subsequently, Germany issued arrest warrants …": after an earlier event of the
                // background, not today's news.
                || t.iter().find(|w| w.is_word()).is_some_and(|w| matches!(w.lower.as_str(), "subsequently" | "eventually"))
        };
        if let Some(v) = f.verb.filter(|v| f.inside.is_none() && v.kind != Kind::Attack && news_present(v) && !v.future)
            && !self.in_transcript
            && !perfect(s, v.at)
            && !told_as_before(&v)
        {
            // News style leaves "today" out: a report or act of the story told in the
            // simple past with no day of its own ("Austin told the ministers …") is of
            // the story's day. Attacks are often background, and "has said" is not dated.
            let (day, words) = self.story.clone();
            let tense = if v.present { "no date of its own: a person's words in the present" } else { SIMPLE_PAST };
            let how = match &words {
                Some(w) => format!("{tense}, of the story's day, as “{w}” gives it (its dateline or lead)"),
                None => format!("{tense}, of the story's day (news style leaves out “today”): publication"),
            };
            return Dated { start: day, end: None, precision: Precision::Day, cue: words, how };
        }
        self.cal.before(None, UNDATED.to_owned())
    }
}

/// Something reported inside a statement: a plan on the day it is for, else
/// when announced; else its own time expression after the saying, the day of
/// the report a meeting is the setting of, or on or before the statement.
pub(super) fn date_inside_statement(f: &Found, found: &[Found], dated: &[Dated], cues: &[(Cue, Dated)], at: usize) -> Option<Dated> {
    let m = f.inside?;
    if f.kind == Kind::Decision
        && let Some(v) = f.verb.filter(|v| v.future)
    {
        // A plan announced in a statement: on the day it is for when the words say, else
        // decided when announced.
        if let Some((_, d)) = cues.iter().find(|(c, _)| c.start > v.at && (c.future || c.would)) {
            return Some(d.clone());
        }
        let mut d = dated[m].clone();
        d.how = format!("a plan announced in a statement: decided when announced ({})", d.how);
        return Some(d);
    }
    let main_at = found[m].verb.map_or(0, |v| v.at);
    // "confirmed that this week US Army Secretary Daniel Driscoll will arrive in Kyiv": an act
    // still ahead in the words is of the time they give it, else of no known date (never "on
    // or before" the words).
    if f.verb.is_some_and(|v| v.future) && f.setting.is_none() {
        if let Some((_, d)) =
            cues.iter().filter(|(c, _)| c.start > main_at && (c.future || c.would)).min_by_key(|(c, _)| c.start.abs_diff(at))
        {
            return Some(d.clone());
        }
        let how = "a plan told in a statement, with no date in the text: not known (listed at publication)".to_owned();
        let (_, last) = dated[m].days();
        return Some(Dated { start: last, end: None, precision: Precision::Unknown, cue: None, how });
    }
    // Not a cue that dates the saying itself ("said on Monday that …").
    // A setting told before the verb ("At the conclusion of the meeting, X
    // challenged …") is not part of what was said: the words after it are not its date.
    let framing = f.setting.is_some() && at < main_at;
    // Of several, the nearest to the act ("agreed on Thursday …, after strikes earlier this week killed …").
    let distance = |c: &Cue| if c.start >= at { c.start - at } else { at.saturating_sub(c.end) };
    let own = cues
        .iter()
        .filter(|(c, _)| !framing && c.start > main_at && !c.would && !c.future && !c.dates_report)
        .min_by_key(|(c, _)| distance(c));
    if let Some((_, d)) = own {
        return Some(d.clone());
    }
    if let Some((_, _, prep)) = &f.setting
        && SAME_DAY_PREPS.contains(&prep.as_str())
    {
        let mut d = dated[m].clone();
        d.how = format!("the date of the report it is the setting of ({})", d.how);
        return Some(d);
    }
    if f.setting.is_none() {
        let (_, last) = dated[m].days();
        return Some(Dated {
            start: last,
            end: None,
            precision: Precision::Before,
            cue: None,
            how: "reported in a statement of that date, so on or before it".to_owned(),
        });
    }
    None
}

/// "three days of mourning have been declared … starting on Monday", "sanctions effective from
/// Friday", "a curfew until Sunday": a time after "starting", "beginning", "effective" or "until"
/// bounds the period the act sets (often still ahead), not when the act was done.
fn bounds_a_period(s: &Sentence, cue_start: usize) -> bool {
    let t = &s.tokens;
    let mut k = cue_start;
    // Past the cue's own "on"/"from" ("starting on Monday", "effective from Friday").
    while k > 0 && matches!(t[k - 1].lower.as_str(), "on" | "from" | "at") && !s.quoted[k - 1] {
        k -= 1;
    }
    k > 0 && !s.quoted[k - 1] && matches!(t[k - 1].lower.as_str(), "starting" | "beginning" | "effective" | "until" | "till")
        || matches!(t[cue_start].lower.as_str(), "starting" | "beginning" | "until" | "till")
}
