//! Minutes as one self-contained HTML file: inline CSS, no script, no external resource,
//! prints cleanly on A4 and Letter. All text from the record is escaped.

use std::fmt::Write;

use super::markdown::{duration, status_line, timing};
use super::{
    Minutes, MinutesItem, MinutesProposal, RenderOptions, NO_AMENDMENTS, NO_CONCERNS, NO_QUESTIONS,
};

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
blockquote { margin: .3rem 0 .6rem 1rem; padding-left: .8rem; border-left: 3px solid #999; }
ul, ol { margin: .3rem 0; padding-left: 1.4rem; }
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
    let facts: Vec<String> = m
        .header_facts(opts)
        .into_iter()
        .map(|(label, value)| format!("{label}: {}", esc(&value)))
        .collect();
    writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "))?;
    writeln!(
        out,
        "<p class=\"facts\">Minutes: {}</p>",
        esc(&status_line(&m.status))
    )?;
    if !m.roles.is_empty() {
        writeln!(out, "<dl class=\"roles\">")?;
        for r in &m.roles {
            let names: Vec<String> = r.holders.iter().map(|h| h.text(&esc(&h.name))).collect();
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
    if let Some(c) = &m.council {
        writeln!(out, "<section class=\"council\">")?;
        writeln!(out, "<h2>Spokes</h2>")?;
        writeln!(out, "<dl class=\"spokes\">")?;
        let mut i = 0;
        while i < c.spokes.len() {
            let wg = &c.spokes[i].wg;
            let turns: Vec<String> = c.spokes[i..]
                .iter()
                .take_while(|s| &s.wg == wg)
                .map(|s| s.text(&esc(&s.name), opts))
                .collect();
            i += turns.len();
            writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(wg), turns.join(", "))?;
        }
        writeln!(out, "</dl>")?;
        if !c.consult_breaks.is_empty() {
            writeln!(out, "<h2>Consult breaks</h2>")?;
            writeln!(out, "<ul>")?;
            for b in &c.consult_breaks {
                writeln!(
                    out,
                    "<li>{}</li>",
                    b.line(&esc(&b.wg), &esc(&b.called_by), opts)
                )?;
            }
            writeln!(out, "</ul>")?;
        }
        writeln!(out, "</section>")?;
    }
    if !m.policy_changes.is_empty() {
        writeln!(out, "<section class=\"floor-policy\">")?;
        writeln!(out, "<h2>Floor policy changed</h2>")?;
        writeln!(out, "<ul>")?;
        for c in &m.policy_changes {
            let why = match c.reason.as_str() {
                "" => String::new(),
                r => format!(" — {}", esc(r)),
            };
            writeln!(
                out,
                "<li>{}: {}{why}</li>",
                esc(&opts.time(c.at)),
                esc(&c.line())
            )?;
        }
        writeln!(out, "</ul>")?;
        writeln!(out, "</section>")?;
    }
    writeln!(out, "</header>")?;
    for item in &m.items {
        write_item(out, item, opts)?;
    }
    if let Some(e) = &m.equity {
        writeln!(out, "<section class=\"equity\">")?;
        writeln!(out, "<h2>Airtime equity</h2>")?;
        writeln!(out, "<ul>")?;
        for line in e.lines() {
            writeln!(out, "<li>{}</li>", esc(&line))?;
        }
        writeln!(out, "</ul>")?;
        writeln!(out, "</section>")?;
    }
    if !m.corrections.is_empty() {
        writeln!(out, "<section class=\"corrections\">")?;
        writeln!(out, "<h2>Corrected after the meeting</h2>")?;
        writeln!(out, "<ul>")?;
        for c in &m.corrections {
            writeln!(
                out,
                "<li>{} ({}): {}</li>",
                esc(&opts.date_time(c.at)),
                esc(&c.by),
                esc(&c.line())
            )?;
        }
        writeln!(out, "</ul>")?;
        writeln!(out, "</section>")?;
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
        let mut head = match &rb.wg_name {
            Some(w) => format!("<span class=\"label\">Working group:</span> {}", esc(w)),
            None if !rb.on_behalf_of.is_empty() => format!(
                "<span class=\"label\">On behalf of:</span> {}",
                esc(&rb.on_behalf_of)
            ),
            None => "<span class=\"label\">Report-back</span>".to_string(),
        };
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
    if !i.announcements.is_empty() {
        writeln!(out, "<h3>Announcements</h3>")?;
        writeln!(out, "<ul>")?;
        for a in &i.announcements {
            let who = a.who(a.by.as_deref().map(esc), esc);
            if who.is_empty() {
                writeln!(out, "<li>{}</li>", esc(&a.text))?;
            } else {
                writeln!(
                    out,
                    "<li><span class=\"label\">{who}:</span> {}</li>",
                    esc(&a.text)
                )?;
            }
        }
        writeln!(out, "</ul>")?;
    }
    if let Some(p) = &i.proposal {
        write_proposal(out, p)?;
    }
    if !i.action_items.is_empty() {
        writeln!(out, "<h3>Action items</h3>")?;
        writeln!(out, "<ul>")?;
        for a in &i.action_items {
            let who = a
                .who
                .as_deref()
                .map(|w| format!(" ({})", esc(w)))
                .unwrap_or_default();
            writeln!(out, "<li>{}{who}</li>", esc(&a.text))?;
        }
        writeln!(out, "</ul>")?;
    }
    para(out, Some("Notes"), &i.notes)?;
    if !i.speakers.is_empty() {
        writeln!(out, "<h3>Speakers</h3>")?;
        writeln!(out, "<ol>")?;
        for s in &i.speakers {
            let mut line = format!(
                "{} — {}, {}",
                esc(&s.name),
                esc(&s.kind),
                opts.time(s.started_at)
            );
            if let Some(secs) = s.seconds {
                let _ = write!(line, ", {}", duration(secs));
            }
            if let Some(over) = s.overrun_seconds {
                let _ = write!(line, " (over the limit by {})", duration(over));
            }
            writeln!(out, "<li>{line}</li>")?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</section>")?;
    Ok(())
}

fn by(name: &Option<String>) -> String {
    name.as_deref()
        .map(|n| format!(" ({})", esc(n)))
        .unwrap_or_default()
}

fn write_proposal(out: &mut String, p: &MinutesProposal) -> std::fmt::Result {
    writeln!(
        out,
        "<h3>Proposal {}: {}</h3>",
        esc(&p.reference),
        esc(&p.title)
    )?;
    let mut who = Vec::new();
    if let Some(n) = &p.proposer {
        who.push(format!("Proposed by {}", esc(n)));
    }
    if let Some(w) = &p.wg_name {
        who.push(format!("Working group: {}", esc(w)));
    }
    if !who.is_empty() {
        writeln!(out, "<p>{}</p>", who.join(" · "))?;
    }
    writeln!(out, "<p class=\"label\">Text as submitted:</p>")?;
    writeln!(
        out,
        "<blockquote><p>{}</p></blockquote>",
        esc(&p.text_as_submitted)
    )?;
    if !p.questions.is_empty() {
        writeln!(out, "<p class=\"label\">Clarifying questions:</p><ul>")?;
        for q in &p.questions {
            let answer = match &q.answer {
                Some(a) => format!(" — answer{}: {}", by(&q.answered_by), esc(a)),
                None => " — not answered".to_string(),
            };
            writeln!(
                out,
                "<li>{}{}{answer}</li>",
                esc(&q.question),
                by(&q.asked_by)
            )?;
        }
        writeln!(out, "</ul>")?;
    } else if p.no_questions {
        writeln!(out, "<p>{NO_QUESTIONS}</p>")?;
    }
    if !p.concerns.is_empty() {
        writeln!(out, "<p class=\"label\">Concerns:</p><ul>")?;
        for c in &p.concerns {
            let state = if c.addressed {
                if c.response.is_empty() {
                    " — addressed".to_string()
                } else {
                    format!(" — addressed: {}", esc(&c.response))
                }
            } else {
                " — not addressed".to_string()
            };
            writeln!(
                out,
                "<li>{}{}{state}</li>",
                esc(&c.concern),
                by(&c.raised_by)
            )?;
        }
        writeln!(out, "</ul>")?;
    } else if p.no_concerns {
        writeln!(out, "<p>{NO_CONCERNS}</p>")?;
    }
    if !p.amendments.is_empty() {
        writeln!(out, "<p class=\"label\">Friendly amendments:</p><ol>")?;
        for a in &p.amendments {
            let result = match (a.status.as_str(), a.version) {
                ("accepted", Some(v)) => format!("accepted by the proposer (version {v})"),
                ("accepted", None) => "accepted by the proposer".to_string(),
                ("rejected", _) => "not accepted by the proposer".to_string(),
                _ => "awaiting the proposer's answer".to_string(),
            };
            writeln!(
                out,
                "<li>Offered by {} — {result}:<blockquote><p>{}</p></blockquote></li>",
                esc(&a.offered_by),
                esc(&a.text)
            )?;
        }
        writeln!(out, "</ol>")?;
    } else if p.no_concerns {
        writeln!(out, "<p>{NO_AMENDMENTS}</p>")?;
    }
    for t in &p.temperature_checks {
        let note = if t.note.is_empty() {
            String::new()
        } else {
            format!(" — {}", esc(&t.note))
        };
        writeln!(out, "<p><span class=\"label\">Temperature check:</span> up {} · sideways {} · down {}{note}</p>", t.up, t.sideways, t.down)?;
    }
    if let Some(d) = &p.decision {
        let rule = match &d.default_rule {
            Some(def) => format!(
                "{} (the GA chose it over its default, {})",
                esc(&d.rule),
                esc(def)
            ),
            None => esc(&d.rule),
        };
        writeln!(
            out,
            "<p><span class=\"label\">Decision</span> under {rule}: {}</p>",
            esc(&d.counted)
        )?;
        let mut extra = Vec::new();
        if let Some(q) = d.quorum {
            extra.push(format!("quorum {q}"));
        }
        if let Some(l) = &d.stand_aside_limit {
            extra.push(format!("stand-aside limit {}", esc(l)));
        }
        if !extra.is_empty() {
            writeln!(out, "<p>{}</p>", extra.join(" · "))?;
        }
        if !d.wg_voices.is_empty() {
            writeln!(out, "<ul class=\"wg-voices\">")?;
            for v in &d.wg_voices {
                let reason = v
                    .reason
                    .as_deref()
                    .map(|r| format!(" — {}", esc(r)))
                    .unwrap_or_default();
                writeln!(out, "<li>{}{reason}</li>", v.head(&esc(&v.wg)))?;
            }
            writeln!(out, "</ul>")?;
        }
        if !d.named_stand_asides.is_empty() || !d.named_blocks.is_empty() {
            writeln!(out, "<ul>")?;
            for (what, list) in [
                ("Stand-aside", &d.named_stand_asides),
                ("Block", &d.named_blocks),
            ] {
                for s in list {
                    let reason = s
                        .reason
                        .as_deref()
                        .map(|r| format!(" — {}", esc(r)))
                        .unwrap_or_default();
                    writeln!(out, "<li>{what}: {}{reason}</li>", esc(&s.name))?;
                }
            }
            writeln!(out, "</ul>")?;
        }
        writeln!(
            out,
            "<p><strong>Outcome: {}</strong> — {} (entered by the {})</p>",
            esc(&d.outcome.to_uppercase()),
            esc(&d.explanation),
            esc(&d.entered_by)
        )?;
        if d.disputed {
            writeln!(
                out,
                "<p><span class=\"label\">Disputed:</span> {}</p>",
                esc(&d.dispute_note)
            )?;
        }
    } else if let Some(o) = &p.outcome {
        writeln!(
            out,
            "<p><strong>Outcome: {}</strong>{}</p>",
            esc(&o.to_uppercase()),
            esc(&super::manual_outcome_words(p))
        )?;
    }
    if let (Some(text), Some(v)) = (&p.text_as_decided, p.decided_version) {
        writeln!(out, "<p class=\"label\">Text as decided (version {v}):</p>")?;
        writeln!(out, "<blockquote><p>{}</p></blockquote>", esc(text))?;
    }
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
