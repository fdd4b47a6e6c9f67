//! What the big screen shows: the item under way, who has the floor with the timer, the
//! next speakers (first names only unless asked otherwise), and for a proposal its current
//! text and the step of the process. Read-only: the projector window may call nothing
//! that changes the record.

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::agenda::{ItemKind, ItemStatus};
use crate::i18n::Lang;
use crate::proposal::ProcessStep;
use crate::stack::EntryKind;
use crate::{Db, Result};

/// How many waiting speakers the projector lists.
pub const NEXT_SPEAKERS: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorView {
    pub assembly_name: String,
    /// `RIV-GA-4`.
    pub meeting_reference: String,
    pub meeting_open: bool,
    /// When this view was made (the timer base).
    pub as_of: DateTime<Utc>,
    /// The item under way, or else the next pending one.
    pub item: Option<ProjectorItem>,
    pub speaker: Option<ProjectorSpeaker>,
    /// The next speakers, in order.
    pub next: Vec<ProjectorEntry>,
    /// How many more wait beyond those listed.
    pub more_waiting: usize,
    pub stack_closed: bool,
    pub proposal: Option<ProjectorProposal>,
    /// The meeting's agenda, in order (the participants' page lists it).
    pub agenda: Vec<ProjectorItem>,
    /// A spokes council: its format and the consult break under way (`None` at a
    /// general assembly).
    pub council: Option<ProjectorCouncil>,
    /// The meeting's airtime equity, when the facilitation team shows it on the big
    /// screen (`None` unless asked for: [`Db::projector_equity`]).
    pub equity: Option<ProjectorEquity>,
}

/// Airtime equity as the big screen shows it (ga-process.md, "Fair floor"): the
/// meeting's aggregates only — no person's name, whatever the names setting.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorEquity {
    /// People who have spoken at this meeting so far.
    pub speakers: i64,
    /// Whom the Gini is over: "140 present", or that no attendance was recorded.
    pub present_note: String,
    /// The Gini coefficient of speaking time over everyone present (0: even).
    pub gini: Option<f64>,
    /// Speakers who never spoke at an earlier GA of the assembly.
    pub first_time_speakers: i64,
    /// Each sub-list's share of the people and of the speaking time ("" = no list
    /// chosen); empty when nobody chose a list.
    pub lists: Vec<crate::stack::equity::ListAirtime>,
}

/// What the big screen shows of a spokes council.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorCouncil {
    /// "spokes council".
    pub format_label: String,
    /// The consult break under way, with its timer base (`elapsed_ms` at `as_of`).
    pub consult_break: Option<crate::spokes::ConsultBreak>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorItem {
    /// `4.3`.
    pub number: String,
    pub kind: ItemKind,
    pub title: String,
    pub status: ItemStatus,
    pub started_at: Option<DateTime<Utc>>,
    pub allotted_minutes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorSpeaker {
    /// Tells one speech from the next (the screen's announcer says a speech's time
    /// warning and its end once each).
    pub speech_id: Uuid,
    pub name: String,
    /// The kind of the speech (the screen says it in its language).
    pub kind: EntryKind,
    /// The kind in English words ("point of process").
    pub kind_label: String,
    /// In a spokes council: the WG the spoke speaks for.
    pub wg: Option<String>,
    /// Speaking time at `as_of`; the screen adds the time since unless paused.
    pub elapsed_ms: i64,
    pub paused: bool,
    pub limit_seconds: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorEntry {
    pub name: String,
    pub kind: EntryKind,
    /// The kind in English words ("to speak").
    pub kind_label: String,
    /// In a spokes council: the WG the spoke speaks for.
    pub wg: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ProjectorProposal {
    pub reference: String,
    pub title: String,
    /// The current text (the latest accepted version).
    pub text: String,
    pub version: i64,
    pub step: ProcessStep,
    /// The steps of this hearing, in order, for a progress line.
    pub track: Vec<ProcessStep>,
}

/// "Sam Whitfield" → "Sam": the big screen shows first names unless asked otherwise.
pub fn first_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).to_string()
}

fn projector_item(meeting_number: i64, item: &crate::agenda::AgendaItem) -> ProjectorItem {
    ProjectorItem {
        number: format!("{meeting_number}.{}", item.position),
        kind: item.kind,
        title: item.title.clone(),
        status: item.status,
        started_at: item.started_at,
        allotted_minutes: item.allotted_minutes,
    }
}

impl Db {
    /// The meeting's airtime equity for the big screen: [`Db::airtime`] of the whole
    /// meeting without the per-person figures.
    pub fn projector_equity(&self, meeting: Uuid) -> Result<ProjectorEquity> {
        let a = self.airtime(meeting, None)?;
        Ok(ProjectorEquity {
            speakers: a.speakers,
            present_note: a.present_note,
            gini: a.gini,
            first_time_speakers: a.first_time_speakers,
            lists: a.lists,
        })
    }

    /// The big screen of `meeting`, its words (the kinds of the speakers, a council's
    /// format) in English (see [`Db::projector_view_in`]).
    pub fn projector_view(&self, meeting: Uuid, full_names: bool) -> Result<ProjectorView> {
        self.projector_view_in(meeting, full_names, Lang::En)
    }

    /// [`Db::projector_view`] with its words in `lang` (the app's language; the
    /// participants' page's).
    pub fn projector_view_in(
        &self,
        meeting: Uuid,
        full_names: bool,
        lang: Lang,
    ) -> Result<ProjectorView> {
        let d = self.meeting_detail(meeting)?;
        let assembly = self
            .assembly(d.meeting.origin)?
            .map(|a| a.name)
            .unwrap_or_default();
        let shown = |n: &str| {
            if full_names {
                n.to_string()
            } else {
                first_name(n)
            }
        };
        let item = d
            .agenda
            .iter()
            .find(|i| i.status == ItemStatus::Active)
            .or_else(|| d.agenda.iter().find(|i| i.status == ItemStatus::Pending));
        let mut view = ProjectorView {
            assembly_name: assembly,
            meeting_reference: d.meeting.reference.clone(),
            meeting_open: d.meeting.status == crate::meeting::MeetingStatus::Open,
            as_of: self.now(),
            item: None,
            speaker: None,
            next: Vec::new(),
            more_waiting: 0,
            stack_closed: false,
            proposal: None,
            agenda: d
                .agenda
                .iter()
                .map(|i| projector_item(d.meeting.number, i))
                .collect(),
            council: None,
            equity: None,
        };
        if d.meeting.format == crate::meeting::MeetingFormat::SpokesCouncil {
            let council = self.council(meeting)?;
            view.as_of = council.as_of;
            view.council = Some(ProjectorCouncil {
                format_label: crate::t!(lang, "format-spokes-council"),
                consult_break: council.consult_break.map(|mut b| {
                    b.called_by = shown(&b.called_by);
                    b
                }),
            });
        }
        let Some(item) = item else { return Ok(view) };
        view.item = Some(projector_item(d.meeting.number, item));
        let stack = self.stack_view_in(item.id, lang)?;
        view.as_of = stack.as_of;
        view.stack_closed = stack.closed;
        view.speaker = stack.speaker.as_ref().map(|s| ProjectorSpeaker {
            speech_id: s.speech_id,
            name: shown(&s.name),
            kind: s.kind,
            kind_label: s.kind_label.clone(),
            wg: s.wg.clone(),
            elapsed_ms: s.elapsed_ms,
            paused: s.paused,
            limit_seconds: s.limit_seconds,
        });
        view.next = stack
            .waiting
            .iter()
            .take(NEXT_SPEAKERS)
            .map(|w| ProjectorEntry {
                name: shown(&w.name),
                kind: w.kind,
                kind_label: w.kind_label.clone(),
                wg: w.wg.clone(),
            })
            .collect();
        view.more_waiting = stack.waiting.len().saturating_sub(NEXT_SPEAKERS);
        if let Some(p) = item.proposal_id {
            let proposal = self.proposal(p)?;
            let hearing = self.hearing(item.id)?;
            let version = self.versions(p)?.last().map(|v| v.number).unwrap_or(1);
            view.proposal = Some(ProjectorProposal {
                reference: proposal.reference,
                title: proposal.title,
                text: proposal.text,
                version,
                step: hearing.step,
                track: hearing.track,
            });
        }
        Ok(view)
    }
}
