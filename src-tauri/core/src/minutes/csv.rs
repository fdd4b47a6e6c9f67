//! Minutes as CSV, for spreadsheets. Each table is one file; the columns are documented
//! on [`CsvTable`]. Cells that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.

use super::{Minutes, RenderOptions};

/// The CSV tables of a meeting's minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    /// One row per agenda item: `item, kind, title, status, allotted_minutes,
    /// started_at, ended_at, actual_minutes, working_group, presenter, summary, asks,
    /// announcements, notes` (times in the rendering time zone, `YYYY-MM-DD HH:MM`).
    Items,
}

pub fn render(m: &Minutes, table: CsvTable, opts: &RenderOptions) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    match table {
        CsvTable::Items => {
            let _ = w.write_record([
                "item",
                "kind",
                "title",
                "status",
                "allotted_minutes",
                "started_at",
                "ended_at",
                "actual_minutes",
                "working_group",
                "presenter",
                "summary",
                "asks",
                "announcements",
                "notes",
            ]);
            let when = |t: Option<chrono::DateTime<chrono::Utc>>| {
                t.map(|t| {
                    t.with_timezone(&opts.offset)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default()
            };
            for i in &m.items {
                let rb = i.report_back.as_ref();
                let row = [
                    i.reference.clone(),
                    i.kind.to_string(),
                    i.title.clone(),
                    i.status.to_string(),
                    i.allotted_minutes
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                    when(i.started_at),
                    when(i.ended_at),
                    i.actual_minutes.map(|v| v.to_string()).unwrap_or_default(),
                    i.wg_name.clone().unwrap_or_default(),
                    rb.and_then(|r| r.presenter.clone()).unwrap_or_default(),
                    rb.map(|r| r.summary.clone()).unwrap_or_default(),
                    rb.map(|r| r.asks.clone()).unwrap_or_default(),
                    rb.map(|r| r.announcements.clone()).unwrap_or_default(),
                    i.notes.clone(),
                ];
                let _ = w.write_record(row.iter().map(|c| cell(c)));
            }
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Neutralises spreadsheet formulas; quoting is the csv writer's job.
pub fn cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}
