//! The words of an act as a title: the verb's phrase in the simple past, a passive's
//! doer made the subject.

use super::*;

/// For a verb whose subject (a name, after any auxiliaries) follows a lower-case
/// noun ("the towns | Russia has shelled"): that noun with its article, and the
/// subject's first token.
pub(super) fn gapped_object(s: &Sentence, p: &str, v: &VerbHit) -> Option<(String, usize)> {
    let t = &s.tokens;
    let mut k = v.at;
    while k > 0 && t[k - 1].is_word() && !t[k - 1].is_capitalized() && BEFORE_VERB.contains(&t[k - 1].lower.as_str()) {
        k -= 1;
    }
    let mut subject = k;
    // "which Russian troops have stormed": a side's forces named by their describing word.
    if subject > 1 && FORCES.contains(&t[subject - 1].lower.as_str()) && t[subject - 2].is_capitalized() {
        subject -= 1;
    }
    while subject > 0 && (t[subject - 1].is_capitalized() || t[subject - 1].is_punct('.')) {
        subject -= 1;
    }
    // "The NATO allies Tuesday approved a plan": a day before the verb is no subject.
    if subject == k || (subject..k).all(|j| !t[j].is_word() || crate::extract::dates::says_when(&t[j].lower)) {
        return None;
    }
    // "Ursula von der Leyen announced": a particle of the name, not a noun before it.
    if subject > 0 && NAME_PARTICLES.contains(&t[subject - 1].lower.as_str()) {
        return None;
    }
    // "his US counterpart Donald Trump have concluded": a role set before a name is the
    // name's description, not the object of a relative clause.
    let before = subject.checked_sub(1).map(|b| t[b].lower.as_str());
    if before.is_some_and(|w| ROLES_BEFORE_NAMES.contains(&w) || crate::extract::actors::TITLE_WORDS.contains(&w)) {
        return None;
    }
    // "Russian energy group Gazprom announced": what the name is, set before it, is no object either.
    if before.is_some_and(|w| {
        crate::extract::actors::DESCRIBED_BODIES.contains(&w)
            || matches!(w, "giant" | "company" | "firm" | "monopoly" | "producer" | "operator")
    }) {
        return None;
    }
    // "… general staff Valery Gerasimov told Putin": a verb whose object follows it has no gap.
    if t.get(v.end).is_some_and(|w| w.is_word() && w.is_capitalized() && !crate::extract::dates::says_when(&w.lower)) {
        return None;
    }
    crate::extract::clauses::fronted_object(s, p, subject).map(|o| (o, subject))
}

/// "that city was liberated by Ukrainian troops last week", titled from the one who
/// acted: "liberated that city last week" (the agent, named after "by", is the title's
/// subject; it was "Ukrainian troops liberated by Ukrainian troops last week").
/// Where the agent's name after "by" ends: capitalised words and the head nouns of a
/// side's forces or arms ("by Russian troops", "by Russian drones and missiles").
pub(super) fn agent_name_end(s: &Sentence, from: usize, end: usize) -> usize {
    let t = &s.tokens;
    let head = |k: usize| {
        let w = t[k].lower.as_str();
        FORCES.contains(&w)
            || matches!(w, "military" | "mercenaries" | "saboteurs" | "defences" | "defenses" | "defence" | "defense")
            // "by Russian shelling": the attack named by its doer's adjective.
            || matches!(w, "shelling" | "bombing" | "bombardment" | "gunfire")
            // "by Polish F-16 jets": the aircraft that acted.
            || matches!(w, "jets" | "jet" | "fighters" | "warplanes" | "aircraft" | "planes" | "helicopters")
            // "by Russian coastguard ships": the vessels that acted.
            || matches!(w, "ships" | "ship" | "boats" | "vessels" | "warships" | "gunboats" | "navy" | "fleet" | "coastguard")
            || crate::extract::kinds::WEAPONS.contains(&w) && !matches!(w, "at" | "on")
    };
    let named_end = (from..end)
        // "drones and missiles": "and" between two head nouns goes on.
        .find(|&k| {
            !(t[k].is_capitalized()
                || head(k)
                // ("by Polish F-16s": a word joined by a hyphen is of the same name.)
                || t[k].hyphened && k > from
                || t[k].lower == "and" && k + 1 < end && head(k + 1) && k > from && head(k - 1)
                // "by Ukraine's air defense": whose forces they are.
                || t[k].kind == crate::extract::text::TokKind::Possessive && k > from && t[k - 1].is_capitalized())
        })
        .unwrap_or(end);
    // "by Russian glide bombs": describing words up to a head noun are part of the name.
    let phrase_end = (named_end..end.min(named_end + 3))
        .take_while(|&k| {
            t[k].is_word()
                && !crate::extract::dates::says_when(&t[k].lower)
                && !matches!(t[k].lower.as_str(), "on" | "in" | "at" | "of" | "from" | "near" | "with")
        })
        .filter(|&k| head(k))
        .last();
    phrase_end.map_or(named_end, |k| k + 1)
}

/// "The station was hit by Russian rockets": the agent as named, for the title's subject.
pub(super) fn passive_agent(s: &Sentence, p: &str, v: &VerbHit) -> Option<String> {
    passive_by_as_active(s, p, v)?;
    let t = &s.tokens;
    // After "by", or right after "fell to".
    let from = if t[v.end - 1].lower == "to" { v.end } else { v.end + 1 };
    let from = if t.get(from).is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an")) { from + 1 } else { from };
    let end = agent_name_end(s, from, after_span(s, v).end);
    (end > from).then(|| s.slice(p, from, end - 1).to_owned())
}

pub(super) fn passive_by_as_active(s: &Sentence, p: &str, v: &VerbHit) -> Option<String> {
    let t = &s.tokens;
    // "Avdiivka fell to Russian forces": "Russian forces took Avdiivka".
    if v.subject_after && t[v.at].lower == "fell" && t.get(v.at + 1).is_some_and(|w| w.lower == "to") {
        let object = subject_span(s, v.at, &[]);
        if object.is_empty() {
            return None;
        }
        let agent_end = after_span(s, v).end;
        let agent_from = v.end + usize::from(t.get(v.end).is_some_and(|w| w.lower == "the"));
        let name_end = agent_name_end(s, agent_from, agent_end);
        let rest = if name_end < agent_end { format!(" {}", s.slice(p, name_end, agent_end - 1)) } else { String::new() };
        let what = s.slice(p, object.start, object.end - 1);
        // "The town" opening the sentence is "the town" inside the title.
        let what = match what.split_once(' ') {
            Some((first, tail)) if matches!(first, "The" | "A" | "An" | "That" | "This") => format!("{} {tail}", first.to_lowercase()),
            _ => what.to_owned(),
        };
        return Some(format!("took {what}{rest}"));
    }
    let mut aux = v.at.checked_sub(1)?;
    // "was personally inaugurated by": an adverb may stand between.
    if aux > 0
        && t[aux].is_word()
        && (crate::extract::kinds::adverb_after_be(&t[aux].lower) || matches!(t[aux].lower.as_str(), "later" | "then"))
    {
        aux -= 1;
    }
    // "The bridge, personally inaugurated by Putin in 2018, is …": a participle set off by a comma.
    let inserted = t[aux].is_punct(',');
    // ("Kherson captured by Russian forces": a headline leaves out "was"; the name is what was acted on.)
    let headline = (0..v.at).all(|k| t[k].is_capitalized() && !s.quoted[k]);
    let passive = v.subject_after
        && t.get(v.end).is_some_and(|w| w.lower == "by")
        && (inserted || headline || matches!(t[aux].lower.as_str(), "was" | "were" | "been" | "is" | "are" | "being"));
    if !passive {
        return None;
    }
    let mut aux = if headline && !inserted { v.at } else { aux };
    // "which had been welcomed by Moscow": the perfect's auxiliary is no part of what was acted on.
    if t[aux].lower == "been" && aux > 0 && matches!(t[aux - 1].lower.as_str(), "has" | "have" | "had") {
        aux -= 1;
    }
    // ("Radio Free Europe says one of its journalists was killed by …": not past another verb.)
    let stops: Vec<usize> = (aux.saturating_sub(12)..aux)
        .filter(|&k| {
            t[k].is_word()
                && !t[k].is_capitalized()
                && (crate::extract::kinds::speech_at(s, k) || crate::extract::kinds::act_at(s, k).is_some())
        })
        .collect();
    // "The towns — Irpin and Bucha — were shelled by": what was acted on stands before the aside.
    let em_dash = |k: usize| matches!(t[k].norm.as_str(), "—" | "–");
    let object_end = match aux.checked_sub(1).filter(|&k| em_dash(k)) {
        Some(close) => (close.saturating_sub(14)..close).rev().find(|&k| em_dash(k)).unwrap_or(aux),
        None => aux,
    };
    let mut object = subject_span(s, object_end, &stops);
    // ("23 civilians were killed and 28 were wounded by …": the second subject of two.)
    while object.start < object.end && matches!(s.tokens[object.start].lower.as_str(), "and" | "or") {
        object.start += 1;
    }
    // "The bridge, which was inaugurated by Putin": what "which" stands for, before its comma.
    // "fourteen cruise missiles, 10 of which were destroyed by …": that many of them.
    let mut share = None;
    if aux >= 4
        && t[aux - 1].lower == "which"
        && t[aux - 2].lower == "of"
        && t[aux - 4].is_punct(',')
        && (t[aux - 3].norm.chars().all(|c| c.is_ascii_digit()) || crate::extract::dates::NUMBERS.contains(&t[aux - 3].lower.as_str()))
    {
        share = Some(s.slice(p, aux - 3, aux - 3).to_owned());
        // ("used fourteen X-101/555 cruise missiles, 10 of which": back to the verb that used them.)
        let comma = aux - 4;
        let from = (comma.saturating_sub(10)..comma)
            .rev()
            .take_while(|&k| {
                let w = t[k].lower.as_str();
                (t[k].is_word() || matches!(t[k].norm.as_str(), "/" | "-"))
                    && !(w.len() > 3 && w.ends_with("ed"))
                    && !matches!(w, "of" | "to" | "in" | "on" | "at" | "by" | "with" | "from" | "that" | "which")
            })
            .last()
            .unwrap_or(comma);
        object = from..comma;
    } else if aux > 0 && matches!(t[aux - 1].lower.as_str(), "which" | "that") {
        let end = if aux >= 2 && t[aux - 2].is_punct(',') { aux - 2 } else { aux - 1 };
        object = crate::extract::clauses::phrase_before(s, end).unwrap_or(end..end);
    }
    if object.is_empty() {
        return None;
    }
    // "that city": "that" ends the walk as a clause word; here it is the determiner. (Not the
    // "that" of a saying: "Ukraine said on Sunday that over 30 people were killed by …".)
    let said_that = |k: usize| {
        t[k].lower == "that" && (k.saturating_sub(5)..k).any(|j| t[j].is_word() && !s.quoted[j] && crate::extract::kinds::speech_at(s, j))
    };
    if object.start > 0 && matches!(t[object.start - 1].lower.as_str(), "that" | "this" | "these" | "those") && !said_that(object.start - 1)
    {
        object.start -= 1;
    }
    let agent_end = after_span(s, v).end;
    // "…, inaugurated by Putin in 2018, is a vital link": the comma closes the act.
    let agent_end = (v.end..agent_end).find(|&k| t[k].is_punct(',')).unwrap_or(agent_end);
    // "by a Russian missile": the article is the agent's, as `passive_agent` names it.
    let agent_from = v.end + 1 + usize::from(t.get(v.end + 1).is_some_and(|w| matches!(w.lower.as_str(), "the" | "a" | "an")));
    let name_end = agent_name_end(s, agent_from, agent_end);
    // "was blown up by": "blew up".
    let verb = match s.slice(p, v.at, v.end - 1) {
        "blown up" => "blew up",
        other => other,
    };
    // "its vessels -- including two small-sized artillery boats -- were attacked by": an aside
    // set off by dashes is no part of what was acted on.
    // (Hyphens are no tokens: a spaced "--" or " - " is found in the text between two words.)
    let dash = |k: usize| {
        matches!(t[k].norm.as_str(), "—" | "–")
            || p.get(t[k - 1].end..t[k].start).is_some_and(|gap| gap.contains("--") || gap.contains(" - "))
    };
    if let Some(k) = (object.start + 1..object.end).find(|&k| dash(k)) {
        object.end = k;
    }
    let what = s.slice(p, object.start, object.end - 1);
    // "Three people were killed by …": the capital is the sentence's, not a name's.
    let common = |w: &str| {
        matches!(w, "the" | "that" | "this" | "a" | "an" | "several" | "many" | "some" | "dozens" | "hundreds" | "thousands")
            || matches!(w, "its" | "their" | "his" | "her" | "our")
            // ("At least three were shot down by …", "More than 20 people were killed by …".)
            || matches!(w, "at" | "more" | "over" | "nearly" | "almost" | "about" | "around" | "up" | "all" | "most")
            || crate::extract::dates::NUMBERS.contains(&w)
    };
    let what = if t[object.start].is_capitalized() && common(&t[object.start].lower) {
        format!("{}{}", t[object.start].lower, &what[t[object.start].end - t[object.start].start..])
    } else {
        what.to_owned()
    };
    let rest = if name_end < agent_end { format!(" {}", s.slice(p, name_end, agent_end - 1)) } else { String::new() };
    let what = match share {
        Some(n) => format!("{n} of {}", what.strip_prefix("the ").unwrap_or(&what)),
        None => what,
    };
    Some(format!("{verb} {what}{rest}"))
}

/// Roles that describe the name after them ("his counterpart Donald Trump").
pub(super) const ROLES_BEFORE_NAMES: &[&str] =
    &["counterpart", "counterparts", "colleague", "host", "guest", "leader", "aide", "official", "officials", "staff"];

/// The form of "be" (past or present, not "am") before the "-ing" verb at `at` ("is also designating").
pub(super) fn progressive_aux(s: &Sentence, at: usize) -> Option<usize> {
    // ("I am announcing" is told in the speaker's name, from the verb: "Biden announced".)
    let t = &s.tokens;
    let k = be_before_ing(s, at)?;
    match t[k].lower.as_str() {
        "is" | "are" | "was" | "were" => Some(k),
        // "Russian forces have been shelling the town": the perfect's auxiliary too.
        "been" if k > 0 && matches!(t[k - 1].lower.as_str(), "has" | "have" | "had") => Some(k - 1),
        _ => None,
    }
}

/// The word before the "-ing" verb at `at`, past the adverbs that may stand between it and its
/// form of "be" ("is also designating", "are still shelling"): where that form would be.
pub(super) fn be_before_ing(s: &Sentence, at: usize) -> Option<usize> {
    let t = &s.tokens;
    if !t[at].lower.ends_with("ing") {
        return None;
    }
    (0..at).rev().find(|&k| !(t[k].is_word() && (crate::extract::kinds::adverb_after_be(&t[k].lower) || t[k].lower == "still")))
}

/// A word naming a body that speaks or acts for a side ("ministry", "air force", "military",
/// "authorities", "officials"): the gazetteer's heads of bodies and the words that open them.
pub(super) fn body_word(w: &str) -> bool {
    crate::extract::actors::BODY_HEADS.contains(&w)
        || matches!(w, "air" | "military" | "armed" | "defense" | "defence" | "authorities" | "official" | "officials")
}

/// The comma after token `from` that opens who told the sentence ("…, President Joe Biden
/// said", "…, the ministry said"): up to six words before a verb of saying, none of them a verb.
pub(super) fn speaker_after_comma(s: &Sentence, from: usize) -> Option<usize> {
    let t = &s.tokens;
    (from..t.len()).filter(|&k| t[k].is_punct(',') && !s.quoted[k]).find(|&c| {
        // "…, according to DeepState": the source's words are no part of the act.
        if t.get(c + 1).is_some_and(|w| w.lower == "according") && t.get(c + 2).is_some_and(|w| w.lower == "to") {
            return true;
        }
        let said = (c + 1..(c + 8).min(t.len())).find(|&k| crate::extract::kinds::speech_at(s, k));
        said.is_some_and(|k| {
            k > c + 1
                && (c + 1..k).all(|j| {
                    t[j].is_word()
                        && !s.quoted[j]
                        && (t[j].is_capitalized() || matches!(t[j].lower.as_str(), "the" | "a" | "an" | "of" | "his" | "her" | "its"))
                        || t[j].kind == crate::extract::text::TokKind::Possessive
                        || t[j].is_word() && crate::extract::actors::TITLE_WORDS.contains(&t[j].lower.as_str())
                        || t[j].is_word() && body_word(&t[j].lower)
                })
        })
    })
}

/// The act from its verb (or the plan words before it) to the end of the sentence, in
/// the simple past when the verb is a participle.
pub(super) fn act_phrase(s: &Sentence, p: &str, v: &VerbHit, plan: Option<usize>) -> String {
    let t = &s.tokens;
    if let Some(active) = passive_by_as_active(s, p, v) {
        return active;
    }
    let will = plan.is_some();
    // "was joined by Waltz": a passive keeps its auxiliary.
    let passive_from = (v.kind == Kind::Meeting && v.at > 0 && matches!(t[v.at - 1].lower.as_str(), "was" | "were")).then(|| v.at - 1);
    // "are imposing", "is also designating": a progressive keeps its auxiliary, or the title has no verb.
    let progressive_from = progressive_aux(s, v.at);
    // "is believed to have fired", "are said to have struck": the hedge stays in the title.
    let hedge_from = (v.at >= 4
        && t[v.at - 1].lower == "have"
        && t[v.at - 2].lower == "to"
        && matches!(t[v.at - 3].lower.as_str(), "believed" | "thought" | "said" | "reported" | "alleged" | "understood")
        && matches!(t[v.at - 4].lower.as_str(), "is" | "are" | "was" | "were"))
    .then(|| v.at - 4);
    let from = plan.or(passive_from).or(progressive_from).or(hedge_from).unwrap_or(v.at);
    let mut act = from_token(s, p, from);
    // "… will send 31 Abrams tanks to Ukraine, President Joe Biden said on Wednesday": the act ends
    // where who told it begins.
    if let Some(comma) = speaker_after_comma(s, v.end) {
        act = s.slice(p, from, comma - 1).to_owned();
    }
    // "made an unannounced visit", "paid a surprise visit": the noun's own verb heads the title.
    // ("made his first visit to Kyiv" too, after a verb that makes the noun.)
    // ("made a previously unannounced visit": two describing words after a light verb.)
    let det = (v.at.saturating_sub(2)..v.at).find(|&k| matches!(t[k].lower.as_str(), "a" | "an")).or_else(|| {
        (v.at.saturating_sub(3)..v.at).find(|&k| {
            matches!(t[k].lower.as_str(), "his" | "her" | "their" | "its" | "a" | "an")
                && k > 0
                && crate::extract::kinds::LIGHT_VERBS.contains(&t[k - 1].lower.as_str())
        })
    });
    let mut act_from = from;
    if !will
        && let Some(d) = det
        && d > 0
        && t[d - 1].is_word()
        && !t[d - 1].is_capitalized()
        && !s.quoted[d - 1]
    {
        // ("will pay a state visit": the plan's "will" stays.)
        act_from = if d >= 2 && matches!(t[d - 2].lower.as_str(), "will" | "would") { d - 2 } else { d - 1 };
        act = from_token(s, p, act_from);
        if let Some(comma) = speaker_after_comma(s, v.end) {
            act = s.slice(p, act_from, comma - 1).to_owned();
        }
    }
    // "… 91 Russian drones launched overnight, adding that the attacks caused damage": the
    // teller's next words are no part of the act.
    // (A report's own "…, saying …" goes on telling what was said.)
    // ("made his first visit to Kyiv on Saturday, pledging to continue …": a participle that is an
    // event of its own, too.)
    // (The sentence's verbs are found once, and only when a comma is followed by an "-ing" word.)
    let participles = std::cell::OnceCell::new();
    let own_participle = |k: usize| {
        t[k].lower.ends_with("ing")
            && participles.get_or_init(|| crate::extract::kinds::find_verbs(s)).iter().any(|w: &VerbHit| w.at == k && w.coordinate)
    };
    if let Some(comma) = (v.end..t.len().saturating_sub(1)).find(|&k| {
        t[k].is_punct(',')
            && !s.quoted[k]
            && (TELLERS_NEXT_WORDS.contains(&t[k + 1].lower.as_str()) || own_participle(k + 1))
    }) && comma > act_from
        && !v.is_speech()
        // (Not where what is left would end on a word that leads on: "will not give in".)
        && !titles::dangles(&t[comma - 1].lower)
    {
        let keep = t[comma].start - t[act_from].start;
        if keep <= act.len() && act.is_char_boundary(keep) {
            act.truncate(keep);
        }
    }
    // How much longer the act's first word got (", praising X" → "praised X"): what is cut
    // off after it is found by the tokens' places in the paragraph.
    let mut head_delta: isize = 0;
    if let Some(past) = crate::extract::kinds::past_of_participle(&t[v.at].lower).filter(|_| !will && from == v.at && act_from == v.at) {
        // ", praising X" → "Who praised X".
        head_delta = past.len() as isize - (t[v.at].end - t[v.at].start) as isize;
        act = format!("{past}{}", &act[t[v.at].end - t[v.at].start..]);
    }
    let keep_before = |k: usize| (t[k].start as isize - t[act_from].start as isize + head_delta).max(0) as usize;
    // "the towns Russia has shelled since Monday have no power": a relative clause
    // without "that" ends before the main clause's verb, and its object is the noun
    // before its subject ("Russia has shelled the towns since Monday").
    if let Some((object, subject)) = gapped_object(s, p, v)
        && plan.is_none()
        && passive_from.is_none()
    {
        let main = (v.end..t.len()).find(|&k| MAIN_VERBS.contains(&t[k].lower.as_str()) && !s.quoted[k]).unwrap_or(t.len());
        // ("which Russian troops have stormed and are threatening …": not the joining word before it.)
        let mut main = main;
        while main > v.end && (t[main - 1].kind == crate::extract::text::TokKind::Punct || JOINERS.contains(&t[main - 1].lower.as_str())) {
            main -= 1;
        }
        let rest = if main > v.end { format!(" {}", s.slice(p, v.end, main - 1)) } else { String::new() };
        let verb = s.slice(p, subject, v.end - 1);
        let mut words = verb.split_whitespace().skip_while(|w| w.chars().next().is_some_and(char::is_uppercase)).peekable();
        // ("Russian forces shelled": the forces are the title's subject already.)
        words.next_if(|w| FORCES.contains(w));
        let verb = words.collect::<Vec<_>>().join(" ");
        return format!("{verb} {object}{rest}");
    }
    // "agreed to pursue three goals: to restore …": the list after a colon details the act
    // (and a colon in an act's title would read as a speaker's).
    let digit = |k: usize| t.get(k).is_some_and(|w| w.norm.chars().all(|c| c.is_ascii_digit()));
    if let Some(colon) = (v.end..t.len()).find(|&k| t[k].is_punct(':') && !s.quoted[k] && !(digit(k - 1) && digit(k + 1))) {
        let keep = keep_before(colon);
        if keep <= act.len() && act.is_char_boundary(keep) {
            act.truncate(keep);
        }
    }
    // "… spoke by phone on Tuesday, the Kremlin said": who told it is not part of the act.
    if let Some(comma) = trailing_attribution(s, v.end) {
        let keep = keep_before(comma);
        if keep <= act.len() && act.is_char_boundary(keep) {
            act.truncate(keep);
        }
    }
    // "visited Kyiv on Thursday and the Biden administration announced aid": the act ends
    // where a clause with a subject of its own is joined to it.
    // (The sentence's verbs are found only when an "and" follows the act.)
    let and_after = (v.end..t.len()).any(|k| t[k].lower == "and" && !s.quoted[k]);
    if and_after
        && let Some(next) = participles
            .get_or_init(|| crate::extract::kinds::find_verbs(s))
            .iter()
            .find(|n| n.at > v.end && !n.subject_after && !n.coordinate)
        && let Some(and) = (v.end..next.at).rev().find(|&k| t[k].lower == "and" && !s.quoted[k])
        && (2..=6).contains(&(next.at - and))
        && (and + 1..next.at).all(|k| t[k].is_word() && !s.quoted[k])
        && (t[and + 1].is_capitalized() || matches!(t[and + 1].lower.as_str(), "the" | "his" | "her" | "their" | "its"))
        && and > act_from + 1
    {
        let end = if t[and - 1].is_punct(',') { and - 1 } else { and };
        let keep = keep_before(end);
        if keep <= act.len() && act.is_char_boundary(keep) {
            act.truncate(keep);
        }
    }
    // "Reznikov, who attended the meeting, thanked allies": the relative clause ends at its comma;
    // so does one the sentence opens with ("When Putin proposed hosting it in Moscow, Trump replied …").
    let opening_clause =
        t.first().is_some_and(|w| SUBORDINATORS.contains(&w.lower.as_str())) && (1..v.at).all(|k| !t[k].is_punct(',') && !s.quoted[k]);
    if (v.at > 0 && t[v.at - 1].lower == "who" || opening_clause)
        && let Some(comma) = (v.end..t.len()).find(|&k| t[k].is_punct(',') && !s.quoted[k])
    {
        let keep = keep_before(comma);
        if keep <= act.len() && act.is_char_boundary(keep) {
            act.truncate(keep);
        }
    }
    // "agreed during a phone call on Tuesday to start talks": the call is a meeting of its own
    // (`add_meeting_settings`); the act's title says what was agreed.
    // (Looked for only when a preposition of a setting follows the verb.)
    let prep_next = t.get(v.end).is_some_and(|w| MEETING_PREPS.contains(&w.lower.as_str()) || w.lower == "in");
    if prep_next
        && let Some((a, _, b, _)) =
            meeting_settings(s, &[]).into_iter().find(|&(a, _, b, _)| a == v.end && t.get(b).is_some_and(|w| w.lower == "to"))
    {
        let setting = format!("{} ", s.slice(p, a, b - 1));
        act = act.replacen(&setting, "", 1);
    }
    act
}

/// Where what was said begins after a named listener right after "told": "the BBC",
/// "Reuters", "the Associated Press" (a short run of capitalised words), when words follow.
pub(super) fn named_listener_end(s: &Sentence, from: usize) -> Option<usize> {
    let t = &s.tokens;
    let first = if t.get(from).is_some_and(|w| w.lower == "the") { from + 1 } else { from };
    let end = (first..t.len().min(first + 4)).take_while(|&k| t[k].is_capitalized() && !s.quoted[k]).last()? + 1;
    t.get(end).is_some_and(|w| w.is_word() && !w.is_capitalized() && !s.quoted[end]).then_some(end)
}

/// "delivered remarks at met with Zelensky", "convened the ministers and urged them": the
/// act ends before a further act joined to it, and says no more than its own clause. None
/// when no further act follows or the shorter title is no good one.
pub(super) fn act_before_next(s: &Sentence, p: &str, who: &str, v: &VerbHit, plan: Option<usize>, act_route: bool) -> Option<String> {
    let t = &s.tokens;
    let will = plan.is_some();
    let next = crate::extract::kinds::find_verbs(s).into_iter().find(|n| n.at > v.end && !n.subject_after)?;
    let cut = (v.end..next.at).rev().take_while(|&k| t[k].is_word() && JOINERS.contains(&t[k].lower.as_str())).last()?;
    if !(cut >= v.end && (act_route || cut == v.end)) {
        return None;
    }
    let from = plan.or(progressive_aux(s, v.at)).unwrap_or(v.at);
    let shorter = p[t[from].start..t[cut - 1].end].to_owned();
    let shorter = match crate::extract::kinds::past_of_participle(&t[v.at].lower).filter(|_| !will && from == v.at) {
        Some(past) => format!("{past}{}", &shorter[t[v.at].end - t[v.at].start..]),
        None => shorter,
    };
    let title = titles::act_title(&with_head_noun(who, s, p, v.at), &shorter);
    crate::extract::eval::title_problem(&title).is_none().then_some(title)
}
