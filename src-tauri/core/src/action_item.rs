//! Action items: what someone agreed to do, recorded on the agenda item where it was
//! agreed, and listed in the minutes.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::journal::Actor;
use crate::{not_found, validate, Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ActionItem {
    pub id: Uuid,
    pub agenda_item_id: Uuid,
    pub text: String,
    pub person_id: Option<Uuid>,
    /// Who will do it.
    pub who: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewActionItem {
    pub text: String,
    /// The name of who will do it (created if new).
    pub who: Option<String>,
}

impl Db {
    pub fn add_action_item(
        &mut self,
        actor: Actor,
        item: Uuid,
        input: &NewActionItem,
    ) -> Result<ActionItem> {
        let text = validate::required_text(crate::word!("field-action-item"), &input.text)?;
        let id = self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_live(item)?;
            let who = input.who.as_deref().filter(|w| !w.trim().is_empty()).map(|w| tx.person_by_name(w)).transpose()?;
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO action_items (id, origin, agenda_item_id, text, person_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![id, tx.origin, item, text, who, tx.now],
            )?;
            tx.journal("action.add", "action_items", id, Some(meeting), serde_json::json!({"item": item}))?;
            Ok(id)
        })?;
        self.action_item(id)
    }

    pub fn remove_action_item(&mut self, actor: Actor, id: Uuid) -> Result<()> {
        let a = self.action_item(id)?;
        self.write(actor, |tx| {
            let (meeting, _) = tx.ensure_item_live(a.agenda_item_id)?;
            tx.execute("DELETE FROM action_items WHERE id = ?1", [id])?;
            tx.journal(
                "action.remove",
                "action_items",
                id,
                Some(meeting),
                serde_json::json!({"text": a.text}),
            )
        })
    }

    pub fn action_item(&self, id: Uuid) -> Result<ActionItem> {
        self.conn
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row)
            .optional()?
            .ok_or_else(|| not_found!("action-item-not-found", id = id))
    }

    /// The action items of an agenda item, in the order recorded.
    pub fn action_items(&self, item: Uuid) -> Result<Vec<ActionItem>> {
        let mut st = self.conn.prepare_cached(&format!(
            "{SELECT} WHERE a.agenda_item_id = ?1 ORDER BY a.created_at, a.id"
        ))?;
        let rows = st.query_map([item], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

const SELECT: &str =
    "SELECT a.id, a.agenda_item_id, a.text, a.person_id, p.name FROM action_items a LEFT JOIN people p ON p.id = a.person_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: r.get(0)?,
        agenda_item_id: r.get(1)?,
        text: r.get(2)?,
        person_id: r.get(3)?,
        who: r.get(4)?,
    })
}
