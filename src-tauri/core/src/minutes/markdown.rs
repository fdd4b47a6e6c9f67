//! Minutes as Markdown: reads well as plain text and on a wiki. Text from the record is
//! escaped so that it can never become markup (a name like `<script>` or `| pipe |` comes
//! out as those characters).

use std::fmt::Write;

use super::approval::MinutesStatus;
use super::{
    Minutes, MinutesItem, MinutesProposal, RenderOptions, NO_AMENDMENTS, NO_CONCERNS, NO_QUESTIONS,
};
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
    let facts: Vec<String> = m
        .header_facts(opts)
        .into_iter()
        .map(|(label, value)| format!("**{label}:** {}", esc(&value)))
        .collect();
    writeln!(out, "{}", facts.join(" · "))?;
    writeln!(out)?;
    writeln!(out, "**Minutes:** {}", status_line(&m.status))?;
    writeln!(out)?;
    for role in &m.roles {
        let names: Vec<String> = role.holders.iter().map(|h| h.text(&esc(&h.name))).collect();
        writeln!(out, "- **{}:** {}", esc(&role.label), names.join(", "))?;
    }
    if m.redacted {
        writeln!(out)?;
        writeln!(
            out,
            "_Names of people are replaced by “Participant N” in this copy._"
        )?;
    }
    if let Some(c) = &m.council {
        writeln!(out)?;
        writeln!(out, "**Spokes:**")?;
        writeln!(out)?;
        let mut i = 0;
        while i < c.spokes.len() {
            let wg = &c.spokes[i].wg;
            let turns: Vec<String> = c.spokes[i..]
                .iter()
                .take_while(|s| &s.wg == wg)
                .map(|s| s.text(&esc(&s.name), opts))
                .collect();
            i += turns.len();
            writeln!(out, "- **{}:** {}", esc(wg), turns.join(", "))?;
        }
        if !c.consult_breaks.is_empty() {
            writeln!(out)?;
            writeln!(out, "**Consult breaks:**")?;
            writeln!(out)?;
            for b in &c.consult_breaks {
                writeln!(out, "- {}", b.line(&esc(&b.wg), &esc(&b.called_by), opts))?;
            }
        }
    }
    if !m.policy_changes.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Floor policy changed:**")?;
        writeln!(out)?;
        for c in &m.policy_changes {
            let why = match c.reason.as_str() {
                "" => String::new(),
                r => format!(" — {}", esc(r)),
            };
            writeln!(out, "- {}: {}{why}", opts.time(c.at), esc(&c.line()))?;
        }
    }
    for item in &m.items {
        writeln!(out)?;
        write_item(out, item, opts)?;
    }
    if let Some(e) = &m.equity {
        writeln!(out)?;
        writeln!(out, "## Airtime equity")?;
        writeln!(out)?;
        for line in e.lines() {
            writeln!(out, "- {}", esc(&line))?;
        }
    }
    if !m.corrections.is_empty() {
        writeln!(out)?;
        writeln!(out, "## Corrected after the meeting")?;
        writeln!(out)?;
        for c in &m.corrections {
            writeln!(
                out,
                "- {} ({}): {}",
                opts.date_time(c.at),
                c.by,
                esc(&c.line())
            )?;
        }
    }
    Ok(())
}

fn write_item(out: &mut String, i: &MinutesItem, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(out, "## {} {}", i.number, esc(&i.title))?;
    writeln!(out)?;
    writeln!(out, "_{}_ · {}", i.kind, timing(i, opts))?;
    if let Some(rb) = &i.report_back {
        writeln!(out)?;
        let mut head = match &rb.wg_name {
            Some(w) => format!("**Working group:** {}", esc(w)),
            None if !rb.on_behalf_of.is_empty() => {
                format!("**On behalf of:** {}", esc(&rb.on_behalf_of))
            }
            None => "**Report-back**".to_string(),
        };
        if let Some(p) = &rb.presenter {
            let _ = write!(head, " · **Presented by:** {}", esc(p));
        }
        writeln!(out, "{head}")?;
        block(out, None, &rb.summary)?;
        block(out, Some("Asks"), &rb.asks)?;
        block(out, Some("Announcements"), &rb.announcements)?;
    }
    if !i.announcements.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Announcements:**")?;
        writeln!(out)?;
        for a in &i.announcements {
            let who = a.who(a.by.as_deref().map(esc), esc);
            let text: Vec<String> = a.text.lines().map(esc).collect();
            if who.is_empty() {
                writeln!(out, "- {}", text.join(" "))?;
            } else {
                writeln!(out, "- **{who}:** {}", text.join(" "))?;
            }
        }
    }
    if let Some(p) = &i.proposal {
        write_proposal(out, p)?;
    }
    if !i.action_items.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Action items:**")?;
        writeln!(out)?;
        for a in &i.action_items {
            match &a.who {
                Some(w) => writeln!(out, "- {} ({})", esc(&a.text), esc(w))?,
                None => writeln!(out, "- {}", esc(&a.text))?,
            }
        }
    }
    block(out, Some("Notes"), &i.notes)?;
    if !i.speakers.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Speakers:**")?;
        writeln!(out)?;
        for (n, s) in i.speakers.iter().enumerate() {
            let mut line = format!(
                "{}. {} — {}, {}",
                n + 1,
                esc(&s.name),
                s.kind,
                opts.time(s.started_at)
            );
            if let Some(secs) = s.seconds {
                let _ = write!(line, ", {}", duration(secs));
            }
            if let Some(over) = s.overrun_seconds {
                let _ = write!(line, " (over the limit by {})", duration(over));
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// "draft" or "approved at RIV-GA-4".
pub(super) fn status_line(s: &MinutesStatus) -> String {
    match s {
        MinutesStatus::Draft => "draft (not yet approved)".to_string(),
        MinutesStatus::Approved { in_reference, .. } => format!("approved at {in_reference}"),
    }
}

/// "2 min 05 s", "45 s".
pub(super) fn duration(secs: i64) -> String {
    if secs >= 60 {
        format!("{} min {:02} s", secs / 60, secs % 60)
    } else {
        format!("{secs} s")
    }
}

fn quote(out: &mut String, text: &str) -> std::fmt::Result {
    for line in text.lines() {
        writeln!(out, "> {}", esc(line))?;
    }
    Ok(())
}

fn by(name: &Option<String>) -> String {
    name.as_deref()
        .map(|n| format!(" ({})", esc(n)))
        .unwrap_or_default()
}

fn write_proposal(out: &mut String, p: &MinutesProposal) -> std::fmt::Result {
    writeln!(out)?;
    writeln!(out, "### Proposal {}: {}", p.reference, esc(&p.title))?;
    let mut who = Vec::new();
    if let Some(n) = &p.proposer {
        who.push(format!("Proposed by {}", esc(n)));
    }
    if let Some(w) = &p.wg_name {
        who.push(format!("Working group: {}", esc(w)));
    }
    if !who.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", who.join(" · "))?;
    }
    writeln!(out)?;
    writeln!(out, "**Text as submitted:**")?;
    writeln!(out)?;
    quote(out, &p.text_as_submitted)?;
    if !p.questions.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Clarifying questions:**")?;
        writeln!(out)?;
        for q in &p.questions {
            let answer = match &q.answer {
                Some(a) => format!(" — answer{}: {}", by(&q.answered_by), esc(a)),
                None => " — not answered".to_string(),
            };
            writeln!(out, "- {}{}{answer}", esc(&q.question), by(&q.asked_by))?;
        }
    } else if p.no_questions {
        writeln!(out)?;
        writeln!(out, "{NO_QUESTIONS}")?;
    }
    if !p.concerns.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Concerns:**")?;
        writeln!(out)?;
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
            writeln!(out, "- {}{}{state}", esc(&c.concern), by(&c.raised_by))?;
        }
    } else if p.no_concerns {
        writeln!(out)?;
        writeln!(out, "{NO_CONCERNS}")?;
    }
    if !p.amendments.is_empty() {
        writeln!(out)?;
        writeln!(out, "**Friendly amendments:**")?;
        for (n, a) in p.amendments.iter().enumerate() {
            writeln!(out)?;
            let result = match (a.status.as_str(), a.version) {
                ("accepted", Some(v)) => format!("accepted by the proposer (version {v})"),
                ("accepted", None) => "accepted by the proposer".to_string(),
                ("rejected", _) => "not accepted by the proposer".to_string(),
                _ => "awaiting the proposer's answer".to_string(),
            };
            writeln!(
                out,
                "Amendment {}, offered by {} — {result}:",
                n + 1,
                esc(&a.offered_by)
            )?;
            writeln!(out)?;
            quote(out, &a.text)?;
        }
    } else if p.no_concerns {
        writeln!(out)?;
        writeln!(out, "{NO_AMENDMENTS}")?;
    }
    for t in &p.temperature_checks {
        writeln!(out)?;
        let note = if t.note.is_empty() {
            String::new()
        } else {
            format!(" — {}", esc(&t.note))
        };
        writeln!(
            out,
            "**Temperature check:** up {} · sideways {} · down {}{note}",
            t.up, t.sideways, t.down
        )?;
    }
    if let Some(d) = &p.decision {
        writeln!(out)?;
        let rule = match &d.default_rule {
            Some(def) => format!("{} (the GA chose it over its default, {def})", d.rule),
            None => d.rule.clone(),
        };
        writeln!(out, "**Decision** under {rule}: {}", esc(&d.counted))?;
        let mut extra = Vec::new();
        if let Some(q) = d.quorum {
            extra.push(format!("quorum {q}"));
        }
        if let Some(l) = &d.stand_aside_limit {
            extra.push(format!("stand-aside limit {l}"));
        }
        if !extra.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", extra.join(" · "))?;
        }
        if !d.wg_voices.is_empty() {
            writeln!(out)?;
            for v in &d.wg_voices {
                writeln!(
                    out,
                    "- {}{}",
                    v.head(&esc(&v.wg)),
                    v.reason
                        .as_deref()
                        .map(|r| format!(" — {}", esc(r)))
                        .unwrap_or_default()
                )?;
            }
        }
        if !d.named_stand_asides.is_empty() || !d.named_blocks.is_empty() {
            writeln!(out)?;
            for s in &d.named_stand_asides {
                writeln!(
                    out,
                    "- Stand-aside: {}{}",
                    esc(&s.name),
                    s.reason
                        .as_deref()
                        .map(|r| format!(" — {}", esc(r)))
                        .unwrap_or_default()
                )?;
            }
            for s in &d.named_blocks {
                writeln!(
                    out,
                    "- Block: {}{}",
                    esc(&s.name),
                    s.reason
                        .as_deref()
                        .map(|r| format!(" — {}", esc(r)))
                        .unwrap_or_default()
                )?;
            }
        }
        writeln!(out)?;
        writeln!(
            out,
            "**Outcome: {}** — {} (entered by the {})",
            d.outcome.to_uppercase(),
            esc(&d.explanation),
            d.entered_by
        )?;
        if d.disputed {
            writeln!(out)?;
            writeln!(out, "**Disputed:** {}", esc(&d.dispute_note))?;
        }
    } else if let Some(o) = &p.outcome {
        writeln!(out)?;
        writeln!(
            out,
            "**Outcome: {}**{}",
            o.to_uppercase(),
            esc(&super::manual_outcome_words(p))
        )?;
    }
    if let (Some(text), Some(v)) = (&p.text_as_decided, p.decided_version) {
        writeln!(out)?;
        writeln!(out, "**Text as decided (version {v}):**")?;
        writeln!(out)?;
        quote(out, text)?;
    }
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
