//! Working groups: category, status with a dated history, description, contact, schedule.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::journal::Actor;
use crate::paging::{Listing, Order, Page, PageRequest};
use crate::{conflict, invalid, not_found, text_enum, validate, Db, Error, Result};

text_enum! {
    WgCategory, "working-group category" {
        Operational = "operational",
        Sectorial = "sectorial",
        Strategy = "strategy",
        // Identity-based groups (a People of Color caucus, a women's caucus).
        Caucus = "caucus",
    }
}

text_enum! {
    /// `forming → active ⇄ dormant → dissolved`.
    WgStatus, "working-group status" {
        Forming = "forming",
        Active = "active",
        Dormant = "dormant",
        Dissolved = "dissolved",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct WorkingGroup {
    pub id: Uuid,
    pub origin: Uuid,
    pub name: String,
    pub category: WgCategory,
    pub status: WgStatus,
    pub description: String,
    pub contact: String,
    pub schedule: String,
    /// The date of the latest status change.
    pub status_since: NaiveDate,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: i64,
}

/// A working group as a form offers it to choose (a proposal's group, a report-back's):
/// only what the choice shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WgChoice {
    pub id: Uuid,
    pub name: String,
    pub category: WgCategory,
    pub status: WgStatus,
}

/// At most this many choices (an assembly with more live groups would need a search;
/// none known has come near).
pub const MAX_WG_CHOICES: u32 = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct WgStatusChange {
    pub status: WgStatus,
    pub changed_on: NaiveDate,
    pub note: String,
}

/// What a person fills in to create a working group.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewWg {
    pub name: String,
    pub category: String,
    /// Defaults to `forming`.
    pub status: Option<String>,
    pub description: String,
    pub contact: String,
    pub schedule: String,
}

/// The filters of a list of working groups.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct WgFilter {
    pub status: Option<WgStatus>,
    /// The assembly it belongs to.
    pub origin: Option<Uuid>,
}

/// By name (case-insensitive), then id.
pub(crate) const WG_ORDER: Order = Order {
    keys: &["w.name COLLATE NOCASE", "w.id"],
    descending: false,
};

pub(crate) const WG_COLUMNS: &str =
    "w.id, w.origin, w.name, w.category, w.status, w.description, w.contact, w.schedule,
     (SELECT max(changed_on) FROM wg_status_changes c WHERE c.wg_id = w.id),
     w.created_at, w.updated_at, w.revision";

pub(crate) fn wg_from_row(r: &rusqlite::Row) -> rusqlite::Result<WorkingGroup> {
    Ok(WorkingGroup {
        id: r.get(0)?,
        origin: r.get(1)?,
        name: r.get(2)?,
        category: r.get(3)?,
        status: r.get(4)?,
        description: r.get(5)?,
        contact: r.get(6)?,
        schedule: r.get(7)?,
        status_since: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        revision: r.get(11)?,
    })
}

impl Db {
    pub fn add_wg(&mut self, actor: Actor, input: &NewWg) -> Result<WorkingGroup> {
        let name = validate::line(crate::word!("field-working-group-name"), &input.name)?;
        let category: WgCategory = input.category.parse()?;
        let status: WgStatus = input.status.as_deref().unwrap_or("forming").parse()?;
        let description = validate::text(crate::word!("field-description"), &input.description)?;
        let contact = validate::optional_line(crate::word!("field-contact"), &input.contact)?;
        let schedule =
            validate::optional_line(crate::word!("field-meeting-schedule"), &input.schedule)?;
        let id = self.write(actor, |tx| {
            let taken: Option<String> = tx
                .query_row(
                    "SELECT name FROM working_groups WHERE origin = ?1 AND name = ?2 COLLATE NOCASE",
                    params![tx.origin, name],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(existing) = taken {
                return Err(conflict!("wg-name-taken", name = existing));
            }
            let id = tx.new_id();
            tx.execute(
                "INSERT INTO working_groups (id, origin, name, category, status, description, contact, schedule, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![id, tx.origin, name, category, status, description, contact, schedule, tx.now],
            )?;
            insert_status_change(tx, id, status, tx.now.date_naive(), "")?;
            tx.journal("wg.add", "working_groups", id, None, serde_json::json!({"name": name, "category": category, "status": status}))?;
            Ok(id)
        })?;
        self.wg(id)
    }

    /// Changes a WG's status and records the change with its date (today unless given).
    pub fn set_wg_status(
        &mut self,
        actor: Actor,
        wg: Uuid,
        status: WgStatus,
        on: Option<NaiveDate>,
        note: &str,
    ) -> Result<WorkingGroup> {
        let note = validate::optional_line(crate::word!("field-note"), note)?;
        let current = self.wg(wg)?;
        self.write(actor, |tx| {
            tx.ensure_owned(crate::db::Owned::Wg(&current.name), current.origin)?;
            if current.status == status {
                return Err(conflict!(
                    "wg-status-unchanged",
                    name = &current.name,
                    status = status.as_str()
                ));
            }
            let on = on.unwrap_or(tx.now.date_naive());
            if on < current.status_since {
                return Err(invalid!(
                    "wg-status-before-since",
                    on = on.to_string(),
                    name = &current.name,
                    status = current.status.as_str(),
                    since = current.status_since.to_string()
                ));
            }
            tx.execute(
                "UPDATE working_groups SET status = ?1, updated_at = ?2, revision = revision + 1 WHERE id = ?3",
                params![status, tx.now, wg],
            )?;
            insert_status_change(tx, wg, status, on, &note)?;
            tx.journal("wg.status", "working_groups", wg, None, serde_json::json!({"from": current.status, "to": status, "on": on}))
        })?;
        self.wg(wg)
    }

    pub fn wg(&self, id: Uuid) -> Result<WorkingGroup> {
        self.conn
            .query_row(
                &format!("SELECT {WG_COLUMNS} FROM working_groups w WHERE w.id = ?1"),
                [id],
                wg_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found!("wg-not-found", id = id))
    }

    /// Every working group this database knows (local and imported), by name.
    pub fn wgs(&self) -> Result<Vec<WorkingGroup>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {WG_COLUMNS} FROM working_groups w ORDER BY w.name COLLATE NOCASE, w.id"
        ))?;
        let rows = st.query_map([], wg_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A window of the working groups known here, by name.
    pub fn wgs_page(&self, filter: &WgFilter, req: &PageRequest) -> Result<Page<WorkingGroup>> {
        let list = Listing::new(WG_COLUMNS, "working_groups w", WG_ORDER)
            .filter_opt("w.status = ?", filter.status)
            .filter_opt("w.origin = ?", filter.origin);
        self.page(&list, req, wg_from_row)
    }

    /// This assembly's working groups that can still propose or report back (every one
    /// not dissolved), by name: what the new-proposal and add-item forms offer, read when
    /// they open. Others' groups are not offered: a record naming one could not be
    /// exported (`Tx::ensure_own_wg`).
    pub fn wg_choices(&self) -> Result<Vec<WgChoice>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, name, category, status FROM working_groups
             WHERE origin = ?1 AND status <> ?2
             ORDER BY name COLLATE NOCASE, id LIMIT ?3",
        )?;
        let rows = st.query_map(
            params![self.local_id()?, WgStatus::Dissolved, MAX_WG_CHOICES],
            |r| {
                Ok(WgChoice {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    category: r.get(2)?,
                    status: r.get(3)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// An assembly's active working groups, the most recently heard from first: the
    /// latest of its own last change and its last report-back (the dashboard's
    /// "recently active", bounded by `limit`; the complete list is [`Db::wgs_page`]).
    pub fn recently_active_wgs(&self, origin: Uuid, limit: u32) -> Result<Vec<WorkingGroup>> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {WG_COLUMNS} FROM working_groups w
             WHERE w.origin = ?1 AND w.status = ?2
             ORDER BY max(w.updated_at,
                          coalesce((SELECT max(r.created_at) FROM report_backs r WHERE r.wg_id = w.id), '')) DESC,
                      w.name COLLATE NOCASE, w.id
             LIMIT ?3"
        ))?;
        let rows = st.query_map(params![origin, WgStatus::Active, limit], wg_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn wg_history(&self, id: Uuid) -> Result<Vec<WgStatusChange>> {
        let mut st = self.conn.prepare(
            "SELECT status, changed_on, note FROM wg_status_changes WHERE wg_id = ?1 ORDER BY changed_on, created_at, id",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(WgStatusChange {
                status: r.get(0)?,
                changed_on: r.get(1)?,
                note: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl crate::Tx<'_> {
    /// Refuses a working group of another assembly where only this assembly's own may be
    /// named (`refusal` words it, given the group's name). Also keeps bundles whole: a
    /// record that refers to another assembly's WG could not be exported.
    pub fn ensure_own_wg(&self, wg: Uuid, refusal: impl FnOnce(String) -> Error) -> Result<()> {
        let (origin, name): (Uuid, String) = self.query_row(
            "SELECT origin, name FROM working_groups WHERE id = ?1",
            [wg],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if origin != self.origin {
            return Err(refusal(name));
        }
        Ok(())
    }
}

pub(crate) fn insert_status_change(
    tx: &crate::Tx,
    wg: Uuid,
    status: WgStatus,
    on: NaiveDate,
    note: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO wg_status_changes (id, origin, wg_id, status, changed_on, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![tx.new_id(), tx.origin, wg, status, on, note, tx.now],
    )?;
    Ok(())
}
