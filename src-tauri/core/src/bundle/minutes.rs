//! The minutes a bundle carries for each of its meetings, as Markdown a person can read
//! without Plenary: the same minutes `plenary minutes` writes (src/minutes/), without
//! the speakers' log (the speaking log stays with the assembly; see `tables::LOCAL_ONLY`),
//! in the exporting assembly's language (`assemblies.minutes_lang`, set in Settings or by
//! `plenary assembly minutes-lang`). The records stay in the language they were typed in.

use uuid::Uuid;

use crate::minutes::{markdown, MinutesOptions, RenderOptions};
use crate::{Db, Result};

/// The Markdown minutes of one meeting, times in the exporting computer's time zone (the
/// minutes are for people; the records carry exact UTC times).
pub fn meeting_markdown(db: &Db, meeting: Uuid) -> Result<String> {
    let lang = db.local_assembly()?.minutes_lang();
    let m = db.minutes_in(meeting, MinutesOptions::default(), lang)?;
    Ok(markdown::render(&m, &RenderOptions::local().in_lang(lang)))
}
