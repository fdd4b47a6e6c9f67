//! The desktop app started where no window can open (no X11 or Wayland display: a
//! server, an SSH session) says so in words and exits with 1 — not a panic's backtrace
//! (exit 101), which is what Tauri's event loop does when GTK cannot initialise.

#[cfg(target_os = "linux")]
#[test]
fn without_a_display_the_app_says_so_and_exits_with_1() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary-app"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("PLENARY_DB", dir.path().join("never-made.db"))
        .output()
        .expect("the app runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status {:?}; stderr:\n{stderr}",
        out.status
    );
    assert!(
        stderr.contains("Plenary could not open its window") && stderr.contains("DISPLAY not set"),
        "stderr:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "stderr:\n{stderr}");
    assert!(
        !dir.path().join("never-made.db").exists(),
        "no database is made without a window"
    );
}
