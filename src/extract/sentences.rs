//! Paragraph → sentences, and which words of a sentence are someone's quoted speech.

use super::text::{TokKind, Token, tokenize};

/// One sentence of a paragraph. Offsets are bytes into the paragraph.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
    /// Per token: inside a quotation long enough to be reported speech (more
    /// than four words). Rules ignore such words: "We see Russia using…" inside
    /// quote marks is what a speaker said, not what the article reports.
    pub quoted: Vec<bool>,
}

impl Sentence {
    pub fn text<'a>(&self, paragraph: &'a str) -> &'a str {
        &paragraph[self.start..self.end]
    }
    /// The exact paragraph text from token `a` to token `b` (inclusive).
    pub fn slice<'a>(&self, paragraph: &'a str, a: usize, b: usize) -> &'a str {
        &paragraph[self.tokens[a].start..self.tokens[b].end]
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen", "rep", "gov", "pres", "st", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr", "inc", "corp", "co", "ltd",
    "approx", "est",
];

fn quote_pair(open: &str) -> &'static str {
    match open {
        "“" => "”",
        "„" => "“",
        "«" => "»",
        "‘" => "’",
        "'" => "'",
        _ => "\"",
    }
}

/// Splits a paragraph into sentences. A sentence ends at `.`, `!` or `?`
/// (plus any closing quote marks) followed by a capital letter, an opening quote
/// or the end; never inside double quotes, unless the paragraph's quote marks do
/// not balance (then they are ignored). Pieces without words are dropped.
pub fn split_sentences(paragraph: &str) -> Vec<Sentence> {
    let toks = tokenize(paragraph, 0);
    // Straight double quotes open or close by where they stand (see `tokenize`).
    let opening = |t: &Token| matches!(t.norm.as_str(), "“" | "«") || t.norm == "\"" && t.kind == TokKind::OpenQuote;
    let closing = |t: &Token| matches!(t.norm.as_str(), "”" | "»") || t.norm == "\"" && t.kind == TokKind::CloseQuote;
    let opens = toks.iter().filter(|t| opening(t)).count();
    let closes = toks.iter().filter(|t| closing(t)).count();
    let track_quotes = opens == closes;
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut first = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if track_quotes {
            if opening(t) {
                depth += 1;
            } else if closing(t) {
                depth = (depth - 1).max(0);
            }
        }
        let terminal = t.kind == TokKind::Punct && matches!(t.norm.as_str(), "." | "!" | "?");
        if terminal && !is_abbreviation(&toks, i) {
            let mut j = i + 1;
            let mut d = depth;
            while j < toks.len() && (toks[j].kind == TokKind::CloseQuote || toks[j].norm == ")") {
                if track_quotes && closing(&toks[j]) {
                    d = (d - 1).max(0);
                }
                j += 1;
            }
            // "… from Izium. * Ukraine's military reports …": a list's bullet opens the next item.
            let next_starts = toks
                .get(j)
                .is_none_or(|n| n.is_capitalized() || n.kind == TokKind::OpenQuote || matches!(n.norm.as_str(), "(" | "*" | "•" | "·"));
            // "“How would they react?” Antonov said.": a quoted question and who asked it are one sentence.
            let attributed = j > i + 1 && t.norm != "." && attribution_follows(&toks[j..]);
            // ("an OBOZ.UA correspondent": a full stop with a letter right after it is inside a name.)
            // (Not "press release.Earlier in the day", a space left out between two sentences.)
            let caps = |w: &Token| w.norm.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.norm.chars().any(char::is_lowercase);
            let joined = j == i + 1
                && i > 0
                && toks.get(j).is_some_and(|n| {
                    // ("Censor.NET reports": a web name with its domain in capitals.)
                    n.start == t.end
                        && n.kind == TokKind::Word
                        && caps(n)
                        && (caps(&toks[i - 1]) || toks[i - 1].is_capitalized())
                        && toks[i - 1].end == t.start
                });
            if d == 0 && next_starts && !attributed && !joined {
                push_sentence(&mut out, paragraph, &toks[first..j]);
                first = j;
                depth = 0;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push_sentence(&mut out, paragraph, &toks[first..]);
    out
}

/// Verbs that attribute the quotation before them.
const ATTRIBUTING: &[&str] = &["said", "says", "asked", "asks", "added", "told", "wrote", "replied", "insisted", "stressed", "continued"];

/// A name of up to four words (or a pronoun) and a verb that attributes the quotation before it.
fn attribution_follows(rest: &[Token]) -> bool {
    let name = rest.iter().take(4).take_while(|w| w.is_capitalized() || w.norm == ".").count();
    let k = if name == 0 && rest.first().is_some_and(|w| matches!(w.lower.as_str(), "he" | "she" | "they")) { 1 } else { name };
    k > 0 && rest.get(k).is_some_and(|w| ATTRIBUTING.contains(&w.lower.as_str()))
}

pub(super) fn is_abbreviation(toks: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else { return false };
    if !prev.is_word() || prev.end != toks[i].start {
        return false;
    }
    // "Donald J. Trump", "J. Biden": an initial stands after a name or opens one; "on X. He
    // expressed …" is the platform X, ending its sentence, after a lowercase word.
    let after_lowercase = i >= 2 && toks[i - 2].is_word() && !toks[i - 2].is_capitalized();
    let single_initial = prev.norm.chars().count() == 1 && prev.is_capitalized() && !after_lowercase;
    // Titles and months are capitalised ("Gen.", "Feb."); "no." ending a sentence is not "No. 5".
    let listed =
        ABBREVIATIONS.contains(&prev.lower.as_str()) && (prev.is_capitalized() || matches!(prev.lower.as_str(), "vs" | "approx" | "est"));
    single_initial || listed
}

/// The most tokens one sentence may have. Real sentences stay far below; a
/// run of text without full stops (a list, a page dump) is read in pieces
/// of this size, cut after a comma where one is near, so that the rules,
/// some of which look back over their sentence, stay linear in the text.
pub const MAX_SENTENCE_TOKENS: usize = 300;

fn push_sentence(out: &mut Vec<Sentence>, paragraph: &str, toks: &[Token]) {
    let mut toks = toks;
    while toks.len() > MAX_SENTENCE_TOKENS {
        let cut = (MAX_SENTENCE_TOKENS / 2..MAX_SENTENCE_TOKENS).rev().find(|&k| toks[k - 1].is_punct(',')).unwrap_or(MAX_SENTENCE_TOKENS);
        push_piece(out, paragraph, &toks[..cut]);
        toks = &toks[cut..];
    }
    push_piece(out, paragraph, toks);
}

fn push_piece(out: &mut Vec<Sentence>, paragraph: &str, toks: &[Token]) {
    if !toks.iter().any(Token::is_word) {
        return;
    }
    let tokens = toks.to_vec();
    let quoted = speech_mask(&tokens);
    let (start, end) = (tokens[0].start, tokens[tokens.len() - 1].end);
    debug_assert!(paragraph.is_char_boundary(start) && paragraph.is_char_boundary(end));
    out.push(Sentence { start, end, tokens, quoted });
}

/// Whether the quotation opening at `open` goes on its sentence's own clause, its subject
/// before it and its verb the first word quoted: `Biden also "reiterated his support for …"`
/// quotes a readout's words of what Biden did, and is read as the sentence it is part of.
fn goes_on_the_clause(tokens: &[Token], open: usize) -> bool {
    // A name, maybe with "also" after it; not "This “caused …”", where what is quoted is a
    // speaker's own sentence.
    let name = |k: usize| {
        tokens[k].is_word()
            && tokens[k].is_capitalized()
            && !matches!(tokens[k].lower.as_str(), "this" | "that" | "these" | "those" | "it" | "he" | "she" | "they" | "we" | "i" | "you")
    };
    let subject_before =
        open > 0 && (name(open - 1) || open > 1 && matches!(tokens[open - 1].lower.as_str(), "also" | "then" | "later") && name(open - 2));
    let verb_first =
        tokens.get(open + 1).is_some_and(|w| w.is_word() && !w.is_capitalized() && w.lower.len() > 4 && w.lower.ends_with("ed"));
    subject_before && verb_first
}

/// Marks the words inside quotations of more than four words (an unclosed
/// quotation runs to the end of the sentence). Short quotes such as
/// "phosphorous bombs" are the reporter's words and stay visible to the rules.
pub fn speech_mask(tokens: &[Token]) -> Vec<bool> {
    let mut mask = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind == TokKind::OpenQuote {
            let want = quote_pair(&tokens[i].norm);
            // Double quotes of either style close each other ("…” as typed in a hurry).
            let double = |q: &str| matches!(q, "\"" | "”");
            let close = (i + 1..tokens.len())
                .find(|&j| tokens[j].kind == TokKind::CloseQuote && (tokens[j].norm == want || double(want) && double(&tokens[j].norm)));
            let end = close.unwrap_or(tokens.len());
            let words = tokens[i + 1..end].iter().filter(|t| t.is_word()).count();
            if words > 4 && !goes_on_the_clause(tokens, i) {
                for m in &mut mask[i..close.map_or(end, |c| c + 1)] {
                    *m = true;
                }
            }
            i = close.map_or(end, |c| c + 1);
            continue;
        }
        i += 1;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_full_stops_is_read_in_pieces() {
        let p = "word, ".repeat(1000);
        let s = split_sentences(&p);
        assert!(s.len() >= 1000 * 2 / MAX_SENTENCE_TOKENS, "{}", s.len());
        assert!(s.iter().all(|x| x.tokens.len() <= MAX_SENTENCE_TOKENS));
        // Every word is still in exactly one piece, and each piece is verbatim text.
        assert_eq!(s.iter().map(|x| x.tokens.iter().filter(|t| t.is_word()).count()).sum::<usize>(), 1000);
        assert!(s.iter().all(|x| p.contains(x.text(&p))));
    }

    fn texts(p: &str) -> Vec<&str> {
        split_sentences(p).iter().map(|s| s.text(p)).collect::<Vec<_>>()
    }

    #[test]
    fn a_full_stop_inside_a_name_in_capitals_ends_nothing() {
        assert_eq!(texts("The briefing was in Kyiv, an OBOZ.UA correspondent reported. Orban spoke.").len(), 2);
        assert_eq!(texts("Censor.NET reports that the plane was downed. Kyiv said so.").len(), 2);
        // A space left out between two sentences still parts them.
        assert_eq!(texts("Blinken said in a press release.Earlier in the day, Biden spoke.").len(), 2);
    }

    #[test]
    fn a_list_bullet_after_a_full_stop_opens_a_sentence() {
        let p = "Russian troops advance southward from Izium. * Ukraine's military reports new units. • More fighting.";
        let got: Vec<&str> = split_sentences(p).iter().map(|s| s.text(p)).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], "Russian troops advance southward from Izium.");
    }

    #[test]
    fn splits_at_full_stops_before_capitals() {
        let p = "Stoltenberg said on Thursday that Russia could act. Earlier on Wednesday, Biden spoke.";
        assert_eq!(texts(p), ["Stoltenberg said on Thursday that Russia could act.", "Earlier on Wednesday, Biden spoke."]);
    }

    #[test]
    fn a_quoted_question_stays_with_who_asked_it() {
        let p = "\"How would the US Army react?\" Antonov said. \"Why?\" he asked. It is late? Yes.";
        assert_eq!(texts(p), ["\"How would the US Army react?\" Antonov said.", "\"Why?\" he asked.", "It is late?", "Yes."]);
    }

    #[test]
    fn keeps_a_quotation_with_its_attribution() {
        let p = "“We are concerned. We see rhetoric,” the NATO secretary told reporters. He said more.";
        assert_eq!(texts(p), ["“We are concerned. We see rhetoric,” the NATO secretary told reporters.", "He said more."]);
    }

    #[test]
    fn straight_quotes_keep_their_sentences_and_close_with_curly_ones() {
        let p = "He added, \"No doubt. The plan is ours and it is final.\" Then he left.";
        assert_eq!(texts(p), ["He added, \"No doubt. The plan is ours and it is final.\"", "Then he left."]);
        let p = "\"Our common security is on the line here,” the envoy said.";
        let s = &split_sentences(p)[0];
        let said = s.tokens.iter().position(|t| t.lower == "said").unwrap();
        assert!(s.quoted[1] && !s.quoted[said], "a straight opening quote closed by a curly one");
    }

    #[test]
    fn does_not_split_after_abbreviations_and_initials() {
        let p = "On Feb. 24, the U.S. Army and Gen. Mark A. Milley said so. Then Dr. Smith left.";
        assert_eq!(texts(p), ["On Feb. 24, the U.S. Army and Gen. Mark A. Milley said so.", "Then Dr. Smith left."]);
        // A capital letter after a lowercase word is a name ending its sentence (the platform X).
        let p = "Zelenskyy said in a statement on X. He thanked the team. J. Biden agreed.";
        assert_eq!(texts(p), ["Zelenskyy said in a statement on X.", "He thanked the team.", "J. Biden agreed."]);
    }

    #[test]
    fn sentence_ending_inside_quotes_ends_after_the_closing_mark() {
        let p = "He said it would “change the nature of the conflict.” Sullivan disagreed.";
        assert_eq!(texts(p), ["He said it would “change the nature of the conflict.”", "Sullivan disagreed."]);
    }

    #[test]
    fn stray_quote_marks_are_dropped_or_ignored() {
        let p = "“There is a risk,” Stoltenberg said. You can see. ”";
        assert_eq!(texts(p), ["“There is a risk,” Stoltenberg said.", "You can see. ”"]);
    }

    #[test]
    fn a_quotation_that_goes_on_its_subjects_clause_is_not_masked() {
        let masked = |p: &str| {
            let s = &split_sentences(p)[0];
            s.tokens.iter().zip(&s.quoted).filter(|(_, q)| **q).map(|(t, _)| t.norm.clone()).collect::<Vec<_>>()
        };
        assert!(masked("Biden also \"reiterated his support for Ukraine's sovereignty and integrity,\" the readout said.").is_empty());
        assert!(masked("Biden \"voiced the deep concerns of the United States and its allies,\" the White House said.").is_empty());
        // A speaker's own sentence, after a word that is no name, or opening with no verb.
        assert!(!masked("This “caused seven fuel tanks to ignite on a train,” the committee said.").is_empty());
        assert!(!masked("Biden said “we will respond with strong economic measures,” the readout showed.").is_empty());
    }

    #[test]
    fn long_quotations_are_masked_short_ones_are_not() {
        let p = "“We see Russia using chemical weapons,” he said the “occupiers” used “phosphorous bombs”.";
        let s = &split_sentences(p)[0];
        let masked: Vec<&str> = s.tokens.iter().zip(&s.quoted).filter(|(_, q)| **q).map(|(t, _)| t.norm.as_str()).collect();
        assert!(masked.contains(&"Russia"));
        assert!(!masked.contains(&"occupiers") && !masked.contains(&"bombs") && !masked.contains(&"he"));
    }
}
