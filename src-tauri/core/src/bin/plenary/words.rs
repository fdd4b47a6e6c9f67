//! The command line's words (architecture.md, "Languages"): every line a person reads
//! comes from `i18n/<lang>/cli.ftl` in the language chosen by `--lang`, else
//! `LC_ALL`/`LC_MESSAGES`/`LANG`, else English. `--json` output keeps its codes, and
//! records (names, titles, texts) are printed as they were typed.

use std::ffi::OsString;
use std::sync::OnceLock;

use plenary_core::error::{Arg, Message};
use plenary_core::i18n::{self, tr, FluentArgs, Lang};

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run, chosen once at start-up ([`choose`]); English before that.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Chooses this run's language from the raw arguments and the environment, before clap
/// parses anything (clap's `--help` needs it): `--lang X` or `--lang=X` wins; one that
/// names no language Plenary speaks is left for `run` to refuse, and the environment
/// speaks meanwhile.
pub fn choose(args: &[OsString]) -> Lang {
    let lang = scan_lang(args)
        .and_then(|l| Lang::from_locale(&l))
        .unwrap_or_else(Lang::from_env);
    let _ = LANG.set(lang);
    lang
}

/// The value of `--lang` among the raw arguments (the last one given, as clap takes it),
/// up to a bare `--`.
fn scan_lang(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

/// `say!("cli-…")` or `say!("cli-…", name = value, …)`: a message of `cli.ftl` in this
/// run's language.
macro_rules! say {
    ($($t:tt)+) => {
        plenary_core::t!($crate::words::lang(), $($t)+)
    };
}

/// A refusal of the command line's own (an argument only it reads), as the core words
/// its own: a message id — here of cli.ftl — and its arguments; `Display` (logs,
/// `--json`'s `message`) says it in English, `Error::said_in` in the run's language.
pub fn refusal(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
    Message::Coded { id, args }
}

/// What an error says, in this run's language, as the command line prints it
/// (`error: …`).
pub fn error_line(e: &plenary_core::Error) -> String {
    say!("cli-error", message = e.said_in(lang()))
}

/// A code the core returns (a status, a kind, a step) in this run's language: the message
/// `family` of cli.ftl selects its word on `$code`. English prints the code itself, the
/// word a person types back (`--status`, `--kind`, `--to`); a code a catalogue does not
/// know yet is printed as it is.
pub fn code(family: &str, code: impl ToString) -> String {
    let mut args = FluentArgs::new();
    args.set("code", code.to_string());
    tr(lang(), family, Some(&args))
}

/// A code whose words the minutes already have, one message each (`outcome-passed`,
/// `item-kind-soapbox`, `voice-stand-aside`), in English the code itself; an unknown code
/// as it is.
pub fn minutes_word(prefix: &str, code: impl ToString) -> String {
    let code = code.to_string();
    let id = format!("{prefix}{code}");
    if i18n::exists(&id) {
        tr(lang(), &id, None)
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn finds_lang_before_parsing() {
        assert_eq!(
            scan_lang(&args(&["plenary", "--lang", "es", "wg", "list"])).as_deref(),
            Some("es")
        );
        assert_eq!(
            scan_lang(&args(&["plenary", "stack", "--help", "--lang=fr"])).as_deref(),
            Some("fr")
        );
        // After `--` it is a value, not an option.
        assert_eq!(
            scan_lang(&args(&["plenary", "search", "--", "--lang", "el"])),
            None
        );
        assert_eq!(scan_lang(&args(&["plenary", "--lang"])), None);
    }
}
