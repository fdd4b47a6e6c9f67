//! Minutes that write themselves: gathered from the record of a meeting into one
//! structure ([`Minutes`]), optionally redacted, then rendered as Markdown, HTML or CSV.
//!
//! Gathering and rendering are separate so that every format says the same thing, and
//! the desktop app can show a live preview from the same structure.

pub mod approval;
mod collect;
pub mod csv;
pub mod html;
pub mod markdown;
pub(crate) mod redact;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::agenda::{ItemKind, ItemStatus};
use crate::i18n::Lang;
use crate::meeting::MeetingStatus;
use crate::stack::EntryKind;
use crate::{t, text_enum, Db, Result};

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
    /// As recorded: "55", "50–60", "about 50".
    pub attendance: Option<String>,
    pub opened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// People in each role, in the usual order of roles.
    pub roles: Vec<MinutesRole>,
    pub items: Vec<MinutesItem>,
    /// True when people's names were replaced by "Participant N".
    pub redacted: bool,
    /// True when the speakers' log of each item is included.
    pub with_speakers: bool,
    /// Draft, or approved at a later GA.
    pub status: approval::MinutesStatus,
    /// Everyone in the meeting's record (roles, stacks, speeches, report-backs,
    /// announcements, proposals heard, action items), whether or not a field of these
    /// minutes names them: redaction finds them in free text too.
    #[serde(skip)]
    #[ts(skip)]
    pub people: Vec<String>,
    /// Changes made after the meeting closed, oldest first ("corrected after the meeting").
    pub corrections: Vec<MinutesCorrection>,
    /// The changes of the floor policy during the meeting, with their reasons, oldest
    /// first (ga-process.md, "Fair floor"). Who chose which sub-list is never here.
    pub policy_changes: Vec<crate::stack::PolicyChange>,
    /// A spokes council: each WG's spokes and the consult breaks (`None` at a general
    /// assembly).
    pub council: Option<MinutesCouncil>,
    /// Airtime equity of the whole meeting, when asked for (`MinutesOptions::equity`).
    pub equity: Option<MinutesEquity>,
}

/// Airtime equity in the minutes (ga-process.md, "Fair floor"): the figures of
/// `stack::equity` for the whole meeting. With names redacted, aggregates only: `people`
/// is empty.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesEquity {
    pub gini: Option<f64>,
    /// How many people the Gini counts, and how the attendance was read.
    pub counted: i64,
    pub present_note: String,
    pub speakers: i64,
    pub speeches: i64,
    pub spoken_ms: i64,
    pub first_time_speakers: i64,
    /// Each sub-list's share of the time against its share of the people.
    pub lists: Vec<crate::stack::equity::ListAirtime>,
    /// Each speaker's share, most time first (empty when names are redacted).
    pub people: Vec<MinutesAirtime>,
}

/// One speaker's share of the speaking time.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesAirtime {
    pub name: String,
    pub speeches: i64,
    pub spoken_ms: i64,
    pub share: f64,
}

impl MinutesEquity {
    /// The section's lines, unescaped, in order (each format escapes and lays them out).
    pub fn lines(&self, opts: &RenderOptions) -> Vec<String> {
        let lang = opts.lang;
        let percent = |x: f64| t!(lang, "percent", n = (x * 100.0).round() as i64);
        let mut lines = vec![match self.gini {
            Some(g) => t!(
                lang,
                "equity-gini",
                gini = format!("{g:.2}"),
                n = self.counted,
                note = &self.present_note
            ),
            None => t!(lang, "equity-nobody-spoke"),
        }];
        if self.speeches > 0 {
            lines.push(t!(
                lang,
                "equity-speeches",
                speakers = self.speakers,
                speeches = self.speeches,
                time = opts.duration(self.spoken_ms / 1000),
                first = self.first_time_speakers
            ));
        }
        for l in &self.lists {
            let name = if l.list.is_empty() {
                t!(lang, "equity-no-list")
            } else {
                t!(lang, "equity-list", list = &l.list)
            };
            lines.push(t!(
                lang,
                "equity-list-share",
                list = name,
                time = percent(l.time_share),
                people = percent(l.people_share),
                n = l.people
            ));
        }
        for p in &self.people {
            lines.push(t!(
                lang,
                "equity-person",
                name = &p.name,
                share = percent(p.share),
                speeches = p.speeches,
                time = opts.duration(p.spoken_ms / 1000)
            ));
        }
        lines
    }
}

/// What the minutes of a spokes council add (ga-process.md, "Spokes council").
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesCouncil {
    /// Every WG's spokes, by WG and in turn.
    pub spokes: Vec<MinutesSpoke>,
    pub consult_breaks: Vec<MinutesConsultBreak>,
}

/// A WG's spoke: from when (if they took over from another) until when (if another took
/// over).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesSpoke {
    pub wg: String,
    pub name: String,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

impl MinutesSpoke {
    /// "Ana (until 19:40)", "Bo (from 19:40)" — `name` already escaped by the format.
    pub fn text(&self, name: &str, opts: &RenderOptions) -> String {
        opts.turn(
            name,
            self.from.map(|f| opts.time(f)),
            self.until.map(|u| opts.time(u)),
        )
    }
}

/// A consult break with its times.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesConsultBreak {
    pub wg: String,
    pub called_by: String,
    pub minutes: u32,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    /// The item under way then (`RIV-GA-9.3`).
    pub item_reference: Option<String>,
}

impl MinutesConsultBreak {
    /// "19:40–19:46, called by Kitchen's spoke Ana (5 minutes asked), during RIV-GA-9.3" —
    /// `called_by` and `wg` already escaped by the format.
    pub fn line(&self, wg: &str, called_by: &str, opts: &RenderOptions) -> String {
        let end = self.ended_at.map(|e| opts.time(e)).unwrap_or_default();
        let line = t!(
            opts.lang,
            "consult-break",
            start = opts.time(self.started_at),
            end = end,
            wg = wg,
            name = called_by,
            minutes = self.minutes
        );
        match &self.item_reference {
            Some(r) => t!(opts.lang, "consult-break-during", line = line, item = r),
            None => line,
        }
    }
}

/// A WG's voice in a spokes council's decision.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesWgVoice {
    pub wg: String,
    /// for, against, stand-aside, block.
    pub voice: String,
    pub reason: Option<String>,
}

impl MinutesWgVoice {
    /// "Kitchen: stand-aside", without the reason (each format escapes and adds it).
    pub fn head(&self, wg: &str, lang: Lang) -> String {
        t!(
            lang,
            "wg-voice",
            wg = wg,
            voice = t!(lang, &format!("voice-{}", self.voice))
        )
    }
}

/// One correction made to the record after the meeting closed.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesCorrection {
    pub what: String,
    /// "" when there was nothing.
    pub before: String,
    pub after: String,
    /// `before` and `after` are people's names.
    pub names_person: bool,
    /// The role that made it.
    pub by: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesRole {
    /// "Facilitators", "Stack-keeper", "Livestream", …
    pub label: String,
    /// The role as recorded (`facilitator`, `livestream`): the usual roles have words in
    /// every language, an assembly's own keep the word it typed.
    #[serde(skip)]
    #[ts(skip)]
    pub role: String,
    pub holders: Vec<MinutesRoleHolder>,
}

/// Someone in a role, with the times of a hand-over ("until 20:10", "from 20:10").
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesRoleHolder {
    pub name: String,
    pub from: Option<String>,
    pub until: Option<String>,
}

impl MinutesRoleHolder {
    /// "Dana (until 20:10)", "Evan (from 20:10)", "Kim (19:30–20:00)".
    pub fn text(&self, name: &str, opts: &RenderOptions) -> String {
        opts.turn(name, self.from.clone(), self.until.clone())
    }
}

/// An announcement: who, on whose behalf, what.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesAnnouncement {
    pub by: Option<String>,
    pub on_behalf_of: String,
    pub text: String,
}

impl MinutesAnnouncement {
    /// "Nan, for Occupy Newark", "Nan", "for Occupy Newark", "" — `name` already escaped
    /// by the caller's format, `esc` escapes the rest.
    pub fn who(&self, name: Option<String>, esc: impl Fn(&str) -> String, lang: Lang) -> String {
        match (name, self.on_behalf_of.is_empty()) {
            (Some(n), true) => n,
            (Some(n), false) => t!(
                lang,
                "announcement-by-for",
                name = n,
                whom = esc(&self.on_behalf_of)
            ),
            (None, false) => t!(lang, "on-behalf-of", whom = esc(&self.on_behalf_of)),
            (None, true) => String::new(),
        }
    }
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
    /// Announcements made at this item, in order.
    pub announcements: Vec<MinutesAnnouncement>,
    /// The proposal heard at this item, with its process.
    pub proposal: Option<MinutesProposal>,
    pub action_items: Vec<MinutesAction>,
    /// Who spoke, in order (only when the speakers' log is asked for).
    pub speakers: Vec<MinutesSpeech>,
    /// The minute-taker's notes.
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesAction {
    pub text: String,
    pub who: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesSpeech {
    pub name: String,
    /// "point of process", "speaking", … (the stack entry's kind, in words).
    pub kind: String,
    /// The same as a code, for the words of other languages.
    #[serde(skip)]
    #[ts(skip)]
    pub entry: EntryKind,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    /// Speaking time without pauses, in whole seconds.
    pub seconds: Option<i64>,
    /// Seconds beyond the item's per-speaker limit.
    pub overrun_seconds: Option<i64>,
}

/// A proposal as heard at one agenda item: what a reader needs to know exactly what was
/// decided and why.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesProposal {
    /// `RIV-P-2026-004`.
    pub reference: String,
    pub title: String,
    pub proposer: Option<String>,
    pub wg_name: Option<String>,
    /// Version 1 of the text.
    pub text_as_submitted: String,
    pub questions: Vec<MinutesQuestion>,
    pub concerns: Vec<MinutesConcern>,
    pub amendments: Vec<MinutesAmendment>,
    pub temperature_checks: Vec<MinutesTemperature>,
    /// The text the decision was about (absent if not decided at this item).
    pub text_as_decided: Option<String>,
    /// The version number of that text.
    pub decided_version: Option<i64>,
    pub decision: Option<MinutesDecision>,
    /// How the hearing ended: consensus, passed, blocked, failed, tabled, withdrawn,
    /// sent-back; absent while it goes on.
    pub outcome: Option<String>,
    /// For an outcome set by hand: who ("the proposers") — absent otherwise, or when not
    /// recorded.
    pub outcome_by: Option<String>,
    /// For an outcome set by hand: why. For a reader of the minutes, the reason is the
    /// decision.
    pub outcome_reason: Option<String>,
    /// The facilitator passed over the clarifying questions saying that none was asked
    /// ([`NO_QUESTIONS`]); false when a question is recorded here.
    pub no_questions: bool,
    /// The same for the concerns and friendly amendments ([`NO_CONCERNS`],
    /// [`NO_AMENDMENTS`]).
    pub no_concerns: bool,
}

/// What the minutes say where the facilitator passed over a step with nothing raised
/// (`proposal step --none`), as a paper minute would.
pub const NO_QUESTIONS: &str = "No clarifying questions were asked.";
pub const NO_CONCERNS: &str = "No concerns were raised.";
pub const NO_AMENDMENTS: &str = "No friendly amendments were offered.";

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesQuestion {
    pub question: String,
    pub asked_by: Option<String>,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesConcern {
    pub concern: String,
    pub raised_by: Option<String>,
    pub addressed: bool,
    pub response: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesAmendment {
    /// The proposal's text as the amendment would have it.
    pub text: String,
    pub offered_by: String,
    /// accepted, rejected or pending (by the proposer).
    pub status: String,
    /// The version an accepted amendment made.
    pub version: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesTemperature {
    pub up: u32,
    pub sideways: u32,
    pub down: u32,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesDecision {
    pub rule: String,
    /// Set when the GA decided under another rule than its default.
    pub default_rule: Option<String>,
    pub support: u32,
    pub against: u32,
    pub stand_asides: u32,
    /// All blocks, named or only counted.
    pub blocks: u32,
    /// What the room counted, as printed: "consensus (no count taken)", "9 blocks (names
    /// and reasons not recorded); vote: 45 for, 7 against — 86.5%, below 90%".
    pub counted: String,
    pub quorum: Option<u32>,
    pub stand_aside_limit: Option<String>,
    pub outcome: String,
    /// The outcome and the numbers behind it, in one sentence.
    pub explanation: String,
    pub named_stand_asides: Vec<MinutesStance>,
    pub named_blocks: Vec<MinutesStance>,
    /// In a spokes council: each WG's voice (the counts are these voices).
    pub wg_voices: Vec<MinutesWgVoice>,
    /// The role that entered the decision.
    pub entered_by: String,
    pub disputed: bool,
    pub dispute_note: String,
}

impl MinutesDecision {
    /// What was counted, in `lang`: said from the counts by the one function that says
    /// it for the app too ([`crate::decision::Sentences::counted`]).
    pub fn counted_in(&self, lang: Lang) -> String {
        self.sentences()
            .map_or_else(|| self.counted.clone(), |s| s.counted(lang))
    }

    /// The outcome and the numbers behind it, in `lang` (as [`Self::counted_in`]).
    pub fn explanation_in(&self, lang: Lang) -> String {
        self.sentences()
            .map_or_else(|| self.explanation.clone(), |s| s.explanation(lang))
    }

    /// What the sentences are said from; `None` for an outcome this Plenary does not
    /// know (then the recorded words are printed).
    fn sentences(&self) -> Option<crate::decision::Sentences> {
        Some(crate::decision::Sentences::read(
            crate::decision::Counts {
                support: self.support,
                against: self.against,
                stand_asides: self.stand_asides,
                blocks: self.blocks,
            },
            &self.rule,
            self.quorum,
            self.stand_aside_limit.as_deref(),
            self.outcome.parse().ok()?,
            self.named_blocks.len() as u32,
            self.wg_voices
                .iter()
                .filter_map(|v| v.voice.parse().ok())
                .collect(),
        ))
    }
}

/// The attendance as recorded ("55", "50–60", "about 50"), in English as it is; in another
/// language read back and said in its words ("unas 50").
fn attendance_words(label: &str, lang: Lang) -> String {
    match crate::attendance::Attendance::parse(label) {
        Ok(Some(a)) if lang != Lang::En => a.label_in(lang),
        _ => label.to_string(),
    }
}

/// A decision rule in words: in English as written (`modified:90`), in another language
/// said in words ("consenso modificado (90 %)").
pub(crate) fn rule_words(rule: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return rule.to_string();
    }
    crate::rule::rule_said(rule).said_in(lang)
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesStance {
    pub name: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MinutesReportBack {
    /// The WG reporting back; none when given on someone's behalf.
    pub wg_name: Option<String>,
    pub on_behalf_of: String,
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
    /// The language of the minutes' own words (records stay as they were typed).
    pub lang: Lang,
}

impl RenderOptions {
    /// Times in the computer's own time zone, in English.
    pub fn local() -> Self {
        RenderOptions {
            offset: *chrono::Local::now().offset(),
            lang: Lang::En,
        }
    }

    /// The same in another language.
    pub fn in_lang(self, lang: Lang) -> Self {
        RenderOptions { lang, ..self }
    }

    /// "2 min 05 s", "45 s".
    pub fn duration(&self, secs: i64) -> String {
        if secs >= 60 {
            t!(
                self.lang,
                "duration-min-s",
                min = secs / 60,
                s = format!("{:02}", secs % 60)
            )
        } else {
            t!(self.lang, "duration-s", s = secs)
        }
    }

    /// Someone's turn in a role: "Dana (until 20:10)", "Evan (from 20:10)", "Kim
    /// (19:30–20:00)" — `name` already escaped by the format.
    pub fn turn(&self, name: &str, from: Option<String>, until: Option<String>) -> String {
        match (from, until) {
            (Some(f), Some(u)) => t!(
                self.lang,
                "turn-from-until",
                name = name,
                from = f,
                until = u
            ),
            (Some(f), None) => t!(self.lang, "turn-from", name = name, from = f),
            (None, Some(u)) => t!(self.lang, "turn-until", name = name, until = u),
            (None, None) => name.to_string(),
        }
    }

    /// A message of the minutes in their language.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::tr(self.lang, id, None)
    }

    pub fn time(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.offset).format("%H:%M").to_string()
    }

    /// Date and time, "YYYY-MM-DD HH:MM" (when a correction was made).
    pub fn date_time(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.offset)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }
}

/// What to put in the minutes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MinutesOptions {
    /// People become "Participant 1", "Participant 2", … consistently within the document.
    pub redact_names: bool,
    /// Include who spoke on each item, when and for how long.
    pub speakers: bool,
    /// Include the meeting's airtime equity (aggregates only when names are redacted).
    pub equity: bool,
}

/// One file of rendered minutes: its name suffix (`""` for the main file, `-speakers` …)
/// and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct MinutesFile {
    pub suffix: &'static str,
    pub text: String,
}

impl Minutes {
    /// The header's facts as (label, unescaped value), in order: date, place, attendance,
    /// opening and closing times. Each format escapes and lays them out its own way.
    pub fn header_facts(&self, opts: &RenderOptions) -> Vec<(String, String)> {
        let mut facts = vec![(opts.t("fact-date"), self.date.to_string())];
        if !self.place.is_empty() {
            facts.push((opts.t("fact-place"), self.place.clone()));
        }
        if self.council.is_some() {
            facts.push((opts.t("fact-format"), opts.t("format-spokes-council")));
        }
        if let Some(a) = &self.attendance {
            facts.push((opts.t("fact-attendance"), attendance_words(a, opts.lang)));
        }
        if let Some(t) = self.opened_at {
            facts.push((opts.t("fact-opened"), opts.time(t)));
        }
        if let Some(t) = self.closed_at {
            facts.push((opts.t("fact-closed"), opts.time(t)));
        }
        facts
    }

    /// The same minutes with the words the core put into them — what the room counted
    /// and why the outcome, a speech's kind, a usual role's heading, the attendance —
    /// said in `lang` by the functions the renderers use, for the app's preview
    /// (`get_minutes`); records stay as they were typed. English is as collected.
    pub fn said_in(mut self, lang: Lang) -> Self {
        if lang == Lang::En {
            return self;
        }
        if let Some(a) = &self.attendance {
            self.attendance = Some(attendance_words(a, lang));
        }
        for r in &mut self.roles {
            if crate::meeting::MeetingRole::USUAL.contains(&r.role.as_str()) {
                r.label = t!(lang, &format!("role-{}", r.role), n = r.holders.len());
            }
        }
        for i in &mut self.items {
            for s in &mut i.speakers {
                s.kind = t!(lang, &format!("entry-{}", s.entry));
            }
            if let Some(d) = i.proposal.as_mut().and_then(|p| p.decision.as_mut()) {
                d.counted = d.counted_in(lang);
                d.explanation = d.explanation_in(lang);
            }
        }
        self
    }

    /// The title: "Riverside General Assembly — GA 3 (RIV-GA-3)", unescaped.
    pub fn title(&self, opts: &RenderOptions) -> String {
        t!(
            opts.lang,
            "minutes-title",
            assembly = &self.assembly_name,
            number = self.number,
            reference = &self.reference
        )
    }
}

impl crate::stack::PolicyChange {
    /// "progressive → first come, first served; alternating lists: women | open (during
    /// LDN-GA-3.2)" — the reason is printed apart. In English as recorded (the policy
    /// before as written, the new one in words); in another language both said again in
    /// words from the policies as written.
    pub fn line(&self, lang: Lang) -> String {
        let words =
            |written: &str, recorded: &str| match written.parse::<crate::stack::FloorPolicy>() {
                Ok(p) if lang != Lang::En => p.label_in(lang),
                _ => recorded.to_string(),
            };
        let line = t!(
            lang,
            "policy-change",
            before = words(&self.before, &self.before),
            after = words(&self.policy, &self.label)
        );
        match &self.item_reference {
            Some(r) => t!(lang, "policy-change-during", line = line, item = r),
            None => line,
        }
    }
}

impl MinutesCorrection {
    /// "attendance: 40 → 45", "facilitator added: (none) → Evan". What was corrected is
    /// as recorded.
    pub fn line(&self, lang: Lang) -> String {
        let show = |v: &str| {
            if v.is_empty() {
                t!(lang, "correction-none")
            } else {
                v.to_string()
            }
        };
        t!(
            lang,
            "correction",
            what = &self.what,
            before = show(&self.before),
            after = show(&self.after)
        )
    }
}

impl MinutesFile {
    /// Where this file goes when the main file is `main`: `minutes.csv` →
    /// `minutes-speakers.csv`.
    pub fn path_beside(&self, main: &std::path::Path) -> std::path::PathBuf {
        if self.suffix.is_empty() {
            return main.to_path_buf();
        }
        let stem = main
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = match main.extension() {
            Some(ext) => format!("{stem}{}.{}", self.suffix, ext.to_string_lossy()),
            None => format!("{stem}{}", self.suffix),
        };
        main.with_file_name(name)
    }
}

impl Db {
    /// Gathers the minutes of a meeting from its record.
    pub fn minutes(&self, meeting: Uuid, what: MinutesOptions) -> Result<Minutes> {
        self.minutes_in(meeting, what, Lang::En)
    }

    /// [`Db::minutes`] for rendering in `lang` (the words that replace redacted names).
    pub fn minutes_in(&self, meeting: Uuid, what: MinutesOptions, lang: Lang) -> Result<Minutes> {
        let mut m = collect::collect(self, meeting, what.speakers, lang)?;
        // The floor policy's history in the minutes' language: each policy said again
        // from the policy as written (the words recorded with it are English).
        if lang != Lang::En {
            for c in &mut m.policy_changes {
                if let Ok(p) = c.policy.parse::<crate::stack::FloorPolicy>() {
                    c.label = p.label_in(lang);
                }
                if let Ok(p) = c.before.parse::<crate::stack::FloorPolicy>() {
                    c.before_label = p.label_in(lang);
                }
            }
        }
        if what.equity {
            let a = self.airtime(meeting, None)?;
            // How the attendance was read, in the minutes' language.
            let present_note = match lang {
                Lang::En => a.present_note,
                _ => {
                    let attendance = m
                        .attendance
                        .as_deref()
                        .and_then(|l| crate::attendance::Attendance::parse(l).ok().flatten());
                    crate::stack::equity::counted_present(attendance.as_ref(), a.speakers, lang).1
                }
            };
            m.equity = Some(MinutesEquity {
                gini: a.gini,
                counted: a.counted,
                present_note,
                speakers: a.speakers,
                speeches: a.speeches,
                spoken_ms: a.spoken_ms,
                first_time_speakers: a.first_time_speakers,
                lists: a.lists,
                people: a
                    .people
                    .into_iter()
                    .map(|p| MinutesAirtime {
                        name: p.name,
                        speeches: p.speeches,
                        spoken_ms: p.spoken_ms,
                        share: p.share,
                    })
                    .collect(),
            });
        }
        if what.redact_names {
            redact::redact(&mut m, lang);
        }
        Ok(m)
    }

    /// The minutes in one format, as files: one for Markdown and HTML; for CSV one for
    /// the decisions (the main file), one for the speakers' log (`-speakers`) and one for
    /// the agenda (`-agenda`).
    pub fn render_minutes(
        &self,
        meeting: Uuid,
        format: MinutesFormat,
        what: MinutesOptions,
        opts: &RenderOptions,
    ) -> Result<Vec<MinutesFile>> {
        // CSV always carries the speakers' log: it is one of its tables.
        let what = MinutesOptions {
            speakers: what.speakers || format == MinutesFormat::Csv,
            ..what
        };
        let m = self.minutes_in(meeting, what, opts.lang)?;
        Ok(match format {
            MinutesFormat::Markdown => vec![MinutesFile {
                suffix: "",
                text: markdown::render(&m, opts),
            }],
            MinutesFormat::Html => vec![MinutesFile {
                suffix: "",
                text: html::render(&m, opts),
            }],
            // The corrections' file exists only when there are corrections.
            MinutesFormat::Csv => csv::CsvTable::ALL
                .iter()
                .filter(|t| **t != csv::CsvTable::Corrections || !m.corrections.is_empty())
                .map(|t| MinutesFile {
                    suffix: t.suffix(),
                    text: csv::render(&m, *t, opts),
                })
                .collect(),
        })
    }
}

/// Who and why of an outcome set by hand, as the minutes print it after the outcome word:
/// " — by the proposers: to come back with a teach-in"; empty when neither was recorded.
pub(crate) fn manual_outcome_words(p: &MinutesProposal, lang: Lang) -> String {
    match (p.outcome_by.as_deref(), p.outcome_reason.as_deref()) {
        (Some(by), Some(why)) => t!(lang, "outcome-by-why", by = by, why = why),
        (Some(by), None) => t!(lang, "outcome-by", by = by),
        (None, Some(why)) => format!(" — {why}"),
        (None, None) => String::new(),
    }
}

/// An outcome in words, as the minutes print it: "CONSENSUS", "SENT-BACK".
pub(crate) fn outcome_word(outcome: &str, lang: Lang) -> String {
    t!(lang, &format!("outcome-{outcome}")).to_uppercase()
}
