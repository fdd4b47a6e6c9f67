//! Stacks and speeches for `plenary demo`'s past GAs: several speakers per item, mixed
//! kinds, some prioritized, some direct responses, pauses, per-speaker limits and a few
//! overruns — made by driving the real stack actions with the clock set to each moment.

use chrono::{DateTime, Duration, Utc};

use super::EntryKind;
use crate::agenda::{AgendaItem, ItemKind};
use crate::journal::Actor;
use crate::{Db, Error, Result};

const ACTOR: Actor = Actor::Demo;

/// People who raise their hands at the demo's GAs.
const CROWD: &[&str] = &[
    "Jo Becker",
    "Marta Kowalski",
    "Dev Patel",
    "Rosa Lima",
    "Kwame Mensah",
    "Elena Petrova",
    "Hannah Schmidt",
    "Yusuf Demir",
    "Chloe Martin",
    "Bilal Rahman",
    "Grace Osei",
    "Mateo Rossi",
    "Zoe Clarke",
    "Aisha Bello",
    "Ravi Kumar",
    "Freya Lund",
    "Sipho Ndlovu",
    "Mei Chen",
    "Tom Ashworth",
    "Ollie Grant",
];

/// Those of the crowd who join the first sub-list when a GA alternates lists (their own
/// choice, as ga-process.md has it: the demo never infers a list from a name).
const FIRST_LIST: &[&str] = &[
    "Marta Kowalski",
    "Rosa Lima",
    "Elena Petrova",
    "Hannah Schmidt",
    "Chloe Martin",
    "Grace Osei",
    "Zoe Clarke",
    "Aisha Bello",
    "Freya Lund",
    "Mei Chen",
];

/// A small deterministic generator: the same demo every time.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn name(&mut self) -> &'static str {
        CROWD[self.below(CROWD.len() as u64) as usize]
    }
}

/// How an item's stack goes: entries to start with, the per-speaker limit, how long
/// people speak, and whether the stack is closed towards the end.
struct Plan {
    opening: &'static [(EntryKind, bool)],
    limit_seconds: Option<i64>,
    speech: (i64, i64),
    /// Percent of speeches that run over the limit.
    overrun: u64,
    /// Percent chance, during each speech, that someone joins the stack.
    joins: u64,
    close_stack: bool,
}

fn plan(kind: ItemKind) -> Plan {
    use EntryKind::*;
    match kind {
        ItemKind::Proposal => Plan {
            opening: &[
                (Clarifying, false),
                (Clarifying, false),
                (Speak, false),
                (Speak, true),
                (Speak, false),
                (Clarifying, false),
            ],
            limit_seconds: Some(120),
            speech: (45, 115),
            overrun: 20,
            joins: 70,
            close_stack: true,
        },
        ItemKind::ReportBack => Plan {
            opening: &[(Clarifying, false), (Information, false), (Speak, false)],
            limit_seconds: None,
            speech: (30, 70),
            overrun: 0,
            joins: 30,
            close_stack: false,
        },
        ItemKind::Soapbox => Plan {
            opening: &[
                (Speak, false),
                (Speak, true),
                (Speak, false),
                (Speak, false),
            ],
            limit_seconds: Some(90),
            speech: (50, 85),
            overrun: 25,
            joins: 40,
            close_stack: true,
        },
        ItemKind::Announcement => Plan {
            opening: &[(Speak, false), (Information, false), (Speak, false)],
            limit_seconds: Some(60),
            speech: (25, 55),
            overrun: 0,
            joins: 20,
            close_stack: false,
        },
        _ => Plan {
            opening: &[(Clarifying, false)],
            limit_seconds: None,
            speech: (30, 60),
            overrun: 0,
            joins: 10,
            close_stack: false,
        },
    }
}

/// Runs the stack of one past item that starts at `start` and lasts `minutes`.
/// Every action happens strictly inside the item's time.
pub fn item_stack(
    db: &mut Db,
    item: &AgendaItem,
    start: DateTime<Utc>,
    minutes: i64,
) -> Result<()> {
    let end = minutes * 60 - 20; // the last speech ends before the item does
    let p = plan(item.kind);
    // Seeded by the item's reference (RIV-GA-2.5): the same stacks whatever the date.
    let seed = item
        .reference
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
        });
    let mut dice = Dice(seed | 1);
    let mut t = 5;
    let at = |db: &mut Db, secs: i64| db.set_now(Some(start + Duration::seconds(secs)));
    at(db, t);
    if p.limit_seconds.is_some() {
        db.set_speaker_limit(ACTOR, item.id, p.limit_seconds)?;
    }
    for &(kind, prioritized) in p.opening {
        t += dice.range(2, 6);
        at(db, t);
        join(db, &mut dice, item, kind, prioritized)?;
    }
    let mut closed = false;
    loop {
        t += dice.range(3, 8);
        if t >= end {
            break;
        }
        at(db, t);
        let Some(floor) = db.stack_next(ACTOR, item.id)? else {
            break;
        };
        let over = p.limit_seconds.is_some() && dice.chance(p.overrun);
        let mut length = match (over, p.limit_seconds) {
            (true, Some(l)) => l + dice.range(10, 45),
            _ => dice.range(p.speech.0, p.speech.1),
        };
        length = length.min(end - t - 1).max(1);
        let speech_end = t + length;
        // What happens during the speech, in time order.
        // Hands go up while people speak.
        if !closed && t < end * 3 / 4 && dice.chance(p.joins) {
            at(db, t + length / 3);
            let kind = match dice.below(10) {
                0..=2 if floor.kind == EntryKind::Speak => EntryKind::DirectResponse,
                3 => EntryKind::Information,
                4 if item.kind == ItemKind::Proposal => EntryKind::Clarifying,
                _ => EntryKind::Speak,
            };
            let prioritized = kind == EntryKind::Speak && dice.chance(15);
            join(db, &mut dice, item, kind, prioritized)?;
        }
        if p.close_stack && !closed && t >= end * 2 / 3 {
            at(db, t + length / 3 + 1);
            db.stack_close(ACTOR, item.id)?;
            closed = true;
        }
        // Someone asks for a pause now and then (a microphone, a translation).
        let mut last = t + length / 3 + 1;
        if length > 40 && dice.chance(12) {
            last = t + length / 2;
            at(db, last);
            db.stack_pause(ACTOR, item.id)?;
            let resume = last + dice.range(10, 25);
            if resume < speech_end {
                last = resume;
                at(db, resume);
                db.stack_resume(ACTOR, item.id)?;
            }
        }
        // Someone over the limit draws a point of process ("time!").
        if let (true, Some(l)) = (over, p.limit_seconds) {
            let when = (t + l + 5).max(last + 1);
            if when < speech_end && dice.chance(60) {
                at(db, when);
                join(db, &mut dice, item, EntryKind::Process, false)?;
            }
        }
        t = speech_end;
    }
    // Time is up: whoever still waits does not get to speak, and the last speech ends.
    at(db, t.min(end));
    for w in db.stack_view(item.id)?.waiting {
        db.stack_withdraw(ACTOR, w.entry_id)?;
    }
    db.stack_next(ACTOR, item.id)?;
    Ok(())
}

/// Someone from the crowd joins the stack in band `kind` — someone not already waiting
/// in that band, and (for a direct response) not the speaker.
fn join(
    db: &mut Db,
    dice: &mut Dice,
    item: &AgendaItem,
    kind: EntryKind,
    prioritized: bool,
) -> Result<()> {
    let view = db.stack_view(item.id)?;
    if kind == EntryKind::DirectResponse && view.speaker.is_none() {
        return Ok(());
    }
    let lists = &view.floor_policy.alternate;
    for _ in 0..10 {
        let name = dice.name();
        let speaking = view.speaker.as_ref().is_some_and(|s| s.name == name);
        let waiting = view
            .waiting
            .iter()
            .any(|w| w.name == name && w.kind == kind);
        if speaking || waiting {
            continue;
        }
        // Under alternating lists, those who chose the first list say so when they raise
        // their hand; the others chose none and wait on the last one.
        let list = lists
            .first()
            .filter(|_| kind == EntryKind::Speak && FIRST_LIST.contains(&name))
            .map(String::as_str);
        match db.stack_add_on_list(ACTOR, item.id, name, kind, prioritized, list) {
            Ok(_) => return Ok(()),
            // Under a cap, someone who has had their speeches is refused: another hand.
            Err(Error::Conflict(_)) if view.floor_policy.cap.is_some() => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
