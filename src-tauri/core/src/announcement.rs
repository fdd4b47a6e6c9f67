//! Announcements as records (ga-process.md, "Real GAs"): at an announcement item, who
//! spoke, on whose behalf ("Nan, for Occupy Newark") and what they announced — not a
//! stack entry, so that the minutes keep them.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::agenda::ItemKind;
use crate::correction::{self, Change, Worded};
use crate::error::{Said, SaidArg};
use crate::journal::Actor;
use crate::{invalid, not_found, validate, Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Announcement {
    pub id: Uuid,
    pub agenda_item_id: Uuid,
    /// 1, 2, … in the order they were made at the item.
    pub position: i64,
    pub person_id: Option<Uuid>,
    pub by: Option<String>,
    /// "Occupy Newark", "the Women's Caucus"; empty when made in one's own name.
    pub on_behalf_of: String,
    pub text: String,
}

/// An announcement added or taken back after the GA closed, as corrections: who made it
/// (a name, so that redacted minutes replace it even once the announcement is gone) and
/// what ("for Occupy Newark: march on Saturday"). `added`: after, not before. Returns
/// the meeting.
fn correct(
    tx: &crate::db::Tx,
    item: Uuid,
    by: &str,
    on_behalf_of: &str,
    text: &str,
    added: bool,
) -> Result<Uuid> {
    let number = tx.item_number(item)?;
    let what: Worded = if on_behalf_of.is_empty() {
        text.into()
    } else {
        Said::new(
            "correction-on-behalf",
            [
                ("whom", SaidArg::Text(on_behalf_of.to_string())),
                ("text", SaidArg::Text(text.to_string())),
            ],
        )
        .into()
    };
    let change = |field: &str, value: Worded| {
        let (before, after) = if added {
            (Worded::from(""), value)
        } else {
            (value, Worded::from(""))
        };
        Change::new(
            "announcements",
            item,
            correction::of_item(&number, field),
            before,
            after,
        )
    };
    if !by.is_empty() {
        tx.edit_item(
            item,
            change("correction-announcement-by", by.into()).of_names(),
        )?;
    }
    tx.edit_item(item, change("correction-announcement", what))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewAnnouncement {
    /// Who made it (created if new); empty: not recorded.
    pub by: String,
    pub on_behalf_of: String,
    pub text: String,
}

impl Db {
    /// Records an announcement made at an announcement item.
    pub fn announce(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &NewAnnouncement,
    ) -> Result<Announcement> {
        let text = validate::text(crate::word!("field-text"), &input.text)?;
        if text.is_empty() {
            return Err(invalid!("announcement-needs-text"));
        }
        let on_behalf_of =
            validate::optional_line(crate::word!("field-on-behalf-of"), &input.on_behalf_of)?;
        let by = validate::optional_line(crate::word!("field-by"), &input.by)?;
        let id = self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_writable(item)?;
            let kind: ItemKind =
                tx.query_row("SELECT kind FROM agenda_items WHERE id = ?1", [item], |r| {
                    r.get(0)
                })?;
            if kind != ItemKind::Announcement {
                return Err(invalid!("announcement-wrong-item", kind = kind.as_str()));
            }
            let person = (!by.is_empty())
                .then(|| tx.person_by_name(&by))
                .transpose()?;
            let position: i64 = tx.query_row(
                "SELECT coalesce(max(position), 0) + 1 FROM announcements WHERE agenda_item_id = ?1",
                [item],
                |r| r.get(0),
            )?;
            let id = tx.new_id();
            // After the GA closed, an announcement left out is a correction.
            correct(tx, item, &by, &on_behalf_of, &text, true)?;
            tx.execute(
                "INSERT INTO announcements (id, origin, agenda_item_id, position, person_id, on_behalf_of, text, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![id, tx.origin, item, position, person, on_behalf_of, text, tx.now],
            )?;
            tx.journal(
                "announcement.add",
                "announcements",
                id,
                Some(meeting),
                serde_json::json!({"item": item, "person": person, "on_behalf_of": on_behalf_of}),
            )?;
            Ok(id)
        })?;
        self.announcement(id)
    }

    /// Takes back an announcement recorded by mistake.
    pub fn remove_announcement(&mut self, actor: Actor, id: Uuid) -> Result<Vec<Announcement>> {
        let a = self.announcement(id)?;
        let item = a.agenda_item_id;
        self.write(actor, |tx| {
            let by = a.by.as_deref().unwrap_or_default();
            let meeting = correct(tx, item, by, &a.on_behalf_of, &a.text, false)?;
            tx.execute("DELETE FROM announcements WHERE id = ?1", [id])?;
            tx.journal(
                "announcement.remove",
                "announcements",
                id,
                Some(meeting),
                serde_json::json!({}),
            )
        })?;
        self.announcements(item)
    }

    pub fn announcement(&self, id: Uuid) -> Result<Announcement> {
        self.conn
            .query_row(&format!("{SELECT} WHERE an.id = ?1"), [id], from_row)
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => {
                    not_found!("announcement-not-found", id = id)
                }
                e => e.into(),
            })
    }

    /// The announcements made at an item, in order.
    pub fn announcements(&self, item: Uuid) -> Result<Vec<Announcement>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE an.agenda_item_id = ?1 ORDER BY an.position"
        ))?;
        let rows = st.query_map([item], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

const SELECT: &str =
    "SELECT an.id, an.agenda_item_id, an.position, an.person_id, p.name, an.on_behalf_of, an.text
     FROM announcements an LEFT JOIN people p ON p.id = an.person_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Announcement> {
    Ok(Announcement {
        id: r.get(0)?,
        agenda_item_id: r.get(1)?,
        position: r.get(2)?,
        person_id: r.get(3)?,
        by: r.get(4)?,
        on_behalf_of: r.get(5)?,
        text: r.get(6)?,
    })
}
