//! Folding text for search: lower case, accents off, typographic quotes
//! straight. One character in, one character out, so that a match found in
//! folded text is at the same character positions in the original.

/// The base letter of common accented Latin letters (Latin-1 and Extended-A),
/// and straight quotes for curly ones.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '‘' | '’' | 'ʼ' | '′' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '–' | '—' | '‑' => '-',
        '\u{a0}' => ' ',
        other => other,
    }
}

pub fn fold(s: &str) -> String {
    s.trim().chars().map(fold_char).collect()
}

/// Does `text` hold the folded `q` (without folding the whole text first)?
pub fn contains_folded(text: &str, q: &str) -> bool {
    if q.is_empty() {
        return false;
    }
    if text.is_ascii() && q.is_ascii() {
        // The common case, without allocating: look for the first byte in
        // either case, then compare the rest case-insensitively.
        let (t, n) = (text.as_bytes(), q.as_bytes());
        if t.len() < n.len() {
            return false;
        }
        let (lo, up) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
        let last = t.len() - n.len();
        return t[..=last].iter().enumerate().any(|(i, &b)| (b == lo || b == up) && t[i + 1..i + n.len()].eq_ignore_ascii_case(&n[1..]));
    }
    find_folded(text, q, 0).is_some()
}

/// The byte range in `text` of the first match of the folded `q` at or after
/// byte `from` (a character boundary).
pub fn find_folded(text: &str, q: &str, from: usize) -> Option<(usize, usize)> {
    let qc: Vec<char> = q.chars().collect();
    if qc.is_empty() {
        return None;
    }
    let chars: Vec<(usize, char)> = text[from..].char_indices().map(|(i, c)| (from + i, fold_char(c))).collect();
    let n = qc.len();
    (0..chars.len().saturating_sub(n - 1)).find(|&i| chars[i..i + n].iter().map(|x| x.1).eq(qc.iter().copied())).map(|i| {
        let end = chars.get(i + n).map_or(text.len(), |x| x.0);
        (chars[i].0, end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_quotes_fold_away() {
        assert_eq!(fold(" Zelenskyy’s KYÏV "), "zelenskyy's kyiv");
        assert!(contains_folded("Mykola Točytskyj said", "tocytskyj"));
        assert!(contains_folded("Russia’s ministry", "russia's"));
        assert!(contains_folded("ABC", "abc") && !contains_folded("ABC", "abd") && !contains_folded("AB", "abc"));
        assert!(!contains_folded("anything", ""));
        assert!(contains_folded("xAbXaBc", "abc") && !contains_folded("xAbXaB", "abc"), "false starts, either case");
    }

    #[test]
    fn a_match_is_found_at_the_original_positions() {
        let text = "Mayor Oleksandr Markushyn of Irpín said";
        let (a, b) = find_folded(text, "irpin", 0).unwrap();
        assert_eq!(&text[a..b], "Irpín");
        let twice = "Kyiv, then KYIV";
        let (a, _) = find_folded(twice, "kyiv", 1).unwrap();
        assert_eq!(a, 11);
        assert_eq!(find_folded("abc", "zz", 0), None);
    }
}
