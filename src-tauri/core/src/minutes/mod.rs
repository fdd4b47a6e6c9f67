//! Minutes that write themselves: gathered from the record of a meeting into one
//! structure ([`Minutes`]), optionally redacted, then rendered as Markdown, HTML or CSV.
//!
//! Gathering and rendering are separate so that every format says the same thing, and
//! the desktop app can show a live preview from the same structure.

mod collect;
pub mod csv;
pub mod html;
pub mod markdown;
mod redact;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::agenda::{ItemKind, ItemStatus};
use crate::meeting::MeetingStatus;
use crate::{text_enum, Db, Result};

text_enum! {
    MinutesFormat, "minutes format" {
        Markdown = "md",
        Html = "html",
        Csv = "csv",
    }
}

/// The minutes of one meeting, in document order.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Minutes {
    pub assembly_name: String,
    pub assembly_code: String,
    pub meeting_id: Uuid,
    /// `RIV-GA-3`.
    pub reference: String,
    pub number: i64,
    pub date: NaiveDate,
    pub place: String,
    pub meeting_status: MeetingStatus,
    pub attendance: Option<i64>,
    pub opened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// People in each role, in the usual order of roles.
    pub roles: Vec<MinutesRole>,
    pub items: Vec<MinutesItem>,
    /// True when people's names were replaced by "Participant N".
    pub redacted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesRole {
    /// "Facilitators", "Stack-keeper", …
    pub label: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesItem {
    /// `RIV-GA-3.2`.
    pub reference: String,
    /// `3.2`.
    pub number: String,
    pub kind: ItemKind,
    pub title: String,
    pub status: ItemStatus,
    pub allotted_minutes: Option<i64>,
    pub started_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    /// Whole minutes between start and end, when both are known.
    pub actual_minutes: Option<i64>,
    pub wg_name: Option<String>,
    pub report_back: Option<MinutesReportBack>,
    /// The minute-taker's notes.
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesReportBack {
    pub wg_name: String,
    pub presenter: Option<String>,
    pub summary: String,
    pub asks: String,
    pub announcements: String,
}

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// The time zone times are shown in (stored times are UTC).
    pub offset: FixedOffset,
}

impl RenderOptions {
    /// Times in the computer's own time zone.
    pub fn local() -> Self {
        RenderOptions {
            offset: *chrono::Local::now().offset(),
        }
    }

    pub fn time(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.offset).format("%H:%M").to_string()
    }
}

impl Db {
    /// Gathers the minutes of a meeting; with `redact_names`, people become
    /// "Participant 1", "Participant 2", … consistently within this document.
    pub fn minutes(&self, meeting: Uuid, redact_names: bool) -> Result<Minutes> {
        let mut m = collect::collect(self, meeting)?;
        if redact_names {
            redact::redact(&mut m);
        }
        Ok(m)
    }

    /// The minutes of a meeting as text in one format. CSV minutes are two tables; this
    /// renders the one named by `csv_table` (see [`csv::CsvTable`]).
    pub fn render_minutes(
        &self,
        meeting: Uuid,
        format: MinutesFormat,
        redact_names: bool,
        opts: &RenderOptions,
    ) -> Result<String> {
        let m = self.minutes(meeting, redact_names)?;
        Ok(match format {
            MinutesFormat::Markdown => markdown::render(&m, opts),
            MinutesFormat::Html => html::render(&m, opts),
            MinutesFormat::Csv => csv::render(&m, csv::CsvTable::Items, opts),
        })
    }
}
