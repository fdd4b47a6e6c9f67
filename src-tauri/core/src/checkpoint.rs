//! Checkpointing the write-ahead log off the action path.
//!
//! By default SQLite checkpoints the log inside the commit that takes it past 1,000
//! pages (`wal_autocheckpoint`): that one action then also copies every page to the main
//! file and flushes it — a stack action that took 464 ms instead of 1. The desktop app
//! hands this to a [`Checkpointer`]: a thread with its own connection that runs a
//! PASSIVE checkpoint (it never waits for, nor blocks, the writer) every interval, so an
//! action only appends its pages to the log and flushes the log.
//!
//! Durability is unchanged: with `synchronous=FULL` a commit is durable once its log
//! frames are flushed, before it returns; a checkpoint only moves committed pages into
//! the main file, and SQLite's recovery replays the log after a crash whatever the
//! checkpointer was doing (`tests/checkpoint.rs` kills a process mid-run to show it).
//!
//! Short-lived processes (the command line) keep SQLite's automatic checkpoint, and the
//! last connection to close checkpoints anyway.

use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use crate::{Db, Error, Result};

/// The background checkpointer of one database; stopping it (drop) runs a last
/// checkpoint and joins the thread.
pub struct Checkpointer {
    stop: Arc<(Mutex<bool>, Condvar)>,
    thread: Option<JoinHandle<()>>,
}

impl Db {
    /// Moves checkpoints out of this connection's commits: turns off the automatic
    /// checkpoint here and starts a thread that checkpoints every `every`. `None` for an
    /// in-memory database (it has no log).
    pub fn checkpoint_in_background(&self, every: Duration) -> Result<Option<Checkpointer>> {
        // Keyed as this connection is, when the database is encrypted.
        let Some(conn) = self.open_sibling()? else {
            return Ok(None);
        };
        // A checkpoint that meets the writer's lock gives up at once and comes back next
        // time; it never makes the writer wait.
        conn.busy_timeout(Duration::ZERO)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let stop = Arc::new((Mutex::new(false), Condvar::new()));
        let signal = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("plenary-checkpoint".into())
            .spawn(move || run(conn, &signal, every))
            .map_err(|e| Error::io(crate::error_message!("io-cannot-start-checkpoint"), e))?;
        Ok(Some(Checkpointer {
            stop,
            thread: Some(thread),
        }))
    }
}

fn run(conn: Connection, stop: &(Mutex<bool>, Condvar), every: Duration) {
    let (lock, wake) = stop;
    let mut stopped = lock.lock().unwrap_or_else(|p| p.into_inner());
    while !*stopped {
        let (guard, _) = wake
            .wait_timeout(stopped, every)
            .unwrap_or_else(|p| p.into_inner());
        stopped = guard;
        // Busy or failed: nothing is lost (the pages stay in the log); try again later.
        let _ = checkpoint(&conn);
    }
}

/// One PASSIVE checkpoint: as many committed pages as can be copied without waiting.
fn checkpoint(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        let (lock, wake) = &*self.stop;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        wake.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
