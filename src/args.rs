//! Pieces shared by the subcommands' clap definitions (each command's `Args`
//! struct lives beside the command): value parsers that give the commands'
//! own messages, and running one subcommand's parser from the library.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::ErrorKind;
use std::ffi::{OsStr, OsString};

/// A value parser from a function of (flag, value) that returns the whole
/// message when the value is wrong ("--width must be a positive number of
/// pixels, not 0"), so clap's errors read like the commands' own checks.
/// With `words`, help and shell completions list the values it takes.
#[derive(Clone)]
pub struct Checked<T> {
    parse: fn(&str, &str) -> Result<T, String>,
    words: &'static [&'static str],
}

/// A value checked by `parse(flag, value)`.
pub fn checked<T>(parse: fn(&str, &str) -> Result<T, String>) -> Checked<T> {
    Checked { parse, words: &[] }
}

/// One of `words` (help and completions list them), read by `parse(flag, value)`.
pub fn one_of<T>(words: &'static [&'static str], parse: fn(&str, &str) -> Result<T, String>) -> Checked<T> {
    Checked { parse, words }
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Checked<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<T, clap::Error> {
        let flag = match arg {
            Some(a) => a.get_long().map_or_else(|| a.get_id().to_string(), |l| format!("--{l}")),
            None => String::new(),
        };
        // Command::error formats with the usage line, as clap's own errors.
        let error = |kind, message: String| cmd.clone().error(kind, message);
        let text = value.to_str().ok_or_else(|| error(ErrorKind::InvalidUtf8, format!("the value of {flag} is not valid UTF-8")))?;
        (self.parse)(&flag, text).map_err(|m| error(ErrorKind::ValueValidation, m))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        if self.words.is_empty() {
            return None;
        }
        Some(Box::new(self.words.iter().map(PossibleValue::new)))
    }
}

/// A number; `_` may group digits (1_000_000).
pub fn number<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
    v.replace('_', "").parse().map_err(|_| format!("{flag} expects a number, not `{v}`"))
}

/// Lane ids (or labels) separated by commas. A type of its own so that clap
/// takes one value (`--lanes nato,us`), not one per occurrence.
pub type LaneIds = Vec<String>;

/// `--from DATE`: that day's start, or the date-time given.
pub fn from_date(flag: &str, v: &str) -> Result<i64, String> {
    crate::export::request::parse_from(v).map_err(|e| format!("{flag}: {e}"))
}

/// `--to DATE`: that whole day (the range ends at its end), or the date-time given.
pub fn to_date(flag: &str, v: &str) -> Result<i64, String> {
    crate::export::request::parse_to(v).map_err(|e| format!("{flag}: {e}"))
}

/// `--lanes nato, us` → ["nato", "us"].
pub fn lane_ids(flag: &str, v: &str) -> Result<LaneIds, String> {
    let ids: LaneIds = v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
    if ids.is_empty() {
        return Err(format!("{flag} needs at least one lane id (e.g. {flag} nato,us)"));
    }
    Ok(ids)
}

/// `--tz ZONE`: UTC, local or an IANA name.
pub fn zone(flag: &str, v: &str) -> Result<crate::model::zone::Zone, String> {
    crate::model::zone::Zone::parse(v).map_err(|e| format!("{flag}: {e}"))
}

/// The outcome of reading one subcommand's arguments from the library.
pub enum Parsed<A> {
    Args(A),
    /// `--help` was asked for and has been written.
    Helped,
}

/// Reads `args` (those after the subcommand's name) with the subcommand's
/// parser, as the binary does; help goes to `stdout`. The error is clap's
/// message, usage included.
pub fn parse_after<A: clap::Parser>(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<Parsed<A>, String> {
    let name = A::command().get_bin_name().unwrap_or_default().to_owned();
    match A::try_parse_from(std::iter::once(OsString::from(name)).chain(args.iter().cloned())) {
        Ok(a) => Ok(Parsed::Args(a)),
        Err(e) if e.kind() == ErrorKind::DisplayHelp => {
            let _ = write!(stdout, "{}", e.render());
            Ok(Parsed::Helped)
        }
        Err(e) => Err(e.render().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_ids_are_trimmed_and_at_least_one() {
        assert_eq!(lane_ids("--lanes", "nato, us,").unwrap(), ["nato", "us"]);
        assert_eq!(lane_ids("--lanes", " , ").unwrap_err(), "--lanes needs at least one lane id (e.g. --lanes nato,us)");
    }

    #[test]
    fn numbers_may_group_digits() {
        assert_eq!(number::<usize>("--events", "1_000_000"), Ok(1_000_000));
        assert_eq!(number::<usize>("--events", "many").unwrap_err(), "--events expects a number, not `many`");
    }
}
