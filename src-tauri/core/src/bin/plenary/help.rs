//! `--help` in the chosen language: clap's derive builds the tree of commands and
//! arguments; before parsing, each command's `about` (and `long_about`) and each
//! argument's `help` is replaced by the `cli.ftl` message named after its path —
//! `cli-help-stack-add` for `plenary stack add`, `cli-help-stack-add-name` for its
//! `--name`, `cli-help-lang` for the global `--lang`, `…-long` for a longer text shown by
//! `--help` alone. The derive attributes carry no doc comments, so the catalogue is the
//! one place for these words; a test walks the tree and fails on any command or argument
//! without an English message. clap's own words (the "Usage:" and "Options:" headings,
//! its parse errors) stay clap's; the `--help` / `--version` flags and the `help`
//! subcommand it adds take the catalogue's words in the languages other than English.

use clap::{Arg, Command};
use plenary_core::i18n::{self, tr, Lang};

/// The id of the message for a command, from its path below `plenary`.
pub fn command_id(path: &[String]) -> String {
    let mut id = String::from("cli-help");
    for part in path {
        id.push('-');
        id.push_str(&part.replace('_', "-"));
    }
    id
}

/// The id of the message for an argument of the command at `path`; the global ones are
/// named once, at the root.
pub fn arg_id(path: &[String], arg: &Arg) -> String {
    let own = if arg.is_global_set() { &[][..] } else { path };
    let mut id = command_id(own);
    id.push('-');
    id.push_str(&arg.get_id().as_str().replace('_', "-"));
    id
}

/// `cmd` (as clap's derive made it, not yet built) with every command's and argument's
/// words in `lang`.
pub fn localize(cmd: &mut Command, lang: Lang) {
    walk(cmd, &mut Vec::new(), lang);
    if lang != Lang::En {
        // clap adds its own flags and `help` subcommand when it builds the tree.
        cmd.build();
        generated(cmd, lang);
    }
}

fn walk(cmd: &mut Command, path: &mut Vec<String>, lang: Lang) {
    let id = command_id(path);
    let long = format!("{id}-long");
    let mut c = std::mem::take(cmd).about(tr(lang, &id, None));
    c = match i18n::exists(&long) {
        true => c.long_about(tr(lang, &long, None)),
        false => c.long_about(None),
    };
    let p = path.clone();
    *cmd = c.mut_args(|a| {
        let id = arg_id(&p, &a);
        let help = tr(lang, &id, None);
        a.help(help)
    });
    for sub in cmd.get_subcommands_mut() {
        path.push(sub.get_name().to_string());
        walk(sub, path, lang);
        path.pop();
    }
}

/// The words of what clap adds: `--help`, `--version` and the `help` subcommand.
fn generated(cmd: &mut Command, lang: Lang) {
    let mut c = std::mem::take(cmd);
    if c.get_arguments().any(|a| a.get_id() == "help") {
        c = c.mut_arg("help", |a| {
            a.help(tr(lang, "cli-clap-help-flag", None)).long_help(None)
        });
    }
    if c.get_arguments().any(|a| a.get_id() == "version") {
        c = c.mut_arg("version", |a| {
            a.help(tr(lang, "cli-clap-version-flag", None))
        });
    }
    *cmd = c;
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            let s = std::mem::take(sub).about(tr(lang, "cli-clap-help-command", None));
            *sub = s.mut_args(|a| match a.get_id().as_str() {
                "subcommand" => a.help(tr(lang, "cli-clap-help-command-subcommand", None)),
                _ => a,
            });
        }
        generated(sub, lang);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use clap::CommandFactory;

    use super::*;
    use crate::Cli;

    /// Every command and argument, as `(id, what)`.
    fn ids() -> Vec<(String, String)> {
        fn visit(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
            out.push((
                command_id(path),
                format!("command `plenary {}`", path.join(" ")),
            ));
            for a in cmd.get_arguments() {
                out.push((
                    arg_id(path, a),
                    format!("argument {} of `plenary {}`", a.get_id(), path.join(" ")),
                ));
            }
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_string());
                visit(sub, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        visit(&Cli::command(), &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn every_command_and_argument_has_english_help() {
        let mut seen = HashSet::new();
        for (id, what) in ids() {
            assert!(
                i18n::exists(&id),
                "{what} has no help text: add `{id} = …` to i18n/en/cli.ftl (and the other languages)"
            );
            assert!(seen.insert(id.clone()), "two things are named {id}");
        }
        for id in [
            "cli-clap-help-flag",
            "cli-clap-version-flag",
            "cli-clap-help-command",
            "cli-clap-help-command-subcommand",
        ] {
            assert!(i18n::exists(id), "{id}");
        }
    }

    #[test]
    fn help_speaks_the_language_chosen() {
        for lang in Lang::ALL {
            let mut cmd = Cli::command();
            localize(&mut cmd, *lang);
            let stack = cmd.find_subcommand("stack").expect("stack");
            assert_eq!(
                stack.get_about().map(|a| a.to_string()),
                Some(tr(*lang, "cli-help-stack", None))
            );
            // Debug assertions of clap's on the whole localized tree.
            cmd.debug_assert();
        }
    }
}
