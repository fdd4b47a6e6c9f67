//! The demo's spokes council (called from `demo.rs`): three days ago, eight working
//! groups each sent a spoke to decide on a shared winter storage tent. Kitchen's spoke
//! hands over mid-meeting (rotation), only spokes take the stack, Housing's spoke asks a
//! question, raises a concern and calls a five-minute consult break, and the proposal is decided by one voice per WG — "8
//! working groups: 7 for, 1 stand-aside". Driven through the real core API with the
//! clock set to each moment, like the rest of the demo.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::agenda::NewAgendaItem;
use crate::decision::{CouncilDecisionInput, WgVoiceInput};
use crate::journal::Actor;
use crate::meeting::{MeetingRole, NewMeeting};
use crate::proposal::hearing::{AnswerInput, NewConcern, NewQuestion, ProcessStep};
use crate::proposal::NewProposal;
use crate::stack::EntryKind;
use crate::{Db, Result};

const DEMO: Actor = Actor::Demo;
const FACILITATOR: Actor = Actor::Facilitator;
const STACK: Actor = Actor::StackKeeper;
const MINUTES: Actor = Actor::MinuteTaker;

const TENT: &str = "Pool the working groups' winter supplies in one storage tent";

/// (WG, its spoke at the start of the council).
const SPOKES: &[(&str, &str)] = &[
    ("Facilitation", "Amara Okafor"),
    ("Kitchen", "Jo Becker"),
    ("Finance", "Marta Kowalski"),
    ("Outreach", "Dev Patel"),
    ("Education", "Kwame Mensah"),
    ("Housing", "Rosa Lima"),
    ("Vision and Goals", "Elena Petrova"),
    ("Tech", "Yusuf Demir"),
];

/// The spokes council held on `date`, closed.
pub(crate) fn council(db: &mut Db, date: NaiveDate) -> Result<()> {
    let at = |h: u32, m: u32| -> DateTime<Utc> {
        date.and_hms_opt(h, m, 0).unwrap_or_default().and_utc()
    };
    db.set_now(Some(at(12, 0) - Duration::days(2)));
    let m = db.new_meeting(
        DEMO,
        &NewMeeting {
            date: date.to_string(),
            place: "Info tent, Riverside Square".into(),
            starts_at: Some("19:00".into()),
            format: Some("spokes-council".into()),
            ..NewMeeting::default()
        },
    )?;
    db.assign_role(DEMO, m.id, MeetingRole::facilitator(), "Nadia Haddad")?;
    db.assign_role(DEMO, m.id, MeetingRole::stack_keeper(), "Sam Whitfield")?;
    db.assign_role(DEMO, m.id, MeetingRole::minute_taker(), "Tom Ashworth")?;
    let p = db.new_proposal(
        DEMO,
        &NewProposal {
            title: TENT.into(),
            text: "The working groups keep their winter supplies (blankets, tarpaulins, gas, eviction-watch kits) in one shared storage tent by the kitchen, with a sign-out sheet kept by Kitchen.".into(),
            wg: Some("Kitchen".into()),
            by: Some("Jo Becker".into()),
            date: None,
        },
    )?;
    let item = |title: &str, kind: &str, minutes: i64, proposal: Option<&str>| NewAgendaItem {
        meeting: m.reference.clone(),
        kind: kind.into(),
        title: title.into(),
        allotted_minutes: Some(minutes),
        wg: None,
        proposal: proposal.map(Into::into),
    };
    let welcome = db.add_agenda_item(DEMO, &item("Welcome and the spokes", "process", 10, None))?;
    let tent = db.add_agenda_item(DEMO, &item(TENT, "proposal", 35, Some(&p.reference)))?;
    let closing = db.add_agenda_item(DEMO, &item("Closing", "process", 5, None))?;

    db.set_now(Some(at(19, 0)));
    db.open_meeting(DEMO, m.id)?;
    db.set_attendance(DEMO, m.id, "~40")?;
    db.start_item(FACILITATOR, welcome.id)?;
    for (i, (wg, spoke)) in SPOKES.iter().enumerate() {
        db.set_now(Some(at(19, 1) + Duration::seconds(20 * i as i64)));
        db.set_spoke(FACILITATOR, m.id, wg, spoke)?;
    }
    db.set_now(Some(at(19, 10)));
    db.finish_item(FACILITATOR, welcome.id)?;

    // The proposal: only spokes take the stack, each for their WG.
    db.start_item(FACILITATOR, tent.id)?;
    db.advance_step(FACILITATOR, tent.id, ProcessStep::Present, false)?;
    db.set_now(Some(at(19, 12)));
    db.advance_step(
        FACILITATOR,
        tent.id,
        ProcessStep::ClarifyingQuestions,
        false,
    )?;
    let speeches: &[(u32, u32, &str, EntryKind)] = &[
        (19, 13, "Rosa Lima", EntryKind::Clarifying),
        (19, 14, "Marta Kowalski", EntryKind::Speak),
        (19, 15, "Dev Patel", EntryKind::Speak),
    ];
    for (h, mi, who, kind) in speeches {
        db.set_now(Some(at(*h, *mi)));
        db.stack_add(STACK, tent.id, who, *kind, false)?;
    }
    db.set_now(Some(at(19, 16)));
    db.stack_next(STACK, tent.id)?;
    db.set_now(Some(at(19, 17)));
    let q = db.add_question(
        MINUTES,
        tent.id,
        &NewQuestion {
            question: "Can Housing reach the tent at night, when the eviction watch goes out?"
                .into(),
            by: Some("Rosa Lima".into()),
        },
    )?;
    db.answer_question(
        MINUTES,
        q.id,
        &AnswerInput {
            answer: "Kitchen is there until midnight; after that the key stays at the info tent."
                .into(),
            by: Some("Jo Becker".into()),
        },
    )?;
    db.set_now(Some(at(19, 18)));
    db.advance_step(FACILITATOR, tent.id, ProcessStep::Concerns, false)?;
    for minute in [18, 20, 22] {
        db.set_now(Some(at(19, minute)));
        db.stack_next(STACK, tent.id)?;
    }
    db.set_now(Some(at(19, 23)));
    db.add_concern(
        MINUTES,
        tent.id,
        &NewConcern {
            concern:
                "The eviction-watch kits must be within reach at night, without waking anyone."
                    .into(),
            by: Some("Rosa Lima".into()),
        },
    )?;
    // Housing needs to ask its people before it can answer: a consult break.
    db.set_now(Some(at(19, 25)));
    db.call_consult_break(FACILITATOR, m.id, "Rosa Lima", 5)?;
    db.set_now(Some(at(19, 31)));
    db.end_consult_break(FACILITATOR, m.id)?;
    // Kitchen's spoke hands over: Jo has to run the evening meal.
    db.set_now(Some(at(19, 32)));
    db.set_spoke(FACILITATOR, m.id, "Kitchen", "Hannah Schmidt")?;
    db.stack_add(STACK, tent.id, "Rosa Lima", EntryKind::Speak, false)?;
    db.set_now(Some(at(19, 33)));
    db.stack_next(STACK, tent.id)?;
    db.set_now(Some(at(19, 36)));
    db.stack_next(STACK, tent.id)?;
    db.set_now(Some(at(19, 38)));
    db.advance_step(FACILITATOR, tent.id, ProcessStep::CallForConsensus, false)?;
    db.set_now(Some(at(19, 41)));
    let voices = SPOKES
        .iter()
        .map(|(wg, _)| WgVoiceInput {
            wg: (*wg).into(),
            voice: if *wg == "Housing" {
                "stand-aside"
            } else {
                "for"
            }
            .into(),
            reason: (*wg == "Housing")
                .then(|| "Our eviction-watch kits need a tent we can reach at night.".into()),
        })
        .collect();
    db.record_council_decision(
        FACILITATOR,
        tent.id,
        &CouncilDecisionInput {
            rule: Some("consensus".into()),
            voices,
            ..CouncilDecisionInput::default()
        },
    )?;
    db.set_now(Some(at(19, 45)));
    db.finish_item(FACILITATOR, tent.id)?;
    db.start_item(FACILITATOR, closing.id)?;
    db.set_now(Some(at(19, 50)));
    db.finish_item(FACILITATOR, closing.id)?;
    db.close_meeting(DEMO, m.id)?;
    Ok(())
}
