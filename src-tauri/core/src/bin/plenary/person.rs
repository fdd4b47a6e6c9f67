use clap::Subcommand;
use plenary_core::{Db, Result};

use crate::output::{header, json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum PersonCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Rename {
        person: String,
        #[arg(long)]
        to: String,
    },
    Merge {
        person: String,
        #[arg(long)]
        into: String,
    },
    Forget {
        person: String,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(db: &mut Db, cmd: PersonCommand) -> Result<()> {
    match cmd {
        PersonCommand::List { json: as_json } => {
            let people = db.people()?;
            if as_json {
                json(&people);
            } else {
                let rows: Vec<Vec<String>> = people
                    .iter()
                    .map(|p| {
                        vec![
                            p.name.clone(),
                            or_dash(p.pronouns.as_ref()),
                            p.meetings.to_string(),
                            p.references.to_string(),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-name",
                        "cli-col-pronouns",
                        "cli-col-gas",
                        "cli-col-records",
                    ]),
                    &rows,
                );
            }
        }
        PersonCommand::Rename { person, to } => {
            let p = db.rename_person(ACTOR, db.resolve_person(&person)?, &to)?;
            println!("{}", p.name);
        }
        PersonCommand::Merge { person, into } => {
            let from = db.resolve_person(&person)?;
            let q = db.merge_people(ACTOR, from, db.resolve_person(&into)?)?;
            println!("{}", q.name);
        }
        PersonCommand::Forget {
            person,
            json: as_json,
        } => {
            let f = db.forget_person(ACTOR, db.resolve_person(&person)?)?;
            if as_json {
                json(&f);
            } else {
                println!(
                    "{}",
                    say!(
                        "cli-person-forgotten",
                        placeholder = &f.placeholder,
                        records = f.records,
                        rows = f.local_rows,
                        backups = f.backups_deleted
                    )
                );
            }
        }
    }
    Ok(())
}
