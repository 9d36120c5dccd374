//! Found events → drafts: verification, notes, and the exact words quoted.

use super::*;

impl Reader<'_> {
    /// The sentence's events as drafts: verification, notes saying why, the
    /// words quoted (cut to the speaker's clause or before the parts told apart)
    /// and a title.
    pub(super) fn push_drafts(&mut self, pi: usize, s: &Sentence, p: &str, found: Vec<Found>, dates: Vec<Dated>, unverified: bool) {
        let hedged = hedged(s.text(p));
        let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
        // Where the first act told as a part of the sentence begins ("… at met with X", "… to announce Y").
        let parts: Vec<usize> = found.iter().filter_map(|f| f.part.as_ref().map(|x| x.0)).collect();
        // Where each event's verb ends: an act reported inside a report is quoted from after the reporting verb.
        let verb_ends: Vec<usize> = found.iter().map(|f| f.verb.map_or(0, |v| v.end)).collect();
        for (f, date) in found.into_iter().zip(dates) {
            let inside_claim = f.inside.is_some_and(|m| matches!(kinds[m], Kind::Claim | Kind::Accusation));
            // "Ukraine reportedly struck …": the act is only alleged; that it was said is not.
            let alleged = hedged && !matches!(f.kind, Kind::Statement | Kind::Claim | Kind::Accusation);
            let ver = verification(f.kind, unverified || alleged, f.denial, inside_claim);
            let notes = format!(
                "Draft by `chronolens extract`. Lane {}: {}. Kind {}: “{}”. Date: {}.",
                self.g.lanes[f.actor.lane].label,
                f.actor.why,
                f.kind.name(),
                f.why_kind,
                date.how
            );
            let actor = (!f.actor.name.is_empty()).then(|| f.actor.shown_name().to_owned());
            let after_report = f.inside.map_or(0, |m| verb_ends[m]);
            let mut quote = quote_for(&f, s, p, after_report);
            if let Some(clause) = self.voice_clause(&f, s, p) {
                // "Lavrov and I finished our meeting a short while ago, and I first want to thank …":
                // the speaker's act is its clause; the rest of their words is their statement.
                quote = clause;
            }
            if let Some(cut) = words_before_parts(&f, s, p, &parts) {
                // "Biden delivered remarks at met with Zelensky … to announce …": an act with no words
                // of its own before the parts the sentence tells apart is quoted up to them.
                quote = cut;
            }
            let title = title_for(&f, s, p);
            self.drafts.push(Draft {
                paragraph: pi,
                quote,
                lane: f.actor.lane,
                actor,
                kind: f.kind,
                verification: ver,
                date,
                title,
                notes,
            });
        }
    }

    /// The act told before a trailing attribution of the same side ("…, the
    /// military said", "…, said a ministry spokesman"), which only says who reports it.
    pub(super) fn reported_act(&self, s: &Sentence, v: &VerbHit, stops: &[usize], found: &[Found], actors: &[Actor]) -> Option<usize> {
        let t = &s.tokens;
        let start = if v.subject_after { v.at } else { span_of(s, v, stops).start.min(v.at) };
        let after_comma = start > 0 && t[start - 1].is_punct(',');
        // "said (on Monday / to reporters) that …": a report with content of its own; not the
        // "that" of "said after talks that reflected …".
        let lead_in = |w: &crate::extract::text::Token| {
            w.is_capitalized()
                || crate::extract::dates::says_when(&w.lower)
                || matches!(w.lower.as_str(), "on" | "in" | "to" | "reporters" | "journalists" | "the" | "a")
        };
        let says_more = t[v.end..].iter().find(|w| !lead_in(w) || w.lower == "that").is_some_and(|w| w.lower == "that" || w.is_punct(':'));
        // ", praising X" says something of its own; so does the report of a plan
        // ("will meet …, the ministry said"), which is dated when it was said.
        if !after_comma || says_more || v.coordinate {
            return None;
        }
        // Only the main clause's act: "kept secret until Biden arrived, the White House said" reports the secrecy.
        let subordinate = |at: usize| t[..at].iter().any(|w| SUBORDINATORS.contains(&w.lower.as_str()));
        // "Russia and the U.S. agreed …, the two countries' top diplomats said": the sides of the act.
        let span = if v.subject_after { after_span(s, v) } else { span_of(s, v, stops) };
        let both_sides = t[span].windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "two" | "both")
                && matches!(w[1].lower.as_str(), "countries" | "sides" | "nations" | "governments" | "delegations")
        });
        found.iter().position(|f| {
            f.verb.is_some_and(|fv| fv.at < start && !fv.is_speech() && !fv.future && !subordinate(fv.at))
                && f.inside.is_none()
                // What happened to a thing is nobody's side's act: the report of it stays a report.
                && !f.actor.key.starts_with(THING)
                // A side telling of its own strike tells two events, as when the words come first.
                && f.kind != Kind::Attack
                // (The lane of no side is no side: Erdogan announcing that Russia and Ukraine
                // exchanged prisoners tells of others' act.)
                && (both_sides || actors.iter().any(|a| a.lane == f.actor.lane && (a.lane != self.g.default_lane || a.key == f.actor.key)))
        })
    }
}

/// The exact words an event rests on: the whole sentence for a report; the
/// clause for something reported inside it, not before `after_report` (the end of
/// the verb that reports it: "Putin says | Moscow fired …"); the phrase for a meeting setting.
pub(super) fn quote_for(f: &Found, s: &Sentence, p: &str, after_report: usize) -> String {
    if let Some((a, b, _)) = &f.part {
        return s.slice(p, *a, *b - 1).to_owned();
    }
    if let Some((a, b)) = f.named {
        return s.slice(p, a, b - 1).to_owned();
    }
    if let Some((a, b, prep)) = &f.setting {
        let mut end = *b - 1;
        // "Zelensky and Austin used their final meeting": who met is part of the words.
        let a = if USED.contains(&prep.as_str()) { subject_span(s, *a, &[]).start.min(*a) } else { *a };
        let a = &a;
        // "… summit in Brussels"
        if s.tokens.get(end + 1).is_some_and(|t| t.lower == "in") && s.tokens.get(end + 2).is_some_and(|t| t.is_capitalized()) {
            end += 2;
        }
        return s.slice(p, *a, end).to_owned();
    }
    if let (Some(_), Some(v)) = (f.inside, f.verb) {
        let mut from = subject_span(s, v.at, &[]).start.min(v.at);
        if (from..v.at).contains(&after_report) {
            // Past the reporting verb and the words that only lead into what it reports ("that", "on Thursday").
            from = after_report;
            while from < v.at && (s.tokens[from].lower == "that" || s.tokens[from].kind == crate::extract::text::TokKind::Punct) {
                from += 1;
            }
        }
        let t = &s.tokens;
        let mut to = v.end;
        loop {
            while to < t.len()
                && !t[to].is_punct(',')
                && !t[to].is_punct(';')
                && (!t[to].is_punct('.') || crate::extract::dates::month_point(s, to))
            {
                to += 1;
            }
            // "hit the city with an ICBM, as well as a Kinzhal missile": the list goes on.
            let goes_on = |k: usize| {
                t.get(k).is_some_and(|w| w.lower == "as") && t.get(k + 1).is_some_and(|w| w.lower == "well")
                    || t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "along" | "including"))
            };
            if to < t.len() && t[to].is_punct(',') && goes_on(to + 1) {
                to += 1;
                continue;
            }
            break;
        }
        return s.slice(p, from, to - 1).to_owned();
    }
    s.text(p).to_owned()
}

/// The words of an act told as itself up to the first part of the sentence after its verb,
/// when nothing but its object stands between ("delivered remarks at | met with …"): not a
/// report with content ("said that …"), whose quote is the whole sentence.
pub(super) fn words_before_parts(f: &Found, s: &Sentence, p: &str, parts: &[usize]) -> Option<String> {
    if f.part.is_some() || f.named.is_some() || f.setting.is_some() || f.inside.is_some() {
        return None;
    }
    let v = f.verb?;
    let t = &s.tokens;
    let cut = parts.iter().copied().filter(|&a| a > v.end).min()?;
    let mut end = cut;
    while end > v.end && (t[end - 1].kind == crate::extract::text::TokKind::Punct || JOINERS.contains(&t[end - 1].lower.as_str())) {
        end -= 1;
    }
    // A report quotes its whole sentence, except one whose verb names the words and no more ("delivered remarks").
    let names_words = matches!(t[v.end - 1].lower.as_str(), "remarks" | "speech" | "address");
    let content = t[v.end..end].iter().any(|w| w.lower == "that" || w.is_punct(':') || w.is_quote() || s.quoted[v.end.min(t.len() - 1)]);
    if (v.is_speech() || end <= v.end) && !names_words || content {
        return None;
    }
    let from = if v.subject_after { v.at } else { subject_span(s, v.at, &[]).start.min(v.at) };
    Some(s.slice(p, from, end.max(v.end) - 1).to_owned())
}
