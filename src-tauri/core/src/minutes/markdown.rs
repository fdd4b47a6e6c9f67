//! Minutes as Markdown: reads well as plain text and on a wiki. Text from the record is
//! escaped so that it can never become markup (a name like `<script>` or `| pipe |` comes
//! out as those characters).

use std::fmt::Write;

use super::{Minutes, MinutesItem, RenderOptions};
use crate::agenda::ItemStatus;

pub fn render(m: &Minutes, opts: &RenderOptions) -> String {
    let mut out = String::new();
    let _ = write_minutes(&mut out, m, opts);
    out
}

fn write_minutes(out: &mut String, m: &Minutes, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(
        out,
        "# {} — GA {} ({})",
        esc(&m.assembly_name),
        m.number,
        m.reference
    )?;
    writeln!(out)?;
    let mut facts = vec![format!("**Date:** {}", m.date)];
    if !m.place.is_empty() {
        facts.push(format!("**Place:** {}", esc(&m.place)));
    }
    if let Some(a) = m.attendance {
        facts.push(format!("**Attendance:** {a}"));
    }
    if let Some(t) = m.opened_at {
        facts.push(format!("**Opened:** {}", opts.time(t)));
    }
    if let Some(t) = m.closed_at {
        facts.push(format!("**Closed:** {}", opts.time(t)));
    }
    writeln!(out, "{}", facts.join(" · "))?;
    writeln!(out)?;
    for role in &m.roles {
        let names: Vec<String> = role.names.iter().map(|n| esc(n)).collect();
        writeln!(out, "- **{}:** {}", role.label, names.join(", "))?;
    }
    if m.redacted {
        writeln!(out)?;
        writeln!(
            out,
            "_Names of people are replaced by “Participant N” in this copy._"
        )?;
    }
    for item in &m.items {
        writeln!(out)?;
        write_item(out, item, opts)?;
    }
    Ok(())
}

fn write_item(out: &mut String, i: &MinutesItem, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(out, "## {} {}", i.number, esc(&i.title))?;
    writeln!(out)?;
    writeln!(out, "_{}_ · {}", i.kind, timing(i, opts))?;
    if let Some(rb) = &i.report_back {
        writeln!(out)?;
        let mut head = format!("**Working group:** {}", esc(&rb.wg_name));
        if let Some(p) = &rb.presenter {
            let _ = write!(head, " · **Presented by:** {}", esc(p));
        }
        writeln!(out, "{head}")?;
        block(out, None, &rb.summary)?;
        block(out, Some("Asks"), &rb.asks)?;
        block(out, Some("Announcements"), &rb.announcements)?;
    }
    block(out, Some("Notes"), &i.notes)?;
    Ok(())
}

/// "allotted 10 min · actual 12 min (19:00–19:12) · done".
pub(super) fn timing(i: &MinutesItem, opts: &RenderOptions) -> String {
    let mut parts = Vec::new();
    if let Some(a) = i.allotted_minutes {
        parts.push(format!("allotted {a} min"));
    }
    match (i.actual_minutes, i.started_at, i.ended_at) {
        (Some(m), Some(s), Some(e)) => parts.push(format!(
            "actual {m} min ({}–{})",
            opts.time(s),
            opts.time(e)
        )),
        (_, Some(s), None) => parts.push(format!("started {}", opts.time(s))),
        _ => {}
    }
    parts.push(
        match i.status {
            ItemStatus::Pending => "not taken up",
            ItemStatus::Active => "under way",
            ItemStatus::Done => "done",
            ItemStatus::Tabled => "tabled",
        }
        .to_string(),
    );
    parts.join(" · ")
}

/// A paragraph of free text, with an optional bold label; nothing when the text is empty.
fn block(out: &mut String, label: Option<&str>, text: &str) -> std::fmt::Result {
    if text.trim().is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    if let Some(l) = label {
        writeln!(out, "**{l}:**")?;
        writeln!(out)?;
    }
    for line in text.lines() {
        writeln!(out, "{}", esc(line))?;
    }
    Ok(())
}

/// Escapes one line of text for Markdown: every character that could start markup gets a
/// backslash (CommonMark treats `\<` as a literal `<`), and so does a line start that
/// would make a heading, list, quote or rule.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        let at_start = i == 0;
        let special = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '{' | '}'
        ) || (at_start && matches!(c, '#' | '-' | '+' | '=' | '!'));
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. text" at the start of a line would become a numbered list.
    if let Some(pos) = out.find(|c: char| !c.is_ascii_digit()) {
        if pos > 0 && matches!(out[pos..].chars().next(), Some('.') | Some(')')) {
            out.insert(pos, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(esc("| pipe |"), "\\| pipe \\|");
        assert_eq!(esc("# not a heading"), "\\# not a heading");
        assert_eq!(esc("1. not a list"), "1\\. not a list");
        assert_eq!(esc("Plain words, 2 cups."), "Plain words, 2 cups.");
    }
}
