//! Transcripts: who has the floor paragraph after paragraph, whom "I", "we" and "you"
//! stand for, and a labelled speaker's words as a statement of the session.

use super::*;

/// Who has the floor in a transcript, paragraph after paragraph.
#[derive(Default)]
pub(super) struct Turn {
    /// The speaker of the last label ("SECRETARY BLINKEN:"), else the one the text's head names.
    pub(super) speaker: Option<(String, usize)>,
    /// A speaker label has been seen: the head's speaker no longer speaks unlabelled paragraphs.
    pub(super) labelled: bool,
    /// Under a question's label ("Q:", "QUESTION:") up to the next label: a journalist
    /// asking, whose words are nobody's statement.
    pub(super) asking: bool,
    /// The text's labels are set off by a full stop (see `transcript::dotted_label`).
    pub(super) dotted: bool,
    /// The day of the text: who held an office a bare title names ("The President.").
    pub(super) published: Option<NaiveDate>,
}

impl Turn {
    /// "The President." in the Public Papers' style, with no name in the text's head: the
    /// one person the gazetteer has in that office on the text's day.
    pub(super) fn office_holder(&self, g: &Gazetteer, label: &str) -> Option<(String, usize)> {
        let words: Vec<String> = label.split_whitespace().map(str::to_lowercase).filter(|w| w != "the").collect();
        let bare_title = label.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let id = g.holder(&words, self.published?).filter(|_| self.dotted && bare_title)?;
        let person = &g.people[id];
        Some((person.name.clone(), person.lane))
    }

    /// Takes paragraph `pi` into account; returns where its words start (after its label).
    pub(super) fn enter(&mut self, g: &Gazetteer, head: &transcript::Header, named: &[String], pi: usize, p: &str) -> usize {
        // (A label in title case only where it names someone the gazetteer knows.)
        let titled = || transcript::titled_label(p).filter(|(label, _)| transcript::speaker(g, label).is_some());
        match transcript::label_in(p, self.dotted).or_else(titled) {
            Some((label, body)) => {
                self.speaker = transcript::speaker_in(g, head, label, named).or_else(|| self.office_holder(g, label));
                self.labelled = true;
                self.asking = transcript::is_question(label);
                body
            }
            None => {
                if !self.labelled {
                    self.speaker = head.speaker.clone().filter(|_| pi >= head.body);
                }
                0
            }
        }
    }
}

impl<'g> Reader<'g> {
    /// A transcript speaker's words (`said`) are their statement, also when what they
    /// tell of (a meeting, a decision) was drafted from their sentences: true when the
    /// drafts since `from` hold no statement of theirs (nor of anyone but the one
    /// addressed) and the words are more than pleasantries.
    pub(super) fn speaker_unheard(&self, from: usize, lane: usize, said: &str) -> bool {
        let speech = |k: Kind| matches!(k, Kind::Statement | Kind::Claim | Kind::Accusation);
        // "The Department of State is taking action to impose visa restrictions.": a paragraph
        // that is one sentence telling the speaker's side's decision is one event, of the more
        // specific kind, as it is where a verb of saying reports it. (A paragraph of more
        // sentences says more than the decision: "Today, NATO leaders agreed … We will continue
        // to impose unprecedented costs on Russia.")
        let one_sentence = split_sentences(said).len() == 1;
        let heard = |k: Kind| speech(k) || k == Kind::Decision && one_sentence;
        !self.drafts[from..].iter().any(|d| heard(d.kind) && d.lane == lane)
            && !said.is_empty()
            && !split_sentences(said).iter().all(|s| transcript::is_pleasantry(s.text(said)))
    }
}

/// Whom "you" is in a transcript paragraph of `speaker`: the one other person the text's
/// head names, when that person is of another side ("Blinken and Lavrov Before Their Meeting").
pub(super) fn addressee(g: &Gazetteer, head: &transcript::Header, speaker: &(String, usize)) -> Option<Actor> {
    let [a, b] = head.people.as_slice() else { return None };
    let other = if a.0 == speaker.0 {
        b
    } else if b.0 == speaker.0 {
        a
    } else {
        return None;
    };
    if other.1 == speaker.1 {
        return None;
    }
    let mut actor = voice_actor(g, &other.0, other.1, false);
    actor.why = format!("“you”: the other person the transcript's head names ({})", other.0);
    Some(actor)
}

/// The speaker of a paragraph as the actor of its first-person verbs.
pub(super) fn voice_actor(g: &Gazetteer, name: &str, lane: usize, labelled: bool) -> Actor {
    let how = if labelled { "the speaker label" } else { "the text's headline or standfirst" };
    Actor {
        name: name.to_owned(),
        lane,
        key: format!("person:{name}"),
        person: g.people.iter().position(|p| p.name == name),
        why: format!("“I”/“we”: {name}, the speaker ({how})"),
    }
}

/// A transcript paragraph: the speaker's own words, said at the session the
/// transcript records (dated by its publication). `labelled`: named by a
/// speaker label, else by the text's headline or standfirst.
pub(super) fn transcript_statement(
    pi: usize,
    said: &str,
    name: &str,
    lane: usize,
    published: NaiveDate,
    g: &Gazetteer,
    labelled: bool,
) -> Draft {
    let said = said.trim_end();
    // The first sentence that makes a title: greetings ("Mr. President, ladies
    // and gentlemen, …") and thanks say nothing of what was said.
    let sentences = split_sentences(said);
    // "The following is a statement from …": the release's own line says only that.
    let release = transcript::release_line(said).map(|_| format!("{name} issued a statement"));
    let title = release.unwrap_or_else(|| {
        sentences
            .iter()
            .filter(|s| !transcript::is_pleasantry(s.text(said)))
            .take(4)
            .map(|s| {
                titles::first_person_title(name, s.text(said)).unwrap_or_else(|| titles::report_title(name, s.text(said), "spoke", true))
            })
            .find(|t| crate::extract::eval::title_problem(t).is_none())
            .unwrap_or_else(|| titles::report_title(name, sentences.first().map_or(said, |s| s.text(said)), "spoke", true))
    });
    // The words said, without the greetings and thanks around them.
    let content: Vec<&Sentence> = sentences.iter().filter(|s| !transcript::is_pleasantry(s.text(said))).collect();
    let quote = match (content.first(), content.last()) {
        (Some(a), Some(b)) => &said[a.start..b.end],
        _ => said,
    };
    Draft {
        paragraph: pi,
        quote: quote.to_owned(),
        lane,
        actor: Some(name.to_owned()),
        kind: Kind::Statement,
        verification: Verification::Reported,
        date: Dated {
            start: published,
            end: None,
            precision: Precision::Day,
            cue: None,
            how: "a transcript's words, dated by its publication".to_owned(),
        },
        title,
        notes: format!(
            "Draft by `chronolens extract`. Lane {}: {}. Kind statement: the speaker's own words. Date: the transcript's publication.",
            g.lanes[lane].label,
            if labelled { "the transcript's speaker label" } else { "the speaker the text's headline or standfirst names" }
        ),
    }
}

impl Reader<'_> {
    /// "I met …", "we have decided …", "I told him …": in a speaker's words, the
    /// speaker. A clause ("proposed that we meet", "when we met") is no act of its own.
    /// The clause of an act the transcript's speaker tells in the first person, when another
    /// clause follows it (", and …"): from the sentence's start to that comma.
    pub(super) fn voice_clause(&self, f: &Found, s: &Sentence, p: &str) -> Option<String> {
        let voice = self.voice.as_ref()?;
        let v = f.verb.filter(|v| !v.is_speech())?;
        if f.actor.key != voice.key || f.part.is_some() || f.inside.is_some() || f.setting.is_some() || f.named.is_some() {
            return None;
        }
        let t = &s.tokens;
        let end = (v.end..t.len().saturating_sub(1)).find(|&k| t[k].is_punct(',') && matches!(t[k + 1].lower.as_str(), "and" | "but"))?;
        // After a speaker label the sentence holds ("SECRETARY BLINKEN: …").
        let from = (0..v.at).rev().find(|&k| t[k].is_punct(':')).map_or(0, |k| k + 1);
        (from < end).then(|| s.slice(p, from, end - 1).to_owned())
    }

    /// "When you made the call …", "you said that …" in a two-person transcript: the other person.
    pub(super) fn second_person(&self, s: &Sentence, v: &VerbHit) -> Option<Actor> {
        let you = self.you.as_ref()?;
        if v.subject_after || v.coordinate {
            return None;
        }
        let t = &s.tokens;
        let k = (0..v.at).rev().find(|&k| !(t[k].is_word() && BEFORE_VERB.contains(&t[k].lower.as_str())))?;
        (t[k].is_word() && !s.quoted[k] && matches!(t[k].lower.as_str(), "you" | "you've" | "you'd" | "you'll")).then(|| you.clone())
    }

    pub(super) fn first_person(&self, s: &Sentence, v: &VerbHit) -> Option<Actor> {
        let voice = self.voice.as_ref()?;
        if v.subject_after {
            return None;
        }
        let t = &s.tokens;
        let k = (0..v.at).rev().find(|&k| !(t[k].is_word() && BEFORE_VERB.contains(&t[k].lower.as_str())))?;
        let clause = k > 0 && t[k - 1].is_word() && (SUBORDINATORS.contains(&t[k - 1].lower.as_str()) || t[k - 1].lower == "that");
        (t[k].is_word() && !s.quoted[k] && !clause && FIRST_PERSON.contains(&t[k].lower.as_str())).then(|| voice.clone())
    }
}
