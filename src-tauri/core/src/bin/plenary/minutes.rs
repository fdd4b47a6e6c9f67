use std::path::PathBuf;

use clap::Args;
use plenary_core::i18n::Lang;
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::{Db, Error, Result};

use crate::ACTOR;

#[derive(Args)]
pub struct MinutesArgs {
    /// Meeting number (3), reference (RIV-GA-3) or id.
    meeting: String,
    /// md, html or csv. CSV minutes are three files: FILE (decisions), FILE-speakers
    /// (speakers' log) and FILE-agenda; without -o, the decisions go to standard output.
    #[arg(long, default_value = "md")]
    format: String,
    /// Replace people's names with "Participant 1", "Participant 2", …
    #[arg(long)]
    redact_names: bool,
    /// Include the speakers' log of each item (always in CSV).
    #[arg(long)]
    speakers: bool,
    /// Add the airtime equity of the meeting (Gini, sub-lists, each speaker's share;
    /// aggregates only with --redact-names). Not in CSV (its speakers' table has the log).
    #[arg(long)]
    equity: bool,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Record that the open GA MEETING approved these minutes (instead of printing them).
    #[arg(long, value_name = "MEETING", conflicts_with_all = ["output", "redact_names"])]
    approve_in: Option<String>,
}

pub fn run(db: &mut Db, a: MinutesArgs, lang: Lang) -> Result<()> {
    let meeting = db.resolve_meeting(&a.meeting)?;
    if let Some(at) = a.approve_in {
        let at = db.resolve_meeting(&at)?;
        db.approve_minutes(ACTOR, meeting, at)?;
        println!("approved");
        return Ok(());
    }
    let format: MinutesFormat = a.format.parse()?;
    let what = MinutesOptions {
        redact_names: a.redact_names,
        speakers: a.speakers,
        equity: a.equity,
    };
    let files = db.render_minutes(meeting, format, what, &RenderOptions::local().in_lang(lang))?;
    match a.output {
        Some(main) => {
            for f in &files {
                let path = f.path_beside(&main);
                std::fs::write(&path, &f.text)
                    .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
            }
        }
        None => {
            if let Some(f) = files.first() {
                print!("{}", f.text);
            }
        }
    }
    Ok(())
}
