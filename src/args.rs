//! Reading a command line by hand, one argument at a time: positionals,
//! `--flag value` and `--flag=value`. Shared by the subcommands written since
//! the first ones, until one parser replaces them all.

use std::ffi::OsString;

/// One argument: a positional (a file), or a flag with a value written after `=`.
pub enum Arg<'a> {
    Positional(&'a OsString),
    Flag { name: &'a str, inline: Option<&'a str> },
}

pub struct ArgReader<'a> {
    list: &'a [OsString],
    next: usize,
}

impl<'a> ArgReader<'a> {
    pub fn new(list: &'a [OsString]) -> Self {
        ArgReader { list, next: 0 }
    }

    /// The next argument, or why it cannot be read.
    pub fn next_arg(&mut self) -> Option<Result<Arg<'a>, String>> {
        let raw = self.list.get(self.next)?;
        self.next += 1;
        let Some(text) = raw.to_str() else {
            return Some(Err(format!("argument {} is not valid UTF-8", raw.to_string_lossy())));
        };
        if !text.starts_with('-') || text == "-" {
            return Some(Ok(Arg::Positional(raw)));
        }
        Some(Ok(match text.split_once('=') {
            Some((name, v)) if name.starts_with("--") => Arg::Flag { name, inline: Some(v) },
            _ => Arg::Flag { name: text, inline: None },
        }))
    }

    /// The value of `flag`: written after `=`, or the next argument.
    pub fn value(&mut self, flag: &str, inline: Option<&str>) -> Result<OsString, String> {
        if let Some(v) = inline {
            return Ok(v.into());
        }
        let v = self.list.get(self.next).ok_or_else(|| format!("{flag} needs a value"))?;
        self.next += 1;
        Ok(v.clone())
    }

    /// The value of `flag` as text.
    pub fn text(&mut self, flag: &str, inline: Option<&str>) -> Result<String, String> {
        self.value(flag, inline)?.into_string().map_err(|_| format!("the value of {flag} is not valid UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positionals_flags_and_values() {
        let list: Vec<OsString> = ["data.json", "--out=x.md", "--lanes", "nato", "-", "--from"].iter().map(OsString::from).collect();
        let mut r = ArgReader::new(&list);
        assert!(matches!(r.next_arg(), Some(Ok(Arg::Positional(p))) if p == "data.json"));
        let Some(Ok(Arg::Flag { name, inline })) = r.next_arg() else { panic!() };
        assert_eq!((name, r.text(name, inline).unwrap()), ("--out", "x.md".to_owned()));
        let Some(Ok(Arg::Flag { name, inline })) = r.next_arg() else { panic!() };
        assert_eq!((name, r.text(name, inline).unwrap()), ("--lanes", "nato".to_owned()));
        assert!(matches!(r.next_arg(), Some(Ok(Arg::Positional(p))) if p == "-"), "a lone dash is a file (standard input)");
        let Some(Ok(Arg::Flag { name, inline })) = r.next_arg() else { panic!() };
        assert_eq!(r.text(name, inline).unwrap_err(), "--from needs a value");
        assert!(r.next_arg().is_none());
    }
}
