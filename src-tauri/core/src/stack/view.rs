//! The stack view model: everything the stack-keeper's screen shows, already decided —
//! the order, each entry's reason and labels, what the stack takes now, the timer base
//! of the speech under way, and what undo would undo. The UI adds no logic: it lists
//! `waiting` as given and runs the timer from `speaker.elapsed_ms` at `as_of`.

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::actions::{context, current, history, pauses, waiting_rows};
use super::log::{spoken_ms, SpeechRecord};
use super::order::{order, reason_words, EntryKind, Reason};
use super::policy::FloorPolicy;
use super::undo::{self, Undone};
use crate::agenda::ItemStatus;
use crate::i18n::Lang;
use crate::meeting::{MeetingStatus, StackPolicy};
use crate::{t, Db, Result};

/// The whole stack of one agenda item, as the stack-keeper sees it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StackView {
    pub item_id: Uuid,
    /// `LDN-GA-39.3`.
    pub item_reference: String,
    pub item_title: String,
    pub item_status: ItemStatus,
    pub meeting_id: Uuid,
    pub meeting_reference: String,
    pub meeting_status: MeetingStatus,
    /// The base order of the policy in force.
    pub policy: StackPolicy,
    /// The policy in force in words: "progressive stack; alternating lists: women | open".
    pub policy_label: String,
    /// The floor policy in force (ga-process.md, "Fair floor").
    pub floor_policy: FloorPolicy,
    /// The same as written (`progressive,alternate:women|open`), to edit it.
    pub floor_policy_text: String,
    /// Stack actions are possible: the meeting is not closed.
    pub writable: bool,
    /// A closed stack takes no new `speak` or `direct-response` entries.
    pub closed: bool,
    /// The per-speaker time limit of this item, if any.
    pub speaker_limit_seconds: Option<i64>,
    /// When this view was made; `speaker.elapsed_ms` is the speaking time at this moment.
    pub as_of: DateTime<Utc>,
    /// Who has the floor.
    pub speaker: Option<CurrentSpeaker>,
    /// The waiting entries in the order they will speak.
    pub waiting: Vec<WaitingEntry>,
    /// The five kinds in band order, each with whether the stack takes it now.
    pub kinds: Vec<KindOption>,
    /// What `undo` would undo now (`None`: nothing to undo).
    pub undo: Option<UndoStep>,
    /// The speeches on this item so far, in order (the one under way last).
    pub log: Vec<SpeechRecord>,
}

/// The person with the floor and the timer of their speech.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct CurrentSpeaker {
    pub entry_id: Uuid,
    pub speech_id: Uuid,
    pub person_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    pub kind_label: String,
    pub prioritized: bool,
    /// For a direct response: whom it answers.
    pub responds_to: Option<String>,
    /// In a spokes council: the WG the spoke speaks for.
    pub wg: Option<String>,
    pub started_at: DateTime<Utc>,
    /// Speaking time at `as_of`, pauses left out. While not paused, the UI's timer shows
    /// `elapsed_ms + (now − as_of)`; while paused it stands still.
    pub elapsed_ms: i64,
    pub paused: bool,
    pub paused_since: Option<DateTime<Utc>>,
    /// Number of pauses so far (including one under way).
    pub pauses: i64,
    pub limit_seconds: Option<i64>,
    /// `limit − elapsed` at `as_of`, negative once over the limit.
    pub remaining_ms: Option<i64>,
    pub over_limit: bool,
}

/// A waiting entry, at its place.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WaitingEntry {
    pub entry_id: Uuid,
    /// 1 = next to speak.
    pub position: i64,
    pub person_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    /// "point of process", "clarifying question", "to speak", …
    pub kind_label: String,
    pub hand_signal: String,
    pub band: i64,
    pub prioritized: bool,
    /// Finished a speech on any item of this meeting.
    pub has_spoken: bool,
    /// Why the entry stands here.
    pub reason: Reason,
    /// The sub-list the person chose for this meeting (shown to the stack-keeper only).
    pub list: Option<String>,
    /// Waits, but `next` passes them by (they reached the policy's cap on this item).
    pub passed_by: bool,
    pub responds_to: Option<String>,
    /// In a spokes council: the WG the spoke speaks for (the queue shows it).
    pub wg: Option<String>,
    pub added_at: DateTime<Utc>,
}

/// One kind of entry and whether the stack takes it now.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct KindOption {
    pub kind: EntryKind,
    pub label: String,
    pub hand_signal: String,
    pub band: i64,
    pub allowed: bool,
    /// Why not, when not allowed.
    pub why_not: Option<String>,
}

/// The action `undo` would undo.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct UndoStep {
    /// `stack.add`, `stack.next`, …
    pub action: String,
    /// "add Sam (to speak)", "next: Sam has the floor", …
    pub label: String,
    pub at: DateTime<Utc>,
}

/// What undo would undo, in `lang`: the step's own words ("add Sam (to speak)", said in
/// the language asked for); a step kept before they were (migration 0026) has only its
/// English — shown in English, and in another language as its action's words ("añadir a
/// alguien a la pila").
fn undo_words(action: &str, kept: String, words: Option<&Undone>, lang: Lang) -> String {
    if let Some(words) = words {
        return words.said_in(lang);
    }
    let id = match action {
        "meeting.policy" => "stack-undo-policy".to_string(),
        a => match a.strip_prefix("stack.") {
            Some(a) => format!("stack-undo-{a}"),
            None => return kept,
        },
    };
    if lang == Lang::En {
        return kept;
    }
    let words = t!(lang, &id);
    // An action this Plenary has no words for (the catalogue gives the id back).
    if words == id {
        kept
    } else {
        words
    }
}

impl Db {
    /// The stack view of an agenda item (see [`StackView`]), in English.
    pub fn stack_view(&self, item: Uuid) -> Result<StackView> {
        self.stack_view_in(item, Lang::En)
    }

    /// The stack view of an agenda item, its words — kinds, hand signals, reasons, the
    /// floor policy, why a kind is not taken, what undo would undo — in `lang` (the
    /// app's language: `get_stack` and every stack action take it); names, lists and
    /// titles stay as typed.
    pub fn stack_view_in(&self, item: Uuid, lang: Lang) -> Result<StackView> {
        let conn = &self.conn;
        let as_of = self.now();
        let ctx = context(conn, item)?;
        let foreign = self.local_id().ok() != Some(ctx.meeting_origin);
        let writable = ctx.meeting_status != MeetingStatus::Closed && !foreign;
        let speaker = match current(conn, item)? {
            None => None,
            Some(c) => {
                let ps = pauses(conn, c.speech_id)?;
                let spans: Vec<_> = ps.iter().map(|(_, p, r)| (*p, *r)).collect();
                let elapsed_ms = spoken_ms(c.started_at, as_of.max(c.started_at), &spans);
                let paused_since = ps.iter().find(|(_, _, r)| r.is_none()).map(|(_, p, _)| *p);
                let remaining_ms = ctx.limit_seconds.map(|l| l * 1000 - elapsed_ms);
                Some(CurrentSpeaker {
                    entry_id: c.entry_id,
                    speech_id: c.speech_id,
                    person_id: c.person_id,
                    name: c.name,
                    kind: c.kind,
                    kind_label: c.kind.label_in(lang),
                    prioritized: c.prioritized,
                    responds_to: c.responds_to,
                    wg: c.wg,
                    started_at: c.started_at,
                    elapsed_ms,
                    paused: paused_since.is_some(),
                    paused_since,
                    pauses: ps.len() as i64,
                    limit_seconds: ctx.limit_seconds,
                    remaining_ms,
                    over_limit: remaining_ms.is_some_and(|r| r < 0),
                })
            }
        };
        let waiting = order(
            waiting_rows(conn, item)?,
            &ctx.policy,
            &history(conn, item)?,
        )
        .into_iter()
        .enumerate()
        .map(|(i, (e, mut reason))| {
            if lang != Lang::En {
                reason.label = reason_words(reason.code, &e, &ctx.policy, lang);
            }
            (i, e, reason)
        })
        .map(|(i, e, reason)| WaitingEntry {
            entry_id: e.data.entry_id,
            position: i as i64 + 1,
            person_id: e.data.person_id,
            name: e.data.name,
            kind: e.kind,
            kind_label: e.kind.label_in(lang),
            hand_signal: e.kind.hand_signal_in(lang),
            band: e.kind.band().into(),
            prioritized: e.prioritized,
            has_spoken: e.has_spoken,
            passed_by: reason.passed_by(),
            reason,
            list: e.list,
            responds_to: e.responds_to,
            wg: e.data.wg,
            added_at: e.data.added_at,
        })
        .collect();
        let kinds = EntryKind::ALL
            .iter()
            .map(|&k| {
                let meeting = ctx.meeting_reference.as_str();
                let why_not = if foreign {
                    Some(t!(lang, "stack-why-foreign", meeting = meeting))
                } else if !writable {
                    Some(t!(lang, "stack-why-meeting-closed", meeting = meeting))
                } else if ctx.closed && !k.taken_when_closed() {
                    Some(t!(lang, "stack-why-stack-closed"))
                } else if k == EntryKind::DirectResponse && speaker.is_none() {
                    Some(t!(lang, "stack-why-nobody-speaking"))
                } else {
                    None
                };
                KindOption {
                    kind: k,
                    label: k.label_in(lang),
                    hand_signal: k.hand_signal_in(lang),
                    band: k.band().into(),
                    allowed: why_not.is_none(),
                    why_not,
                }
            })
            .collect();
        let undo = if writable {
            undo::top(conn, item)?.map(|s| UndoStep {
                label: undo_words(&s.action, s.label, s.words.as_ref(), lang),
                action: s.action,
                at: s.at,
            })
        } else {
            None
        };
        Ok(StackView {
            item_id: item,
            item_reference: ctx.item_reference,
            item_title: ctx.item_title,
            item_status: ctx.item_status,
            meeting_id: ctx.meeting,
            meeting_reference: ctx.meeting_reference,
            meeting_status: ctx.meeting_status,
            policy: ctx.policy.base,
            policy_label: ctx.policy.label_in(lang),
            floor_policy_text: ctx.policy.to_string(),
            floor_policy: ctx.policy,
            writable,
            closed: ctx.closed,
            speaker_limit_seconds: ctx.limit_seconds,
            as_of,
            speaker,
            waiting,
            kinds,
            undo,
            log: self.speaking_log(item)?,
        })
    }
}
