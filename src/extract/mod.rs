//! Draft events from plain-text news articles: deterministic rules and an
//! editable gazetteer (`assets/actors.json`), no models.
//!
//! Pipeline, one module per step:
//! - `article`: checks a file is an article (UTF-8, not binary, a title line) and
//!   turns it into an `Article` record plus draft `Event` records;
//! - `sentences` / `text`: paragraphs → sentences → tokens with exact byte
//!   positions (every quote is a verbatim slice); long quotations are masked;
//! - `kinds`: reporting and event verbs → kind; "not independently verified",
//!   "denied", "claimed" → verification;
//! - `actors` + `gazetteer`: the subject of each verb → actor and lane; names
//!   learned from their descriptions, "he"/"she" → the last speaker, "the
//!   president" → the last person named with that title;
//! - `dates`: time expressions → dates, from the publication date and the week
//!   the text sets ("Last week, …");
//! - `events`: one event per lane and sentence (a statement over several sentences of a
//!   paragraph is one), plus attacks/meetings/decisions reported inside a statement and
//!   attacks named with their target, dated by the best evidence available;
//! - `spans`: "a two-day summit" spans two days from the day it is dated;
//! - `mentioned` / `clauses`: events named inside another report by a noun phrase, and acts of
//!   another actor told there as a clause of their own ("Russia has shifted its focus …");
//! - `dataset`: new dataset or `--into` an existing one, written atomically;
//! - `titles`: "Who: what was said" / "Who did what", a real clause of at most 90 characters;
//! - `transcript`: paragraphs led by a speaker label ("SECRETARY BLINKEN:", "MR MILLER:") are that
//!   speaker's words, a text headed "Remarks by …" / "Statement by …" or with a standfirst
//!   "Name, Title" is its speaker's; "I" and "we" in those words are the speaker; questions ("Q:") are no events;
//! - `eval`: precision, recall, date and kind accuracy, bad titles and confusion
//!   tables against reference events (the quote must overlap, dates as precise as the text);
//! - `cli`: `chronolens extract` and `chronolens eval`.

pub mod actors;
pub mod article;
#[cfg(test)]
mod bars;
pub mod batch;
pub mod clauses;
pub mod cli;
pub mod dataset;
pub mod dates;
pub mod eval;
pub mod eval_merge;
pub mod events;
pub mod gazetteer;
pub mod kinds;
pub mod lead_source;
pub mod mentioned;
pub mod occasions;
pub mod published;
pub mod sentences;
pub mod spans;
pub mod text;
pub mod titles;
pub mod transcript;
pub mod war_start;

pub use article::{ArticleMeta, InputError, article_id, article_text, extract_article, parse_published};
pub use cli::{eval_command, extract_command};
pub use gazetteer::{Gazetteer, GazetteerError};
