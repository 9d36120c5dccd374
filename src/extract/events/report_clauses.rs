//! Inside a report: whose words run where, charges laid at someone's door, plans told
//! with "will".

use super::*;

/// "Putin accused the United States of seeking to destroy Russia" for ", accusing the United
/// States of …" (the charge's words `from`..`to`); "Zelensky blamed the destruction of the dam on
/// Russia" for "the destruction of the dam, which he blamed on Russia". None when "which" stands
/// for no noun phrase.
pub(super) fn charge_title(s: &Sentence, p: &str, who: &str, from: usize, v: &VerbHit, to: usize) -> Option<String> {
    let t = &s.tokens;
    let word = t[v.at].lower.as_str();
    let past = match word.strip_suffix("ing") {
        Some(stem) => crate::extract::kinds::past_of_participle(word).map_or_else(|| format!("{stem}ed"), str::to_owned),
        None => word.to_owned(),
    };
    let rest = if v.end < to { s.slice(p, v.end, to - 1) } else { "" };
    let object = if t[from].lower == "which" {
        // What "which" stands for, with its "of" phrase ("the destruction of | the dam").
        let end = if from > 0 && t[from - 1].is_punct(',') { from - 1 } else { from };
        let mut start = crate::extract::clauses::phrase_before(s, end)?.start;
        // With what it is of or at ("the destruction of | the dam at | Nova Kakhova"), twice at most.
        for _ in 0..2 {
            match start.checked_sub(1) {
                Some(k) if matches!(t[k].lower.as_str(), "of" | "at" | "in" | "near") => match crate::extract::clauses::phrase_before(s, k)
                {
                    Some(r) => start = r.start,
                    None => break,
                },
                _ => break,
            }
        }
        format!("{} ", s.slice(p, start, end - 1))
    } else {
        String::new()
    };
    Some(titles::act_title(who, &format!("{past} {object}{rest}")))
}

/// A verb of saying whose object is "this" and nothing more than where or when ("stated this
/// in his evening address"): it tells where words already told were said.
pub(super) fn says_where_this_was_said(s: &Sentence, verbs: &[VerbHit]) -> bool {
    let t = &s.tokens;
    verbs.iter().any(|v| {
        v.is_speech()
            && !v.subject_after
            && t.get(v.end).is_some_and(|w| w.lower == "this" && !s.quoted[v.end])
            // (Not "said this: “…”", whose words follow.)
            && t.get(v.end + 1).is_none_or(|w| {
                w.is_punct('.') || w.is_punct(',') || matches!(w.lower.as_str(), "in" | "on" | "at" | "during" | "via" | "to" | "when" | "while")
            })
    })
}

/// Words that join a second clause to the first (", and Putin said …").
pub(super) const CLAUSE_JOINERS: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// The title of what report `said` of `who` told before token `end` (another clause begins
/// there), past "that", and where those words end, before the punctuation and joining words
/// that lead on; "vowed to protect …" keeps its verb. None when nothing is left or the title
/// would not read.
pub(super) fn words_until(s: &Sentence, p: &str, who: &str, said: VerbHit, end: usize) -> Option<(String, usize)> {
    let t = &s.tokens;
    let open = if t.get(said.end).is_some_and(|w| w.lower == "that") { said.end + 1 } else { said.end };
    let joiner = |w: &str| CLAUSE_JOINERS.contains(&w) || JOINERS.contains(&w);
    let mut end = end;
    while end > open && (t[end - 1].kind == crate::extract::text::TokKind::Punct || joiner(&t[end - 1].lower)) {
        end -= 1;
    }
    if end <= open {
        return None;
    }
    // ("warning of …" is titled "warned of …".)
    let verb = s.slice(p, said.at, said.end - 1);
    let (first, rest) = verb.split_once(' ').unwrap_or((verb, ""));
    let verb = match crate::extract::kinds::past_of_participle(first) {
        Some(past) => format!("{past} {rest}").trim_end().to_owned(),
        None => verb.to_owned(),
    };
    let verb = verb.as_str();
    let who = &titles::capitalise(who);
    // ("warning of a swift response", "calling for calm": what the words were of, with their verb.)
    let of_what = matches!(t[open].lower.as_str(), "to" | "of" | "about" | "against")
        || matches!(t[said.end - 1].lower.as_str(), "for" | "on" | "of");
    let title = if of_what {
        titles::act_title(who, &format!("{verb} {}", s.slice(p, open, end - 1)))
    } else {
        titles::report_title(who, s.slice(p, open, end - 1), verb, false)
    };
    crate::extract::eval::title_problem(&title).is_none().then_some((title, end))
}

/// Where the report of `v` begins (its subject) when it is another person's, told in a clause of
/// its own after the first report's verb: set off by a comma or a semicolon, or by a joining word
/// after one. Not "Peskov said Putin told Erdogan …": words within words stay the teller's.
pub(super) fn another_speakers_clause(s: &Sentence, main: &Found, v: &VerbHit, stops: &[usize], actor: &Actor) -> Option<usize> {
    let t = &s.tokens;
    let first = main.verb?;
    if v.subject_after || actor.person.is_none() || main.actor.person.is_none() || main.actor.key == actor.key || s.quoted[v.at] {
        return None;
    }
    let mut from = span_of(s, v, stops).start.min(v.at);
    while from < v.at && CLAUSE_JOINERS.contains(&t[from].lower.as_str()) {
        from += 1;
    }
    let after_break = |k: usize| t[k].is_punct(',') || t[k].is_punct(';');
    let set_off =
        from > 0 && after_break(from - 1) || from > 1 && CLAUSE_JOINERS.contains(&t[from - 1].lower.as_str()) && after_break(from - 2);
    // "neither Biden, nor President Zelensky said anything": no one's words.
    let negated = (from.saturating_sub(2)..v.at).any(|k| matches!(t[k].lower.as_str(), "nor" | "neither" | "not" | "never" | "no"))
        || t.get(v.end).is_some_and(|w| matches!(w.lower.as_str(), "anything" | "nothing"));
    (first.end < from && set_off && !negated).then_some(from)
}

/// "with the US warning of a swift response and G7 countries declaring they would not …": a
/// second clause of "with", joined by "and", whose "-ing" verb has a subject of its own, another
/// than the first's; where its words begin.
pub(super) fn joined_absolute_clause(s: &Sentence, main: &Found, v: &VerbHit, actor: &Actor) -> Option<usize> {
    let t = &s.tokens;
    let first = main.verb?;
    if v.subject_after || main.actor.key == actor.key || s.quoted[v.at] || !t[v.at].lower.ends_with("ing") {
        return None;
    }
    // Its subject: the few words back to "and" ("and G7 countries declaring").
    let from = (v.at.saturating_sub(4).max(first.end)..v.at).rev().take_while(|&k| t[k].is_word() && t[k].lower != "and").last()?;
    let with_before_first = (first.at.saturating_sub(6)..first.at).any(|k| t[k].lower == "with");
    (from > first.end && t[from - 1].lower == "and" && with_before_first).then_some(from)
}

/// Whether report verb `v` of `actor` charges someone after a statement of the same person
/// told by an earlier verb of the sentence: ", accusing X of …", "and accused X of …", "…, which
/// he blamed on X" (a verb sharing the subject, or its pronoun). Not "accused Russia, saying …".
pub(super) fn charge_after_words(s: &Sentence, main: &Found, v: &VerbHit, actor: &Actor) -> bool {
    let t = &s.tokens;
    // The speaker is named again as "he" after what was said: a participle or a verb after "and"
    // right after a reported clause may be that clause's subject's ("said that Russia could use
    // chemical weapons, blaming the United States": Russia blames).
    let pronoun = |k: usize| !s.quoted[k] && matches!(t[k].lower.as_str(), "he" | "she" | "they");
    main.kind == Kind::Statement
        && v.kind == Kind::Accusation
        && main.actor.key == actor.key
        && main.verb.is_some_and(|f| f.end + 3 < v.at && !f.subject_after && (f.end..v.at).any(pronoun))
        && (v.coordinate || v.at > 0 && pronoun(v.at - 1))
        && !s.quoted[v.at]
}

/// "Jens Stoltenberg: Russia itself could try to use chemical weapons" for a
/// report; "Lloyd Austin convened the Ukraine Defense Contact Group" for an act.
/// Words that lay an attack or a crime at someone's door.
pub(super) const BLAME_WORDS: &[&str] = &[
    "behind",
    "responsible",
    "participation",
    "involvement",
    "blame",
    "blamed",
    "guilty",
    "terror",
    "terrorist",
    "terrorists",
    "crime",
    "crimes",
    "atrocity",
    "atrocities",
    "assassinate",
    "assassination",
    "orchestrated",
    "masterminded",
    "perpetrated",
];
/// Words that deny rather than blame ("there was no involvement").
pub(super) const NEGATIONS: &[&str] = &["no", "not", "never", "nothing", "false", "neither", "nor", "deny", "denied", "denies"];

/// The words of another side than `lane` named in a sentence that blames ("X was behind
/// the attack", "their participation in the terrorist attack", "attempted to assassinate"),
/// and denies nothing.
pub(super) fn blamed_side(g: &Gazetteer, s: &Sentence, p: &str, lane: usize) -> Option<String> {
    let t = &s.tokens;
    let words = || t.iter().filter(|w| w.is_word());
    // "his participation in a meeting of NATO leaders", "the participation of the UN and the Red
    // Cross in the evacuation": taking part is blame only in an attack or a crime.
    let harm = |w: &str| {
        EVENT_NOUNS.contains(&w) && !matches!(w, "summit" | "election" | "elections" | "referendum" | "referendums")
            || matches!(
                w,
                "crime" | "crimes" | "plot" | "terror" | "terrorist" | "drone" | "drones" | "incident" | "explosive" | "explosives"
            )
    };
    let blame_at = |k: usize| {
        BLAME_WORDS.contains(&t[k].lower.as_str())
            && (!matches!(t[k].lower.as_str(), "participation" | "involvement")
                || t[k + 1..t.len().min(k + 12)].iter().any(|w| harm(&w.lower)))
    };
    if !(0..t.len()).any(|k| t[k].is_word() && blame_at(k))
        || words().any(|w| NEGATIONS.contains(&w.lower.as_str()) || w.lower.ends_with("n't"))
    {
        return None;
    }
    g.mentions(t, 0..t.len(), &[]).into_iter().find_map(|m| {
        let other = match m.what {
            What::Group(l) | What::Title(Some(l)) | What::Demonym(l) | What::Place(l) => l,
            What::Person(id) => g.people[id].lane,
            _ => return None,
        };
        (other != lane && other != g.default_lane).then(|| s.slice(p, m.start, m.end - 1).to_owned())
    })
}

/// "the package would be announced": where the subject of a plan told in the passive
/// begins (a short noun phrase before "will be" / "would be"), if `v` is one.
pub(super) fn passive_plan(s: &Sentence, v: &VerbHit) -> Option<usize> {
    if !(v.future && v.kind == Kind::Decision && v.at >= 3 && s.tokens[v.at - 1].lower == "be") {
        return None;
    }
    let t = &s.tokens;
    let aux = v.at - 2;
    let mut k = aux;
    while k > 0 && aux - k < 6 {
        let w = &t[k - 1];
        if !(w.is_word() || w.kind == crate::extract::text::TokKind::Possessive)
            || s.quoted[k - 1]
            || matches!(w.lower.as_str(), "that" | "said" | "says" | "and")
        {
            break;
        }
        k -= 1;
    }
    (k < aux).then_some(k)
}

/// Whether the speech verb at `at` is told "as" a pronoun said it ("…, as it said it would"):
/// words the act before it agrees with.
pub(super) fn as_it_said(s: &Sentence, at: usize) -> bool {
    let t = &s.tokens;
    let pronoun = |k: usize| matches!(t[k].lower.as_str(), "it" | "he" | "she" | "they");
    let aux = |k: usize| matches!(t[k].lower.as_str(), "had" | "has" | "have");
    at >= 2 && pronoun(at - 1) && t[at - 2].lower == "as" || at >= 3 && aux(at - 1) && pronoun(at - 2) && t[at - 3].lower == "as"
}

/// Whether "will" stands right before the verb at `at`, or before an adverb that does
/// ("will then visit").
pub(super) fn will_before(s: &Sentence, at: usize) -> bool {
    let t = &s.tokens;
    at > 0 && t[at - 1].lower == "will" || at > 1 && t[at - 2].lower == "will" && crate::extract::kinds::adverb_after_will(&t[at - 1].lower)
}

/// Where the words of a plan start before its verb: "will" / "would" ("will
/// immediately lift"), or the word before "to" ("plans to present").
pub(super) fn plan_start(s: &Sentence, v: &VerbHit) -> Option<usize> {
    if !v.future {
        return None;
    }
    let t = &s.tokens;
    let mut k = v.at;
    if k > 0 && t[k - 1].is_word() && (t[k - 1].lower.ends_with("ly") || crate::extract::kinds::adverb_after_will(&t[k - 1].lower)) {
        k -= 1;
    }
    match k.checked_sub(1).map(|j| t[j].lower.as_str())? {
        "will" | "would" => Some(k - 1),
        // "would be announced"
        "be" if k >= 2 && matches!(t[k - 2].lower.as_str(), "will" | "would") => Some(k - 2),
        // "is expected to travel", "is scheduled Saturday to meet": from the "is".
        "to" if k >= 2 && t[k - 2].is_word() => {
            let time = crate::extract::dates::says_when;
            let mut j = k - 2;
            while j > 0 && time(&t[j].lower) && t[j - 1].is_word() {
                j -= 1;
            }
            let j = if time(&t[j].lower) { k - 2 } else { j };
            let be = j > 0 && matches!(t[j - 1].lower.as_str(), "is" | "are" | "was" | "were");
            Some(if be { j - 1 } else { j })
        }
        _ => None,
    }
}
