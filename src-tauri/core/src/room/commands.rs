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
use crate::stack::EntryKind;
use crate::{invalid, not_allowed, not_found, Actor, Db, Error, Result};

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
            Some(m) if m != meeting => Err(not_allowed!(
                "this device is in another meeting's room: it can reach only that meeting"
            )),
            _ => Ok(meeting),
        }
    }

    /// The room's meeting, for the commands that act on "this meeting".
    fn room(&self, args_meeting: Option<&str>) -> Result<Uuid> {
        match (self.meeting, args_meeting) {
            (_, Some(m)) => self.reach(id("meeting", m)?),
            (Some(m), None) => Ok(m),
            (None, None) => Err(invalid!("which meeting? `meeting` is missing")),
        }
    }

    fn device(&self) -> Result<&str> {
        self.device.ok_or_else(|| {
            not_allowed!("only a participant's page in the room raises a hand from a device")
        })
    }

    fn item(&self, db: &Db, item: &str) -> Result<Uuid> {
        let item = id("agenda item", item)?;
        if self.meeting.is_some() {
            self.reach(lookup(
                db,
                "SELECT meeting_id FROM agenda_items WHERE id = ?1",
                "agenda item",
                item,
            )?)?;
        }
        Ok(item)
    }

    fn entry(&self, db: &Db, entry: &str) -> Result<Uuid> {
        let entry = id("stack entry", entry)?;
        if self.meeting.is_some() {
            self.reach(lookup(
                db,
                "SELECT meeting_id FROM stack_entries WHERE id = ?1",
                "stack entry",
                entry,
            )?)?;
        }
        Ok(entry)
    }

    fn hand(&self, db: &Db, hand: &str) -> Result<Uuid> {
        let hand = id("hand request", hand)?;
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
/// as the minute-taker's, whichever device calls them: the journal records the role.
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
    let cmd = find(name).ok_or_else(|| not_found!("there is no room command {name:?}"))?;
    if !cmd.roles.contains(&caller.role) {
        return Err(not_allowed!("a {} may not call {name}", caller.role));
    }
    (cmd.run)(db, caller, args)
}

/// The meeting (or item) a record belongs to.
fn lookup(db: &Db, sql: &str, what: &str, id: Uuid) -> Result<Uuid> {
    use rusqlite::OptionalExtension;
    db.conn
        .query_row(sql, [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| not_found!("no {what} with id {id}"))
}

/// Ids arrive as text.
fn id(what: &str, text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).map_err(|_| invalid!("{what} id {text:?} is not a valid id"))
}

fn args<T: DeserializeOwned>(v: Value) -> Result<T> {
    // A command without arguments may be called with none at all.
    let v = if v.is_null() {
        Value::Object(Default::default())
    } else {
        v
    };
    serde_json::from_value(v).map_err(|e| invalid!("invalid arguments: {e}"))
}

fn out<T: Serialize>(t: T) -> Result<Value> {
    serde_json::to_value(t).map_err(|e| Error::Invalid(format!("cannot encode the answer: {e}")))
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
    let a: MeetingArgs = args(v)?;
    let meeting = c.room(a.meeting.as_deref())?;
    // Phones see first names, as the projector shows them.
    let full = c.role != Role::Participant && a.full_names.unwrap_or(false);
    let mut view = db.projector_view(meeting, full)?;
    if a.equity.unwrap_or(false) {
        view.equity = Some(db.projector_equity(meeting)?);
    }
    out(view)
}

fn get_meeting(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: MeetingArgs = args(v)?;
    out(db.meeting_detail(c.room(a.meeting.as_deref())?)?)
}

fn get_proposal(db: &mut Db, _: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        proposal: String,
    }
    let a: A = args(v)?;
    out(db.proposal_detail(id("proposal", &a.proposal)?)?)
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

fn get_stack(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: ItemArgs = args(v)?;
    out(db.stack_view(c.item(db, &a.item)?)?)
}

fn get_speaking_stats(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: MeetingArgs = args(v)?;
    out(db.speaking_stats(c.room(a.meeting.as_deref())?)?)
}

/// The stack-keeper's actions answer with the new stack view: one round trip per action.
const KEEPER: Actor = Actor::StackKeeper;

fn on_item(
    db: &mut Db,
    c: &Caller,
    v: Value,
    act: fn(&mut Db, Uuid) -> Result<()>,
) -> Result<Value> {
    let a: ItemArgs = args(v)?;
    let item = c.item(db, &a.item)?;
    act(db, item)?;
    out(db.stack_view(item)?)
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
    out(db.stack_view(item)?)
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
    let a: EntryArgs = args(v)?;
    let entry = c.entry(db, &a.entry)?;
    let item = db.stack_withdraw(KEEPER, entry)?;
    out(db.stack_view(item)?)
}

fn stack_prioritize(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        entry: String,
        prioritized: bool,
    }
    let a: A = args(v)?;
    let entry = c.entry(db, &a.entry)?;
    let item = db.stack_prioritize(KEEPER, entry, a.prioritized)?;
    out(db.stack_view(item)?)
}

/// `seconds: null` removes the limit.
fn set_speaker_limit(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        seconds: Option<i64>,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    db.set_speaker_limit(KEEPER, item, a.seconds)?;
    out(db.stack_view(item)?)
}

/// The floor policy of the item's meeting, changed from its stack view (with the reason).
fn set_floor_policy(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    #[derive(Deserialize)]
    struct A {
        item: String,
        policy: String,
        reason: Option<String>,
    }
    let a: A = args(v)?;
    let item = c.item(db, &a.item)?;
    db.set_floor_policy_on_item(KEEPER, item, &a.policy, a.reason.as_deref().unwrap_or(""))?;
    out(db.stack_view(item)?)
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
    let a: MeetingArgs = args(v)?;
    out(db.pending_hands(c.room(a.meeting.as_deref())?)?)
}

/// Answers with the stack the hand went onto.
fn accept_hand(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: HandArgs = args(v)?;
    let hand = c.hand(db, &a.hand)?;
    let entry = db.accept_hand(KEEPER, hand)?;
    let item = lookup(
        db,
        "SELECT agenda_item_id FROM stack_entries WHERE id = ?1",
        "stack entry",
        entry,
    )?;
    out(db.stack_view(item)?)
}

/// Answers with the requests still pending.
fn decline_hand(db: &mut Db, c: &Caller, v: Value) -> Result<Value> {
    let a: HandArgs = args(v)?;
    let hand = c.hand(db, &a.hand)?;
    let meeting = db.decline_hand(KEEPER, hand)?;
    out(db.pending_hands(meeting)?)
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
