//! The participants' page in a language (issue 15: "the projector and the participants'
//! page follow the app"): the page's HTML with its own words put in by the server, and
//! the words of each snapshot — what the meeting shows and where this phone's hand
//! stands — said once per change for every phone, so that the page's script (strict
//! CSP, no Fluent of its own) only sets text. Every word comes from the catalogue
//! (`i18n/<lang>/room-page.ftl`, with the minutes' kinds of hand, the projector's steps
//! and the stack's reasons); names, titles and proposals stay as people typed them, and
//! are set as text by the script, never as HTML.
//!
//! Clocks run on the phone: a clock's words are sent with `{clock}` where the script
//! puts the running time (`m:ss`, the same in every language).

use serde::Serialize;

use super::hands::{HandState, MyHand};
use crate::agenda::ItemStatus;
use crate::i18n::{tr, FluentArgs, Lang};
use crate::projector::ProjectorView;
use crate::t;

/// Where the script puts a running clock in a clock's words.
pub const CLOCK: &str = "{clock}";

/// The page's HTML template (`{{message-id}}`, `{{lang}}`, `{{dir}}`).
const TEMPLATE: &str = include_str!("page/index.html");

/// Messages of the template whose words the script completes: the placeholder it
/// replaces (an HTTP status).
const SCRIPT_ARGS: &[(&str, &str, &str)] = &[("room-page-refused", "status", "{status}")];

/// The participants' page in `lang`: `<html lang dir>` and every word of its own.
pub fn page_html(lang: Lang) -> String {
    let mut out = String::with_capacity(TEMPLATE.len() + 1024);
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            rest = &rest[start..];
            break;
        };
        let id = after[..end].trim();
        let text = match id {
            "lang" => lang.code().to_string(),
            "dir" => lang.dir().to_string(),
            _ => match SCRIPT_ARGS.iter().find(|(m, _, _)| *m == id) {
                Some((_, name, mark)) => {
                    let mut args = FluentArgs::new();
                    args.set(*name, *mark);
                    tr(lang, id, Some(&args))
                }
                None => tr(lang, id, None),
            },
        };
        out.push_str(&crate::minutes::html::esc(&text));
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The words of the meeting as the page shows it (one per snapshot, for every phone).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ViewWords {
    /// `RIV-GA-4`, or that it is not open yet.
    pub meeting: String,
    /// The item under way (`4.1 Welcome`), or that there is none yet.
    pub item: String,
    /// The item's clock against its minutes (`{clock} of 20 min`); `None`: no clock.
    pub item_clock: Option<String>,
    /// Who has the floor and their kind of hand, or that nobody has.
    pub floor: String,
    /// The speaker's clock, against their limit, paused or not; `None`: nobody speaks.
    pub floor_clock: Option<String>,
    /// Said to screen readers: who has the floor ("" when nobody has).
    pub has_floor: String,
    /// The next speakers, with their kinds.
    pub next: Vec<String>,
    /// How many more wait, or that nobody waits ("" when the list says it).
    pub more: String,
    /// That the stack is closed ("" when it is open).
    pub stack_closed: String,
    /// The agenda's items with their state, in order.
    pub agenda: Vec<String>,
    /// The proposal under way: its reference, title and version, and its step.
    pub proposal_title: Option<String>,
    pub proposal_step: Option<String>,
}

/// `m:ss`.
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

/// What the page shows of `view`, in `lang`.
pub fn view_words(lang: Lang, view: &ProjectorView) -> ViewWords {
    let kind = |k: crate::stack::EntryKind| t!(lang, &format!("entry-{k}"));
    let item = view.item.as_ref();
    let speaker = view.speaker.as_ref();
    ViewWords {
        meeting: if view.meeting_open {
            view.meeting_reference.clone()
        } else {
            t!(
                lang,
                "room-page-not-open",
                meeting = &view.meeting_reference
            )
        },
        item: match item {
            Some(i) => format!("{} {}", i.number, i.title),
            None => t!(lang, "room-page-nothing-under-way"),
        },
        item_clock: item.and_then(|i| {
            i.started_at?;
            Some(match i.allotted_minutes {
                Some(m) => t!(
                    lang,
                    "room-page-clock-of-minutes",
                    clock = CLOCK,
                    minutes = m
                ),
                None => CLOCK.to_string(),
            })
        }),
        floor: match speaker {
            Some(s) => t!(
                lang,
                "room-page-speaker",
                name = &s.name,
                kind = kind(s.kind)
            ),
            None => t!(lang, "room-page-nobody-has-floor"),
        },
        floor_clock: speaker.map(|s| {
            let running = match s.limit_seconds {
                Some(limit) => t!(
                    lang,
                    "room-page-clock-of",
                    clock = CLOCK,
                    limit = clock(limit.saturating_mul(1000))
                ),
                None => CLOCK.to_string(),
            };
            if s.paused {
                t!(lang, "room-page-clock-paused", clock = running)
            } else {
                running
            }
        }),
        has_floor: speaker
            .map(|s| t!(lang, "room-page-has-floor", name = &s.name))
            .unwrap_or_default(),
        next: view
            .next
            .iter()
            .map(|e| t!(lang, "room-page-entry", name = &e.name, kind = kind(e.kind)))
            .collect(),
        more: if view.more_waiting > 0 {
            t!(lang, "room-page-more", n = view.more_waiting)
        } else if view.next.is_empty() {
            t!(lang, "room-page-nobody-waiting")
        } else {
            String::new()
        },
        stack_closed: if view.stack_closed {
            t!(lang, "room-page-stack-closed")
        } else {
            String::new()
        },
        agenda: view
            .agenda
            .iter()
            .map(|i| {
                let item = format!("{} {}", i.number, i.title);
                match i.status {
                    ItemStatus::Active => t!(lang, "room-page-item-under-way", item = item),
                    ItemStatus::Done => t!(lang, "room-page-item-done", item = item),
                    ItemStatus::Tabled => t!(lang, "room-page-item-tabled", item = item),
                    ItemStatus::Pending => item,
                }
            })
            .collect(),
        proposal_title: view.proposal.as_ref().map(|p| {
            t!(
                lang,
                "room-page-proposal-title",
                reference = &p.reference,
                title = &p.title,
                version = p.version
            )
        }),
        proposal_step: view.proposal.as_ref().map(|p| {
            let step = t!(lang, &format!("projector-step-{}", p.step));
            t!(lang, "room-page-step", step = step)
        }),
    }
}

/// Where this phone's hand stands, in a sentence (its words already in `lang`:
/// [`crate::Db::room_hands_in`]).
pub fn hand_words(lang: Lang, hand: &MyHand) -> String {
    match hand.state {
        HandState::Pending => t!(lang, "room-page-hand-pending", kind = &hand.kind_label),
        HandState::Waiting => match (hand.position, &hand.policy_label, &hand.reason) {
            (Some(n), Some(policy), Some(reason)) => t!(
                lang,
                "room-page-hand-waiting",
                n = n,
                ord = lang.ordinal_category(n),
                policy = policy,
                reason = reason
            ),
            _ => t!(lang, "room-page-hand-on-stack"),
        },
        HandState::Speaking => t!(lang, "room-page-hand-speaking"),
        HandState::Spoken => t!(lang, "room-page-hand-spoken"),
        HandState::Declined => t!(lang, "room-page-hand-declined"),
        HandState::Withdrawn => t!(lang, "room-page-hand-down"),
    }
}
