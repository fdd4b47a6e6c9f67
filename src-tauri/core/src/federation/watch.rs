//! Watching the inbox (architecture.md, "Federation through a shared folder"): a thread
//! that syncs once on start, then looks through the inbox when files arrive (the file
//! system's notifications, debounced: a sync engine writes a file in several steps), at
//! least every [`RESCAN`] anyway (a shared drive on the network may notify nothing), and
//! writes the outbox after a GA is closed. `plenary federation watch` runs it headless;
//! the desktop app runs it while it is open, on its own database connection's mutex.

use std::path::PathBuf;
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use serde::{Deserialize, Serialize};

use super::folder::{InboxPass, SyncReport};
use crate::error::Said;
use crate::journal::Actor;
use crate::{Db, Result};

/// Quiet time after the last notification before the inbox is looked through: a copy in
/// progress notifies at every write.
pub const DEBOUNCE: Duration = Duration::from_millis(300);
/// Files that keep changing are looked at after this long all the same.
const DEBOUNCE_MAX: Duration = Duration::from_secs(2);
/// The inbox is looked through at least this often, notified or not.
pub const RESCAN: Duration = Duration::from_secs(30);
/// How often the watcher checks whether a GA was closed (the outbox is then written) and
/// whether the folders were changed.
const OUTBOX_CHECK: Duration = Duration::from_secs(1);
const TICK: Duration = Duration::from_millis(100);

/// What the watcher did (or why it could not): sent after every pass that found
/// something, every outbox bundle written, and every new error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct FolderEvent {
    pub at: DateTime<Utc>,
    pub report: Option<SyncReport>,
    /// What went wrong, in English (`--json`).
    pub error: Option<String>,
    /// The same as a message, to word in the reader's language (`Said::said_in`); `None`
    /// for a failure with no words of its own (the database's).
    pub error_said: Option<Said>,
}

enum Msg {
    Changed,
    Stop,
}

/// The running watcher; dropping it stops it (and waits for the pass under way).
pub struct FolderWatch {
    send: Sender<Msg>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for FolderWatch {
    fn drop(&mut self) {
        let _ = self.send.send(Msg::Stop);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn lock(db: &Mutex<Db>) -> MutexGuard<'_, Db> {
    // Every action is one transaction: a panic elsewhere cannot leave it half-written.
    db.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts watching the folders chosen in `db` (it follows a change of folders). Each
/// event goes to `on_event`, from the watcher's thread.
pub fn watch_folders(
    db: Arc<Mutex<Db>>,
    actor: Actor,
    on_event: impl Fn(FolderEvent) + Send + 'static,
) -> Result<FolderWatch> {
    let (send, receive) = channel();
    let notifier = send.clone();
    let thread = std::thread::Builder::new()
        .name("plenary-folders".into())
        .spawn(move || {
            let mut w = Loop {
                db,
                actor,
                on_event: Box::new(on_event),
                notifier,
                watched: None,
                last_error: None,
            };
            w.run(receive)
        })
        .map_err(|e| crate::Error::io(crate::error_message!("io-cannot-watch-inbox"), e))?;
    Ok(FolderWatch {
        send,
        thread: Some(thread),
    })
}

struct Loop {
    db: Arc<Mutex<Db>>,
    actor: Actor,
    on_event: Box<dyn Fn(FolderEvent) + Send>,
    notifier: Sender<Msg>,
    /// The folder watched and its notifier (`None` inside: notifications unavailable,
    /// the periodic rescan still runs).
    watched: Option<(PathBuf, Option<RecommendedWatcher>)>,
    last_error: Option<String>,
}

impl Loop {
    fn run(&mut self, receive: std::sync::mpsc::Receiver<Msg>) {
        let mut first_change: Option<Instant> = None;
        let mut last_change = Instant::now();
        let mut last_scan = Instant::now();
        let mut last_outbox_check = Instant::now();
        let mut last_folder_check: Option<Instant> = None;
        loop {
            // The folders, as chosen now (a person may change them while this runs).
            let check_folders = last_folder_check.is_none_or(|t| t.elapsed() >= OUTBOX_CHECK);
            if check_folders {
                last_folder_check = Some(Instant::now());
            }
            if check_folders && self.follow_folders() {
                // New (or first) folders: a whole sync, the outbox included.
                let r = lock(&self.db).federation_sync(self.actor);
                self.send(r.map(Some));
                last_scan = Instant::now();
                first_change = None;
            }
            let now = Instant::now();
            let settled = first_change.is_some_and(|first| {
                now.duration_since(last_change) >= DEBOUNCE
                    || now.duration_since(first) >= DEBOUNCE_MAX
            });
            if self.watched.is_some() && (settled || now.duration_since(last_scan) >= RESCAN) {
                let r = lock(&self.db).sync_inbox(self.actor);
                self.send(r.map(|inbox| {
                    found_something(&inbox).then_some(SyncReport {
                        inbox,
                        outbox: None,
                    })
                }));
                last_scan = Instant::now();
                first_change = None;
            }
            if self.watched.is_some() && now.duration_since(last_outbox_check) >= OUTBOX_CHECK {
                last_outbox_check = now;
                let mut db = lock(&self.db);
                let r = match db.outbox_due() {
                    Ok(true) => db.write_outbox(self.actor).map(|o| {
                        o.written.is_some().then_some(SyncReport {
                            inbox: InboxPass::default(),
                            outbox: Some(o),
                        })
                    }),
                    Ok(false) => Ok(None),
                    Err(e) => Err(e),
                };
                drop(db);
                self.send(r);
            }
            match receive.recv_timeout(TICK) {
                Ok(Msg::Changed) => {
                    last_change = Instant::now();
                    first_change.get_or_insert(last_change);
                }
                Ok(Msg::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }

    /// Watches the inbox now chosen; true when it changed (then a whole sync is due).
    fn follow_folders(&mut self) -> bool {
        let found = lock(&self.db).folder_inbox();
        let inbox = match found {
            Ok(i) => i,
            Err(e) => {
                self.send(Err(e));
                return false;
            }
        };
        let Some(inbox) = inbox else {
            self.watched = None;
            return false;
        };
        if self.watched.as_ref().is_some_and(|(p, _)| *p == inbox) {
            return false;
        }
        let notifier = self.notifier.clone();
        let watcher = notify::recommended_watcher(move |e: notify::Result<notify::Event>| {
            if e.is_ok() {
                let _ = notifier.send(Msg::Changed);
            }
        })
        .and_then(|mut w| w.watch(&inbox, RecursiveMode::NonRecursive).map(|()| w));
        let watcher = match watcher {
            Ok(w) => Some(w),
            Err(e) => {
                self.send(Err(crate::invalid!(
                    "federation-inbox-unwatched",
                    inbox = inbox.display().to_string(),
                    detail = e.to_string(),
                    seconds = RESCAN.as_secs()
                )));
                None
            }
        };
        self.watched = Some((inbox, watcher));
        true
    }

    fn send(&mut self, r: Result<Option<SyncReport>>) {
        let at = Utc::now();
        match r {
            Ok(Some(report)) => {
                self.last_error = None;
                (self.on_event)(FolderEvent {
                    at,
                    report: Some(report),
                    error: None,
                    error_said: None,
                });
            }
            Ok(None) => {}
            Err(e) => {
                let message = e.to_string();
                // The same error again (an inbox still missing) is said once.
                if self.last_error.as_deref() != Some(message.as_str()) {
                    self.last_error = Some(message.clone());
                    (self.on_event)(FolderEvent {
                        at,
                        report: None,
                        error: Some(message),
                        error_said: e.worded().map(|m| Said::from(m.as_ref())),
                    });
                }
            }
        }
    }
}

/// Whether a pass read anything (a pass that found every file unchanged says nothing).
fn found_something(p: &InboxPass) -> bool {
    p.read > 0
}
