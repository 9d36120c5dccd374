//! A report's title: "Who: what was said".

use super::*;

/// Words said of someone or something, whose object is no clause.
pub(super) const OBJECT_SPEECH: &[&str] = &[
    // "lashed out at Russia for …": whom, then for what.
    "lashed",
    // "called the attack “frank, undisguised terror”", "called on allies to …": whom or what, then how.
    "called",
    // "laid the blame on Putin" (only blaming makes these words speech: `kinds::phrase_at`).
    "laid",
    "put",
    "placed",
    "pinned",
    "lays",
    "puts",
    "places",
    "thanked",
    "praised",
    "welcomed",
    "hailed",
    "condemned",
    "criticized",
    "criticised",
    "slammed",
    "blasted",
    "chided",
    // "reiterated to Kuleba the United States’ enduring commitment to …": to whom, then what.
    "reiterated",
    "reaffirmed",
    "lambasted",
    "denounced",
    "commended",
    "lamented",
    "congratulated",
    // "spoke very eloquently", "spoke at the summit": how or where, never what was said.
    "spoke",
    "speaks",
    "derided",
    "mocked",
    "ridiculed",
    "labelled",
    "labeled",
    "branded",
    // "rejected calls for a ceasefire": what was turned down.
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    // "urged all sides to exercise restraint", "asks countries that have Patriots to transfer
    // some", "briefed Zelensky on the key points of his call": whom, then to do what or on what.
    "urged",
    "urges",
    "asked",
    "asks",
    "briefed",
    "briefs",
    "pressed",
    "encouraged",
    // "accused NATO of treating Russia like an enemy": whom, then of what.
    "accused",
    "accuses",
    "blamed",
    "blames",
    // "reshared footage posted by Musk", "set out a series of conditions": what was passed on or laid down.
    "reshared",
    "reposted",
    "retweeted",
    "set",
];

/// A report's title: "Who: what was said", from the words before the speaker ("“…,” she
/// said") or after the verb ("X said that …"); the act itself when that makes no clause.
pub(super) fn report_verb_title(s: &Sentence, p: &str, who: &str, v: &VerbHit, act: &str) -> String {
    let t = &s.tokens;
    let next = t.get(v.end).map_or("", |w| w.lower.as_str());
    // "reported 1,200 Russian casualties": a number opens an object too.
    // ("said 1,200 soldiers were killed" is a clause: a verb follows the number).
    let number = t.get(v.end).is_some_and(|w| w.is_word() && w.norm.starts_with(|c: char| c.is_ascii_digit()))
        && !crate::extract::dates::has_verb(s, v.end + 1..t.len(), 0..0);
    // "Ukraine denied that its forces had been encircled": a denial titled "Ukraine: Its forces
    // had been encircled" would say the opposite of what was said; the verb stays.
    if v.denial && !v.subject_after {
        let title = titles::act_title(who, act);
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "denied targeting civilian sites, saying …": a gerund right after the verb is its object.
    // ("said fighting continued": after a verb of saying a clause may open with one.)
    let gerund = next.len() > 5
        && next.ends_with("ing")
        && !matches!(next, "during" | "nothing")
        && !CLAUSE_SPEECH.contains(&t[v.at].lower.as_str())
        && t.get(v.end).is_some_and(|w| w.is_word() && !w.is_capitalized() && !s.quoted[v.end]);
    // "reiterated his call for more weapons": what was said again, named, is its object.
    let said_again = matches!(next, "his" | "her" | "its" | "their")
        && t.get(v.end + 1).is_some_and(|w| crate::extract::kinds::SAID_AGAIN.contains(&w.lower.as_str()));
    // "posted the same video on Twitter, writing that …": what was posted is its object.
    // (Not the teller after the words: '"…," tweeted the Ministry of Foreign Affairs'.)
    let posted_thing = matches!(t[v.at].lower.as_str(), "posted" | "published" | "shared" | "released" | "tweeted")
        && matches!(next, "a" | "an" | "the" | "his" | "her" | "its" | "their")
        && !v.subject_after;
    // "also reported the conversation, adding that it had been initiated by …": the thing
    // reported is the verb's object, up to the teller's next words.
    if DETERMINERS_OF_OBJECT.contains(&next)
        && let Some(c) = (v.end..t.len().saturating_sub(1)).find(|&k| t[k].is_punct(',') && !s.quoted[k])
        && TELLERS_NEXT_WORDS.contains(&t[c + 1].lower.as_str())
        && !crate::extract::dates::has_verb(s, v.end..c, 0..0)
    {
        let title = titles::act_title(who, s.slice(p, v.at, c - 1));
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    if number
        || gerund
        || said_again
        || posted_thing
        || !CLAUSE_SPEECH.contains(&t[v.at].lower.as_str()) && DETERMINERS_OF_OBJECT.contains(&next)
    {
        // "announced a new package", "denied the report": what was done to the object is the title.
        return titles::act_title(who, act);
    }
    // "promised other help to Kyiv and urged Putin to …": the words up to the speaker's next
    // verb are its object, not what was said.
    let object_then_verb = || {
        crate::extract::kinds::find_verbs(s).into_iter().find(|n| n.at > v.end).is_some_and(|n| {
            n.coordinate
                && t[n.at - 1].lower == "and"
                && n.at > v.end + 1
                && !matches!(t[v.end].lower.as_str(), "that" | "to")
                && t[v.end..n.at - 1].iter().all(|w| w.is_word() && !matches!(w.lower.as_str(), "that" | "it" | "he" | "she" | "they" | "we"))
                // ("said Ukraine would fight and appealed …": a clause has a verb of its own.)
                && !t[v.end..n.at - 1].iter().any(|w| {
                    matches!(w.lower.as_str(), "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "is" | "are" | "was" | "were" | "has" | "have" | "had")
                })
                && !crate::extract::dates::has_verb(s, v.end..n.at - 1, 0..0)
                && !t[v.end..n.at - 1].iter().any(|w| !w.is_capitalized() && crate::extract::eval::listed_verb(&w.lower))
        })
    };
    if !v.subject_after && !t.get(v.end).is_some_and(|w| w.is_quote()) && object_then_verb() {
        let title = titles::act_title(who, act);
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "thanked U.S. troops for …", "condemned the strike": what follows is whom or what the
    // words were about, not what was said ("Who: U.S. troops deployed to Poland" told nothing).
    // "claimed responsibility for the attack": what was claimed is the act.
    let responsibility = matches!(t[v.at].lower.as_str(), "claimed" | "claims") && matches!(next, "responsibility" | "credit");
    // ("“Every night, people are dying,” Trump lamented Monday.": no object after it, only a time;
    // the words quoted before it are what was said.)
    let has_object = t[v.end..].iter().any(|w| {
        w.is_word() && !crate::extract::dates::says_when(&w.lower) && !matches!(w.lower.as_str(), "on" | "late" | "early" | "again")
    });
    if (OBJECT_SPEECH.contains(&t[v.at].lower.as_str()) || responsibility)
        && !v.subject_after
        && has_object
        && next != "that"
        && !t.get(v.end).is_some_and(|w| w.is_quote())
    {
        // "Both Russia and Ukraine accused each other": the act of both, whichever lane it is in.
        let each_other =
            t[v.end..].windows(2).any(|w| matches!((w[0].lower.as_str(), w[1].lower.as_str()), ("each", "other") | ("one", "another")));
        let who = if each_other { with_head_noun(who, s, p, v.at) } else { who.to_owned() };
        let title = titles::act_title(&who, act);
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "told Saudi Arabia of its plans to …", "briefed the ministers about the talks": whom, then what of.
    if crate::extract::dates::TELLING.contains(&t[v.at].lower.as_str())
        && !v.subject_after
        && let Some(k) = (v.end + 1..t.len().min(v.end + 5)).find(|&k| matches!(t[k].lower.as_str(), "of" | "about"))
        && t[v.end..k].iter().all(|w| w.is_word() && w.lower != "that")
    {
        let title = titles::act_title(who, act);
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "provinces that Russia says it annexed": what was said is of the noun before "that".
    let subject = subject_span(s, v.at, &[]).start.min(v.at);
    let rest = t[v.end..].iter().take_while(|w| w.is_word()).count();
    if !v.subject_after
        && subject > 1
        && matches!(t[subject - 1].lower.as_str(), "that" | "which")
        && (1..=3).contains(&rest)
        && v.end + rest >= t.len().saturating_sub(1)
    {
        let from = (subject.saturating_sub(8)..subject - 1)
            .rev()
            .take_while(|&k| t[k].is_word() && !matches!(t[k].lower.as_str(), "of" | "is" | "are" | "was" | "were" | "the"))
            .last();
        if let Some(from) = from {
            let title = titles::act_title(who, &format!("{} {}", s.slice(p, v.at, v.end + rest - 1), s.slice(p, from, subject - 2)));
            if crate::extract::eval::title_problem(&title).is_none() {
                return title;
            }
        }
    }
    // ("Therefore, according to him, …": a linking word set off before it.)
    let linking = |w: &crate::extract::text::Token| {
        w.lower.ends_with("ly")
            || matches!(
                w.lower.as_str(),
                "therefore"
                    | "however"
                    | "meanwhile"
                    | "also"
                    | "moreover"
                    | "furthermore"
                    | "thus"
                    | "so"
                    | "still"
                    | "instead"
                    | "earlier"
                    | "later"
                    | "then"
                    | "and"
                    | "but"
            )
    };
    let opens = v.at <= 1 || v.at == 2 && t[1].is_punct(',') && linking(&t[0]);
    if t[v.at].lower == "according"
        && let Some(comma) = (v.end..t.len()).find(|&k| t[k].is_punct(','))
        && opens
    {
        // "According to X, Y": what X says follows the comma.
        return titles::report_title(who, &from_token(s, p, comma + 1), act, false);
    }
    if t[v.at].lower == "according"
        && v.at >= 2
        && t[v.at - 1].is_punct(',')
        && let Some(comma) = (v.end..t.len()).find(|&k| t[k].is_punct(',') && !s.quoted[k])
        && comma + 1 < t.len()
        // The main clause goes on with its verb right after the aside ("…, exceeded 400,000").
        && t[comma + 1].is_word()
        && !t[comma + 1].is_capitalized()
        && !matches!(t[comma + 1].lower.as_str(), "who" | "which" | "whose" | "where")
        && crate::extract::dates::has_verb(s, comma + 1..comma + 2, 0..0)
    {
        // "Russia's losses, according to Kyiv, exceeded 400,000": what was said is the
        // sentence without the aside.
        let gist = format!("{} {}", &p[s.start..t[v.at - 1].start], from_token(s, p, comma + 1));
        return titles::report_title(who, &gist, act, false);
    }
    // What was said comes before the speaker ("“…,” she said", "…, the
    // minister said", "…, said Jens") or after the verb ("X said that …").
    let speaker_at = if v.subject_after { v.at } else { subject_span(s, v.at, &[]).start.min(v.at) };
    // "Zelenskyy described Rutte's visit to Kyiv as significant, further saying …": what was said
    // of something is the act, up to the comma.
    if matches!(t[v.at].lower.as_str(), "described" | "describes" | "characterized" | "characterised" | "portrayed")
        && !v.subject_after
        && let Some(as_at) = (v.end..t.len().min(v.end + 10))
            .take_while(|&k| t[k].is_word() || t[k].kind == crate::extract::text::TokKind::Possessive)
            .find(|&k| t[k].lower == "as")
        && as_at > v.end
        && t[v.end].lower != "by"
        // (Only where more follows a comma; "described it as “extremely negative.”" is whole.)
        && let Some(end) = (as_at..t.len()).find(|&k| t[k].is_punct(',') && !s.quoted[k])
    {
        let title = titles::act_title(who, s.slice(p, v.at, end - 1));
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "Air defense, Austin said, remains critical …", "U.S.-made M-1 tanks, he said, will soon
    // arrive": the teller set off inside what was said, which is the sentence around them.
    let first_word = t.iter().position(|w| w.is_word()).unwrap_or(0);
    if speaker_at > first_word + 1
        && t[speaker_at - 1].is_punct(',')
        && !s.quoted[speaker_at - 1]
        && let Some(close) = (v.end..t.len().min(v.end + 4))
            .find(|&k| !t[k].is_word() || !crate::extract::dates::says_when(&t[k].lower))
            .filter(|&k| t[k].is_punct(',') && !s.quoted[k])
        && t[close + 1..].iter().filter(|w| w.is_word()).count() >= 2
        // The words go on with their verb ("…, remains critical", "…, will soon arrive"), not with
        // the teller's next words (", adding that …", ", without saying …").
        && t.get(close + 1).is_some_and(|w| w.is_word() && !w.is_capitalized() && !w.lower.ends_with("ing"))
        && (crate::extract::dates::has_verb(s, close + 1..close + 2, 0..0) || crate::extract::eval::listed_verb(&t[close + 1].lower))
    {
        let gist = format!("{} {}", &p[s.start..t[speaker_at - 1].start], from_token(s, p, close + 1));
        let title = titles::report_title(who, &gist, act, true);
        if crate::extract::eval::title_problem(&title).is_none() {
            return title;
        }
    }
    // "… talks with Kiev, Russian Foreign Minister Sergei Lavrov said": the speaker is the title and
    // name after the last comma, not a name before it with those words as its description.
    let speaker_at = match (speaker_at..v.at).rev().find(|&k| t[k].is_punct(',')) {
        Some(c) if !v.subject_after && v.at > c + 2 && (c + 1..v.at).all(|k| t[k].is_capitalized() || t[k].is_punct('.')) => c + 1,
        _ => speaker_at,
    };
    // "…, according to X": what was reported comes before.
    // "…, two officials said on condition of anonymity": a circumstance after the verb, no clause.
    // "… said in remarks made public Saturday": a participle describing the remarks is no clause.
    // ("in a comment to Izvestiya posted on the daily's Telegram channel": where the words came out.)
    let described_noun = |k: usize| {
        k > v.end
            && t[k - 1].is_word()
            && (!t[k - 1].is_capitalized() && (t[k].lower.ends_with("ed") || t[k].lower == "made")
                || matches!(t[k].lower.as_str(), "posted" | "published" | "released" | "aired" | "broadcast" | "carried" | "shared"))
    };
    // ("said on Twitter, adding …": the teller's next words are no clause of what was said.)
    let next_words = (v.end..t.len().saturating_sub(1))
        .find(|&k| t[k].is_punct(',') && !s.quoted[k] && TELLERS_NEXT_WORDS.contains(&t[k + 1].lower.as_str()))
        .unwrap_or(t.len());
    // ("…, Orban told reporters on July 2 following talks with Zelensky, Hungarian TV channel M1
    // reported.": an outlet passing the words on closes the sentence; no clause of what was said.)
    let last_word = (0..t.len()).rev().find(|&k| t[k].is_word());
    let passed_on =
        last_word.filter(|&l| l > v.end && matches!(t[l].lower.as_str(), "reported" | "reports" | "said" | "says")).and_then(|l| {
            let c = (v.end..l).rev().find(|&k| t[k].is_punct(',') && !s.quoted[k])?;
            let words = (c + 1..l).filter(|&k| t[k].is_word()).count();
            ((1..=6).contains(&words) && (c + 1..l).all(|k| t[k].is_word() && !s.quoted[k])).then_some(c)
        });
    let next_words = passed_on.map_or(next_words, |c| c.min(next_words));
    let clause_after = (v.end..next_words).any(|k| crate::extract::dates::has_verb(s, k..k + 1, 0..0) && !described_noun(k));
    let circumstance_only = t.get(v.end).is_some_and(|w| matches!(w.lower.as_str(), "on" | "in" | "at" | "during" | "via" | "after"))
        && !clause_after
        && !t[v.end..].iter().any(|w| w.lower == "that");
    // "…, said Sergei Rudskoy, first deputy chief …": what follows is who said it;
    // "…, the ministry said Friday.": when.
    let only_when =
        t[v.end..].iter().skip_while(|w| w.is_quote()).take_while(|w| w.is_word()).all(|w| crate::extract::dates::says_when(&w.lower));
    // "…, Rudskoy told the media.": whom it was told, and no more.
    // (A quotation mark opens words after the verb: "pointed the finger at “Ukrainian vandals”".)
    let after_verb = t[v.end..].iter().skip_while(|w| w.is_quote()).take_while(|w| w.is_word()).count();
    let told_whom = crate::extract::dates::TELLING.contains(&t[v.at].lower.as_str())
        && after_verb <= 4
        && v.end + after_verb >= t.len().saturating_sub(1)
        && !t[v.end..].iter().any(|w| w.lower == "that");
    // (Whom it was told, when and after what, then the outlet: no clause of what was said.)
    let told_then_passed_on = passed_on.is_some_and(|c| !(v.end..c).any(|k| t[k].lower == "that" || s.quoted[k])) && !clause_after;
    // "…, Russian state media reported Sunday and later confirmed by Ukrainian officials.": when,
    // then another's act on the words ("and confirmed by"), no clause of what was said.
    let and_passed_on = {
        let k = (v.end..t.len()).find(|&k| !(t[k].is_word() && crate::extract::dates::says_when(&t[k].lower))).unwrap_or(t.len());
        let j = if t.get(k + 1).is_some_and(|w| w.lower.ends_with("ly") || w.lower == "later") { k + 2 } else { k + 1 };
        t.get(k).is_some_and(|w| w.lower == "and")
            && t.get(j).is_some_and(|w| w.lower.ends_with("ed") && !s.quoted[j])
            && t.get(j + 1).is_some_and(|w| w.lower == "by")
    };
    let ends_report = after_verb == 0
        || and_passed_on
        || told_whom
        || told_then_passed_on
        || v.subject_after
        || only_when
        || circumstance_only
        || s.quoted.first() == Some(&true)
        || t[v.at].lower == "according";
    let before = t[..speaker_at].iter().rposition(|w| !w.is_word()).map(|k| (k, t[..k].iter().filter(|w| w.is_word()).count()));
    // "told Reuters on Tuesday that …": whom it was told, and when, are not what was said.
    let listener_end = crate::extract::dates::TELLING
        .contains(&t[v.at].lower.as_str())
        // ("told RIA.ru that …": a full stop inside a name, with no space around it, goes on.)
        .then(|| {
            let inside_name = |k: usize| {
                t[k].is_punct('.')
                    && k > 0
                    && t[k - 1].end == t[k].start
                    && t.get(k + 1).is_some_and(|n| n.start == t[k].end && n.is_word())
            };
            (v.end..t.len().min(v.end + 8)).take_while(|&k| t[k].is_word() || inside_name(k)).find(|&k| t[k].lower == "that")
        })
        .flatten()
        // "reported early in the morning that …", "suggested mockingly on social media that …":
        // when, how and where it was said is not what was said either.
        .or_else(|| {
            let first = t.get(v.end).filter(|w| w.is_word() && !s.quoted[v.end])?;
            let circumstance = crate::extract::dates::says_when(&first.lower)
                || first.lower.ends_with("ly")
                || matches!(first.lower.as_str(), "in" | "at" | "on" | "during" | "via" | "through" | "late");
            if !circumstance {
                return None;
            }
            // ("in his Oct. 27 address that …": an abbreviation's full stop goes on.)
            (v.end + 1..t.len().min(v.end + 9))
                .take_while(|&k| (t[k].is_word() || t[k].is_punct('.') && crate::extract::sentences::is_abbreviation(t, k)) && !s.quoted[k])
                .find(|&k| t[k].lower == "that")
        });
    // "Asked whether Ukraine would join, Biden said, “Yes.”": the words before are the question
    // put to the speaker, the answer follows the verb.
    // ("When asked what the agenda is, Umerov replied: “…”" too.)
    let asked = |k: usize| t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "asked" | "pressed" | "questioned"));
    let question = !v.subject_after && (asked(0) || t.first().is_some_and(|w| matches!(w.lower.as_str(), "when" | "if")) && asked(1));
    // "After a meeting of NATO foreign ministers, Stoltenberg also said: “Allies agree …”": the
    // words said follow the verb, whatever stands before the speaker.
    let quote_follows = {
        let k = if t.get(v.end).is_some_and(|w| w.is_punct(':') || w.is_punct(',')) { v.end + 1 } else { v.end };
        k < t.len() && s.quoted[k] && (k..t.len()).filter(|&j| s.quoted[j] && t[j].is_word()).count() >= 3
    };
    let (gist, quoted) = match before {
        // ("“It’s terminated,” Peskov said": two words quoted may say it.)
        Some((k, words))
            if (words >= 3 || words == 2 && t.first().is_some_and(|w| w.is_quote())) && ends_report && !question && !quote_follows =>
        {
            (p[s.start..t[k].start].to_owned(), true)
        }
        _ if let Some(that) = listener_end => (from_token(s, p, that + 1), false),
        // "told Reuters: “…”", "told the state broadcaster: …": whom it was told, up to the colon.
        _ if crate::extract::dates::TELLING.contains(&t[v.at].lower.as_str())
            && let Some(colon) = (v.end..t.len().min(v.end + 6)).take_while(|&k| !s.quoted[k]).find(|&k| t[k].is_punct(':'))
            && colon > v.end
            && t[v.end..colon].iter().all(|w| w.is_word() || w.kind == crate::extract::text::TokKind::Possessive) =>
        {
            (from_token(s, p, colon + 1), false)
        }
        // "He told them the United States is …": whom it was told is not what was said.
        _ if v.end + 1 < t.len()
            && crate::extract::dates::TELLING.contains(&t[v.at].lower.as_str())
            && matches!(t[v.end].lower.as_str(), "them" | "him" | "her" | "us" | "me" | "you" | "reporters" | "journalists") =>
        {
            (from_token(s, p, v.end + 1), false)
        }
        // "told the BBC the school was flooded", "told Reuters the talks failed": a named listener.
        _ if matches!(t[v.at].lower.as_str(), "told" | "tells")
            && let Some(after) = named_listener_end(s, v.end) =>
        {
            (from_token(s, p, after), false)
        }
        // "reported damage to homes": a thing reported, no clause of its own: the act says it.
        _ if v.end < t.len()
            && !clause_after
            && matches!(t[v.at].lower.as_str(), "reported" | "reports" | "announced" | "announces")
            && t[v.end].is_word()
            && !t[v.end].is_capitalized()
            && !t[v.end..].iter().any(|w| w.lower == "that") =>
        {
            let title = titles::act_title(who, act);
            if crate::extract::eval::title_problem(&title).is_none() {
                return title;
            }
            (from_token(s, p, v.end), false)
        }
        // "… acknowledged that the situation is difficult, the press service said": who passed the
        // words on, at the end, is no part of them.
        _ if v.end < t.len()
            && let Some(comma) = trailing_attribution(s, v.end).filter(|&c| c > v.end + 2) =>
        {
            (s.slice(p, v.end, comma - 1).to_owned(), false)
        }
        _ if v.end < t.len() => (from_token(s, p, v.end), false),
        _ => (s.text(p).to_owned(), true),
    };
    let title = titles::report_title(who, &gist, act, quoted);
    let Some(problem) = crate::extract::eval::title_problem(&title) else { return title };
    // "“… what these drones are used for,” Antonov said": of a quotation whose last
    // sentence ends so, the first sentence that makes a whole title.
    if quoted {
        let mut rest = gist.as_str();
        while let Some(end) = rest.find(". ") {
            let sentence = &rest[..end + 1];
            // "In just over two years of …, Shoigu has outgrown …": past a long opening circumstance too.
            let past_opening = sentence.split_once(", ").map(|(_, after)| after);
            for candidate in std::iter::once(sentence).chain(past_opening) {
                let first = titles::report_title(who, candidate, act, quoted);
                if crate::extract::eval::title_problem(&first).is_none() {
                    return first;
                }
            }
            rest = &rest[end + 2..];
        }
        // "“After a comprehensive assessment of …, it is proposed to build up defense …,”
        // Surovikin told Shoigu": the last (or only) sentence past its opening circumstance.
        // ("“Unfortunately, the Russian part … has not been implemented …,” Peskov told reporters": past
        // a one-word opening too.)
        if let Some((opening, after)) = rest.split_once(", ")
            && opening.split_whitespace().next().is_some_and(|w| {
                let w = w.trim_start_matches(['“', '"', '‘', '\'']).to_lowercase();
                let one_word = opening.split_whitespace().count() == 1;
                matches!(
                    w.as_str(),
                    "after" | "before" | "in" | "on" | "at" | "during" | "given" | "despite" | "following" | "with" | "as" | "for"
                ) || one_word && (w.ends_with("ly") || matches!(w.as_str(), "however" | "meanwhile" | "today" | "now" | "still" | "well"))
            })
        {
            let last = titles::report_title(who, after, act, quoted);
            if crate::extract::eval::title_problem(&last).is_none() {
                return last;
            }
        }
    }
    // A gist cut before its verb ("Who: About 4,000 people, most of them …")
    // is no clause: the reporting verb and what follows it says more, unless it
    // says no more than who spoke ("Anatoly Antonov said").
    let act_title = titles::act_title(who, act);
    let says_more = act.split_whitespace().count() > 1;
    // "“Stopping taking the whole country -- pretty big concession,” he replied": the speaker's own
    // words with no verb of theirs, after the verb that says them ("Donald Trump replied" alone
    // tells nothing of what).
    let words = gist.replace(['“', '”', '"'], "");
    let words = words.trim().trim_end_matches([',', '.', ';']);
    if quoted && !says_more && problem == "no verb" && words.split_whitespace().count() >= 3 {
        let room = titles::MAX_TITLE.saturating_sub(act_title.chars().count() + 2).max(20);
        let spoke = format!("{act_title}: {}", titles::fit(&titles::capitalise(words), room));
        if crate::extract::eval::title_problem(&spoke).is_none() {
            return spoke;
        }
    }
    if crate::extract::eval::title_problem(&act_title).is_none() && (says_more || problem != "ends with a function word") {
        return act_title;
    }
    title
}
