//! Minutes as CSV, for spreadsheets. Each table is one file; the columns are documented
//! on [`CsvTable`]. Cells that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.

use super::markdown::{actor, item_kind, item_status, speech_kind};
use super::{Minutes, RenderOptions};
use crate::i18n::Lang;
use crate::t;

/// The CSV tables of a meeting's minutes, one file each. Times are in the rendering time
/// zone, `YYYY-MM-DD HH:MM`; empty cells mean "not recorded".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvTable {
    /// One row per proposal heard: `meeting, item, proposal, title, proposer,
    /// working_group, outcome, outcome_by, outcome_reason, rule, default_rule, support, against, stand_asides, blocks,
    /// counted, quorum, stand_aside_limit, named_stand_asides, named_blocks, decided_version,
    /// text_as_decided, entered_by, disputed, dispute_note, wg_voices` — named stances as
    /// `Name: reason; Name: reason`.
    Decisions,
    /// One row per speech: `meeting, item, order, name, kind, started_at, ended_at,
    /// seconds, overrun_seconds`.
    Speakers,
    /// One row per agenda item: `item, kind, title, status, allotted_minutes, started_at,
    /// ended_at, actual_minutes, working_group, presenter, summary, asks, announcements,
    /// notes` — `working_group` is "for X" for a report-back given on someone's behalf;
    /// `announcements` holds the report-back's and then each announcement made at the
    /// item as `Name, for X: text`, separated by `; `.
    Agenda,
    /// One row per correction made after the meeting closed: `meeting, corrected_at, by,
    /// what, before, after` (a file only when there are corrections).
    Corrections,
}

impl CsvTable {
    pub const ALL: &'static [CsvTable] = &[
        CsvTable::Decisions,
        CsvTable::Speakers,
        CsvTable::Agenda,
        CsvTable::Corrections,
    ];

    /// The file-name suffix: the decisions are the main file.
    pub fn suffix(self) -> &'static str {
        match self {
            CsvTable::Decisions => "",
            CsvTable::Speakers => "-speakers",
            CsvTable::Agenda => "-agenda",
            CsvTable::Corrections => "-corrections",
        }
    }
}

pub fn render(m: &Minutes, table: CsvTable, opts: &RenderOptions) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let when = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map(|t| {
            t.with_timezone(&opts.offset)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_default()
    };
    let num = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    let lang = opts.lang;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let columns: &[&str] = match table {
        CsvTable::Decisions => &[
            "meeting",
            "item",
            "proposal",
            "title",
            "proposer",
            "working_group",
            "outcome",
            "outcome_by",
            "outcome_reason",
            "rule",
            "default_rule",
            "support",
            "against",
            "stand_asides",
            "blocks",
            "counted",
            "quorum",
            "stand_aside_limit",
            "named_stand_asides",
            "named_blocks",
            "decided_version",
            "text_as_decided",
            "entered_by",
            "disputed",
            "dispute_note",
            "wg_voices",
        ],
        CsvTable::Speakers => &[
            "meeting",
            "item",
            "order",
            "name",
            "kind",
            "started_at",
            "ended_at",
            "seconds",
            "overrun_seconds",
        ],
        CsvTable::Agenda => &[
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
        ],
        CsvTable::Corrections => &["meeting", "corrected_at", "by", "what", "before", "after"],
    };
    // The columns' names are words for a person opening the file in a spreadsheet; in
    // English they stay the identifiers documented above.
    let header: Vec<String> = columns
        .iter()
        .map(|c| match lang {
            Lang::En => c.to_string(),
            _ => t!(lang, &format!("csv-{}", c.replace('_', "-"))),
        })
        .collect();
    // Closed words (outcomes, kinds, statuses, roles): codes in English, as the columns
    // were documented; words in another language.
    let word = |prefix: &str, code: &str| match lang {
        Lang::En => code.to_string(),
        _ if code.is_empty() => String::new(),
        _ => t!(lang, &format!("{prefix}-{code}")),
    };
    if table == CsvTable::Corrections {
        for c in &m.corrections {
            rows.push(vec![
                m.reference.clone(),
                when(Some(c.at)),
                actor(&c.by, lang),
                c.what.clone(),
                c.before.clone(),
                c.after.clone(),
            ]);
        }
    }
    for i in &m.items {
        match table {
            CsvTable::Decisions => {
                let Some(p) = &i.proposal else { continue };
                let d = p.decision.as_ref();
                let stances = |list: &[super::MinutesStance]| {
                    list.iter()
                        .map(|s| match &s.reason {
                            Some(r) => format!("{}: {r}", s.name),
                            None => s.name.clone(),
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                rows.push(vec![
                    m.reference.clone(),
                    i.reference.clone(),
                    p.reference.clone(),
                    p.title.clone(),
                    p.proposer.clone().unwrap_or_default(),
                    p.wg_name.clone().unwrap_or_default(),
                    word("outcome", p.outcome.as_deref().unwrap_or_default()),
                    p.outcome_by.clone().unwrap_or_default(),
                    p.outcome_reason.clone().unwrap_or_default(),
                    d.map(|d| super::rule_words(&d.rule, lang))
                        .unwrap_or_default(),
                    d.and_then(|d| d.default_rule.as_deref())
                        .map(|r| super::rule_words(r, lang))
                        .unwrap_or_default(),
                    d.map(|d| d.support.to_string()).unwrap_or_default(),
                    d.map(|d| d.against.to_string()).unwrap_or_default(),
                    d.map(|d| d.stand_asides.to_string()).unwrap_or_default(),
                    d.map(|d| d.blocks.to_string()).unwrap_or_default(),
                    d.map(|d| d.counted_in(lang)).unwrap_or_default(),
                    d.and_then(|d| d.quorum)
                        .map(|q| q.to_string())
                        .unwrap_or_default(),
                    d.and_then(|d| d.stand_aside_limit.clone())
                        .unwrap_or_default(),
                    d.map(|d| stances(&d.named_stand_asides))
                        .unwrap_or_default(),
                    d.map(|d| stances(&d.named_blocks)).unwrap_or_default(),
                    num(p.decided_version),
                    p.text_as_decided.clone().unwrap_or_default(),
                    d.map(|d| actor(&d.entered_by, lang)).unwrap_or_default(),
                    d.map(|d| t!(lang, if d.disputed { "csv-yes" } else { "csv-no" }))
                        .unwrap_or_default(),
                    d.map(|d| d.dispute_note.clone()).unwrap_or_default(),
                    // A spokes council's voices: "Kitchen: for; Press: block: unsafe".
                    d.map(|d| {
                        d.wg_voices
                            .iter()
                            .map(|v| match &v.reason {
                                Some(r) => format!("{}: {r}", v.head(&v.wg, lang)),
                                None => v.head(&v.wg, lang),
                            })
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
                ]);
            }
            CsvTable::Speakers => {
                for (n, s) in i.speakers.iter().enumerate() {
                    rows.push(vec![
                        m.reference.clone(),
                        i.reference.clone(),
                        (n + 1).to_string(),
                        s.name.clone(),
                        speech_kind(s, opts),
                        when(Some(s.started_at)),
                        when(s.ended_at),
                        num(s.seconds),
                        num(s.overrun_seconds),
                    ]);
                }
            }
            CsvTable::Agenda => {
                let rb = i.report_back.as_ref();
                let working_group = match rb {
                    Some(r) if r.wg_name.is_none() && !r.on_behalf_of.is_empty() => {
                        t!(lang, "on-behalf-of", whom = &r.on_behalf_of)
                    }
                    _ => i.wg_name.clone().unwrap_or_default(),
                };
                let announcements: Vec<String> = rb
                    .map(|r| r.announcements.clone())
                    .into_iter()
                    .filter(|a| !a.is_empty())
                    .chain(i.announcements.iter().map(|a| {
                        let who = a.who(a.by.clone(), str::to_string, lang);
                        if who.is_empty() {
                            a.text.clone()
                        } else {
                            format!("{who}: {}", a.text)
                        }
                    }))
                    .collect();
                rows.push(vec![
                    i.reference.clone(),
                    match lang {
                        Lang::En => i.kind.to_string(),
                        _ => item_kind(i, opts),
                    },
                    i.title.clone(),
                    match lang {
                        Lang::En => i.status.to_string(),
                        _ => item_status(i.status, lang),
                    },
                    num(i.allotted_minutes),
                    when(i.started_at),
                    when(i.ended_at),
                    num(i.actual_minutes),
                    working_group,
                    rb.and_then(|r| r.presenter.clone()).unwrap_or_default(),
                    rb.map(|r| r.summary.clone()).unwrap_or_default(),
                    rb.map(|r| r.asks.clone()).unwrap_or_default(),
                    announcements.join("; "),
                    i.notes.clone(),
                ]);
            }
            CsvTable::Corrections => {}
        }
    }
    let _ = w.write_record(&header);
    for row in &rows {
        let _ = w.write_record(row.iter().map(|c| cell(c)));
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
