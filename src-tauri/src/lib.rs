//! The desktop shell: windows, state and Tauri commands. It decides nothing — every
//! command is a few lines over one `plenary_core` call (docs/ARCHITECTURE.md).

pub mod command_names;
pub mod commands;
mod dialog;
pub mod file_drop;
pub mod lock;
mod state;

pub use state::AppState;

use tauri::{App, Builder, Context, Manager, Runtime, WindowEvent};

/// Registers plugins and command handlers. Shared by `run()` and the mock-runtime tests,
/// so that the tests exercise the real handler table.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(commands::handler())
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(drop) = event {
                file_drop::on_drag_drop(window, drop);
            }
        })
}

/// Opens the database and puts it in the app's state. Called on the built app (not in
/// `setup`, which runs later and not at all under the mock runtime). An encrypted
/// database waits for its passphrase: the app starts locked (lock.rs). One made by an
/// earlier version is not opened here: bringing its schema up to date can take seconds
/// to a minute on a long history, and the window would stay empty all that time. The app
/// starts locked with "upgrading" instead (the window says so), and the returned
/// [`Upgrade`] opens it — `run()` in a background thread.
pub fn manage_db<R: Runtime>(
    app: &App<R>,
    db_path: Option<std::path::PathBuf>,
) -> plenary_core::Result<Option<Upgrade<R>>> {
    let path = match db_path {
        Some(p) => p,
        None => plenary_core::db::default_db_path()?,
    };
    if plenary_core::Db::is_encrypted_file(&path)? {
        app.manage(lock::Lock::locked(path));
        return Ok(None);
    }
    if plenary_core::Db::needs_upgrade(&path)? {
        app.manage(lock::Lock::upgrading());
        return Ok(Some(Upgrade {
            app: app.handle().clone(),
            path,
        }));
    }
    let db = plenary_core::Db::open(&path)?;
    app.manage(lock::Lock::open());
    app.manage(AppState::new(db)?);
    Ok(None)
}

/// Milliseconds an upgrade waits before it starts, in debug builds (end-to-end tests).
pub const TEST_UPGRADE_PAUSE_VAR: &str = "PLENARY_TEST_UPGRADE_PAUSE_MS";

/// A database made by an earlier version, to open (its migrations run) while the app
/// refuses every command with `upgrading` ([`manage_db`]).
pub struct Upgrade<R: Runtime> {
    app: tauri::AppHandle<R>,
    path: std::path::PathBuf,
}

impl<R: Runtime> Upgrade<R> {
    /// Opens the database, makes the app's state and starts the folder watch; then the
    /// commands are answered. A failure is kept as what every command answers, so the
    /// window shows it (the upgrade is one transaction: the file is as it was).
    pub fn run(self) {
        // End-to-end tests hold the upgrade back to see the window while it runs (a small
        // database is brought up to date in milliseconds): debug builds only.
        if cfg!(debug_assertions) {
            if let Some(ms) = std::env::var(TEST_UPGRADE_PAUSE_VAR)
                .ok()
                .and_then(|v| v.parse().ok())
            {
                std::thread::sleep(std::time::Duration::from_millis(ms));
            }
        }
        let opened = plenary_core::Db::open(&self.path)
            .and_then(AppState::new)
            .map(|state| {
                self.app.manage(state);
            });
        let lock = self.app.state::<lock::Lock>();
        match &opened {
            Ok(()) => lock.upgraded(Ok(())),
            Err(e) => {
                eprintln!("error: {}: {e}", self.path.display());
                lock.upgraded(Err(e));
            }
        }
        if opened.is_ok() {
            if let Err(e) = watch_folders(&self.app) {
                eprintln!("error: the federation folders are not watched: {e}");
            }
        }
    }
}

/// The database path from `PLENARY_DB`, if set.
pub fn db_path_from_env() -> Option<std::path::PathBuf> {
    std::env::var_os("PLENARY_DB").map(Into::into)
}

pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let app = builder(Builder::default()).build(context())?;
    match manage_db(&app, db_path_from_env())? {
        Some(upgrade) => {
            std::thread::spawn(move || upgrade.run());
        }
        None => watch_folders(app.handle())?,
    }
    app.run(|_, _| {});
    Ok(())
}

/// The event the federation view listens to: what the folder watcher did
/// (`plenary_core::federation::watch::FolderEvent`).
pub const FOLDER_EVENT: &str = "federation-folders";

/// Watches the federation inbox while the app runs (it idles until folders are chosen,
/// and follows a change of folders), telling the windows what it did.
pub fn watch_folders<R: Runtime>(app: &tauri::AppHandle<R>) -> plenary_core::Result<()> {
    use tauri::Emitter;
    // An encrypted database waits for its passphrase: no state to watch yet (the
    // panel's "Sync now" works once it is unlocked).
    let Some(state) = app.try_state::<AppState>() else {
        return Ok(());
    };
    let handle = app.clone();
    let watch = plenary_core::federation::watch::watch_folders(
        state.shared_db(),
        plenary_core::Actor::Import,
        move |event| {
            let _ = handle.emit(FOLDER_EVENT, &event);
        },
    )?;
    state.keep_folder_watch(watch);
    Ok(())
}

/// The real context: config, embedded UI and capabilities. Generic over the runtime so
/// that the mock-runtime tests check the real ACL.
pub fn context<R: Runtime>() -> Context<R> {
    tauri::generate_context!()
}
