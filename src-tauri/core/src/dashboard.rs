//! The assembly at a glance: what the desktop app's first screen shows. Bounded: the
//! next GAs, the latest ones and the working groups most recently heard from, with how
//! many there are in all; the complete lists are paged (`Db::meetings_page`,
//! `Db::wgs_page`). The same few whether the assembly is a month or ten years old.

use serde::Serialize;

use crate::assembly::Assembly;
use crate::meeting::{Meeting, MeetingFilter};
use crate::paging::PageRequest;
use crate::wg::{WgFilter, WgStatus, WorkingGroup};
use crate::{Db, Result};

/// How many GAs of each kind (upcoming, recent) the dashboard shows.
pub const DASHBOARD_MEETINGS: u32 = 10;
/// How many active working groups the dashboard shows: the most recently active. A
/// young assembly's handful all fit; a big one's 50 are one step away, in "All
/// working groups" (50 full cards made the dashboard 2.6 times slower to paint).
pub const DASHBOARD_WGS: u32 = 12;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Dashboard {
    pub assembly: Assembly,
    /// This assembly's active working groups most recently heard from (a report-back or
    /// a change), latest first: at most [`DASHBOARD_WGS`].
    pub working_groups: Vec<WorkingGroup>,
    /// How many active working groups it has.
    pub active_wgs: u64,
    /// How many working groups it has in all (any status).
    pub wg_total: u64,
    /// Its GAs not yet closed (planned or open), soonest first.
    pub upcoming: Vec<Meeting>,
    /// Its latest closed GAs, newest first.
    pub recent: Vec<Meeting>,
    /// How many GAs it has in all.
    pub meeting_total: u64,
}

impl Db {
    pub fn dashboard(&self) -> Result<Dashboard> {
        let assembly = self.local_assembly()?;
        let mine = Some(assembly.id);
        let working_groups = self.recently_active_wgs(assembly.id, DASHBOARD_WGS)?;
        let active = self.wgs_page(
            &WgFilter {
                status: Some(WgStatus::Active),
                origin: mine,
            },
            &PageRequest::first(1),
        )?;
        let all_wgs = self.wgs_page(
            &WgFilter {
                status: None,
                origin: mine,
            },
            &PageRequest::first(1),
        )?;
        let upcoming = self.upcoming_meetings(&PageRequest::first(DASHBOARD_MEETINGS))?;
        let recent = self.meetings_page(
            &MeetingFilter {
                status: Some(crate::meeting::MeetingStatus::Closed),
                year: None,
            },
            &PageRequest::first(DASHBOARD_MEETINGS),
        )?;
        let meeting_total = self
            .meetings_page(&MeetingFilter::default(), &PageRequest::first(1))?
            .total;
        Ok(Dashboard {
            working_groups,
            active_wgs: active.total,
            wg_total: all_wgs.total,
            upcoming: upcoming.items,
            recent: recent.items,
            meeting_total,
            assembly,
        })
    }
}
