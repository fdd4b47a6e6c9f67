//! Minutes as Markdown: reads well as plain text and on a wiki. Text from the record is
//! escaped so that it can never become markup (a name like `<script>` or `| pipe |` comes
//! out as those characters).

use std::fmt::Write;

use super::approval::MinutesStatus;
use super::{outcome_word, Minutes, MinutesItem, MinutesProposal, RenderOptions};
use crate::agenda::ItemStatus;
use crate::i18n::Lang;
use crate::t;

pub fn render(m: &Minutes, opts: &RenderOptions) -> String {
    let mut out = String::new();
    let _ = write_minutes(&mut out, m, opts);
    out
}

fn write_minutes(out: &mut String, m: &Minutes, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(out, "# {}", esc(&m.title(opts)))?;
    writeln!(out)?;
    let facts: Vec<String> = m
        .header_facts(opts)
        .into_iter()
        .map(|(label, value)| format!("**{}** {}", with_colon(opts, &label), esc(&value)))
        .collect();
    writeln!(out, "{}", facts.join(" · "))?;
    writeln!(out)?;
    writeln!(
        out,
        "**{}** {}",
        label(opts, "label-minutes"),
        status_line(&m.status, opts)
    )?;
    writeln!(out)?;
    for role in &m.roles {
        let names: Vec<String> = role
            .holders
            .iter()
            .map(|h| h.text(&esc(&h.name), opts))
            .collect();
        writeln!(
            out,
            "- **{}** {}",
            esc(&with_colon(opts, &role_label(role, opts))),
            names.join(&opts.t("comma"))
        )?;
    }
    if m.redacted {
        writeln!(out)?;
        writeln!(out, "_{}_", opts.t("redacted-note"))?;
    }
    if let Some(c) = &m.council {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-spokes"))?;
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
            writeln!(
                out,
                "- **{}** {}",
                with_colon(opts, &esc(wg)),
                turns.join(&opts.t("comma"))
            )?;
        }
        if !c.consult_breaks.is_empty() {
            writeln!(out)?;
            writeln!(out, "**{}**", label(opts, "label-consult-breaks"))?;
            writeln!(out)?;
            for b in &c.consult_breaks {
                writeln!(out, "- {}", b.line(&esc(&b.wg), &esc(&b.called_by), opts))?;
            }
        }
    }
    if !m.policy_changes.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-floor-policy-changed"))?;
        writeln!(out)?;
        for c in &m.policy_changes {
            let why = match c.reason.as_str() {
                "" => String::new(),
                r => format!(" — {}", esc(r)),
            };
            writeln!(
                out,
                "- {} {}{why}",
                with_colon(opts, &opts.time(c.at)),
                esc(&c.line(opts.lang))
            )?;
        }
    }
    for item in &m.items {
        writeln!(out)?;
        write_item(out, item, opts)?;
    }
    if let Some(e) = &m.equity {
        writeln!(out)?;
        writeln!(out, "## {}", opts.t("label-airtime-equity"))?;
        writeln!(out)?;
        for line in e.lines(opts) {
            writeln!(out, "- {}", esc(&line))?;
        }
    }
    if !m.corrections.is_empty() {
        writeln!(out)?;
        writeln!(out, "## {}", opts.t("heading-corrections"))?;
        writeln!(out)?;
        for c in &m.corrections {
            writeln!(
                out,
                "- {}",
                t!(
                    opts.lang,
                    "correction-made",
                    at = opts.date_time(c.at),
                    by = actor(&c.by, opts.lang),
                    line = esc(&c.line(opts.lang))
                )
            )?;
        }
    }
    Ok(())
}

fn write_item(out: &mut String, i: &MinutesItem, opts: &RenderOptions) -> std::fmt::Result {
    writeln!(out, "## {} {}", i.number, esc(&i.title))?;
    writeln!(out)?;
    writeln!(out, "_{}_ · {}", item_kind(i, opts), timing(i, opts))?;
    if let Some(rb) = &i.report_back {
        writeln!(out)?;
        let mut head = match &rb.wg_name {
            Some(w) => format!("**{}** {}", label(opts, "label-working-group"), esc(w)),
            None if !rb.on_behalf_of.is_empty() => {
                format!(
                    "**{}** {}",
                    label(opts, "label-on-behalf-of"),
                    esc(&rb.on_behalf_of)
                )
            }
            None => format!("**{}**", opts.t("label-report-back")),
        };
        if let Some(p) = &rb.presenter {
            let _ = write!(
                head,
                " · **{}** {}",
                label(opts, "label-presented-by"),
                esc(p)
            );
        }
        writeln!(out, "{head}")?;
        block(out, None, &rb.summary)?;
        block(out, Some(&label(opts, "label-asks")), &rb.asks)?;
        block(
            out,
            Some(&label(opts, "label-announcements")),
            &rb.announcements,
        )?;
    }
    if !i.announcements.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-announcements"))?;
        writeln!(out)?;
        for a in &i.announcements {
            let who = a.who(a.by.as_deref().map(esc), esc, opts.lang);
            let text: Vec<String> = a.text.lines().map(esc).collect();
            if who.is_empty() {
                writeln!(out, "- {}", text.join(" "))?;
            } else {
                writeln!(out, "- **{}** {}", with_colon(opts, &who), text.join(" "))?;
            }
        }
    }
    if let Some(p) = &i.proposal {
        write_proposal(out, p, opts)?;
    }
    if !i.action_items.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-action-items"))?;
        writeln!(out)?;
        for a in &i.action_items {
            match &a.who {
                Some(w) => writeln!(out, "- {} ({})", esc(&a.text), esc(w))?,
                None => writeln!(out, "- {}", esc(&a.text))?,
            }
        }
    }
    block(out, Some(&label(opts, "label-notes")), &i.notes)?;
    if !i.speakers.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-speakers"))?;
        writeln!(out)?;
        for (n, s) in i.speakers.iter().enumerate() {
            writeln!(out, "{}. {}", n + 1, speech(&esc(&s.name), s, opts))?;
        }
    }
    Ok(())
}

/// One line of the speakers' log, after its number: "Sam — to speak, 19:12, 40 s (over
/// the limit by 10 s)" — `name` already escaped by the format.
pub(super) fn speech(name: &str, s: &super::MinutesSpeech, opts: &RenderOptions) -> String {
    let mut line = t!(
        opts.lang,
        "speech",
        name = name,
        kind = speech_kind(s, opts),
        at = opts.time(s.started_at)
    );
    if let Some(secs) = s.seconds {
        line = t!(
            opts.lang,
            "speech-time",
            line = line,
            time = opts.duration(secs)
        );
    }
    if let Some(over) = s.overrun_seconds {
        line = t!(
            opts.lang,
            "speech-over",
            line = line,
            time = opts.duration(over)
        );
    }
    line
}

/// The kind of a speech in words ("point of process").
pub(super) fn speech_kind(s: &super::MinutesSpeech, opts: &RenderOptions) -> String {
    match opts.lang {
        Lang::En => s.kind.clone(),
        lang => t!(lang, &format!("entry-{}", s.entry)),
    }
}

/// An agenda item's kind in words ("report-back").
pub(super) fn item_kind(i: &MinutesItem, opts: &RenderOptions) -> String {
    opts.t(&format!("item-kind-{}", i.kind))
}

/// A role's heading: the usual roles in the minutes' language (singular or plural), an
/// assembly's own role as it was typed.
pub(super) fn role_label(r: &super::MinutesRole, opts: &RenderOptions) -> String {
    let usual = crate::meeting::MeetingRole::USUAL.contains(&r.role.as_str());
    if opts.lang == Lang::En || !usual {
        return r.label.clone();
    }
    t!(opts.lang, &format!("role-{}", r.role), n = r.holders.len())
}

/// Who acted, in words ("facilitator", "minute-taker").
pub(super) fn actor(by: &str, lang: Lang) -> String {
    match lang {
        Lang::En => by.to_string(),
        _ => t!(lang, &format!("actor-{by}")),
    }
}

/// A label followed by its colon as the language writes it ("Date:", "Date :").
pub(super) fn label(opts: &RenderOptions, id: &str) -> String {
    with_colon(opts, &opts.t(id))
}

/// `text` followed by the language's colon.
pub(super) fn with_colon(opts: &RenderOptions, text: &str) -> String {
    t!(opts.lang, "colon", text = text)
}

/// "draft" or "approved at RIV-GA-4".
pub(super) fn status_line(s: &MinutesStatus, opts: &RenderOptions) -> String {
    match s {
        MinutesStatus::Draft => opts.t("minutes-draft"),
        MinutesStatus::Approved { in_reference, .. } => {
            t!(opts.lang, "minutes-approved", reference = in_reference)
        }
    }
}

fn quote(out: &mut String, text: &str) -> std::fmt::Result {
    for line in text.lines() {
        writeln!(out, "> {}", esc(line))?;
    }
    Ok(())
}

/// " (Sam)" after what someone said; nothing when nobody was recorded.
fn by(name: &Option<String>, lang: Lang) -> String {
    name.as_deref()
        .map(|n| t!(lang, "said-by", name = esc(n)))
        .unwrap_or_default()
}

/// A question's answer: " — answer (Sam): …", " — not answered" (unescaped parts are the
/// caller's to escape: `esc` is applied to the record's text).
pub(super) fn answer(
    q: &super::MinutesQuestion,
    by: impl Fn(&Option<String>) -> String,
    esc: impl Fn(&str) -> String,
    lang: Lang,
) -> String {
    match &q.answer {
        Some(a) => t!(
            lang,
            "question-answered",
            by = by(&q.answered_by),
            answer = esc(a)
        ),
        None => t!(lang, "question-not-answered"),
    }
}

/// A concern's state: " — addressed: …", " — not addressed".
pub(super) fn concern_state(
    c: &super::MinutesConcern,
    esc: impl Fn(&str) -> String,
    lang: Lang,
) -> String {
    if !c.addressed {
        t!(lang, "concern-not-addressed")
    } else if c.response.is_empty() {
        t!(lang, "concern-addressed")
    } else {
        t!(lang, "concern-addressed-with", response = esc(&c.response))
    }
}

/// What became of a friendly amendment.
pub(super) fn amendment_result(a: &super::MinutesAmendment, lang: Lang) -> String {
    match (a.status.as_str(), a.version) {
        ("accepted", Some(v)) => t!(lang, "amendment-accepted-version", version = v),
        ("accepted", None) => t!(lang, "amendment-accepted"),
        ("rejected", _) => t!(lang, "amendment-rejected"),
        _ => t!(lang, "amendment-pending"),
    }
}

/// "up 30 · sideways 5 · down 2".
pub(super) fn temperature(t: &super::MinutesTemperature, lang: Lang) -> String {
    t!(
        lang,
        "temperature",
        up = t.up,
        sideways = t.sideways,
        down = t.down
    )
}

/// The rule a decision was made under, with the default when the GA chose another —
/// unescaped.
pub(super) fn decision_rule(d: &super::MinutesDecision, lang: Lang) -> String {
    let rule = super::rule_words(&d.rule, lang);
    match &d.default_rule {
        Some(def) => t!(
            lang,
            "decision-rule-chosen",
            rule = rule,
            default = super::rule_words(def, lang)
        ),
        None => rule,
    }
}

/// "quorum 50 · stand-aside limit 1/3", or nothing.
pub(super) fn decision_extra(d: &super::MinutesDecision, lang: Lang) -> Vec<String> {
    let mut extra = Vec::new();
    if let Some(q) = d.quorum {
        extra.push(t!(lang, "decision-quorum", n = q));
    }
    if let Some(l) = &d.stand_aside_limit {
        extra.push(t!(lang, "decision-stand-aside-limit", limit = l));
    }
    extra
}

fn write_proposal(out: &mut String, p: &MinutesProposal, opts: &RenderOptions) -> std::fmt::Result {
    let lang = opts.lang;
    writeln!(out)?;
    writeln!(
        out,
        "### {}",
        t!(
            lang,
            "proposal-heading",
            reference = &p.reference,
            title = esc(&p.title)
        )
    )?;
    let mut who = Vec::new();
    if let Some(n) = &p.proposer {
        who.push(t!(lang, "proposed-by", name = esc(n)));
    }
    if let Some(w) = &p.wg_name {
        who.push(format!("{} {}", label(opts, "label-working-group"), esc(w)));
    }
    if !who.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", who.join(" · "))?;
    }
    writeln!(out)?;
    writeln!(out, "**{}**", label(opts, "label-text-as-submitted"))?;
    writeln!(out)?;
    quote(out, &p.text_as_submitted)?;
    let by = |n: &Option<String>| by(n, lang);
    if !p.questions.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-clarifying-questions"))?;
        writeln!(out)?;
        for q in &p.questions {
            let answer = answer(q, by, esc, lang);
            writeln!(out, "- {}{}{answer}", esc(&q.question), by(&q.asked_by))?;
        }
    } else if p.no_questions {
        writeln!(out)?;
        writeln!(out, "{}", opts.t("no-questions"))?;
    }
    if !p.concerns.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-concerns"))?;
        writeln!(out)?;
        for c in &p.concerns {
            let state = concern_state(c, esc, lang);
            writeln!(out, "- {}{}{state}", esc(&c.concern), by(&c.raised_by))?;
        }
    } else if p.no_concerns {
        writeln!(out)?;
        writeln!(out, "{}", opts.t("no-concerns"))?;
    }
    if !p.amendments.is_empty() {
        writeln!(out)?;
        writeln!(out, "**{}**", label(opts, "label-friendly-amendments"))?;
        for (n, a) in p.amendments.iter().enumerate() {
            writeln!(out)?;
            writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "amendment-line",
                    n = n + 1,
                    name = esc(&a.offered_by),
                    result = amendment_result(a, lang)
                )
            )?;
            writeln!(out)?;
            quote(out, &a.text)?;
        }
    } else if p.no_concerns {
        writeln!(out)?;
        writeln!(out, "{}", opts.t("no-amendments"))?;
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
            "**{}** {}{note}",
            label(opts, "label-temperature-check"),
            temperature(t, lang)
        )?;
    }
    if let Some(d) = &p.decision {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "decision-line",
                decision = format!("**{}**", opts.t("label-decision")),
                rule = decision_rule(d, lang),
                counted = esc(&d.counted_in(lang))
            )
        )?;
        let extra = decision_extra(d, lang);
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
                    v.head(&esc(&v.wg), lang),
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
                    "- {} {}{}",
                    label(opts, "label-stand-aside"),
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
                    "- {} {}{}",
                    label(opts, "label-block"),
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
            "**{}** — {}",
            t!(lang, "outcome", outcome = outcome_word(&d.outcome, lang)),
            t!(
                lang,
                "outcome-entered-by",
                explanation = esc(&d.explanation_in(lang)),
                by = actor(&d.entered_by, lang)
            )
        )?;
        if d.disputed {
            writeln!(out)?;
            writeln!(
                out,
                "**{}** {}",
                label(opts, "label-disputed"),
                esc(&d.dispute_note)
            )?;
        }
    } else if let Some(o) = &p.outcome {
        writeln!(out)?;
        writeln!(
            out,
            "**{}**{}",
            t!(lang, "outcome", outcome = outcome_word(o, lang)),
            esc(&super::manual_outcome_words(p, lang))
        )?;
    }
    if let (Some(text), Some(v)) = (&p.text_as_decided, p.decided_version) {
        writeln!(out)?;
        writeln!(
            out,
            "**{}**",
            with_colon(opts, &t!(lang, "text-as-decided", version = v))
        )?;
        writeln!(out)?;
        quote(out, text)?;
    }
    Ok(())
}

/// "allotted 10 min · actual 12 min (19:00–19:12) · done".
pub(super) fn timing(i: &MinutesItem, opts: &RenderOptions) -> String {
    let lang = opts.lang;
    let mut parts = Vec::new();
    if let Some(a) = i.allotted_minutes {
        parts.push(t!(lang, "item-allotted", min = a));
    }
    match (i.actual_minutes, i.started_at, i.ended_at) {
        (Some(m), Some(s), Some(e)) => parts.push(t!(
            lang,
            "item-actual",
            min = m,
            start = opts.time(s),
            end = opts.time(e)
        )),
        (_, Some(s), None) => parts.push(t!(lang, "item-started", at = opts.time(s))),
        _ => {}
    }
    parts.push(item_status(i.status, lang));
    parts.join(" · ")
}

/// An item's status in words: "not taken up", "under way", "done", "tabled".
pub(super) fn item_status(s: ItemStatus, lang: Lang) -> String {
    t!(lang, &format!("item-status-{s}"))
}

/// A paragraph of free text, with an optional bold label (with its colon); nothing when
/// the text is empty.
fn block(out: &mut String, label: Option<&str>, text: &str) -> std::fmt::Result {
    if text.trim().is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    if let Some(l) = label {
        writeln!(out, "**{l}**")?;
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
