// Prevents an extra console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Without a display GTK cannot start, and Tauri's event loop then panics with a
    // backtrace ("Failed to initialize gtk backend!"). Check first and say it in words.
    #[cfg(target_os = "linux")]
    if let Err(e) = gtk::init() {
        let var = |name| std::env::var(name).unwrap_or_else(|_| "not set".into());
        eprintln!(
            "error: Plenary could not open its window: {e} (DISPLAY {}, WAYLAND_DISPLAY {}).\n\
             Start it from a desktop session. The `plenary` command line works without one.",
            var("DISPLAY"),
            var("WAYLAND_DISPLAY"),
        );
        std::process::exit(1);
    }
    if let Err(e) = plenary_app::run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
