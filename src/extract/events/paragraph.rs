//! The reader of an article: its state at the start, and one paragraph read sentence by
//! sentence, with what links a sentence to the one before.

use super::*;

impl<'g> Reader<'g> {
    /// A reader at the start of an article published on `published`.
    pub(super) fn new(g: &'g Gazetteer, paragraphs: &[String], published: NaiveDate) -> Self {
        Reader {
            g,
            mem: Memory::default(),
            cal: Calendar::new(published),
            actor_dates: HashMap::new(),
            story_week: None,
            first_sentence: false,
            paragraph_week: None,
            actor_plans: HashMap::new(),
            paragraph_day: None,
            attack_names: Vec::new(),
            anniversaries: Vec::new(),
            last_meeting: None,
            in_transcript: false,
            last_body: None,
            bodies: Vec::new(),
            you: None,
            voice: None,
            story: crate::extract::published::story_day(paragraphs, published),
            lead: false,
            headline: paragraphs.first().cloned().unwrap_or_default(),
            drafts: Vec::new(),
            mentioned: Vec::new(),
            clauses: Vec::new(),
            about_the_war: crate::extract::war_start::about_the_war(paragraphs),
            war_starts: Vec::new(),
            people: Vec::new(),
        }
    }

    /// Drafts of the sentences of paragraph `pi`.
    pub(super) fn read_sentences(&mut self, pi: usize, p: &str) {
        // "MOSCOW (Sputnik) - US drone MQ-9 fell …": where the copy was filed is no part of
        // the first sentence (nor its subject); blanked, so offsets into the paragraph hold.
        let blanked;
        let p = match crate::extract::titles::without_dateline(p) {
            Some(rest) => {
                blanked = format!("{}{rest}", " ".repeat(p.len() - rest.len()));
                blanked.as_str()
            }
            None => p,
        };
        self.people.clear();
        let mut previous: Option<(usize, bool)> = None;
        // The drafts of the sentence before, and where it ended.
        let mut last_sentence = (self.drafts.len(), 0);
        for s in split_sentences(p).into_iter().flat_map(|s| contrasted_reports(self.g, s)) {
            let before = self.drafts.len();
            self.first_sentence = previous.is_none();
            self.sentence(pi, p, &s);
            if self.drafts.len() == before {
                continued_quotation(&mut self.drafts[last_sentence.0..], p, &s, last_sentence.1);
            }
            last_sentence = (before, s.end);
            if let Some((start, false)) = previous
                && refers_back(s.text(p))
            {
                said_the_sentence_before(&mut self.drafts[before..], p, start, s.start, s.end);
            } else if previous.is_none()
                && refers_back(s.text(p))
                && s.text(p).to_lowercase().contains("according to")
                && !self.drafts[before..].iter().any(|d| d.notes.contains(HEADLINE_SAID))
            {
                // "That's according to the press service …" opening a paragraph: the source of the
                // paragraph before, no report of its own.
                self.drafts.truncate(before);
            }
            let speech = |k: Kind| matches!(k, Kind::Statement | Kind::Claim | Kind::Accusation);
            previous = Some((s.start, self.drafts[before..].iter().any(|d| speech(d.kind))));
            // "The claim has not been independently verified." on its own qualifies the sentence before.
            if self.drafts.len() == before && says_unverified(s.text(p)) {
                let last_para = self.drafts.last().map(|d| d.paragraph);
                for d in self.drafts.iter_mut().rev().take_while(|d| Some(d.paragraph) == last_para && d.paragraph + 1 >= pi) {
                    d.verification = Verification::Unverified;
                }
            }
        }
    }
}
