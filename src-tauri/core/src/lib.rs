//! plenary-core: everything Plenary decides and stores. No Tauri, no UI.
//!
//! The shells (the desktop app in `src-tauri/src`, the `plenary` command line in
//! `src/bin/plenary`) parse input, call one function here, and show the result.
//! Start at [`Db`]: every action is a method on it, one transaction each.

pub mod error;
pub mod text_enum;

pub mod action_item;
pub mod agenda;
pub mod agenda_proposals;
pub mod announcement;
pub mod assembly;
pub mod attendance;
pub mod backup;
pub mod bundle;
pub mod checkpoint;
pub mod correction;
pub mod dashboard;
pub mod db;
pub mod decision;
pub mod demo;
mod demo_council;
mod demo_proposals;
pub mod federation;
pub mod i18n;
pub mod journal;
mod key_file;
pub mod meeting;
pub mod minutes;
mod open;
pub mod order_of_business;
pub mod paging;
pub mod passphrase;
pub mod person;
pub mod person_forget;
pub mod projector;
pub mod proposal;
pub mod refs;
pub mod rekey;
pub mod room;
pub mod rule;
pub mod search;
pub mod spokes;
pub mod stack;
pub mod storage;
pub mod validate;
pub mod wg;
pub mod wg_detail;

#[cfg(test)]
mod bindings;

pub use db::{Db, Tx};
pub use error::{Error, Result};
pub use journal::Actor;
