//! The speakers' stack of each agenda item (ga-process.md, "The stack (who speaks next)").
//!
//! - [`order`]: THE ordering rule — one pure function, used by everything below.
//! - `actions`: the stack-keeper's actions (add, next, withdraw, prioritize, close,
//!   reopen, pause, resume, speaker limit, undo). Each is one [`crate::Db::write`]: durable
//!   before it returns, journaled, and recorded for undo.
//! - [`policy`]: the meeting's floor policy (fifo/progressive, first-time-first,
//!   alternating sub-lists, cap, no-repeat) and how it is written.
//! - [`undo`]: how undo puts the stack back EXACTLY as it was (before-images).
//! - [`view`]: the stack view model the stack-keeper's screen shows as is.
//! - [`equity`]: airtime equity — shares, sub-lists, the Gini over everyone present.
//! - [`log`]: the speaking log (start, end, pauses, overruns) and speaking statistics.
//! - [`demo`]: stacks and speeches for `plenary demo`'s past GAs.
//!
//! Stack actions are allowed on meetings that are not closed (planned or open); the
//! stack tables are `stacks`, `stack_entries`, `speeches`, `speech_pauses` and
//! `stack_undo` (migrations/0002_stack.sql).

mod actions;
pub mod demo;
pub mod equity;
mod floor;
pub mod log;
pub mod order;
pub mod policy;
pub mod undo;
pub mod undone;
pub mod view;

pub use actions::Floor;
pub use equity::Airtime;
pub use floor::PolicyChange;
pub use log::{KindStats, Pause, SpeakerStats, SpeakingStats, SpeechRecord};
pub use order::{order, EntryKind, History, Reason, ReasonCode, Waiting};
pub use policy::FloorPolicy;
pub use view::{CurrentSpeaker, KindOption, StackView, UndoStep, WaitingEntry};

crate::text_enum! {
    /// Where an entry is: waiting on the stack, speaking (has the floor), done (spoke),
    /// or withdrawn before speaking.
    EntryStatus, "stack entry status" {
        Waiting = "waiting",
        Speaking = "speaking",
        Done = "done",
        Withdrawn = "withdrawn",
    }
}
