//! **The** command table of the room: each command a name, the roles that may call it and
//! one function from JSON arguments to a JSON answer over one core call. The desktop app's
//! IPC handler (src-tauri/src/commands/mod.rs) and the room's HTTP server
//! (`POST /api/<name>`) both call [`call`], so a command is written once. Argument names
//! are the UI's (camelCase), as Tauri's own commands take them.
//!
//! Only the commands the room's devices need are here; the app's other commands stay
//! plain Tauri commands (docs/ARCHITECTURE.md).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::Role;
use crate::agenda::ReportBackInput;
use crate::announcement::NewAnnouncement;
use crate::i18n::Lang;
use crate::proposal::hearing::{AnswerInput, NewConcern, NewQuestion};
use crate::proposal::versions::AmendInput;
use crate::proposal::ProcessStep;
use crate::stack::EntryKind;
use crate::{invalid, not_allowed, not_found, Actor, Db, Result};

/// Who is calling, and from where.
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    pub role: Role,
    /// The meeting whose room the device is in: it may reach nothing outside it.
    /// `None`: the host, who may reach any meeting.
    pub meeting: Option<Uuid>,
    /// A participant's device id (from its cookie), for its hand request.
    pub device: Option<&'a str>,
}

impl Caller<'_> {
    /// The desktop app's own window.
    pub const HOST: Caller<'static> = Caller {
        role: Role::Host,
        meeting: None,
        device: None,
    };

    /// Refuses a meeting other than the room's.
    fn reach(&self, meeting: Uuid) -> Result<Uuid> {
        match self.meeting {
            Some(m) if m != meeting => Err(not_allowed!("room-other-meeting")),
            _ => Ok(meeting),
        }
    }

    /// The room's meeting, for the commands that act on "this meeting".
    fn room(&self, args_meeting: Option<&str>) -> Result<Uuid> {
        match (self.meeting, args_meeting) {
            (_, Some(m)) => self.reach(id("meeting", m)?),
            (Some(m), None) => Ok(m),
            (None, None) => Err(invalid!("room-meeting-missing")),
        }
    }

    fn device(&self) -> Result<&str> {
        self.device
            .ok_or_else(|| not_allowed!("room-hand-needs-device"))
    }

    /// A record of the room's meeting: `meeting_of` gives the meeting of the record `text`
    /// names. The host's window may reach any.
    fn record(&self, db: &Db, what: &str, meeting_of: &str, text: &str) -> Result<Uuid> {
        let record = id(what, text)?;
        if self.meeting.is_some() {
            self.reach(lookup(db, meeting_of, what, record)?)?;
        }
        Ok(record)
    }

    fn item(&self, db: &Db, item: &str) -> Result<Uuid> {
        self.record(
            db,
            "agenda-item",
            "SELECT meeting_id FROM agenda_items WHERE id = ?1",
            item,
        )
    }

    fn entry(&self, db: &Db, entry: &str) -> Result<Uuid> {
        self.record(
            db,
            "stack-entry",
            "SELECT meeting_id FROM stack_entries WHERE id = ?1",
            entry,
        )
    }

    /// A proposal on the agenda of the room's meeting (its hearing, its amendments).
    fn proposal(&self, db: &Db, proposal: &str) -> Result<Uuid> {
        let proposal = id("proposal", proposal)?;
        self.on_agenda(db, proposal)?;
        Ok(proposal)
    }

    fn on_agenda(&self, db: &Db, proposal: Uuid) -> Result<()> {
        let Some(meeting) = self.meeting else {
            return Ok(());
        };
        let heard: bool = db.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM agenda_items WHERE proposal_id = ?1 AND meeting_id = ?2)",
            rusqlite::params![proposal, meeting],
            |r| r.get(0),
        )?;
        if heard {
            Ok(())
        } else {
            Err(not_allowed!("room-proposal-not-on-agenda"))
        }
    }

    /// An amendment of a proposal on the room's agenda (wherever it was offered: the
    /// proposer answers a pending one at this hearing).
    fn amendment(&self, db: &Db, amendment: &str) -> Result<Uuid> {
        let amendment = id("amendment", amendment)?;
        if self.meeting.is_some() {
            let proposal = lookup(
                db,
                "SELECT proposal_id FROM amendments WHERE id = ?1",
                "amendment",
                amendment,
            )?;
            self.on_agenda(db, proposal)?;
        }
        Ok(amendment)
    }

    /// Who the journal says acted: the device's role, or for the host's own window the
    /// role whose panel the command belongs to (`host`).
    fn actor(&self, host: Actor) -> Actor {
        match self.role {
            Role::Host => host,
            Role::MinuteTaker => Actor::MinuteTaker,
            Role::StackKeeper => Actor::StackKeeper,
            Role::Participant => Actor::Participant,
        }
    }

    fn hand(&self, db: &Db, hand: &str) -> Result<Uuid> {
        let hand = id("hand-request", hand)?;
        if self.meeting.is_some() {
            self.reach(db.hand_meeting(hand)?)?;
        }
        Ok(hand)
    }
}

type Run = fn(&mut Db, &Caller, Value) -> Result<Value>;

/// One command of the table.
pub struct Command {
    pub name: &'static str,
    /// Who may call it.
    pub roles: &'static [Role],
    run: Run,
}

const ANYONE: &[Role] = &[
    Role::Participant,
    Role::StackKeeper,
    Role::MinuteTaker,
    Role::Host,
];
const TEAM: &[Role] = &[Role::StackKeeper, Role::MinuteTaker, Role::Host];
const STACK: &[Role] = &[Role::StackKeeper, Role::Host];
const MINUTES: &[Role] = &[Role::MinuteTaker, Role::Host];
const PHONE: &[Role] = &[Role::Participant];

/// The table. The stack-keeper's actions are journaled as the stack-keeper's, the notes
/// as the minute-taker's, whichever device calls them; the minute-taker's records as the
/// minute-taker's from a paired device, and from the host's window as the desktop
/// always journaled them (`Caller::actor`): the journal records the role.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "get_projector_view",
        roles: ANYONE,
        run: get_projector_view,
    },
    Command {
        name: "get_meeting",
        roles: TEAM,
        run: get_meeting,
    },
    Command {
        name: "get_proposal",
        roles: TEAM,
        run: get_proposal,
    },
    Command {
        name: "set_item_notes",
        roles: MINUTES,
        run: set_item_notes,
    },
    // The minute-taker's records: the meeting's attendance, the proposal's hearing
    // (its step, questions and answers, concerns and responses, friendly amendments and
    // the proposer's answer), announcements and report-backs. The decision, temperature
    // checks and the other outcomes stay the facilitator's, on the host.
    Command {
        name: "list_people",
        roles: TEAM,
        run: list_people,
    },
    Command {
        name: "set_attendance",
        roles: MINUTES,
        run: set_attendance,
    },
    Command {
        name: "get_hearing",
        roles: TEAM,
        run: get_hearing,
    },
    Command {
        name: "advance_step",
        roles: MINUTES,
        run: advance_step,
    },
    Command {
        name: "add_question",
        roles: MINUTES,
        run: add_question,
    },
    Command {
        name: "answer_question",
        roles: MINUTES,
        run: answer_question,
    },
    Command {
        name: "add_concern",
        roles: MINUTES,
        run: add_concern,
    },
    Command {
        name: "address_concern",
        roles: MINUTES,
        run: address_concern,
    },
    Command {
        name: "amend_proposal",
        roles: MINUTES,
        run: amend_proposal,
    },
    Command {
        name: "decide_amendment",
        roles: MINUTES,
        run: decide_amendment,
    },
    Command {
        name: "list_announcements",
        roles: TEAM,
        run: list_announcements,
    },
    Command {
        name: "announce",
        roles: MINUTES,
        run: announce,
    },
    Command {
        name: "remove_announcement",
        roles: MINUTES,
        run: remove_announcement,
    },
    Command {
        name: "get_report_back",
        roles: TEAM,
        run: get_report_back,
    },
    Command {
        name: "record_report_back",
        roles: MINUTES,
        run: record_report_back,
    },
    Command {
        name: "get_stack",
        roles: TEAM,
        run: get_stack,
    },
    Command {
        name: "get_speaking_stats",
        roles: TEAM,
        run: get_speaking_stats,
    },
    Command {
        name: "stack_add",
        roles: STACK,
        run: stack_add,
    },
    Command {
        name: "stack_next",
        roles: STACK,
        run: stack_next,
    },
    Command {
        name: "stack_undo",
        roles: STACK,
        run: stack_undo,
    },
    Command {
        name: "stack_withdraw",
        roles: STACK,
        run: stack_withdraw,
    },
    Command {
        name: "stack_prioritize",
        roles: STACK,
        run: stack_prioritize,
    },
    Command {
        name: "stack_close",
        roles: STACK,
        run: stack_close,
    },
    Command {
        name: "stack_reopen",
        roles: STACK,
        run: stack_reopen,
    },
    Command {
        name: "stack_pause",
        roles: STACK,
        run: stack_pause,
    },
    Command {
        name: "stack_resume",
        roles: STACK,
        run: stack_resume,
    },
    Command {
        name: "set_speaker_limit",
        roles: STACK,
        run: set_speaker_limit,
    },
    Command {
        name: "set_floor_policy",
        roles: STACK,
        run: set_floor_policy,
    },
    Command {
        name: "get_airtime",
        roles: TEAM,
        run: get_airtime,
    },
    Command {
        name: "get_pending_hands",
        roles: STACK,
        run: get_pending_hands,
    },
    Command {
        name: "accept_hand",
        roles: STACK,
        run: accept_hand,
    },
    Command {
        name: "decline_hand",
        roles: STACK,
        run: decline_hand,
    },
    Command {
        name: "raise_hand",
        roles: PHONE,
        run: raise_hand,
    },
    Command {
        name: "withdraw_hand",
        roles: PHONE,
        run: withdraw_hand,
    },
    Command {
        name: "my_hand",
        roles: PHONE,
        run: my_hand,
    },
];

/// The command called `name`, if the table has it.
pub fn find(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// Runs command `name` for `caller`: refused (and nothing run) when the table has no such
/// command or the caller's role may not call it.
pub fn call(db: &mut Db, caller: &Caller, name: &str, args: Value) -> Result<Value> {
    let cmd = find(name).ok_or_else(|| not_found!("room-no-such-command", command = name))?;
    if !cmd.roles.contains(&caller.role) {
        return Err(not_allowed!(
            "room-role-may-not-call",
            role = caller.role.as_str(),
            command = name
        ));
    }
    (cmd.run)(db, caller, args)
}

/// The meeting (or item) a record belongs to.
fn lookup(db: &Db, sql: &str, what: &str, id: Uuid) -> Result<Uuid> {
    use rusqlite::OptionalExtension;
    db.conn
        .query_row(sql, [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| not_found!("room-no-such-record", what = what, id = id))
}

/// Ids arrive as text.
fn id(what: &str, text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| invalid!("bad-id", what = what, given = text))
}

fn args<T: DeserializeOwned>(v: Value) -> Result<T> {
    // A command without arguments may be called with none at all.
    let v = if v.is_null() {
        Value::Object(Default::default())
    } else {
        v
    };
    serde_json::from_value(v)
        .map_err(|e| invalid!("room-invalid-arguments", detail = e.to_string()))
}

/// The language of the answer's words: the `lang` argument (the app's language, as
/// `get_minutes` takes it), English without one. Records stay as typed.
fn lang(v: &Value) -> Result<Lang> {
    match v.get("lang") {
        None | Some(Value::Null) => Ok(Lang::En),
        Some(Value::String(code)) => code.parse(),
        Some(other) => Err(invalid!("room-lang-not-a-code", given = other.to_string())),
    }
}

fn out<T: Serialize>(t: T) -> Result<Value> {
    serde_json::to_value(t)
        .map_err(|e| crate::invalid!("room-cannot-encode", detail = e.to_string()))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MeetingArgs {
    meeting: Option<String>,
    #[serde(default)]
    full_names: Option<bool>,
    /// The projector: with the meeting's airtime equity (aggregates only).
    #[serde(default)]
    equity: Option<bool>,
}

#[derive(Deserialize)]
struct ItemArgs {
    item: String,
}

#[derive(Deserialize)]
struct EntryArgs {
    entry: String,
}

#[derive(Deserialize)]
struct HandArgs {
    hand: String,
}

fn get_projector_view(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: MeetingArgs = args(v)?;
    let meeting = c.room(a.meeting.as_deref())?;
    // Phones see first names, as the projector shows them.
    let full = c.role != Role::Participant && a.full_names.unwrap_or(false);
    let mut view = db.projector_view_in(meeting, full, lang)?;
    if a.equity.unwrap_or(false) {
        view.equity = Some(db.projector_equity(meeting)?);
    }
    out(view)
}

fn get_meeting(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: MeetingArgs = args(v)?;
    out(db.meeting_detail_in(c.room(a.meeting.as_deref())?, lang)?)
}

fn get_proposal(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        proposal: String,
    }
    let lang = lang(&v)?;
    let a: A = args(v)?;
    out(db
        .proposal_detail(c.proposal(db, &a.proposal)?)?
        .said_in(lang))
}

fn set_item_notes(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        notes: String,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.set_item_notes(Actor::MinuteTaker, item, &a.notes)?)
}

/// Name suggestions as a name is typed (the people the assembly knows, at most 20).
fn list_people(db: &mut Db, _: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        prefix: String,
    }
    let a: A = args(v)?;
    out(db.people_matching(&a.prefix, 20)?)
}

/// `attendance` as typed: "55", "50-60", "~50"; "" clears it.
fn set_attendance(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        meeting: Option<String>,
        attendance: String,
    }
    let a: A = args(v)?;
    let meeting = c.room(a.meeting.as_deref())?;
    out(db.set_attendance(c.actor(Actor::Facilitator), meeting, &a.attendance)?)
}

/// A hearing is named by its agenda item.
fn get_hearing(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: ItemArgs = args(v)?;
    out(db.hearing(c.item(db, &a.item)?)?)
}

/// `none`: nothing was raised at the step the hearing leaves (the minutes say so).
fn advance_step(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        to: ProcessStep,
        none: Option<bool>,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.advance_step(
        c.actor(Actor::Facilitator),
        item,
        a.to,
        a.none.unwrap_or(false),
    )?)
}

fn add_question(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        input: NewQuestion,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.add_question(c.actor(Actor::Facilitator), item, &a.input)?)
}

fn answer_question(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        question: String,
        input: AnswerInput,
    }
    let a: A = args(v)?;
    let question = c.record(
        db,
        "clarifying-question",
        "SELECT i.meeting_id FROM clarifying_questions q JOIN agenda_items i ON i.id = q.agenda_item_id WHERE q.id = ?1",
        &a.question,
    )?;
    out(db.answer_question(c.actor(Actor::MinuteTaker), question, &a.input)?)
}

fn add_concern(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        input: NewConcern,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.add_concern(c.actor(Actor::Facilitator), item, &a.input)?)
}

fn address_concern(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        concern: String,
        addressed: bool,
        response: String,
    }
    let a: A = args(v)?;
    let concern = c.record(
        db,
        "concern",
        "SELECT i.meeting_id FROM concerns k JOIN agenda_items i ON i.id = k.agenda_item_id WHERE k.id = ?1",
        &a.concern,
    )?;
    out(db.address_concern(
        c.actor(Actor::MinuteTaker),
        concern,
        a.addressed,
        &a.response,
    )?)
}

/// A friendly amendment. From a device it is offered at a hearing of the room's meeting
/// (`input.item`, an agenda item id), which the core checks is this proposal's.
fn amend_proposal(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        proposal: String,
        input: AmendInput,
    }
    let mut a: A = args(v)?;
    let proposal = c.proposal(db, &a.proposal)?;
    if c.meeting.is_some() {
        let item = a
            .input
            .item
            .as_deref()
            .ok_or_else(|| invalid!("room-amendment-needs-item"))?;
        a.input.item = Some(c.item(db, item)?.to_string());
    }
    out(db.amend_proposal(c.actor(Actor::Facilitator), proposal, &a.input)?)
}

/// The proposer's answer to a pending amendment: accepted or not.
fn decide_amendment(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        amendment: String,
        accepted: bool,
    }
    let a: A = args(v)?;
    let amendment = c.amendment(db, &a.amendment)?;
    out(db.decide_amendment(c.actor(Actor::Facilitator), amendment, a.accepted)?)
}

fn list_announcements(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: ItemArgs = args(v)?;
    out(db.announcements(c.item(db, &a.item)?)?)
}

fn announce(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        input: NewAnnouncement,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.announce(c.actor(Actor::MinuteTaker), item, &a.input)?)
}

/// Takes back an announcement recorded by mistake; answers with the item's list.
fn remove_announcement(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        announcement: String,
    }
    let a: A = args(v)?;
    let announcement = c.record(
        db,
        "announcement",
        "SELECT i.meeting_id FROM announcements n JOIN agenda_items i ON i.id = n.agenda_item_id WHERE n.id = ?1",
        &a.announcement,
    )?;
    out(db.remove_announcement(c.actor(Actor::MinuteTaker), announcement)?)
}

fn get_report_back(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: ItemArgs = args(v)?;
    out(db.report_back(c.item(db, &a.item)?)?)
}

fn record_report_back(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        input: ReportBackInput,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    out(db.record_report_back(c.actor(Actor::MinuteTaker), item, &a.input)?)
}

fn get_stack(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: ItemArgs = args(v)?;
    out(db.stack_view_in(c.item(db, &a.item)?, lang)?)
}

fn get_speaking_stats(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: MeetingArgs = args(v)?;
    out(db.speaking_stats_in(c.room(a.meeting.as_deref())?, lang)?)
}

/// The stack-keeper's actions answer with the new stack view (its words in the `lang`
/// asked for, as `get_stack`): one round trip per action.
const KEEPER: Actor = Actor::StackKeeper;

fn on_item(
    db: &mut Db,
    c: &Caller,
    v: Value,
    act: fn(&mut Db, Uuid) -> Result<()>,
) -> Result<Value> {
    let lang = lang(&v)?;
    let a: ItemArgs = args(v)?;
    let item = c.item(db, &a.item)?;
    act(db, item)?;
    out(db.stack_view_in(item, lang)?)
}

fn stack_add(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        name: String,
        kind: Option<EntryKind>,
        prioritize: Option<bool>,
        /// The sub-list the person chooses for the meeting (an alternating floor).
        list: Option<String>,
    }
    let lang = lang(&v)?;
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    db.stack_add_on_list(
        KEEPER,
        item,
        &a.name,
        a.kind.unwrap_or(EntryKind::Speak),
        a.prioritize.unwrap_or(false),
        a.list.as_deref(),
    )?;
    out(db.stack_view_in(item, lang)?)
}

fn stack_next(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_next(KEEPER, item).map(|_| ()))
}

fn stack_undo(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_undo(KEEPER, item).map(|_| ()))
}

fn stack_close(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_close(KEEPER, item))
}

fn stack_reopen(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_reopen(KEEPER, item))
}

fn stack_pause(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_pause(KEEPER, item))
}

fn stack_resume(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    on_item(db, c, v, |db, item| db.stack_resume(KEEPER, item))
}

fn stack_withdraw(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: EntryArgs = args(v)?;
    let entry = c.entry(db, &a.entry)?;
    let item = db.stack_withdraw(KEEPER, entry)?;
    out(db.stack_view_in(item, lang)?)
}

fn stack_prioritize(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        entry: String,
        prioritized: bool,
    }
    let lang = lang(&v)?;
    let a: A = args(v)?;
    let entry = c.entry(db, &a.entry)?;
    let item = db.stack_prioritize(KEEPER, entry, a.prioritized)?;
    out(db.stack_view_in(item, lang)?)
}

/// `seconds: null` removes the limit.
fn set_speaker_limit(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        seconds: Option<i64>,
    }
    let lang = lang(&v)?;
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    db.set_speaker_limit(KEEPER, item, a.seconds)?;
    out(db.stack_view_in(item, lang)?)
}

/// The floor policy of the item's meeting, changed from its stack view (with the reason).
fn set_floor_policy(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        policy: String,
        reason: Option<String>,
    }
    let lang = lang(&v)?;
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    db.set_floor_policy_on_item(KEEPER, item, &a.policy, a.reason.as_deref().unwrap_or(""))?;
    out(db.stack_view_in(item, lang)?)
}

/// Airtime equity of the meeting, or of one of its items (stack/equity.rs).
fn get_airtime(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        meeting: Option<String>,
        item: Option<String>,
    }
    let a: A = args(v)?;
    let meeting = c.room(a.meeting.as_deref())?;
    let item = a.item.map(|i| c.item(db, &i)).transpose()?;
    out(db.airtime(meeting, item)?)
}

fn get_pending_hands(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: MeetingArgs = args(v)?;
    out(db.pending_hands_in(c.room(a.meeting.as_deref())?, lang)?)
}

/// Answers with the stack the hand went onto.
fn accept_hand(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: HandArgs = args(v)?;
    let hand = c.hand(db, &a.hand)?;
    let entry = db.accept_hand(KEEPER, hand)?;
    let item = lookup(
        db,
        "SELECT agenda_item_id FROM stack_entries WHERE id = ?1",
        "stack-entry",
        entry,
    )?;
    out(db.stack_view_in(item, lang)?)
}

/// Answers with the requests still pending.
fn decline_hand(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let lang = lang(&v)?;
    let a: HandArgs = args(v)?;
    let hand = c.hand(db, &a.hand)?;
    let meeting = db.decline_hand(KEEPER, hand)?;
    out(db.pending_hands_in(meeting, lang)?)
}

fn raise_hand(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        name: String,
        kind: Option<EntryKind>,
    }
    let a: A = args(v)?;
    let meeting = c.room(None)?;
    let device = c.device()?;
    db.raise_hand(meeting, device, &a.name, a.kind.unwrap_or(EntryKind::Speak))?;
    out(db.my_hand(meeting, device)?)
}

fn withdraw_hand(db: &mut Db, c: &Caller, _: Value) -> Result<Value> {
    let meeting = c.room(None)?;
    let device = c.device()?;
    db.withdraw_hand(meeting, device)?;
    out(db.my_hand(meeting, device)?)
}

fn my_hand(db: &mut Db, c: &Caller, _: Value) -> Result<Value> {
    let meeting = c.room(None)?;
    out(db.my_hand(meeting, c.device()?)?)
}
