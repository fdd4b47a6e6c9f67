use std::path::PathBuf;

use clap::Args;
use plenary_core::i18n::Lang;
use plenary_core::minutes::{MinutesFormat, MinutesOptions, RenderOptions};
use plenary_core::{Db, Error, Result};

use crate::ACTOR;

#[derive(Args)]
pub struct MinutesArgs {
    meeting: String,
    #[arg(long, default_value = "md")]
    format: String,
    #[arg(long)]
    redact_names: bool,
    #[arg(long)]
    speakers: bool,
    #[arg(long)]
    equity: bool,
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long, value_name = "MEETING", conflicts_with_all = ["output", "redact_names"])]
    approve_in: Option<String>,
}

pub fn run(db: &mut Db, a: MinutesArgs, lang: Lang) -> Result<()> {
    let meeting = db.resolve_meeting(&a.meeting)?;
    if let Some(at) = a.approve_in {
        let at = db.resolve_meeting(&at)?;
        db.approve_minutes(ACTOR, meeting, at)?;
        println!("{}", say!("cli-minutes-approved"));
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
                std::fs::write(&path, &f.text).map_err(|e| {
                    Error::io(
                        say!("cli-cannot-write", path = path.display().to_string()),
                        e,
                    )
                })?;
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
