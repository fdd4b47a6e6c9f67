#!/usr/bin/env bash
# Installs what building, running and testing Plenary needs, and only what is missing:
#   - Debian packages: the Tauri 2 build dependencies (WebKitGTK 4.1 …), WebKitWebDriver,
#     Xvfb, ImageMagick and xdotool, chromium and chromium-driver, syncthing, PyGObject with
#     GTK 3 (apt-get update runs once, only if something is missing);
#   - tauri-driver 2.1.0 (cargo install, into ~/.cargo/bin);
#   - the npm packages of ui/ and tests/e2e/ (npm ci, when node_modules is missing or
#     older than package-lock.json).
# Rust (rustup, >= 1.95) and Node (>= 20.19) must already be installed; this script
# checks them and says so if they are not. Safe to run again: it does nothing when all
# is in place. Needs root or sudo only when Debian packages are missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev
  libssl-dev          # SQLCipher (encryption at rest) links the system libcrypto
  libayatana-appindicator3-dev librsvg2-dev
  webkit2gtk-driver   # /usr/bin/WebKitWebDriver, spawned by tauri-driver
  xvfb xauth          # xvfb-run (it needs xauth)
  imagemagick xdotool # scripts/screenshot
  chromium chromium-driver # tests/e2e/room.test.mjs: a participant's phone
  syncthing           # tests/e2e/federation-folder.test.mjs: the sync engine between two assemblies
  python3-gi gir1.2-gtk-3.0 # tests/e2e/lib/drag-source.py: a GTK drag source for real drops (import-drop.test.mjs)
)
TAURI_DRIVER_VERSION=2.1.0
RUST_MIN=1.95
NODE_MIN=20.19

# version_ge A B: is version A >= B (dotted numbers)?
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

# --- toolchains (checked, not installed) -------------------------------------------
export PATH="$HOME/.cargo/bin:$PATH"
{ command -v cargo && command -v rustc; } >/dev/null ||
  die "Rust is not installed. Install it with rustup (https://rustup.rs), version $RUST_MIN or newer, then run this again."
rust_version="$(rustc --version | awk '{print $2}')"
version_ge "$rust_version" "$RUST_MIN" ||
  die "rustc $rust_version is too old; Plenary needs $RUST_MIN or newer (rustup update stable)."
{ command -v node && command -v npm; } >/dev/null ||
  die "Node.js is not installed. Install Node $NODE_MIN or newer (with npm), then run this again."
node_version="$(node --version | sed 's/^v//')"
version_ge "$node_version" "$NODE_MIN" ||
  die "Node $node_version is too old; Plenary needs $NODE_MIN or newer."

# --- Debian packages ------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = installed ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null ||
    die "missing system packages (${missing[*]}) and no apt-get: install them by hand (this script knows Debian/Ubuntu)."
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}): run as root or install sudo."
    SUDO=(sudo)
    # Without a terminal sudo cannot ask for a password; say so instead of hanging.
    [ -t 0 ] || SUDO=(sudo -n)
  fi
  say "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# --- tauri-driver -------------------------------------------------------------------------
# Any tauri-driver already on PATH is used as it is (2.1.0 has no --version to check).
if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver $TAURI_DRIVER_VERSION (cargo install, about half a minute)"
  cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION" --quiet
fi

# --- npm packages ---------------------------------------------------------------------
# npm ci when node_modules is missing or predates package-lock.json (npm writes
# node_modules/.package-lock.json on every install).
npm_ci() {
  local dir="$1"; shift
  [ -f "$dir/package-lock.json" ] || die "$dir/package-lock.json is missing"
  local stamp="$dir/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ] || [ "$dir/package.json" -nt "$stamp" ]; then
    say "npm ci in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error "$@"
  fi
}
npm_ci ui
# Install scripts are not needed there (webdriverio's optional browser-driver downloads).
npm_ci tests/e2e --ignore-scripts

say "ok"
