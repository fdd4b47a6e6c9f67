//! Minutes as one self-contained HTML file: inline CSS, no script, no external resource,
//! prints cleanly on A4 and Letter. All text from the record is escaped.

use std::fmt::Write;

use super::markdown::timing;
use super::{Minutes, MinutesItem, RenderOptions};

const STYLE: &str = "
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, 'DejaVu Serif', serif; color: #111; margin: 0 auto; padding: 2rem 1.5rem; max-width: 46rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .3rem; border-bottom: 1px solid #bbb; padding-bottom: .15rem; }
h3 { font-size: 1rem; margin: 1rem 0 .2rem; }
.facts, .meta { color: #333; margin: 0 0 .6rem; }
.meta { font-style: italic; }
dl.roles { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .8rem 0; }
dl.roles dt { font-weight: bold; }
dl.roles dd { margin: 0; }
p { margin: .4rem 0; white-space: pre-wrap; }
.label { font-weight: bold; }
.note { color: #444; font-style: italic; }
@page { margin: 18mm 16mm; }
@media print { body { padding: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } section { break-inside: avoid-page; } }
";

pub fn render(m: &Minutes, opts: &RenderOptions) -> String {
    let mut out = String::new();
    let _ = write_minutes(&mut out, m, opts);
    out
}

fn write_minutes(out: &mut String, m: &Minutes, opts: &RenderOptions) -> std::fmt::Result {
    let title = format!("{} — GA {} ({})", m.assembly_name, m.number, m.reference);
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    // No network, no script: the file stands alone and runs nothing.
    writeln!(out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")?;
    writeln!(out, "<title>{}</title>", esc(&title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>{}</h1>", esc(&title))?;
    let mut facts = vec![format!("Date: {}", m.date)];
    if !m.place.is_empty() {
        facts.push(format!("Place: {}", esc(&m.place)));
    }
    if let Some(a) = m.attendance {
        facts.push(format!("Attendance: {a}"));
    }
    if let Some(t) = m.opened_at {
        facts.push(format!("Opened: {}", opts.time(t)));
    }
    if let Some(t) = m.closed_at {
        facts.push(format!("Closed: {}", opts.time(t)));
    }
    writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "))?;
    if !m.roles.is_empty() {
        writeln!(out, "<dl class=\"roles\">")?;
        for r in &m.roles {
            let names: Vec<String> = r.names.iter().map(|n| esc(n)).collect();
            writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                esc(&r.label),
                names.join(", ")
            )?;
        }
        writeln!(out, "</dl>")?;
    }
    if m.redacted {
        writeln!(
            out,
            "<p class=\"note\">Names of people are replaced by “Participant N” in this copy.</p>"
        )?;
    }
    writeln!(out, "</header>")?;
    for item in &m.items {
        write_item(out, item, opts)?;
    }
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")?;
    Ok(())
}

fn write_item(out: &mut String, i: &MinutesItem, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{} {}</h2>", esc(&i.number), esc(&i.title))?;
    writeln!(
        out,
        "<p class=\"meta\">{} · {}</p>",
        i.kind,
        esc(&timing(i, opts))
    )?;
    if let Some(rb) = &i.report_back {
        let mut head = format!(
            "<span class=\"label\">Working group:</span> {}",
            esc(&rb.wg_name)
        );
        if let Some(p) = &rb.presenter {
            let _ = write!(
                head,
                " · <span class=\"label\">Presented by:</span> {}",
                esc(p)
            );
        }
        writeln!(out, "<p>{head}</p>")?;
        para(out, None, &rb.summary)?;
        para(out, Some("Asks"), &rb.asks)?;
        para(out, Some("Announcements"), &rb.announcements)?;
    }
    para(out, Some("Notes"), &i.notes)?;
    writeln!(out, "</section>")?;
    Ok(())
}

fn para(out: &mut String, label: Option<&str>, text: &str) -> std::fmt::Result {
    if text.trim().is_empty() {
        return Ok(());
    }
    match label {
        Some(l) => writeln!(
            out,
            "<p><span class=\"label\">{l}:</span> {}</p>",
            esc(text)
        ),
        None => writeln!(out, "<p>{}</p>", esc(text)),
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
