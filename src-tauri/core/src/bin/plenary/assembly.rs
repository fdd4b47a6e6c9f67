//! `plenary assembly`: this installation's assembly — what it is, and the language of the
//! minutes it shares (inside its bundles). Its help and its lines are `cli.ftl`'s
//! (`cli-help-assembly…`, `cli-assembly-…`).

use clap::Subcommand;
use plenary_core::i18n::Lang;
use plenary_core::{Db, Result};

use crate::{output, ACTOR};

#[derive(Subcommand)]
pub enum AssemblyCommand {
    Show {
        #[arg(long)]
        json: bool,
    },
    MinutesLang {
        #[arg(value_name = "LANG")]
        minutes_lang: String,
    },
}

pub fn run(db: &mut Db, c: AssemblyCommand) -> Result<()> {
    match c {
        AssemblyCommand::Show { json } => {
            let a = db.local_assembly()?;
            if json {
                output::json(&a);
            } else {
                let lang = a.minutes_lang();
                println!(
                    "{}",
                    say!("cli-assembly-shown", name = &a.name, code = &a.code)
                );
                println!("{}", say!("cli-assembly-rule", rule = &a.default_rule));
                println!(
                    "{}",
                    say!(
                        "cli-assembly-minutes-lang",
                        language = lang.native_name(),
                        code = lang.code()
                    )
                );
            }
        }
        AssemblyCommand::MinutesLang { minutes_lang } => {
            let lang: Lang = minutes_lang.parse()?;
            let a = db.set_minutes_lang(ACTOR, lang)?;
            println!(
                "{}",
                say!(
                    "cli-assembly-minutes-lang-set",
                    name = &a.name,
                    language = lang.native_name(),
                    code = lang.code()
                )
            );
        }
    }
    Ok(())
}
