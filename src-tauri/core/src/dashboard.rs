//! The assembly at a glance: what the desktop app's first screen shows.

use serde::Serialize;

use crate::assembly::Assembly;
use crate::meeting::Meeting;
use crate::wg::WorkingGroup;
use crate::{Db, Result};

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Dashboard {
    pub assembly: Assembly,
    /// This assembly's working groups, by name.
    pub working_groups: Vec<WorkingGroup>,
    /// This assembly's meetings, newest first.
    pub meetings: Vec<Meeting>,
}

impl Db {
    pub fn dashboard(&self) -> Result<Dashboard> {
        let assembly = self.local_assembly()?;
        let working_groups = self
            .wgs()?
            .into_iter()
            .filter(|w| w.origin == assembly.id)
            .collect();
        Ok(Dashboard {
            working_groups,
            meetings: self.meetings()?,
            assembly,
        })
    }
}
