//! Minutes as one self-contained HTML file: inline CSS, no script, no external resource,
//! prints cleanly on A4 and Letter. All text from the record is escaped.

use std::fmt::Write;

use super::markdown::{
    actor, amendment_result, answer, concern_state, decision_extra, decision_rule, item_kind,
    label, role_label, speech, status_line, temperature, timing, with_colon,
};
use super::{outcome_word, Minutes, MinutesItem, MinutesProposal, RenderOptions};
use crate::t;

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
    let title = m.title(opts);
    writeln!(out, "<!DOCTYPE html>")?;
    if opts.lang.is_rtl() {
        writeln!(out, "<html lang=\"{}\" dir=\"rtl\">", opts.lang)?;
    } else {
        writeln!(out, "<html lang=\"{}\">", opts.lang)?;
    }
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
        .map(|(label, value)| format!("{} {}", with_colon(opts, &label), esc(&value)))
        .collect();
    writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "))?;
    writeln!(
        out,
        "<p class=\"facts\">{} {}</p>",
        label(opts, "label-minutes"),
        esc(&status_line(&m.status, opts))
    )?;
    if !m.roles.is_empty() {
        writeln!(out, "<dl class=\"roles\">")?;
        for r in &m.roles {
            let names: Vec<String> = r
                .holders
                .iter()
                .map(|h| h.text(&bdi(&h.name, opts), opts))
                .collect();
            writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                esc(&role_label(r, opts)),
                names.join(&opts.t("comma"))
            )?;
        }
        writeln!(out, "</dl>")?;
    }
    if m.redacted {
        writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(&opts.t("redacted-note"))
        )?;
    }
    if let Some(c) = &m.council {
        writeln!(out, "<section class=\"council\">")?;
        writeln!(out, "<h2>{}</h2>", opts.t("label-spokes"))?;
        writeln!(out, "<dl class=\"spokes\">")?;
        let mut i = 0;
        while i < c.spokes.len() {
            let wg = &c.spokes[i].wg;
            let turns: Vec<String> = c.spokes[i..]
                .iter()
                .take_while(|s| &s.wg == wg)
                .map(|s| s.text(&bdi(&s.name, opts), opts))
                .collect();
            i += turns.len();
            writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                esc(wg),
                turns.join(&opts.t("comma"))
            )?;
        }
        writeln!(out, "</dl>")?;
        if !c.consult_breaks.is_empty() {
            writeln!(out, "<h2>{}</h2>", opts.t("label-consult-breaks"))?;
            writeln!(out, "<ul>")?;
            for b in &c.consult_breaks {
                writeln!(
                    out,
                    "<li>{}</li>",
                    b.line(&bdi(&b.wg, opts), &bdi(&b.called_by, opts), opts)
                )?;
            }
            writeln!(out, "</ul>")?;
        }
        writeln!(out, "</section>")?;
    }
    if !m.policy_changes.is_empty() {
        writeln!(out, "<section class=\"floor-policy\">")?;
        writeln!(out, "<h2>{}</h2>", opts.t("label-floor-policy-changed"))?;
        writeln!(out, "<ul>")?;
        for c in &m.policy_changes {
            let why = match c.reason.as_str() {
                "" => String::new(),
                r => format!(" — {}", esc(r)),
            };
            writeln!(
                out,
                "<li>{} {}{why}</li>",
                esc(&with_colon(opts, &opts.time(c.at))),
                esc(&c.line(opts.lang))
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
        writeln!(out, "<h2>{}</h2>", opts.t("label-airtime-equity"))?;
        writeln!(out, "<ul>")?;
        for line in e.lines(opts) {
            writeln!(out, "<li>{}</li>", esc(&line))?;
        }
        writeln!(out, "</ul>")?;
        writeln!(out, "</section>")?;
    }
    if !m.corrections.is_empty() {
        writeln!(out, "<section class=\"corrections\">")?;
        writeln!(out, "<h2>{}</h2>", opts.t("heading-corrections"))?;
        writeln!(out, "<ul>")?;
        for c in &m.corrections {
            writeln!(
                out,
                "<li>{}</li>",
                esc(&t!(
                    opts.lang,
                    "correction-made",
                    at = opts.date_time(c.at),
                    by = actor(&c.by, opts.lang),
                    line = c.line(opts.lang)
                ))
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
        esc(&item_kind(i, opts)),
        esc(&timing(i, opts))
    )?;
    let span = |id: &str| format!("<span class=\"label\">{}</span>", esc(&label(opts, id)));
    if let Some(rb) = &i.report_back {
        let mut head = match &rb.wg_name {
            Some(w) => format!("{} {}", span("label-working-group"), esc(w)),
            None if !rb.on_behalf_of.is_empty() => {
                format!("{} {}", span("label-on-behalf-of"), esc(&rb.on_behalf_of))
            }
            None => format!(
                "<span class=\"label\">{}</span>",
                esc(&opts.t("label-report-back"))
            ),
        };
        if let Some(p) = &rb.presenter {
            let _ = write!(head, " · {} {}", span("label-presented-by"), bdi(p, opts));
        }
        writeln!(out, "<p>{head}</p>")?;
        para(out, None, &rb.summary)?;
        para(out, Some(&label(opts, "label-asks")), &rb.asks)?;
        para(
            out,
            Some(&label(opts, "label-announcements")),
            &rb.announcements,
        )?;
    }
    if !i.announcements.is_empty() {
        writeln!(out, "<h3>{}</h3>", opts.t("label-announcements"))?;
        writeln!(out, "<ul>")?;
        for a in &i.announcements {
            let who = a.who(
                a.by.as_deref().map(|n| bdi(n, opts)),
                |s| bdi(s, opts),
                opts.lang,
            );
            if who.is_empty() {
                writeln!(out, "<li>{}</li>", esc(&a.text))?;
            } else {
                writeln!(
                    out,
                    "<li><span class=\"label\">{}</span> {}</li>",
                    with_colon(opts, &who),
                    esc(&a.text)
                )?;
            }
        }
        writeln!(out, "</ul>")?;
    }
    if let Some(p) = &i.proposal {
        write_proposal(out, p, opts)?;
    }
    if !i.action_items.is_empty() {
        writeln!(out, "<h3>{}</h3>", opts.t("label-action-items"))?;
        writeln!(out, "<ul>")?;
        for a in &i.action_items {
            let who = a
                .who
                .as_deref()
                .map(|w| format!(" ({})", bdi(w, opts)))
                .unwrap_or_default();
            writeln!(out, "<li>{}{who}</li>", esc(&a.text))?;
        }
        writeln!(out, "</ul>")?;
    }
    para(out, Some(&label(opts, "label-notes")), &i.notes)?;
    if !i.speakers.is_empty() {
        writeln!(out, "<h3>{}</h3>", opts.t("label-speakers"))?;
        writeln!(out, "<ol>")?;
        for s in &i.speakers {
            // The catalogue's words hold no markup; the name is escaped.
            writeln!(out, "<li>{}</li>", speech(&bdi(&s.name, opts), s, opts))?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</section>")?;
    Ok(())
}

fn by(name: &Option<String>, opts: &RenderOptions) -> String {
    name.as_deref()
        .map(|n| t!(opts.lang, "said-by", name = bdi(n, opts)))
        .unwrap_or_default()
}

/// A name or reference from the record in the minutes' text: escaped, and in a
/// right-to-left language isolated (`<bdi>`) so that a name in Latin script cannot
/// reorder the sentence around it.
fn bdi(s: &str, opts: &RenderOptions) -> String {
    if opts.lang.is_rtl() {
        format!("<bdi>{}</bdi>", esc(s))
    } else {
        esc(s)
    }
}

fn write_proposal(out: &mut String, p: &MinutesProposal, opts: &RenderOptions) -> std::fmt::Result {
    let lang = opts.lang;
    writeln!(
        out,
        "<h3>{}</h3>",
        t!(
            lang,
            "proposal-heading",
            reference = bdi(&p.reference, opts),
            title = esc(&p.title)
        )
    )?;
    let mut who = Vec::new();
    if let Some(n) = &p.proposer {
        who.push(t!(lang, "proposed-by", name = bdi(n, opts)));
    }
    if let Some(w) = &p.wg_name {
        who.push(format!(
            "{} {}",
            esc(&label(opts, "label-working-group")),
            esc(w)
        ));
    }
    if !who.is_empty() {
        writeln!(out, "<p>{}</p>", who.join(" · "))?;
    }
    writeln!(
        out,
        "<p class=\"label\">{}</p>",
        esc(&label(opts, "label-text-as-submitted"))
    )?;
    writeln!(
        out,
        "<blockquote><p>{}</p></blockquote>",
        esc(&p.text_as_submitted)
    )?;
    let by = |n: &Option<String>| by(n, opts);
    let span = |id: &str| format!("<span class=\"label\">{}</span>", esc(&label(opts, id)));
    if !p.questions.is_empty() {
        writeln!(
            out,
            "<p class=\"label\">{}</p><ul>",
            esc(&label(opts, "label-clarifying-questions"))
        )?;
        for q in &p.questions {
            let answer = answer(q, by, esc, lang);
            writeln!(
                out,
                "<li>{}{}{answer}</li>",
                esc(&q.question),
                by(&q.asked_by)
            )?;
        }
        writeln!(out, "</ul>")?;
    } else if p.no_questions {
        writeln!(out, "<p>{}</p>", esc(&opts.t("no-questions")))?;
    }
    if !p.concerns.is_empty() {
        writeln!(
            out,
            "<p class=\"label\">{}</p><ul>",
            esc(&label(opts, "label-concerns"))
        )?;
        for c in &p.concerns {
            let state = concern_state(c, esc, lang);
            writeln!(
                out,
                "<li>{}{}{state}</li>",
                esc(&c.concern),
                by(&c.raised_by)
            )?;
        }
        writeln!(out, "</ul>")?;
    } else if p.no_concerns {
        writeln!(out, "<p>{}</p>", esc(&opts.t("no-concerns")))?;
    }
    if !p.amendments.is_empty() {
        writeln!(
            out,
            "<p class=\"label\">{}</p><ol>",
            esc(&label(opts, "label-friendly-amendments"))
        )?;
        for a in &p.amendments {
            let offered = t!(
                lang,
                "amendment-offered",
                name = bdi(&a.offered_by, opts),
                result = esc(&amendment_result(a, lang))
            );
            writeln!(
                out,
                "<li>{offered}<blockquote><p>{}</p></blockquote></li>",
                esc(&a.text)
            )?;
        }
        writeln!(out, "</ol>")?;
    } else if p.no_concerns {
        writeln!(out, "<p>{}</p>", esc(&opts.t("no-amendments")))?;
    }
    for t in &p.temperature_checks {
        let note = if t.note.is_empty() {
            String::new()
        } else {
            format!(" — {}", esc(&t.note))
        };
        writeln!(
            out,
            "<p>{} {}{note}</p>",
            span("label-temperature-check"),
            esc(&temperature(t, lang))
        )?;
    }
    if let Some(d) = &p.decision {
        writeln!(
            out,
            "<p>{}</p>",
            t!(
                lang,
                "decision-line",
                decision = format!(
                    "<span class=\"label\">{}</span>",
                    esc(&opts.t("label-decision"))
                ),
                rule = esc(&decision_rule(d, lang)),
                counted = esc(&d.counted_in(lang))
            )
        )?;
        let extra: Vec<String> = decision_extra(d, lang).iter().map(|e| esc(e)).collect();
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
                writeln!(out, "<li>{}{reason}</li>", v.head(&bdi(&v.wg, opts), lang))?;
            }
            writeln!(out, "</ul>")?;
        }
        if !d.named_stand_asides.is_empty() || !d.named_blocks.is_empty() {
            writeln!(out, "<ul>")?;
            for (what, list) in [
                (label(opts, "label-stand-aside"), &d.named_stand_asides),
                (label(opts, "label-block"), &d.named_blocks),
            ] {
                for s in list {
                    let reason = s
                        .reason
                        .as_deref()
                        .map(|r| format!(" — {}", esc(r)))
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "<li>{} {}{reason}</li>",
                        esc(&what),
                        bdi(&s.name, opts)
                    )?;
                }
            }
            writeln!(out, "</ul>")?;
        }
        writeln!(
            out,
            "<p><strong>{}</strong> — {}</p>",
            esc(&t!(
                lang,
                "outcome",
                outcome = outcome_word(&d.outcome, lang)
            )),
            esc(&t!(
                lang,
                "outcome-entered-by",
                explanation = d.explanation_in(lang),
                by = actor(&d.entered_by, lang)
            ))
        )?;
        if d.disputed {
            writeln!(
                out,
                "<p>{} {}</p>",
                span("label-disputed"),
                esc(&d.dispute_note)
            )?;
        }
    } else if let Some(o) = &p.outcome {
        writeln!(
            out,
            "<p><strong>{}</strong>{}</p>",
            esc(&t!(lang, "outcome", outcome = outcome_word(o, lang))),
            esc(&super::manual_outcome_words(p, lang))
        )?;
    }
    if let (Some(text), Some(v)) = (&p.text_as_decided, p.decided_version) {
        writeln!(
            out,
            "<p class=\"label\">{}</p>",
            esc(&with_colon(opts, &t!(lang, "text-as-decided", version = v)))
        )?;
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
            "<p><span class=\"label\">{}</span> {}</p>",
            esc(l),
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
