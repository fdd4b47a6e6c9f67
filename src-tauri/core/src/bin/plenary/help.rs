//! `--help` in the chosen language: clap's derive builds the tree of commands and
//! arguments; before parsing, each command's `about` (and `long_about`) and each
//! argument's `help` is replaced by the `cli.ftl` message named after its path —
//! `cli-help-stack-add` for `plenary stack add`, `cli-help-stack-add-name` for its
//! `--name`, `cli-help-lang` for the global `--lang`, `…-long` for a longer text shown by
//! `--help` alone. The derive attributes carry no doc comments, so the catalogue is the
//! one place for these words; a test walks the tree and fails on any command or argument
//! without an English message. In the languages other than English, what clap adds takes
//! the catalogue's words too: the `--help` / `--version` flags, the `help` subcommand, and
//! the headings "Usage:", "Commands:", "Arguments:", "Options:" (a help template per
//! command, [`template`]); its parse errors are worded in usage_error.rs. English keeps
//! clap's own output, byte for byte.

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

/// The words of what clap adds: `--help`, `--version` and the `help` subcommand; and its
/// headings, through a template per command.
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
    let template = template(&c, lang);
    *cmd = c.help_template(template);
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

/// clap's default help template with its headings in `lang`: clap words "Usage:",
/// "Commands:", "Arguments:" and "Options:" itself, so the sections are spelled out —
/// those `cmd` shows, in clap's order and spacing. (Giving each argument a `help_heading`
/// instead would order the sections by the arguments' order, not clap's.)
fn template(cmd: &Command, lang: Lang) -> String {
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(("cli-clap-commands", "{subcommands}"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(("cli-clap-arguments", "{positionals}"));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(("cli-clap-options", "{options}"));
    }
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        tr(lang, "cli-clap-usage", None)
    );
    for (heading, tag) in sections {
        t.push_str("\n\n");
        t.push_str(&tr(lang, heading, None));
        t.push('\n');
        t.push_str(tag);
    }
    t.push_str("{after-help}");
    t
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
            "cli-clap-usage",
            "cli-clap-commands",
            "cli-clap-arguments",
            "cli-clap-options",
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
