//! clap's parse errors in the run's language (issue 15): in a language other than
//! English, the kinds a person can cause — an unknown subcommand or argument (with clap's
//! suggestion), a required argument missing, an invalid value (with the valid ones), a
//! missing subcommand, arguments that cannot go together (or one given twice), a value its
//! parser refuses (a number: why, in words), arguments that are not UTF-8 — are said in `cli.ftl`'s `cli-clap-…` words, then the usage line and
//! where to learn more, exit code 2 as clap's. English, `--help`, `--version`, and every
//! kind (or clap tip, or a parser's reason) not worded here keep clap's own output. The
//! English of those messages is clap's, byte for byte (the tests below hold them to it).
//! (Too many or too few values, clap's other kinds, cannot happen with these arguments.)

use clap::error::{ContextKind, ContextValue, ErrorKind};
use plenary_core::i18n::Lang;

/// Says `e` (from parsing the command line) and ends the process, as clap's `exit`.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    if lang != Lang::En && e.use_stderr() {
        if let Some(text) = worded(&e) {
            eprint!("{text}");
            std::process::exit(e.exit_code());
        }
    }
    e.exit()
}

/// `e` in this run's words, or `None` for a kind (or a tip of clap's) this does not word.
fn worded(e: &clap::Error) -> Option<String> {
    let one = |k| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let many = |k| match e.get(k) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };

    // clap's further tips ("to pass '-x' as a value, use '-- -x'") are English sentences.
    if matches!(e.get(ContextKind::Suggested), Some(ContextValue::StyledStrs(t)) if !t.is_empty()) {
        return None;
    }
    let text = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let mut t = say!(
                "cli-clap-unknown-subcommand",
                name = one(ContextKind::InvalidSubcommand)?
            );
            if let Some(s) = many(ContextKind::SuggestedSubcommand).first() {
                t.push_str("\n\n  ");
                t.push_str(&say!("cli-clap-suggest-subcommand", name = s.clone()));
            }
            t
        }
        ErrorKind::UnknownArgument => {
            let mut t = say!(
                "cli-clap-unknown-argument",
                name = one(ContextKind::InvalidArg)?
            );
            if let Some(s) = many(ContextKind::SuggestedArg).first() {
                t.push_str("\n\n  ");
                t.push_str(&say!("cli-clap-suggest-argument", name = s.clone()));
            }
            t
        }
        ErrorKind::MissingRequiredArgument => {
            let args = many(ContextKind::InvalidArg);
            if args.is_empty() {
                return None;
            }
            let mut t = say!("cli-clap-missing-arguments");
            for a in args {
                t.push_str("\n  ");
                t.push_str(&a);
            }
            t
        }
        ErrorKind::InvalidValue => {
            let arg = one(ContextKind::InvalidArg)?;
            let value = one(ContextKind::InvalidValue)?;
            let mut t = match value.is_empty() {
                true => say!("cli-clap-missing-value", arg = arg),
                false => say!("cli-clap-invalid-value", value = value, arg = arg),
            };
            let valid = many(ContextKind::ValidValue);
            if !valid.is_empty() {
                t.push_str("\n  [");
                t.push_str(&say!("cli-clap-possible-values", values = valid.join(", ")));
                t.push(']');
            }
            t
        }
        ErrorKind::MissingSubcommand => {
            let mut t = say!(
                "cli-clap-missing-subcommand",
                name = one(ContextKind::InvalidSubcommand)?
            );
            let valid = many(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                t.push_str("\n  [");
                t.push_str(&say!("cli-clap-subcommands", values = valid.join(", ")));
                t.push(']');
            }
            t
        }
        ErrorKind::ArgumentConflict => {
            let arg = one(ContextKind::InvalidArg)?;
            match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if *prior == arg => {
                    say!("cli-clap-used-twice", arg = arg)
                }
                Some(ContextValue::String(prior)) => {
                    say!("cli-clap-conflict", arg = arg, other = prior.clone())
                }
                Some(ContextValue::Strings(prior)) => {
                    let mut t = say!("cli-clap-conflict-many", arg = arg);
                    for p in prior {
                        t.push_str("\n  ");
                        t.push_str(p);
                    }
                    t
                }
                _ => say!("cli-clap-conflict-others", arg = arg),
            }
        }
        ErrorKind::ValueValidation => {
            let value = one(ContextKind::InvalidValue)?;
            let arg = one(ContextKind::InvalidArg)?;
            match std::error::Error::source(e) {
                None => say!("cli-clap-invalid-value", value = value, arg = arg),
                Some(why) => say!(
                    "cli-clap-invalid-value-because",
                    value = value,
                    arg = arg,
                    reason = parser_reason(why)?
                ),
            }
        }
        ErrorKind::InvalidUtf8 => say!("cli-clap-invalid-utf8"),
        _ => return None,
    };
    let mut out = say!("cli-error", message = text);
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        // clap's usage line begins with its English "Usage: "; the rest is the syntax.
        let usage = usage.to_string();
        let syntax = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str("\n\n");
        out.push_str(&say!("cli-clap-usage"));
        out.push(' ');
        out.push_str(syntax);
    }
    out.push_str("\n\n");
    out.push_str(&say!("cli-clap-more", flag = "--help"));
    out.push('\n');
    Some(out)
}

/// Why a value failed its parser, for the parsers the command line's arguments have —
/// numbers: the standard library's reasons (`ParseIntError`) and clap's bounds check of
/// an unsigned one ("-1 is not in 0..=4294967295") — in this run's words; `None` for
/// another parser's reason (then clap says the whole error, in English).
fn parser_reason(why: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(e) = why.downcast_ref::<std::num::ParseIntError>() {
        use std::num::IntErrorKind;
        return Some(match e.kind() {
            IntErrorKind::Empty => say!("cli-clap-number-empty"),
            IntErrorKind::InvalidDigit => say!("cli-clap-number-invalid-digit"),
            IntErrorKind::PosOverflow => say!("cli-clap-number-too-large"),
            IntErrorKind::NegOverflow => say!("cli-clap-number-too-small"),
            IntErrorKind::Zero => say!("cli-clap-number-zero"),
            _ => return None,
        });
    }
    // clap's own sentence (a boxed string, no type to ask): "V is not in LO..=HI".
    let text = why.to_string();
    let (value, range) = text.split_once(" is not in ")?;
    let (lo, hi) = range.split_once("..")?;
    let hi = hi.strip_prefix('=').unwrap_or(hi);
    let numbers = [value, lo, hi].iter().all(|n| n.parse::<i64>().is_ok());
    numbers.then(|| {
        say!(
            "cli-clap-not-in-range",
            value = value.to_string(),
            range = range.to_string()
        )
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// clap's error for this command line (`plenary` and the arguments).
    fn error(args: &[&str]) -> clap::Error {
        let mut all = vec!["plenary"];
        all.extend_from_slice(args);
        match crate::Cli::command().try_get_matches_from(all) {
            Ok(_) => panic!("{args:?} parsed"),
            Err(e) => e,
        }
    }

    /// The rarer kinds worded here say in English exactly what clap says (this process
    /// has chosen no language: the catalogue's English).
    #[test]
    fn the_english_of_every_worded_kind_is_clap_s_own() {
        let cases: &[(&[&str], ErrorKind)] = &[
            (
                &["search", "x", "--limit", "abc"],
                ErrorKind::ValueValidation,
            ),
            (&["search", "x", "--limit", ""], ErrorKind::ValueValidation),
            (&["search", "x", "--limit=-1"], ErrorKind::ValueValidation),
            (
                &["search", "x", "--limit", "4294967296"],
                ErrorKind::ValueValidation,
            ),
            (
                &[
                    "stack",
                    "limit",
                    "--item",
                    "1.1",
                    "--seconds",
                    "99999999999999999999",
                ],
                ErrorKind::ValueValidation,
            ),
            (
                &[
                    "stack",
                    "limit",
                    "--item",
                    "1.1",
                    "--seconds",
                    "60",
                    "--none",
                ],
                ErrorKind::ArgumentConflict,
            ),
            (
                &["search", "x", "--limit", "1", "--limit", "2"],
                ErrorKind::ArgumentConflict,
            ),
            (
                &[
                    "proposal",
                    "preview",
                    "--wg",
                    "Kitchen:support",
                    "--support",
                    "3",
                    "--blocks",
                    "1",
                ],
                ErrorKind::ArgumentConflict,
            ),
            (&["stak"], ErrorKind::InvalidSubcommand),
            (
                &["stack", "add", "--item", "1.1"],
                ErrorKind::MissingRequiredArgument,
            ),
        ];
        for (args, kind) in cases {
            let e = error(args);
            assert_eq!(e.kind(), *kind, "{args:?}: {e}");
            let ours = worded(&e).unwrap_or_else(|| panic!("{args:?} is not worded: {e}"));
            assert_eq!(ours, e.render().to_string(), "{args:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn arguments_that_are_not_utf8_are_worded_too() {
        use std::os::unix::ffi::OsStringExt;
        let args: Vec<std::ffi::OsString> = vec![
            "plenary".into(),
            "stack".into(),
            "limit".into(),
            "--item".into(),
            std::ffi::OsString::from_vec(vec![0xff, 0xfe]),
            "--none".into(),
        ];
        let e = match crate::Cli::command().try_get_matches_from(args) {
            Ok(_) => panic!("parsed"),
            Err(e) => e,
        };
        assert_eq!(e.kind(), ErrorKind::InvalidUtf8, "{e}");
        assert_eq!(worded(&e).as_deref(), Some(e.render().to_string().as_str()));
    }

    #[test]
    fn a_reason_of_another_parser_is_left_to_clap() {
        let other: Box<dyn std::error::Error + Send + Sync> = "not a date".into();
        assert_eq!(parser_reason(other.as_ref()), None);
        let sentence: Box<dyn std::error::Error + Send + Sync> = "x is not in the list".into();
        assert_eq!(parser_reason(sentence.as_ref()), None);
    }
}
