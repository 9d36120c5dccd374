//! Small facts of English grammar the verb rules share: auxiliaries, perfect tenses,
//! passives, a verb's subject span.

use super::*;

/// Words that may stand between an auxiliary and its participle ("has also said").
pub(super) const BETWEEN_AUX: &[&str] =
    &["also", "already", "not", "never", "since", "long", "previously", "earlier", "repeatedly", "recently", "just", "been"];

/// A subject that names nobody and nothing: "no one", "nobody", "no civilian casualties", "none
/// of the drones".
pub(super) fn negative_subject(s: &Sentence, span: &std::ops::Range<usize>) -> bool {
    let t = &s.tokens;
    span.clone()
        .find(|&k| t[k].is_word() && !matches!(t[k].lower.as_str(), "so" | "far" | "yet" | "still" | "but" | "and"))
        .is_some_and(|k| matches!(t[k].lower.as_str(), "no" | "nobody" | "none" | "neither" | "nothing"))
}

/// "has repeatedly said", "has long argued", "has said so often": a perfect of what was done
/// again and again, no news of one day.
pub(super) fn habitual(s: &Sentence, v: &VerbHit) -> bool {
    let t = &s.tokens;
    (v.at.saturating_sub(3)..(v.end + 3).min(t.len())).any(|k| {
        matches!(t[k].lower.as_str(), "often" | "repeatedly" | "long" | "always" | "frequently" | "consistently" | "previously" | "times")
    })
}

/// "has said", "have promised", "had agreed", "we've seen": a perfect, which tells
/// that something was done, not when.
pub(super) fn perfect(s: &Sentence, at: usize) -> bool {
    let t = &s.tokens;
    for k in (at.saturating_sub(4)..at).rev() {
        let w = t[k].lower.as_str();
        if matches!(w, "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't") || w.ends_with("'ve") || w.ends_with("'d") {
            return true;
        }
        if !(t[k].is_word() && (BETWEEN_AUX.contains(&w) || w.ends_with("ly"))) {
            return false;
        }
    }
    false
}

/// "had been welcomed", "had agreed": a perfect of the past, before the time the story tells
/// (the auxiliary `perfect` finds is "had").
pub(super) fn past_perfect(s: &Sentence, at: usize) -> bool {
    let t = &s.tokens;
    (at.saturating_sub(4)..at)
        .rev()
        .find(|&k| !(t[k].is_word() && (BETWEEN_AUX.contains(&t[k].lower.as_str()) || t[k].lower.ends_with("ly"))))
        .is_some_and(|k| matches!(t[k].lower.as_str(), "had" | "hadn't") || t[k].lower.ends_with("'d"))
}

/// First-person subjects, contracted or not.
pub(super) const FIRST_PERSON: &[&str] = &["i", "we", "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd"];
/// Words that may stand between a first-person subject and its verb ("we have also decided").
pub(super) const BEFORE_VERB: &[&str] = &[
    "have",
    "has",
    "had",
    "will",
    "also",
    "then",
    "just",
    "am",
    "are",
    "all",
    "both",
    "now",
    "today",
    "again",
    "already",
    "recently",
    "personally",
    "jointly",
    "together",
    "once",
    "shall",
];

impl Reader<'_> {}

/// "X also attended.", "attended with Austin", "attended the meeting": an
/// attendance that names no meeting of its own refers back to the one just told.
pub(super) fn attended_back(s: &Sentence, p: &str, f: &Found) -> bool {
    let Some(v) = f.verb.filter(|v| !v.future) else { return false };
    if !s.slice(p, v.at, v.end - 1).to_lowercase().starts_with("attended") {
        return false;
    }
    let t = &s.tokens;
    match t.get(v.end) {
        None => true,
        Some(w) if !w.is_word() => true,
        Some(w) if w.lower == "with" => true,
        Some(w) if w.lower == "the" => {
            t.get(v.end + 1).is_some_and(|n| meeting_noun(&n.lower)) && t.get(v.end + 2).is_none_or(|n| !n.is_word())
        }
        Some(_) => false,
    }
}

/// "We finished our meeting a short while ago", "… a few minutes ago": done moments
/// before the words (within the clause of the act).
pub(super) fn moments_ago(s: &Sentence, f: &Found) -> bool {
    let Some(v) = f.verb.filter(|v| !v.future) else { return false };
    let t = &s.tokens;
    let end = (v.end..t.len()).find(|&k| t[k].is_punct(',') || t[k].is_punct(';') || t[k].is_punct('.')).unwrap_or(t.len());
    (v.end..end).any(|k| {
        t[k].lower == "ago"
            && (k.saturating_sub(3)..k)
                .any(|j| matches!(t[j].lower.as_str(), "while" | "moment" | "moments" | "minutes" | "hour" | "hours"))
    })
}

/// "We have just had negotiations", "he has just left": a perfect with "just".
/// "are imposing", "is also designating": an act in the present progressive, under way as it is told.
pub(super) fn under_way_now(s: &Sentence, f: &Found) -> bool {
    let Some(v) = f.verb.filter(|v| !v.future && !v.is_speech()) else { return false };
    be_before_ing(s, v.at).is_some_and(|k| matches!(s.tokens[k].lower.as_str(), "is" | "are" | "am" | "'re" | "’re" | "'m" | "’m"))
}

pub(super) fn just_done(s: &Sentence, f: &Found) -> bool {
    let Some(v) = f.verb.filter(|v| !v.future && v.at >= 2) else { return false };
    let t = &s.tokens;
    t[v.at - 1].lower == "just" && matches!(t[v.at - 2].lower.as_str(), "have" | "has" | "'ve" | "’ve" | "'s" | "’s")
}

pub(super) fn span_of(s: &Sentence, v: &VerbHit, stops: &[usize]) -> std::ops::Range<usize> {
    if v.subject_after {
        let span = after_span(s, v);
        let t = &s.tokens;
        let mut end = span.end;
        // "killed by a Russian missile strike on Ukraine's capital": the doer ends where what was
        // struck begins (not a time: "on Monday").
        if t.get(v.end).is_some_and(|w| w.lower == "by")
            && v.kind == Kind::Attack
            && let Some(k) = (v.end + 2..end).find(|&k| {
                matches!(t[k].lower.as_str(), "on" | "against" | "near" | "at" | "in" | "over")
                    && t.get(k + 1).is_some_and(|w| (w.is_capitalized() || w.lower == "the") && !crate::extract::dates::says_when(&w.lower))
                    && !(t[k + 1].lower == "the" && t.get(k + 2).is_some_and(|w| crate::extract::dates::says_when(&w.lower)))
            })
        {
            end = k;
        }
        return span.start..end;
    }
    let span = subject_span(s, v.at, stops);
    // "TASS quoted the ministry as saying …": the one quoted, after "quoted"; "an official was
    // cited by Reuters as saying …": the one before "was".
    let t = &s.tokens;
    if t[v.at].lower == "as"
        && let Some(q) = span.clone().rev().find(|&k| matches!(t[k].lower.as_str(), "quoted" | "cited" | "quotes" | "cites"))
    {
        let passive = q > span.start && matches!(t[q - 1].lower.as_str(), "was" | "were" | "is" | "are" | "been");
        return if passive { span.start..q - 1 } else { q + 1..span.end };
    }
    span
}

impl Reader<'_> {}

/// "…,” said Jens Stoltenberg, adding": the words after the verb up to a break.
pub(super) fn after_span(s: &Sentence, v: &VerbHit) -> std::ops::Range<usize> {
    let mut end = v.end;
    // "stated in a written statement by US President Joe Biden": up to twelve words.
    let t = &s.tokens;
    // "Gov. Veniamin Kondratyev": the dot of an abbreviation is no break (as for sentences).
    let abbreviation_dot = |k: usize| t[k].is_punct('.') && crate::extract::sentences::is_abbreviation(t, k);
    // "said a senior official who briefed reporters": whom the relative clause names is not the speaker.
    let relative = |k: usize| k > v.end && matches!(t[k].lower.as_str(), "who" | "whom" | "whose");
    while end < t.len()
        && end < v.end + 12
        && !s.quoted[end]
        && !relative(end)
        && (t[end].kind != crate::extract::text::TokKind::Punct || abbreviation_dot(end))
    {
        end += 1;
    }
    v.end..end
}

/// "were accused", "was blamed": the subject is the one accused.
/// "The bridge was partially destroyed", "three people had been killed", "Thousands are being
/// evacuated": a passive of what happens to people or things (`kinds::PASSIVE_HAPPENINGS`) after a
/// finite form of "be" ("villages being evacuated" describes the villages), no doer named after it.
pub(super) fn passive_happening(s: &Sentence, v: &VerbHit) -> bool {
    let t = &s.tokens;
    let be = passive_be(s, v).is_some_and(|k| match t[k].lower.as_str() {
        "was" | "were" | "is" | "are" => true,
        "been" => k > 0 && matches!(t[k - 1].lower.as_str(), "has" | "have" | "had" | "having"),
        "being" => k > 0 && matches!(t[k - 1].lower.as_str(), "is" | "are" | "was" | "were"),
        _ => false,
    });
    !v.subject_after && be
}

/// The commas around a relative clause between a subject and the "be" of its passive ("the
/// bridge, which has been a symbol of the annexation, was destroyed"): (opening, closing).
pub(super) fn inserted_relative(s: &Sentence, v: &VerbHit) -> Option<(usize, usize)> {
    let t = &s.tokens;
    let be = passive_be(s, v)?;
    let close = (0..be).rev().find(|&k| !(t[k].is_word() && matches!(t[k].lower.as_str(), "has" | "have" | "had")))?;
    if !t[close].is_punct(',') || s.quoted[close] {
        return None;
    }
    let open = (close.saturating_sub(30)..close).rev().find(|&k| t[k].kind == crate::extract::text::TokKind::Punct || s.quoted[k])?;
    let relative = t[open].is_punct(',') && t.get(open + 1).is_some_and(|w| matches!(w.lower.as_str(), "which" | "who"));
    relative.then_some((open, close))
}

/// The form of "be" before a participle of `kinds::PASSIVE_HAPPENINGS` ("have been almost completely
/// destroyed", "villages being evacuated"), adverbs between allowed: what was done to its subject,
/// never the subject's act.
pub(super) fn passive_be(s: &Sentence, v: &VerbHit) -> Option<usize> {
    let t = &s.tokens;
    if !crate::extract::kinds::is_passive_happening(s, v.at, v.end - v.at) {
        return None;
    }
    (0..v.at)
        .rev()
        .find(|&k| !(t[k].is_word() && crate::extract::kinds::adverb_after_be(&t[k].lower)))
        .filter(|&k| matches!(t[k].lower.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be"))
}

pub(super) fn is_passive(s: &Sentence, v: &VerbHit) -> bool {
    let prev = v.at.checked_sub(1).map(|k| s.tokens[k].lower.as_str());
    prev.is_some_and(|w| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be")) && s.tokens[v.at].lower.ends_with("ed")
}
