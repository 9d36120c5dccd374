//! Words, punctuation and quote marks with their byte positions, so that every
//! rule works on tokens yet every quote it produces is an exact slice of the text.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// `’s` / `'s` split off a word: "Russia’s" is `Russia` + `'s`.
    Possessive,
    /// One punctuation character (quote marks are separate).
    Punct,
    OpenQuote,
    CloseQuote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The text with typographic apostrophes made straight.
    pub norm: String,
    /// `norm` in lower case, for case-insensitive rules.
    pub lower: String,
    /// Joined by a hyphen to the word before ("Switzerland-hosted", "U.S.-led").
    pub hyphened: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word)
    }
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.norm.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.norm.starts_with(c)
    }
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokKind::OpenQuote | TokKind::CloseQuote)
    }
}

/// Apostrophes as typed: straight, curly, and the accent and letter some sites use for one ("Moscow´s").
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '´' | 'ʼ')
}

/// Splits `text` into tokens; positions are byte offsets into `text` plus `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let pos = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize, kind: TokKind| {
        let norm: String = text[s..e].chars().map(|c| if matches!(c, '’' | '‘' | '´' | 'ʼ') { '\'' } else { c }).collect();
        let mut before = text[..s].chars().rev();
        let hyphened =
            before.next().is_some_and(|c| c == '-' || c == '‐') && before.next().is_some_and(|c| c.is_alphanumeric() || c == '.');
        out.push(Token { start: base + s, end: base + e, kind, lower: norm.to_lowercase(), norm, hyphened });
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() {
            let s = i;
            // Dotted abbreviations such as "U.S." or "a.m." are one word.
            // (Letters only: "5.a." is a number and a letter, and must not stall here.)
            if c.is_alphabetic() && at(i + 1) == Some('.') && at(i + 2).is_some_and(char::is_alphabetic) && at(i + 3) == Some('.') {
                while at(i).is_some_and(char::is_alphabetic) && at(i + 1) == Some('.') {
                    i += 2;
                }
                push(pos(s), pos(i), TokKind::Word);
                continue;
            }
            while let Some(c) = at(i) {
                if c.is_alphanumeric() {
                    i += 1;
                } else if is_apostrophe(c) && at(i + 1).is_some_and(char::is_alphabetic) && !is_possessive_s(&at, i) {
                    i += 1; // don't, Kyiv's is handled below
                } else if (c == '.' || c == ',')
                    && at(i + 1).is_some_and(|d| d.is_ascii_digit())
                    && at(i - 1).is_some_and(|d| d.is_ascii_digit())
                {
                    i += 1; // 1,000 and 2.5
                } else {
                    break;
                }
            }
            push(pos(s), pos(i), TokKind::Word);
            if at(i).is_some_and(is_apostrophe) && is_possessive_s(&at, i) {
                push(pos(i), pos(i + 2), TokKind::Possessive);
                i += 2;
            }
            continue;
        }
        if c.is_whitespace() || c == '-' || c == '‐' {
            // Hyphens join words in names ("Secretary-General"): matching skips them.
            i += 1;
            continue;
        }
        let kind = match c {
            '“' | '«' | '„' => TokKind::OpenQuote,
            '”' | '»' => TokKind::CloseQuote,
            '‘' => TokKind::OpenQuote,
            '’' => TokKind::CloseQuote,
            '"' | '\'' => {
                let prev = i.checked_sub(1).and_then(at);
                if prev.is_none_or(|p| p.is_whitespace() || "([{".contains(p)) { TokKind::OpenQuote } else { TokKind::CloseQuote }
            }
            _ => TokKind::Punct,
        };
        push(pos(i), pos(i + 1), kind);
        i += 1;
    }
    out
}

/// An apostrophe at `i` followed by a lone `s` ("Russia’s").
fn is_possessive_s(at: &impl Fn(usize) -> Option<char>, i: usize) -> bool {
    matches!(at(i + 1), Some('s' | 'S')) && !at(i + 2).is_some_and(char::is_alphanumeric)
}

/// Word tokens of a gazetteer phrase, for matching against text tokens.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0).into_iter().filter(|t| matches!(t.kind, TokKind::Word | TokKind::Possessive)).map(|t| t.norm).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations_whole() {
        assert_eq!(words("Russia’s Defense Ministry"), ["Russia", "'s", "Defense", "Ministry"]);
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("don’t stop"), ["don't", "stop"]);
        assert_eq!(words("NATO Secretary-General"), ["NATO", "Secretary", "General"]);
        assert_eq!(words("ABC News’ reporter"), ["ABC", "News", "'", "reporter"]);
    }

    #[test]
    fn positions_are_exact_byte_slices() {
        let text = "“We see,” he said.";
        let toks = tokenize(text, 10);
        assert_eq!(toks[0].kind, TokKind::OpenQuote);
        let close = toks.iter().find(|t| t.kind == TokKind::CloseQuote).unwrap();
        assert_eq!(&text[close.start - 10..close.end - 10], "”");
        let he = toks.iter().find(|t| t.norm == "he").unwrap();
        assert_eq!(&text[he.start - 10..he.end - 10], "he");
    }

    #[test]
    fn straight_quotes_open_after_space_and_close_after_a_word() {
        let k: Vec<TokKind> = tokenize("said \"no\" today", 0).into_iter().map(|t| t.kind).collect();
        assert_eq!(k, [TokKind::Word, TokKind::OpenQuote, TokKind::Word, TokKind::CloseQuote, TokKind::Word]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(words("1,000 troops, 2.5 km"), ["1,000", "troops", ",", "2.5", "km"]);
    }
}
