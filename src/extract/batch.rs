//! Several articles at once: a folder of article files, or one text (a file
//! or what was pasted) holding several articles separated by a line of `===`
//! (or a form feed), each with its publication date given or found in it.

use super::article::{ArticleMeta, InputError, article_id, check_article, decode_text};
use super::published::{Published, find_published};
use crate::model::paragraphs::split_paragraphs;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// File names read from a folder.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md"];

/// One article to extract: a name for messages ("a.txt", "a.txt, article 2",
/// "pasted text, article 2"), the id its records get, and its checked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub label: String,
    pub id: String,
    pub text: String,
}

/// Is `line` a separator between articles: three or more `=` alone, or a form feed?
fn is_separator(line: &str) -> bool {
    let t = line.trim();
    (t.len() >= 3 && t.chars().all(|c| c == '=')) || line.contains('\u{c}') && t.trim_matches('\u{c}').is_empty()
}

/// The articles in `text`, in order; blank pieces (a separator at the very
/// start or end, two in a row) are dropped.
pub fn split_articles(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if is_separator(line) {
            out.push(std::mem::take(&mut current));
        } else {
            current.push_str(line);
        }
    }
    out.push(current);
    out.into_iter().filter(|a| !a.trim().is_empty()).collect()
}

/// The articles of one text: one `Input` each, or the reason one is not an
/// article. `label` and `id` name the whole text; with several articles each
/// gets ", article N" and "-N".
pub fn inputs_from_text(label: &str, id: &str, text: &str) -> Vec<Result<Input, InputError>> {
    let pieces = split_articles(text);
    if pieces.is_empty() {
        return vec![check_article(label, text).map(|()| Input { label: label.to_owned(), id: id.to_owned(), text: text.to_owned() })];
    }
    let several = pieces.len() > 1;
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let (label, id) = if several {
                (format!("{label}, article {}", i + 1), format!("{id}-{}", i + 1))
            } else {
                (label.to_owned(), id.to_owned())
            };
            check_article(&label, &text).map(|()| Input { label, id, text })
        })
        .collect()
}

/// The article files `path` names: itself, or the article files in the
/// folder it names (not its sub-folders), sorted by name.
pub fn article_files(path: &Path) -> Result<Vec<PathBuf>, InputError> {
    let err = |message: String| InputError { file: path.display().to_string(), message };
    if !path.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| err(format!("cannot be read: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| p.extension().and_then(|x| x.to_str()).is_some_and(|x| ARTICLE_EXTENSIONS.contains(&x.to_lowercase().as_str())))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(err(format!("is a folder with no article files (.{})", ARTICLE_EXTENSIONS.join(", ."))));
    }
    Ok(files)
}

/// The articles in one file (several when separated by `===` lines); a file
/// that is not text at all is one message.
pub fn inputs_from_file(path: &Path) -> Vec<Result<Input, InputError>> {
    let label = path.display().to_string();
    let text = std::fs::read(path)
        .map_err(|e| InputError { file: label.clone(), message: format!("cannot be read: {e}") })
        .and_then(|bytes| decode_text(&label, &bytes));
    match text {
        Ok(text) => inputs_from_text(&label, &article_id(path), &text),
        Err(e) => vec![Err(e)],
    }
}

/// The publication date of an article: `given` when there is one, else the
/// one its text states; `None` when neither.
pub fn publication(text: &str, given: Option<NaiveDate>) -> Option<Published> {
    match given {
        Some(d) => Some(Published::given(d)),
        None => find_published(&split_paragraphs(text)),
    }
}

/// What to say when an article gives no publication date.
pub fn no_date_message(label: &str) -> String {
    format!(
        "{label}: no publication date found in the text (no date line such as \"Published March 11, 2025\" and no dateline such as \"MOSCOW, February 21, 2022\"); give it, e.g. --published {}=2022-03-24",
        label.split(", article").next().unwrap_or(label).rsplit('/').next().unwrap_or(label)
    )
}

/// The metadata of `input` once its date is known.
pub fn meta(input: &Input, published: Published, outlet: Option<String>, url: Option<String>) -> ArticleMeta {
    ArticleMeta { id: input.id.clone(), published, outlet, url }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_split_a_text_into_articles() {
        let text = "First title\n\nBody one.\n\n===\n\nSecond title\n\nBody two.\n=====\n\u{c}\nThird title\n\nBody three.\n";
        let parts = split_articles(text);
        assert_eq!(parts.len(), 3, "{parts:?}");
        assert!(parts[1].trim_start().starts_with("Second title") && parts[2].contains("Body three."));
        // Markdown rules and dashes inside an article are not separators.
        assert_eq!(split_articles("Title\n\nOne.\n\n---\n\n***\n\nTwo.").len(), 1);
        assert_eq!(split_articles("===\nTitle\n\nOne.\n===\n").len(), 1);
    }

    #[test]
    fn each_article_of_a_text_gets_its_own_id_and_label() {
        let got = inputs_from_text("pasted text", "pasted", "A title\n\nBody.\n===\nB title\n\nMore.");
        let ok: Vec<&Input> = got.iter().map(|r| r.as_ref().unwrap()).collect();
        assert_eq!((ok[0].id.as_str(), ok[1].id.as_str()), ("pasted-1", "pasted-2"));
        assert_eq!(ok[1].label, "pasted text, article 2");
        assert!(ok[1].text.starts_with("B title"));
        let one = inputs_from_text("a.txt", "a", "A title\n\nBody.");
        assert_eq!(one[0].as_ref().unwrap().id, "a");
        // A piece that is not an article is named, the others are kept.
        let bad = inputs_from_text("p", "p", "A title\n\nBody.\n===\nJust a title\n");
        assert!(bad[0].is_ok());
        let e = bad[1].as_ref().unwrap_err();
        assert_eq!(e.file, "p, article 2");
        assert!(e.message.contains("no paragraphs"), "{e}");
    }

    #[test]
    fn a_folder_gives_its_article_files_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in [("b.txt", "B\n\nb."), ("a.md", "A\n\na."), ("notes.json", "{}"), ("c.TXT", "C\n\nc.")] {
            std::fs::write(dir.path().join(name), body).unwrap();
        }
        std::fs::create_dir(dir.path().join("sub.txt")).unwrap();
        let names: Vec<String> =
            article_files(dir.path()).unwrap().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["a.md", "b.txt", "c.TXT"]);
        let empty = tempfile::tempdir().unwrap();
        assert!(article_files(empty.path()).unwrap_err().message.contains("no article files"));
    }

    #[test]
    fn a_binary_file_is_one_message_not_one_per_piece() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("x.txt");
        std::fs::write(&f, b"T\n\n\xff\xfe\n===\nU\n\nu.").unwrap();
        let got = inputs_from_file(&f);
        assert_eq!(got.len(), 1);
        assert!(got[0].as_ref().unwrap_err().message.contains("UTF-8"));
    }

    #[test]
    fn the_given_date_wins_over_the_text() {
        let text = "Title\n\nPublished March 11, 2025\n\nBody.";
        assert_eq!(publication(text, None).unwrap().date.to_string(), "2025-03-11");
        let given = NaiveDate::from_ymd_opt(2020, 1, 2).unwrap();
        assert_eq!(publication(text, Some(given)), Some(Published::given(given)));
        assert_eq!(publication("Title\n\nBody.", None), None);
        assert!(no_date_message("dir/a.txt, article 2").ends_with("--published a.txt=2022-03-24"));
    }
}
