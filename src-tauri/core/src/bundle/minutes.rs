//! The minutes a bundle carries for each of its meetings, as Markdown a person can read
//! without Plenary. A plain rendering of what is recorded so far (header, agenda,
//! report-backs, notes); the minutes module will replace it behind the same function.

use std::collections::HashMap;
use std::fmt::Write;

use chrono::Timelike;
use uuid::Uuid;

use crate::agenda::{ItemKind, ReportBack};
use crate::{Db, Result};

/// The Markdown minutes of one meeting.
pub fn meeting_markdown(db: &Db, meeting: Uuid) -> Result<String> {
    let d = db.meeting_detail(meeting)?;
    let assembly = db
        .assembly(d.meeting.origin)?
        .map(|a| a.name)
        .unwrap_or_default();
    let report_backs: HashMap<Uuid, ReportBack> = db
        .meeting_report_backs(meeting)?
        .into_iter()
        .map(|rb| (rb.agenda_item_id, rb))
        .collect();
    let m = &d.meeting;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} — GA {} ({})",
        md(&assembly),
        m.number,
        m.reference
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "- Date: {}", m.date);
    if !m.place.is_empty() {
        let _ = writeln!(out, "- Place: {}", md(&m.place));
    }
    if let Some(a) = m.attendance {
        let _ = writeln!(out, "- Attendance: {a}");
    }
    let _ = writeln!(out, "- Status: {}", m.status);
    for r in &d.roles {
        let _ = writeln!(out, "- {}: {}", r.role, md(&r.name));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Agenda");
    for item in &d.agenda {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "### {}.{} {} ({})",
            m.number,
            item.position,
            md(&item.title),
            item.kind
        );
        let mut times = Vec::new();
        if let Some(min) = item.allotted_minutes {
            times.push(format!("allotted {min} min"));
        }
        if let (Some(s), Some(e)) = (item.started_at, item.ended_at) {
            times.push(format!(
                "{:02}:{:02} to {:02}:{:02} UTC ({} min)",
                s.hour(),
                s.minute(),
                e.hour(),
                e.minute(),
                (e - s).num_minutes()
            ));
        }
        times.push(item.status.to_string());
        let _ = writeln!(out);
        let _ = writeln!(out, "_{}_", times.join(" · "));
        if item.kind == ItemKind::ReportBack {
            if let Some(rb) = report_backs.get(&item.id) {
                let _ = writeln!(out);
                let _ = writeln!(out, "- Working group: {}", md(&rb.wg_name));
                if let Some(p) = &rb.presenter_name {
                    let _ = writeln!(out, "- Presented by: {}", md(p));
                }
                for (label, text) in [
                    ("Summary", &rb.summary),
                    ("Asks", &rb.asks),
                    ("Announcements", &rb.announcements),
                ] {
                    if !text.is_empty() {
                        let _ = writeln!(out, "- {label}: {}", md(text));
                    }
                }
            }
        }
        if !item.notes.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", md(&item.notes));
        }
    }
    Ok(out)
}

/// Text as Markdown that shows it as written: characters Markdown would act on are
/// escaped, so that a name or a note cannot turn into a heading, a link or HTML.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !out.is_empty() {
            out.push_str("  \n");
        }
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`'
                    | '*'
                    | '_'
                    | '{'
                    | '}'
                    | '['
                    | ']'
                    | '('
                    | ')'
                    | '<'
                    | '>'
                    | '#'
                    | '+'
                    | '-'
                    | '!'
                    | '|'
                    | '~'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_is_escaped() {
        assert_eq!(
            super::md("# <b>x</b> [a](b)"),
            "\\# \\<b\\>x\\</b\\> \\[a\\]\\(b\\)"
        );
        assert_eq!(super::md("a\nb"), "a  \nb");
    }
}
