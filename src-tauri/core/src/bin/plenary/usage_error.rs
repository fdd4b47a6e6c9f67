//! clap's parse errors in the run's language (issue 15): in a language other than
//! English, the common kinds — an unknown subcommand or argument (with clap's suggestion),
//! a required argument missing, an invalid value (with the valid ones), a missing
//! subcommand — are said in `cli.ftl`'s `cli-clap-…` words, then the usage line and where
//! to learn more, exit code 2 as clap's. English, `--help`, `--version`, and every kind
//! (or clap tip) not worded here keep clap's own output.

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
