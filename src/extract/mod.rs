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
//! - `events`: one event per lane and sentence, plus attacks/meetings/decisions
//!   reported inside a statement, dated by the best evidence available;
//! - `dataset`: new dataset or `--into` an existing one, written atomically;
//! - `eval`: precision, recall and date accuracy against reference events;
//! - `cli`: `chronolens extract` and `chronolens eval`.

pub mod actors;
pub mod article;
#[cfg(test)]
mod bars;
pub mod cli;
pub mod dataset;
pub mod dates;
pub mod eval;
pub mod events;
pub mod gazetteer;
pub mod kinds;
pub mod sentences;
pub mod text;

pub use article::{ArticleMeta, InputError, article_id, article_text, extract_article, parse_published};
pub use cli::{eval_command, extract_command};
pub use gazetteer::{Gazetteer, GazetteerError};
