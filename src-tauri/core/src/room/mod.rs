//! The room (architecture.md, "The room"): the laptop serves the GA's other devices.
//!
//! - [`commands`]: **the** table of commands the room's devices may call — each a name,
//!   the roles allowed to call it and one function over one core call. The desktop app's
//!   IPC and the room's HTTP server both dispatch through it, so a command exists once.
//! - [`hands`]: hands raised from phones, accepted into the stack or declined.
//! - [`page_words`]: the participants' page in the room's language (the app's).
//! - [`server`] (cargo feature `room-server`, on by default): the HTTP server — pairing,
//!   the participants' page, pushed updates — run by `plenary room serve` and inside the
//!   desktop app on Tauri's tokio runtime. It lives in the core so that both reach it
//!   without a crate of its own; the feature keeps axum and tokio out of a core built
//!   without it.

pub mod commands;
pub mod hands;
#[cfg(feature = "room-server")]
pub mod page_words;
#[cfg(feature = "room-server")]
pub mod server;

crate::text_enum! {
    /// Who calls a command: a participant's phone, a paired team device, or the host
    /// (the desktop app itself, or the terminal running `plenary room serve`).
    Role, "room role" {
        Participant = "participant",
        StackKeeper = "stack-keeper",
        MinuteTaker = "minute-taker",
        Host = "host",
    }
}

impl Role {
    /// The roles a pairing code may give (the host is never paired: it is the laptop).
    pub const PAIRABLE: &'static [Role] = &[Role::StackKeeper, Role::MinuteTaker];
}
