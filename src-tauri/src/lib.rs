//! The desktop shell: windows, state and Tauri commands. It decides nothing — every
//! command is a few lines over one `plenary_core` call (docs/ARCHITECTURE.md).

pub mod command_names;
pub mod commands;
mod dialog;
pub mod lock;
mod state;

pub use state::AppState;

use tauri::{App, Builder, Context, Manager, Runtime};

/// Registers plugins and command handlers. Shared by `run()` and the mock-runtime tests,
/// so that the tests exercise the real handler table.
pub fn builder<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(commands::handler())
}

/// Opens the database and puts it in the app's state. Called on the built app (not in
/// `setup`, which runs later and not at all under the mock runtime). An encrypted
/// database waits for its passphrase: the app starts locked (lock.rs).
pub fn manage_db<R: Runtime>(
    app: &App<R>,
    db_path: Option<std::path::PathBuf>,
) -> plenary_core::Result<()> {
    let path = match db_path {
        Some(p) => p,
        None => plenary_core::db::default_db_path()?,
    };
    if plenary_core::Db::is_encrypted_file(&path)? {
        app.manage(lock::Lock::locked(path));
        return Ok(());
    }
    let db = plenary_core::Db::open(&path)?;
    app.manage(lock::Lock::open());
    app.manage(AppState::new(db)?);
    Ok(())
}

/// The database path from `PLENARY_DB`, if set.
pub fn db_path_from_env() -> Option<std::path::PathBuf> {
    std::env::var_os("PLENARY_DB").map(Into::into)
}

pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    let app = builder(Builder::default()).build(context())?;
    manage_db(&app, db_path_from_env())?;
    watch_folders(&app)?;
    app.run(|_, _| {});
    Ok(())
}

/// The event the federation view listens to: what the folder watcher did
/// (`plenary_core::federation::watch::FolderEvent`).
pub const FOLDER_EVENT: &str = "federation-folders";

/// Watches the federation inbox while the app runs (it idles until folders are chosen,
/// and follows a change of folders), telling the windows what it did.
pub fn watch_folders<R: Runtime>(app: &App<R>) -> plenary_core::Result<()> {
    use tauri::Emitter;
    // An encrypted database waits for its passphrase: no state to watch yet (the
    // panel's "Sync now" works once it is unlocked).
    let Some(state) = app.try_state::<AppState>() else {
        return Ok(());
    };
    let handle = app.handle().clone();
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
