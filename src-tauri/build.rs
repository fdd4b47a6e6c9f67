// Runs with the repository root as its working directory (the app package lives at the
// root; see docs/ARCHITECTURE.md). Every app command is declared here so that the ACL
// applies to it: a window may call only what its capability file grants.
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(plenary_commands::ALL)),
    )
    .expect("failed to run tauri-build");
}

#[path = "src/command_names.rs"]
mod plenary_commands;
