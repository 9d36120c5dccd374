//! Attacks named by a noun phrase ("the drone attack on the Kremlin") and whose they are.

use super::*;

/// Nouns of a whole war's opening: an event only where the text dates it by
/// an anniversary ("the anniversary of Russia's invasion of Ukraine"), not as a
/// mere backdrop ("the Russian invasion of Ukraine continues").
pub(super) const WAR_NOUNS: &[&str] = &["invasion"];
/// Words that may stand between an attack's noun and its target: when it happened.
pub(super) const WHEN_AFTER_NOUN: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "overnight", "early", "late"];
/// Words that cannot end a noun phrase.
const DANGLING: &[&str] = &["on", "in", "at", "of", "near", "against", "to", "from", "the", "a", "an", "and", "by", "for", "with"];
/// What may open such a noun phrase: "the drone attack", "a missile strike", "Tuesday's blast".
pub(super) const PHRASE_OPENERS: &[&str] = &["the", "a", "an", "this", "that", "last", "yesterday's", "today's"];

/// Where something is told: "in a statement", "at a press conference", "on Telegram".
pub(super) const TOLD_IN: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "speech",
    "address",
    "post",
    "message",
    "briefing",
    "tweet",
    "video",
    "remarks",
    "comments",
    "conference",
    "telegram",
    "x",
    "twitter",
    "facebook",
    "television",
    "broadcast",
    "call",
    "letter",
    "report",
];

/// A preposition at `b` opening where something was told: "in a statement", "in a video on Telegram".
pub(super) fn told_in_at(s: &Sentence, b: usize) -> bool {
    let t = &s.tokens;
    let prep = |k: usize| matches!(t[k].lower.as_str(), "in" | "on" | "at" | "of" | "near" | "against");
    b < t.len()
        && prep(b)
        && (b + 1..t.len().min(b + 4)).take_while(|&k| t[k].is_word() && !prep(k)).any(|k| TOLD_IN.contains(&t[k].lower.as_str()))
}

/// Nouns that make one occasion of many attacks: "a wave of Russian air attacks on Ukrainian cities".
const WAVES: &[&str] = &["wave", "barrage", "series", "salvo", "volley", "spate"];

/// "a wave of Russian air attacks", "a barrage of missile strikes": the plural attack noun at
/// `n` counted as one occasion; where the phrase opens (its "a").
fn wave_of(s: &Sentence, n: usize) -> Option<usize> {
    let t = &s.tokens;
    if !matches!(t[n].lower.as_str(), "attacks" | "strikes" | "airstrikes" | "explosions" | "blasts" | "raids") {
        return None;
    }
    let of = (n.saturating_sub(4)..n).rev().find(|&k| t[k].lower == "of")?;
    let wave = of.checked_sub(1).filter(|&k| WAVES.contains(&t[k].lower.as_str()))?;
    let a = wave.checked_sub(1).filter(|&k| matches!(t[k].lower.as_str(), "a" | "an" | "the" | "another" | "new"))?;
    (a..n).all(|k| !s.quoted[k] && (t[k].is_word() || t[k].kind == crate::extract::text::TokKind::Possessive)).then_some(a)
}

/// Attacks named by a noun phrase outside quoted speech: "the drone attack on the Kremlin",
/// "a missile strike in Polish farmland" (up to the next punctuation, a verb of `stops`, a
/// relative clause or where it was told): (first token, last token + 1, the noun).
pub(super) fn named_attacks(s: &Sentence, stops: &[usize]) -> Vec<(usize, usize, usize)> {
    let t = &s.tokens;
    let mut out = Vec::new();
    for n in 0..t.len() {
        let singular = crate::extract::kinds::ATTACK_NOUNS.contains(&t[n].lower.as_str());
        if s.quoted[n] || !(singular || crate::extract::kinds::names_an_assault(&t[n].lower)) {
            continue;
        }
        // "There have been several explosions at …": told as there being some, in the plural too.
        let there = there_be(s, n);
        // Back over at most three modifiers to an opener ("the recent drone attack").
        let opener = (n.saturating_sub(4)..n).rev().find(|&k| {
            !s.quoted[k] && (PHRASE_OPENERS.contains(&t[k].lower.as_str()) || t[k].kind == crate::extract::text::TokKind::Possessive)
        });
        let Some(a) = opener.filter(|_| singular).or(there).or_else(|| wave_of(s, n)) else {
            continue;
        };
        if (a + 1..n).any(|k| !t[k].is_word() && t[k].kind != crate::extract::text::TokKind::Possessive) {
            continue;
        }
        if WAR_NOUNS.contains(&t[n].lower.as_str()) && !(a.saturating_sub(3)..a).any(|k| t[k].lower == "anniversary") {
            continue;
        }
        // "Russia's invasion": the owner opens the phrase.
        let a = if t[a].kind == crate::extract::text::TokKind::Possessive && a > 0 && t[a - 1].is_word() { a - 1 } else { a };
        // "on/in/at/against/of …" after the noun (and a day: "attack Wednesday on") is part of its name.
        let mut b = n + 1;
        if t.get(b).is_some_and(|w| WHEN_AFTER_NOUN.contains(&w.lower.as_str())) {
            // "attack Tuesday (September 3, 2024) on": the day's date in brackets goes with it.
            let mut c = b + 1;
            if t.get(c).is_some_and(|w| w.is_punct('('))
                && let Some(close) = (c + 1..t.len().min(c + 8)).find(|&k| t[k].is_punct(')'))
            {
                c = close + 1;
            }
            if t.get(c).is_some_and(|w| matches!(w.lower.as_str(), "on" | "in" | "at" | "against" | "near")) {
                b = c;
            }
        }
        let limit = b + 8;
        let of_target = WAR_NOUNS.contains(&t[n].lower.as_str()) && t.get(b).is_some_and(|w| w.lower == "of");
        // "A huge explosion rocked a bridge … early Saturday": the attack is the subject of what
        // the clause tells of it, up to the clause's end.
        // Told as new ("A huge explosion rocked"), not referred back to ("The strike killed three").
        let told_as_new = matches!(t[a].lower.as_str(), "a" | "an") || there == Some(a);
        if told_as_new
            && b == n + 1
            && b < t.len()
            && IMPACT_VERBS.contains(&t[b].lower.as_str())
            && !s.quoted[b]
            && !WAR_NOUNS.contains(&t[n].lower.as_str())
        {
            b = clause_end(s, b + 1, n + 20);
            if out.last().is_none_or(|&(_, end, _)| a >= end) {
                out.push((a, b, n));
            }
            continue;
        }
        // "condemned the attack in a statement": where it was told, not where it struck.
        if of_target || !told_in_at(s, b) && t.get(b).is_some_and(|w| matches!(w.lower.as_str(), "on" | "in" | "at" | "against" | "near")) {
            // Up to a break, a verb, a relative clause or where it was told ("… on Kyiv in a video").
            let month_point = |b: usize| crate::extract::dates::month_point(s, b);
            while b < t.len()
                && b < limit
                && !s.quoted[b]
                && (t[b].kind != crate::extract::text::TokKind::Punct || month_point(b))
                && !stops.contains(&b)
                && !matches!(t[b].lower.as_str(), "that" | "which" | "who")
                // "… on military facilities in western Ukraine but it had not planned …": a clause joined on.
                && !matches!(t[b].lower.as_str(), "but" | "while" | "although" | "though" | "because" | "as" | "whereas")
                // "a missile strike in Poland was likely not a deliberate attack": what is said of it.
                && !matches!(
                    t[b].lower.as_str(),
                    "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would" | "could" | "may" | "might" | "can"
                )
                && !t[b].is_quote()
                && !(b > n + 2 && told_in_at(s, b))
            {
                // "an explosion on Saturday caused the partial collapse of Kerch Bridge which …": the
                // attack is the subject of what the clause tells of it, up to the clause's end.
                if b > n + 2 && clause_verb_after_name(s, b) {
                    b = clause_end(s, b, n + 20);
                    break;
                }
                b += 1;
            }
            // Cut at its length, the phrase ends on a name, not "… of Poltava on".
            while b > n + 2 && DANGLING.contains(&t[b - 1].lower.as_str()) {
                b -= 1;
            }
        }
        // "an attack on one member is an attack on all", "would be an attack on NATO": what an
        // attack would be, a rule or a case put, no attack told.
        let indefinite = matches!(t[a].lower.as_str(), "a" | "an");
        let copula = |k: usize| t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "is" | "are" | "be"));
        let modal = |k: usize| t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "would" | "will" | "could" | "might" | "may"));
        if indefinite && (copula(b) || modal(b) && copula(b + 1) || a > 0 && copula(a - 1)) {
            continue;
        }
        // Without a target or place ("the attack", "a deliberate strike") it
        // refers back to an attack already told, or to none at all.
        if b > n + 2 && out.last().is_none_or(|&(_, end, _)| a >= end) {
            out.push((a, b, n));
        }
    }
    out
}

/// "There were explosions", "There have been several strikes": the first word after "there" and
/// its "be" (up to three describing words before the noun at `n`), none saying there were none.
pub(super) fn there_be(s: &Sentence, n: usize) -> Option<usize> {
    let t = &s.tokens;
    let be =
        (n.saturating_sub(4)..n).rev().find(|&k| matches!(t[k].lower.as_str(), "was" | "were" | "been" | "is" | "are") && !s.quoted[k])?;
    let there_at = if t[be].lower == "been" { be.checked_sub(2)? } else { be.checked_sub(1)? };
    let perfect = t[be].lower != "been" || matches!(t[be - 1].lower.as_str(), "has" | "have" | "had");
    let words = (be + 1..n).all(|k| t[k].is_word() && !matches!(t[k].lower.as_str(), "no" | "any" | "not" | "never" | "fears" | "risk"));
    (t[there_at].lower == "there" && perfect && words && be < n).then_some(be + 1)
}

/// Whose attack: a side named just before the noun ("a Russian missile
/// strike"), else nobody known (the default lane).
pub(super) fn attack_side(g: &Gazetteer, s: &Sentence, p: &str, a: usize, noun: usize) -> Actor {
    for m in g.mentions(&s.tokens, a..noun, &[]) {
        let lane = match m.what {
            What::Group(l) | What::Demonym(l) => l,
            _ => continue,
        };
        let name = s.slice(p, m.start, m.end - 1).to_owned();
        return Actor {
            key: format!("group:{}", name.to_lowercase()),
            name: name.clone(),
            lane,
            person: None,
            why: format!("“{name}” before the attack's name"),
        };
    }
    Actor {
        name: String::new(),
        lane: g.default_lane,
        key: UNNAMED.to_owned(),
        person: None,
        why: "an attack named without saying whose".to_owned(),
    }
}

impl Reader<'_> {
    /// "The midday attack on Thursday …", "the attack on civilians in the city" after "Russian
    /// missiles struck the city": an attack named by "the" with no side of its own is the one
    /// already told, of the side of the last attack drafted with one.
    pub(super) fn attack_referred_back(&self, s: &Sentence, a: usize) -> Option<Actor> {
        let opener = s.tokens.get(a)?.lower.as_str();
        if !matches!(opener, "the" | "this" | "that" | "these" | "those" | "yesterday's" | "today's") {
            return None;
        }
        let last = self.last_attack_with_a_side()?;
        let whose = last.actor.clone().unwrap_or_else(|| self.g.lanes[last.lane].label.clone());
        Some(Actor {
            key: format!("{REFERRED_ATTACK}{}", last.lane),
            why: format!("an attack named by “{}” with no side of its own: the last attack told ({whose})", s.tokens[a].norm),
            name: String::new(),
            lane: last.lane,
            person: None,
        })
    }

    pub(super) fn last_attack_with_a_side(&self) -> Option<&Draft> {
        // (A defender's shooting down is no attack that "the strikes" refer back to.)
        let defence = |d: &Draft| {
            let q = d.quote.to_lowercase();
            ["shot down", "shoot down", "intercepted", "downed", "repelled", "repulsed"].iter().any(|w| q.contains(w))
        };
        self.drafts.iter().rev().find(|d| d.kind == Kind::Attack && d.lane != self.g.default_lane && !defence(d))
    }

    /// An attack referred back to with no time of its own is of the day of the one told.
    pub(super) fn date_referred_attacks(&self, found: &[Found], dates: &mut [Dated]) {
        for (f, d) in found.iter().zip(dates.iter_mut()) {
            if f.actor.key.starts_with(REFERRED_ATTACK)
                && d.precision == Precision::Before
                && d.cue.is_none()
                && let Some(last) = self.last_attack_with_a_side()
            {
                *d = Dated { how: format!("that of the attack it refers back to ({})", last.date.how), ..last.date.clone() };
            }
        }
    }
}

/// The key of an attack's side found by `attack_referred_back`, before the lane's number.
const REFERRED_ATTACK: &str = "referred-attack:";

/// People of a country who are no side's officials.
pub(super) const CIVILIANS: &[&str] = &[
    "refugees",
    "civilians",
    "people",
    "children",
    "families",
    "residents",
    "citizens",
    "students",
    "women",
    "men",
    "evacuees",
    "migrants",
    "workers",
    "journalists",
    "volunteers",
    "villagers",
    "survivors",
];

/// Whether an actor is one person: named, or named by a title ("the American leader") or a
/// role of one person ("Putin's spokesman").
pub(super) fn one_person(a: &Actor) -> bool {
    a.person.is_some() || a.key.starts_with("title:")
}

/// Head nouns that make a name a body, not a person ("the War Gonzo blog").
pub(super) const BODY_NOUNS: &[&str] = &[
    "blog",
    "channel",
    "agency",
    "newspaper",
    "outlet",
    "website",
    "company",
    "group",
    "organization",
    "organisation",
    "committee",
    "service",
    "broadcaster",
    "network",
    "daily",
    "magazine",
];

/// Several sides doing one thing together ("Russia and the U.S. agreed", "Biden met
/// with Zelensky", "a summit of the Western military alliance"): one event, in the
/// first of their lanes in the lane order, not a copy in each lane. Who convened is
/// rarely said; the lane order is the same tie-break wherever it is not.
pub(in crate::extract) fn one_side(actors: &mut Vec<Actor>) -> Option<usize> {
    let top = actors.iter().map(|a| a.lane).min();
    actors.retain(|a| Some(a.lane) == top);
    top
}

/// The sides named in a meeting's description ("the NATO summit" → NATO).
pub(super) fn setting_actors(g: &Gazetteer, s: &Sentence, p: &str, a: usize, b: usize) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    for m in g.mentions(&s.tokens, a + 1..b, &[]) {
        let lane = match m.what {
            // "meeting with Ukrainian refugees": people of a country, not its officials.
            What::Demonym(_) if s.tokens.get(m.end).is_some_and(|w| CIVILIANS.contains(&w.lower.as_str())) => continue,
            What::Group(l) | What::Title(Some(l)) | What::Demonym(l) => l,
            What::Person(id) => g.people[id].lane,
            _ => continue,
        };
        if out.iter().all(|x| x.lane != lane) {
            let name = s.slice(p, m.start, m.end - 1).to_owned();
            let why = format!("a meeting of “{name}”");
            out.push(Actor { key: format!("group:{}", name.to_lowercase()), name, lane, person: None, why });
        }
    }
    out
}
