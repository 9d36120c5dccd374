//! The title of each event: acts, named attacks, meeting settings, reports.

use super::*;

/// "Zelensky met with Biden" told once for each side of a meeting: every side's
/// draft keeps the sentence's own subject ("Joe Biden met with President Joe
/// Biden" says nothing).
pub(super) fn same_title_for_each_side(found: &mut [Found], s: &Sentence, p: &str) {
    let Some(first) = found.first() else { return };
    let (title, key, kind) = (title_for(first, s, p), first.actor.key.clone(), first.kind);
    for f in found.iter_mut().skip(1).filter(|f| f.kind == kind && f.actor.key != key && f.title.is_none()) {
        f.title = Some(title.clone());
    }
}

pub(super) fn title_for(f: &Found, s: &Sentence, p: &str) -> String {
    if let Some(t) = &f.title {
        return titles::fit(t, titles::MAX_TITLE);
    }
    let who = if f.actor.name.is_empty() { "Unnamed source".to_owned() } else { titles::capitalise(&f.actor.name) };
    if let Some((_, _, act)) = &f.part {
        // ("According to Rubio, Lavrov proposed a new approach": a part that opens with its
        // subject's name, which `who` names already.)
        let names: Vec<&str> = who.split_whitespace().collect();
        let rest = act.trim_start();
        let mut words = rest.split_whitespace().peekable();
        let mut skipped = 0;
        while words.next_if(|w| names.contains(w)).is_some() {
            skipped += 1;
        }
        let act = if skipped > 0 { words.collect::<Vec<_>>().join(" ") } else { act.clone() };
        return titles::act_title(&who, &act);
    }
    if f.named.is_some() {
        return named_attack_title(f, s, p);
    }
    let title = match f.verb {
        Some(v) => verb_title(f, s, p, &who, v),
        None => setting_title(f, s, p, &who),
    };
    // "…minerals deal Wednesday officials said" (no comma before who said it) made "Officials
    // said": where no title reads as a clause, the sentence itself says what happened.
    if crate::extract::eval::title_problem(&title).is_some() {
        let sentence = titles::fit(&titles::capitalise(s.text(p).trim_end_matches(['.', ' '])), titles::MAX_TITLE);
        if crate::extract::eval::title_problem(&sentence).is_none() {
            return sentence;
        }
    }
    title
}

/// The sentence's words from token `k` to its end (nothing past the last token).
pub(super) fn from_token(s: &Sentence, p: &str, k: usize) -> String {
    if k < s.tokens.len() { p[s.tokens[k].start..s.end].to_owned() } else { String::new() }
}

/// What an attack told as a clause's subject did to its target ("A huge explosion rocked a
/// bridge"): what makes it an event told, not one referred back to ("the attack showed …").
pub(super) const IMPACT_VERBS: &[&str] = &[
    "rocked",
    "hit",
    "struck",
    "damaged",
    "destroyed",
    "killed",
    "injured",
    "wounded",
    "tore",
    "ripped",
    "shook",
    "caused",
    "brought",
    "sparked",
    "engulfed",
    "levelled",
    "leveled",
    "flattened",
];

/// Where the clause going on at `from` ends, at `limit` at most: a break, a quotation or a
/// relative clause ("… Kerch Bridge | which links …").
pub(super) fn clause_end(s: &Sentence, from: usize, limit: usize) -> usize {
    let t = &s.tokens;
    (from..t.len().min(limit))
        .find(|&b| {
            s.quoted[b]
                || t[b].kind == crate::extract::text::TokKind::Punct
                || t[b].is_quote()
                || matches!(t[b].lower.as_str(), "that" | "which" | "who")
        })
        .unwrap_or(t.len().min(limit).max(from))
}

/// A past tense after a name or a time ("an explosion on Saturday caused"), not a
/// participle describing a noun ("the occupied city"): the verb of a clause.
pub(super) fn clause_verb_after_name(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens;
    let w = t[k].lower.as_str();
    k > 0
        && w.len() > 4
        && w.ends_with("ed")
        && !t[k].is_capitalized()
        && !s.quoted[k]
        && !matches!(
            t[k - 1].lower.as_str(),
            "the" | "a" | "an" | "of" | "on" | "in" | "at" | "near" | "against" | "its" | "their" | "his" | "her"
        )
}

/// "The drone attack on the Kremlin" → "Drone attack on the Kremlin reported"; an attack
/// told with its clause ("An explosion on Saturday caused the partial collapse of …") as told.
pub(super) fn named_attack_title(f: &Found, s: &Sentence, p: &str) -> String {
    if let Some((a, b)) = f.named
        && (a + 2..b).any(|k| clause_verb_after_name(s, k))
    {
        return titles::fit(&titles::capitalise(&quote_for(f, s, p, 0)), titles::MAX_TITLE);
    }
    // ("attack Tuesday (September 3, 2024) on Poltava": the date is the event's, not its title's.)
    let phrase = titles::without_asides(&quote_for(f, s, p, 0));
    let phrase = phrase
        .split_once(' ')
        .filter(|(first, _)| PHRASE_OPENERS.contains(&first.to_lowercase().as_str()))
        .map_or(phrase.as_str(), |(_, rest)| rest);
    let mut c = phrase.chars();
    let phrase: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
    titles::fit(&format!("{phrase} reported"), titles::MAX_TITLE)
}

/// A meeting named as the setting of a report: "Who attended the summit".
pub(super) fn setting_title(f: &Found, s: &Sentence, p: &str, who: &str) -> String {
    let title = setting_title_past(f, s, p, who);
    // "before a NATO summit starting Tuesday": a meeting its words put ahead (see `date_of`).
    // ("will announce new aid ahead of the NATO summit": ahead of an act still to come.)
    let ahead = f.setting.as_ref().is_some_and(|(a, b, prep)| {
        matches!(prep.as_str(), "before" | "ahead")
            && (find_cues(s, p).iter().any(|c| c.future && c.start > *a && c.start <= *b + 2)
                || crate::extract::kinds::find_verbs(s).iter().any(|v| v.future && v.at < *a))
    });
    if ahead { titles::told_ahead(&title) } else { title }
}

pub(super) fn setting_title_past(f: &Found, s: &Sentence, p: &str, who: &str) -> String {
    let setting = quote_for(f, s, p, 0);
    let phrase = match &f.setting {
        // The quote holds who met: the phrase after the verb.
        Some((a, b, prep)) if USED.contains(&prep.as_str()) && a + 1 < *b => s.slice(p, a + 1, b - 1),
        _ => setting.split_once(' ').map_or(setting.as_str(), |(_, rest)| rest),
    };
    // "ahead of the summit": the phrase after "of".
    let phrase = phrase.strip_prefix("of ").unwrap_or(phrase);
    // A visit is a journey, not a meeting held at it.
    if f.kind == Kind::Other {
        // ("Xi's state visit to Russia": whose it is, the title says already.)
        let phrase = match phrase.split_once("'s ").or_else(|| phrase.split_once("’s ")) {
            Some((owner, rest))
                if !owner.contains(' ') && who.split_whitespace().any(|w| w == owner)
                    || matches!(owner.to_lowercase().as_str(), "the latter" | "the former") =>
            {
                format!("{} {rest}", article_for_noun(rest))
            }
            _ => phrase.to_owned(),
        };
        return titles::act_title(who, &format!("was on {phrase}"));
    }
    // "a meeting with Erdogan in Ankara": who met with whom.
    // ("a call with Trump", "a phone call with Biden": spoke with, not met.)
    // ("a phone call Wednesday with Zelenskyy": the weekday is the date's, not the call's name.)
    let phrase = match phrase.split_once(" with ") {
        Some((head, partner)) => match head.rsplit_once(' ') {
            Some((noun, day)) if crate::extract::dates::weekday_of(&day.to_lowercase()).is_some() => format!("{noun} with {partner}"),
            _ => phrase.to_owned(),
        },
        None => phrase.to_owned(),
    };
    let phrase = phrase.as_str();
    if let Some((head, partner)) = phrase.split_once(" with ").filter(|(head, _)| head.split_whitespace().count() <= 3) {
        let call = head.split_whitespace().last().is_some_and(|w| call_noun(&w.to_lowercase()) || w.eq_ignore_ascii_case("talk"));
        let verb = if call { "held a call with" } else { "met with" };
        return titles::act_title(who, &format!("{verb} {partner}"));
    }
    // "a call between Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov":
    // those after "between" held it (before any "of" inside their titles is read as an owner's).
    if let Some((head, those)) = phrase.split_once(" between ").filter(|(head, _)| head.split_whitespace().count() <= 3) {
        let noun = head.split_whitespace().last().unwrap_or(head);
        // ("hours of consultations between …": plural, no article.)
        let held = if noun.ends_with('s') && !noun.ends_with("ss") {
            format!("held {noun}")
        } else {
            format!("held {} {noun}", article_for_noun(noun))
        };
        return titles::act_title(&titles::capitalise(those), &held);
    }
    // "his participation in a meeting of …": he attended the meeting.
    let phrase = ["his participation in ", "her participation in ", "their participation in ", "participation in "]
        .iter()
        .find_map(|lead| phrase.strip_prefix(lead))
        .unwrap_or(phrase);
    // "their final meeting in Germany": whose it is was said before; "the" reads on its own.
    let phrase = match phrase.split_once(' ') {
        Some((first, rest)) if matches!(first.to_lowercase().as_str(), "their" | "his" | "her" | "its" | "our") => format!("the {rest}"),
        _ => phrase.to_owned(),
    };
    // "a two-day summit of the Western military alliance", the alliance's: it held the summit
    // ("Military alliance attended a summit of the Western military alliance" says it twice).
    if let Some((head, owner)) = phrase.split_once(" of ")
        && !who.is_empty()
        && owner.to_lowercase().contains(&who.to_lowercase())
        && head.split_whitespace().count() <= 4
    {
        // "… of the Ukraine Defense Contact Group held at Ramstein Air Base": the participle after
        // the name says where it was held.
        let words: Vec<&str> = owner.split_whitespace().collect();
        let participle = |w: &str| w.len() > 3 && w.ends_with("ed") || matches!(w, "held" | "led" | "set" | "begun" | "taken");
        // ("a meeting of EU Defence Ministers on Wednesday": when and where are not the owner's name.)
        let place_word = |w: &str| matches!(w, "on" | "in" | "at" | "during" | "this" | "last" | "next");
        let cut = words.iter().position(|w| (participle(w) || place_word(w)) && w.starts_with(char::is_lowercase));
        let (owner, place) = match cut {
            Some(k) if k > 0 => (words[..k].join(" "), format!(" {}", words[k..].join(" "))),
            _ => (owner.to_owned(), String::new()),
        };
        let place = place.strip_prefix(" held").unwrap_or(&place);
        return titles::act_title(&titles::capitalise(&owner), &format!("held {head}{place}"));
    }
    // "NATO summit" (a body named by its meeting) at "a NATO summit": NATO held a summit.
    let words: Vec<&str> = who.split_whitespace().collect();
    if let [owner @ .., noun] = words.as_slice()
        && !owner.is_empty()
        && meeting_noun(&noun.to_lowercase())
    {
        let owner = owner.join(" ");
        let phrase = phrase.replacen(&format!("{owner} "), "", 1);
        return titles::act_title(&owner, &format!("held {phrase}"));
    }
    // "the G7 summit in Italy" of the G7: it held the summit ("G7 attended the G7 summit" says it twice).
    if !who.is_empty()
        && let Some(at) = phrase.to_lowercase().find(&format!("{} ", who.to_lowercase()))
        // ("Russian-American talks": one side's name inside a compound is no owner.)
        && (at == 0 || phrase[..at].ends_with(' '))
        && phrase[at + who.len()..].split_whitespace().next().is_some_and(|n| meeting_noun(&n.to_lowercase()))
    {
        let rest = format!("{}{}", &phrase[..at], phrase[at + who.len()..].trim_start());
        return titles::act_title(who, &format!("held {rest}"));
    }
    // ("during a phone call on Tuesday": a call is held, not attended.)
    let call = phrase.split_whitespace().take(4).any(|w| call_noun(&w.to_lowercase()));
    titles::act_title(who, &format!("{} {phrase}", if call { "held" } else { "attended" }))
}

/// "a" or "an" before `words`, as their first letter reads.
pub(super) fn article_for_noun(words: &str) -> &'static str {
    if words.starts_with(|c: char| "aeiouAEIOU".contains(c)) { "an" } else { "a" }
}

/// The title of an event told by a verb: "Who did what" for acts, "Who: what was said"
/// for reports.
pub(super) fn verb_title(f: &Found, s: &Sentence, p: &str, who: &str, v: VerbHit) -> String {
    // "will attend …", "plans to present …": the future stays in the title.
    let plan = plan_start(s, &v);
    if let Some(title) = attended_by_title(s, p, who, &v) {
        return title;
    }
    let act = act_phrase(s, p, &v, plan);
    // Meetings, acts, reports inside a statement and verbs sharing a subject are titled
    // by the act; reports by what was said.
    // ("According to X, the alliance will hold a summit": the act merged into X's report is
    // titled as what X said.)
    let according = s.tokens[v.at].lower == "according";
    let act_route = !according && (f.kind == Kind::Meeting || f.inside.is_some() || !v.is_speech() || v.coordinate);
    if let Some(title) = act_before_next(s, p, who, &v, plan, act_route) {
        return title;
    }
    // "the proposals, which had been welcomed by Moscow": what was welcomed, not the sentence around it.
    if v.is_speech()
        && v.subject_after
        && OBJECT_SPEECH.contains(&s.tokens[v.at].lower.as_str())
        && let Some(active) = passive_by_as_active(s, p, &v)
    {
        return titles::act_title(who, &active);
    }
    if act_route {
        // "hit by Russian rockets": the agent as the text names it, when the actor's name is only part of it.
        let agent = passive_agent(s, p, &v).filter(|a| a.contains(' ') && a.starts_with(who) && !who.contains(' '));
        // "Zelenskyy and other European leaders are heading to …": one person's event is told in the singular.
        let subject = agent.unwrap_or_else(|| with_head_noun(who, s, p, v.at));
        // ("Lavrov and Rubio are holding …": two people named as the subject stay plural.)
        let one = f.actor.person.is_some() && !subject.contains(" and ");
        let act = match (one, act.split_once(' ')) {
            (true, Some(("are", rest))) => format!("is {rest}"),
            (true, Some(("were", rest))) => format!("was {rest}"),
            (true, Some(("have", rest))) => format!("has {rest}"),
            _ => act,
        };
        return titles::act_title(&subject, &act);
    }
    // "The Ukrainian air force says …": a describing word alone names nobody ("Ukrainian: …").
    // ("the Ukraine air force said": a country's name before the body that spoke, too.)
    let t = &s.tokens;
    let bare = without_the(who).map_or(who, |(_, bare)| bare);
    let body_after = (0..v.at).any(|k| t[k].norm == bare && t.get(k + 1).is_some_and(|w| body_word(&w.lower)));
    let demonym_only = !bare.contains(' ') && (bare.ends_with("an") || bare.ends_with("ese") || bare.ends_with("ish") || body_after);
    let who = match (demonym_only, v.subject_after) {
        (true, false) => with_head_noun(who, s, p, v.at),
        // "According to the Ukrainian air force, …", "…, said the Russian defence ministry".
        (true, true) => head_noun_after(who, s, v.end),
        _ => who.to_owned(),
    };
    report_verb_title(s, p, &who, &v, &act)
}

/// "a high-level meeting attended by Rubio" → "Marco Rubio attended a high-level meeting".
pub(super) fn attended_by_title(s: &Sentence, p: &str, who: &str, v: &VerbHit) -> Option<String> {
    let t = &s.tokens;
    if !(v.subject_after && t[v.at].lower == "attended" && t.get(v.end).is_some_and(|w| w.lower == "by")) {
        return None;
    }
    let d = (v.at.saturating_sub(5)..v.at).rev().find(|&k| matches!(t[k].lower.as_str(), "a" | "an" | "the"))?;
    // "The meeting was attended by X": the auxiliary is not part of what was attended.
    // "the talks — which were attended by X": the noun phrase ends at the clause's break.
    let mut end = (d + 1..v.at).find(|&k| !t[k].is_word() || matches!(t[k].lower.as_str(), "which" | "that" | "who")).unwrap_or(v.at);
    while end > d + 1 && matches!(t[end - 1].lower.as_str(), "was" | "were" | "is" | "are" | "been" | "has" | "had" | "also") {
        end -= 1;
    }
    let what = s.slice(p, d, end - 1);
    // Lower-case the sentence's opening determiner ("The meeting" → "the meeting").
    let what = if d == 0 { format!("{}{}", t[d].lower, &what[t[d].end - t[d].start..]) } else { what.to_owned() };
    Some(titles::act_title(&attendee(s, p, who, v.end + 1), &format!("attended {what}")))
}

/// The attendee as the "by" phrase from token `from` names it when the actor is
/// only its describing word: "by his Russian counterpart" is "His Russian
/// counterpart", not "Russian".
pub(super) fn attendee(s: &Sentence, p: &str, who: &str, from: usize) -> String {
    let t = &s.tokens;
    if who.contains(' ') {
        return who.to_owned();
    }
    let Some(k) = (from..t.len().min(from + 4)).find(|&k| t[k].norm == who) else { return who.to_owned() };
    let noun = |j: usize| {
        t[j].is_word()
            && !t[j].is_capitalized()
            && !matches!(t[j].lower.as_str(), "and" | "or" | "of" | "in" | "at" | "on" | "who" | "which" | "that")
    };
    let end = (k + 1..t.len()).take(2).take_while(|&j| noun(j)).last();
    let Some(end) = end else { return who.to_owned() };
    let start = if k > from && matches!(t[k - 1].lower.as_str(), "his" | "her" | "its" | "their" | "the") { k - 1 } else { k };
    titles::capitalise(s.slice(p, start, end))
}

/// Verbs that take up the main clause after a relative clause without "that".
pub(in crate::extract) const MAIN_VERBS: &[&str] =
    &["have", "has", "had", "is", "are", "was", "were", "will", "would", "remain", "remains", "face", "faces", "lack", "lacks"];

/// Participles that open the teller's next words after a comma ("…, adding that …").
pub(super) const TELLERS_NEXT_WORDS: &[&str] = &["adding", "saying", "noting", "stressing", "citing"];

/// The head nouns of a side's armed forces ("Russian troops").
pub(super) const FORCES: &[&str] = &["troops", "forces", "army", "soldiers", "units", "fighters"];

/// Lower-case particles inside names ("von der Leyen", "bin Farhan", "de Mistura").
pub(super) const NAME_PARTICLES: &[&str] =
    &["von", "der", "van", "de", "den", "da", "di", "du", "la", "le", "bin", "al", "ibn", "ter", "dos", "das"];
