//! Hands raised from participants' phones: a request (name and kind) that waits for the
//! stack-keeper, who accepts it into the stack of the item under way (with that kind) or
//! declines it. One pending request per device; the phone may withdraw it. The phone is
//! then told its place and why, and when it has the floor ([`MyHand`]).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::i18n::Lang;
use crate::meeting::MeetingStatus;
use crate::stack::{EntryKind, EntryStatus, StackView};
use crate::{conflict, invalid, not_found, text_enum, validate, Actor, Db, Result};

/// The longest device id accepted (the server makes 32 hex digits).
const MAX_DEVICE: usize = 64;

/// At most this many requests are listed for the stack-keeper at once (the oldest first).
pub const PENDING_LISTED: u32 = 200;

text_enum! {
    /// Where a hand request stands.
    HandStatus, "hand request status" {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

text_enum! {
    /// What the phone shows: waiting for the stack-keeper, on the stack at a place, has
    /// the floor, has spoken, declined, or withdrawn (by the phone or by the stack-keeper).
    HandState, "hand state" {
        Pending = "pending",
        Waiting = "waiting",
        Speaking = "speaking",
        Spoken = "spoken",
        Declined = "declined",
        Withdrawn = "withdrawn",
    }
}

/// A request as the stack-keeper's panel lists it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct HandRequest {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    /// "point of process", "to speak", …
    pub kind_label: String,
    pub status: HandStatus,
    pub created_at: DateTime<Utc>,
}

/// The pending requests of a meeting, oldest first, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PendingHands {
    pub hands: Vec<HandRequest>,
    pub total: i64,
}

/// A phone's latest request and where it stands now.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MyHand {
    pub id: Uuid,
    pub name: String,
    pub kind: EntryKind,
    pub kind_label: String,
    pub state: HandState,
    /// On the stack: 1 = next to speak.
    pub position: Option<i64>,
    /// On the stack: why the entry stands there ("first time speaking today").
    pub reason: Option<String>,
    /// On the stack: "progressive stack" or "first come, first served".
    pub policy_label: Option<String>,
    /// On the stack or speaking: the item's reference (`LDN-GA-4.2`).
    pub item_reference: Option<String>,
}

fn device_id(device: &str) -> Result<&str> {
    let d = device.trim();
    if d.is_empty()
        || d.len() > MAX_DEVICE
        || !d
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(invalid!(
            "room-bad-device-id",
            given = device,
            max = MAX_DEVICE
        ));
    }
    Ok(d)
}

impl Db {
    /// Files a hand request from a phone. The meeting must be open and the device may have
    /// one pending request at a time.
    pub fn raise_hand(
        &mut self,
        meeting: Uuid,
        device: &str,
        name: &str,
        kind: EntryKind,
    ) -> Result<Uuid> {
        let device = device_id(device)?.to_string();
        let name = validate::line(crate::word!("field-name"), name)?;
        self.write(Actor::Participant, |tx| {
            let (status, number, origin): (MeetingStatus, i64, Uuid) = tx
                .query_row(
                    "SELECT status, number, origin FROM meetings WHERE id = ?1",
                    [meeting],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| not_found!("meeting-not-found", id = meeting))?;
            tx.ensure_owned(crate::db::Owned::ThisMeeting, origin)?;
            if status != MeetingStatus::Open {
                return Err(conflict!("room-meeting-not-open", number = number));
            }
            let pending: Option<String> = tx
                .query_row(
                    "SELECT name FROM hand_requests WHERE meeting_id = ?1 AND device = ?2 AND status = 'pending'",
                    params![meeting, device],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(n) = pending {
                return Err(conflict!("room-hand-already-raised", name = n));
            }
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO hand_requests (id, origin, meeting_id, device, name, kind, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![id, tx.origin, meeting, device, name, kind, tx.now],
            )?;
            tx.journal(
                "hand.raise",
                "hand_requests",
                id,
                Some(meeting),
                serde_json::json!({"name": name, "kind": kind}),
            )?;
            Ok(id)
        })
    }

    /// The phone takes back its pending request.
    pub fn withdraw_hand(&mut self, meeting: Uuid, device: &str) -> Result<Uuid> {
        let device = device_id(device)?.to_string();
        self.write(Actor::Participant, |tx| {
            let id: Uuid = tx
                .query_row(
                    "SELECT id FROM hand_requests WHERE meeting_id = ?1 AND device = ?2 AND status = 'pending'",
                    params![meeting, device],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| {
                    not_found!("room-no-hand-waiting")
                })?;
            decide(tx, id, HandStatus::Withdrawn, None)?;
            tx.journal("hand.withdraw", "hand_requests", id, Some(meeting), serde_json::json!({}))?;
            Ok(id)
        })
    }

    /// The stack-keeper accepts a pending request: the person goes on the stack of the item
    /// under way with the kind they asked for, in the same transaction. Returns the entry.
    pub fn accept_hand(&mut self, actor: Actor, hand: Uuid) -> Result<Uuid> {
        self.write(actor, |tx| {
            let (meeting, name, kind) = pending(tx, hand)?;
            let item: Uuid = tx
                .query_row(
                    "SELECT id FROM agenda_items WHERE meeting_id = ?1 AND status = 'active'",
                    [meeting],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| conflict!("room-no-item-under-way", name = &name))?;
            let entry = tx.add_to_stack(
                item,
                validate::line(crate::word!("field-name"), &name)?,
                kind,
                false,
                None,
            )?;
            decide(tx, hand, HandStatus::Accepted, Some(entry))?;
            tx.journal(
                "hand.accept",
                "hand_requests",
                hand,
                Some(meeting),
                serde_json::json!({"entry": entry, "item": item}),
            )?;
            Ok(entry)
        })
    }

    /// The stack-keeper declines a pending request.
    pub fn decline_hand(&mut self, actor: Actor, hand: Uuid) -> Result<Uuid> {
        self.write(actor, |tx| {
            let (meeting, _, _) = pending(tx, hand)?;
            decide(tx, hand, HandStatus::Declined, None)?;
            tx.journal(
                "hand.decline",
                "hand_requests",
                hand,
                Some(meeting),
                serde_json::json!({}),
            )?;
            Ok(meeting)
        })
    }

    /// The meeting a hand request belongs to.
    pub fn hand_meeting(&self, hand: Uuid) -> Result<Uuid> {
        self.conn
            .query_row(
                "SELECT meeting_id FROM hand_requests WHERE id = ?1",
                [hand],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| not_found!("room-hand-not-found", id = hand))
    }

    /// The pending requests of a meeting, oldest first (at most [`PENDING_LISTED`]).
    pub fn pending_hands(&self, meeting: Uuid) -> Result<PendingHands> {
        self.pending_hands_in(meeting, Lang::En)
    }

    /// [`Db::pending_hands`], the kinds' labels in `lang` (the app's language).
    pub fn pending_hands_in(&self, meeting: Uuid, lang: Lang) -> Result<PendingHands> {
        self.read(|db| {
            let total: i64 = db.conn.query_row(
                "SELECT count(*) FROM hand_requests WHERE meeting_id = ?1 AND status = 'pending'",
                [meeting],
                |r| r.get(0),
            )?;
            let mut st = db.conn.prepare_cached(
                "SELECT id, meeting_id, name, kind, status, created_at FROM hand_requests
                 WHERE meeting_id = ?1 AND status = 'pending' ORDER BY created_at, id LIMIT ?2",
            )?;
            let hands = st
                .query_map(params![meeting, PENDING_LISTED], |r| {
                    let kind: EntryKind = r.get(3)?;
                    Ok(HandRequest {
                        id: r.get(0)?,
                        meeting_id: r.get(1)?,
                        name: r.get(2)?,
                        kind,
                        kind_label: kind.label_in(lang),
                        status: r.get(4)?,
                        created_at: r.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(PendingHands { hands, total })
        })
    }

    /// The latest request of one device in a meeting, and where it stands.
    pub fn my_hand(&self, meeting: Uuid, device: &str) -> Result<Option<MyHand>> {
        let device = device_id(device)?;
        Ok(self.room_hands(meeting, Some(device))?.remove(device))
    }

    /// Every device's latest request in a meeting, and where it stands (`only`: one
    /// device), its words in English.
    pub fn room_hands(&self, meeting: Uuid, only: Option<&str>) -> Result<HashMap<String, MyHand>> {
        self.room_hands_in(meeting, only, Lang::En)
    }

    /// [`Db::room_hands`] with its words (the kind, the policy, why the hand stands where
    /// it does) in `lang`: the room's server computes this once per change for all
    /// connected phones, in the app's language.
    pub fn room_hands_in(
        &self,
        meeting: Uuid,
        only: Option<&str>,
        lang: Lang,
    ) -> Result<HashMap<String, MyHand>> {
        self.read(|db| {
            // Each device's requests newest first; the first row of a device is its latest
            // (kept below). One pass over the meeting's requests: a subquery per row for
            // the latest made this quadratic, and the room's server runs it per change.
            let mut st = db.conn.prepare_cached(
                "SELECT h.device, h.id, h.name, h.kind, h.status, e.status, e.agenda_item_id, e.id
                 FROM hand_requests h
                 LEFT JOIN stack_entries e ON e.id = h.stack_entry_id
                 WHERE h.meeting_id = ?1 AND (?2 IS NULL OR h.device = ?2)
                 ORDER BY h.device, h.created_at DESC, h.id DESC",
            )?;
            type Row = (
                String,
                Uuid,
                String,
                EntryKind,
                HandStatus,
                Option<EntryStatus>,
                Option<Uuid>,
                Option<Uuid>,
            );
            let rows = st
                .query_map(params![meeting, only], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<Row>>>()?;
            let mut views: HashMap<Uuid, StackView> = HashMap::new();
            let mut out = HashMap::with_capacity(rows.len());
            for (device, id, name, kind, status, entry_status, item, entry) in rows {
                if out.contains_key(&device) {
                    continue; // an earlier request of this device
                }
                let mut hand = MyHand {
                    id,
                    name,
                    kind,
                    kind_label: kind.label_in(lang),
                    state: HandState::Withdrawn,
                    position: None,
                    reason: None,
                    policy_label: None,
                    item_reference: None,
                };
                hand.state = match (status, entry_status, item) {
                    (HandStatus::Pending, _, _) => HandState::Pending,
                    (HandStatus::Declined, _, _) => HandState::Declined,
                    (HandStatus::Withdrawn, _, _) => HandState::Withdrawn,
                    (HandStatus::Accepted, Some(EntryStatus::Done), _) => HandState::Spoken,
                    (
                        HandStatus::Accepted,
                        Some(s @ (EntryStatus::Waiting | EntryStatus::Speaking)),
                        Some(item),
                    ) => {
                        let v = match views.entry(item) {
                            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
                            std::collections::hash_map::Entry::Vacant(e) => {
                                e.insert(db.stack_view_in(item, lang)?)
                            }
                        };
                        hand.item_reference = Some(v.item_reference.clone());
                        if s == EntryStatus::Speaking {
                            HandState::Speaking
                        } else if let Some(w) = v.waiting.iter().find(|w| Some(w.entry_id) == entry)
                        {
                            hand.position = Some(w.position);
                            hand.reason = Some(w.reason.label.clone());
                            hand.policy_label = Some(v.policy_label.clone());
                            HandState::Waiting
                        } else {
                            HandState::Waiting
                        }
                    }
                    // Withdrawn by the stack-keeper, or removed with its item.
                    (HandStatus::Accepted, _, _) => HandState::Withdrawn,
                };
                out.insert(device, hand);
            }
            Ok(out)
        })
    }
}

/// A pending request's meeting, name and kind; refused when it is no longer pending.
fn pending(tx: &crate::Tx, hand: Uuid) -> Result<(Uuid, String, EntryKind)> {
    let (meeting, name, kind, status): (Uuid, String, EntryKind, HandStatus) = tx
        .query_row(
            "SELECT meeting_id, name, kind, status FROM hand_requests WHERE id = ?1",
            [hand],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or_else(|| not_found!("room-hand-not-found", id = hand))?;
    if status != HandStatus::Pending {
        return Err(conflict!(
            "room-hand-already-decided",
            name = name,
            status = status.as_str()
        ));
    }
    Ok((meeting, name, kind))
}

fn decide(tx: &crate::Tx, hand: Uuid, status: HandStatus, entry: Option<Uuid>) -> Result<()> {
    tx.execute(
        "UPDATE hand_requests SET status = ?2, stack_entry_id = ?3, decided_at = ?4, updated_at = ?4,
                revision = revision + 1
         WHERE id = ?1",
        params![hand, status, entry, tx.now],
    )?;
    Ok(())
}
