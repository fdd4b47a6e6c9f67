//! The room's HTTP server (docs/room-security.md says what it protects and how).
//!
//! - `GET /` the participants' page (and `/room.js`, `/room.css`); it gives the browser a
//!   random device id (an HttpOnly cookie) the first time.
//! - `GET /events` Server-Sent Events: what the projector shows and, for this device, its
//!   hand — sent at once, then whenever the record changes (the journal's last row).
//! - `POST /pair {code}` trades a one-time code shown on the host for a session token
//!   with a role (stack-keeper or minute-taker).
//! - `POST /api/<command>` runs one command of the table (`room::commands`) in this
//!   room's meeting only: with `Authorization: Bearer <token>`, as the paired session's
//!   role; without, as a participant (the device cookie names its hand).
//! - `GET /team` the app's own UI for a team device (pairing, then the stack-keeper's or
//!   the minute-taker's screen), its files at `/assets/…` — when the host gives it one
//!   ([`TeamUi`]: the desktop app its embedded UI, `plenary room serve --ui DIR` a build
//!   of it). The UI's transport sends its commands to `/api/…`: the same table again.
//!
//! One `Db` behind a mutex is the single writer: the desktop app shares its own, `plenary
//! room serve` opens one. Every request is bounded in size and rate-limited per device.
//! Changes reach the pages through one snapshot, remade by one refresher task ([`serve`])
//! when the journal's last row changes: woken by each command of the room (which answers
//! without waiting for it; at most one snapshot every [`REFRESH_GAP`]), and otherwise at
//! the next look (every [`WATCH_EVERY`]), which also sees the desktop app's own writes
//! and another process's.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::watch;
use uuid::Uuid;

use super::commands::{self, Caller};
use super::page_words::{hand_words, page_html, view_words};
use super::Role;
use crate::i18n::Lang;
use crate::meeting::MeetingStatus;
use crate::projector::ProjectorView;
use crate::{Db, Error, Result};

/// How long a pairing code may be used (once), unless the room's limits say otherwise.
pub const CODE_LIFETIME: Duration = Duration::from_secs(5 * 60);
/// After this many wrong codes, every code waiting is void (the host shows new ones): a
/// six-digit code cannot be guessed in the attempts left.
pub const WRONG_CODES_ALLOWED: u32 = 10;
/// How often the server looks for a change in the record.
pub const WATCH_EVERY: Duration = Duration::from_millis(200);
/// The least time between two snapshots: a burst of changes is sent as one, and the
/// database's lock is free for the room's commands in between (docs/PERFORMANCE.md,
/// "The room under load").
pub const REFRESH_GAP: Duration = Duration::from_millis(50);

/// The bounds of the room. The defaults suit a GA; the load benchmark (1,000 pages on
/// one loopback address) lifts the per-address limit.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body accepted.
    pub body_bytes: usize,
    /// Requests per device (device cookie, session token): a burst, then a rate.
    pub per_device: (f64, f64),
    /// Requests per network address, whatever the device says it is (`None`: no limit).
    pub per_address: Option<(f64, f64)>,
    /// Pages connected to `/events` at once.
    pub max_listeners: usize,
    /// How long a pairing code may be used (once).
    pub code_lifetime: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 16 * 1024,
            per_device: (30.0, 10.0),
            per_address: Some((60.0, 20.0)),
            max_listeners: 2_000,
            code_lifetime: CODE_LIFETIME,
        }
    }
}

/// The app's own UI (the Svelte build), served to team devices at `/team`.
pub trait TeamUi: Send + Sync + 'static {
    /// The file at `path` (`index.html`, `favicon.svg`, `assets/index-1a2b.js`) and its
    /// MIME type, or `None`. Paths reach here already checked ([`ui_path`]).
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)>;
}

/// The UI built in a folder (`ui/dist`): what `plenary room serve --ui DIR` serves.
pub struct UiDir(pub std::path::PathBuf);

impl TeamUi for UiDir {
    fn file(&self, path: &str) -> Option<(Vec<u8>, String)> {
        let bytes = std::fs::read(self.0.join(path)).ok()?;
        Some((bytes, mime_of(path).to_string()))
    }
}

/// The MIME type of a UI file, by its extension.
pub fn mime_of(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "woff2" => "font/woff2",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

/// A UI file's path as asked for, if it is one the room serves: `index.html`,
/// `favicon.svg`, or one plain file name under `assets/` (no `..`, no folders, nothing
/// hidden) — so that a request cannot reach any other file of the host.
pub fn ui_path(path: &str) -> Option<String> {
    if path == "index.html" || path == "favicon.svg" {
        return Some(path.to_string());
    }
    let name = path.strip_prefix("assets/")?;
    let plain = !name.is_empty()
        && name.len() <= 128
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    plain.then(|| path.to_string())
}

/// A paired team device, as the host lists it (to revoke it).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TeamSession {
    /// A short id to name it by (not the token).
    pub id: String,
    pub role: Role,
    pub paired_at: DateTime<Utc>,
}

/// A pairing code waiting to be used.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PairingCode {
    pub code: String,
    pub role: Role,
    /// Seconds left.
    pub expires_in: u32,
}

struct Session {
    info: TeamSession,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

/// What every page is sent when the record changes: computed once for all of them. A
/// part that did not change is the previous snapshot's own `Arc`, so that a page can
/// tell by pointer that it has nothing new to show (a hand raised elsewhere changes the
/// record but not what the other 999 phones see).
#[derive(Default)]
struct Snapshot {
    seq: i64,
    /// The language of its words (the room's: [`Room::set_lang`]).
    lang: Lang,
    /// The projector's view (JSON).
    view: Arc<str>,
    /// The same without its clock ([`timeless`]): what tells a change from time passing.
    key: Option<ProjectorView>,
    /// What the page says of the view, in `lang` (JSON: [`super::page_words::ViewWords`]).
    words: Arc<str>,
    /// Each device's hand (JSON) and the event's members for it — the hand and where it
    /// stands in a sentence, `"hand":{…},"mine":"…"` —, for the devices that raised one.
    hands: HashMap<String, (Arc<str>, Arc<str>)>,
    /// The meeting is closed (or gone): the room stops.
    over: bool,
}

/// One room: a meeting served to the devices around it.
pub struct Room {
    db: Arc<Mutex<Db>>,
    meeting: Uuid,
    limits: Limits,
    codes: Mutex<HashMap<String, (Role, Instant)>>,
    wrong_codes: Mutex<u32>,
    sessions: Mutex<HashMap<String, Session>>,
    buckets: Mutex<HashMap<String, Bucket>>,
    listeners: AtomicUsize,
    snapshot: watch::Sender<Arc<Snapshot>>,
    /// Wakes the refresher ([`serve`]): a command of the room changed the record.
    poke: tokio::sync::Notify,
    stop: watch::Sender<bool>,
    team_ui: OnceLock<Arc<dyn TeamUi>>,
    /// The language the pages speak: the app's (it follows Settings while the room is
    /// open), or the command line's for `plenary room serve`.
    lang: Mutex<Lang>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every critical section here is a few map operations: a panic cannot leave them
    // half done in a way that matters more than refusing the room altogether.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn secs(d: Duration) -> u32 {
    u32::try_from(d.as_secs()).unwrap_or(u32::MAX)
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

impl Room {
    /// A room for `meeting` (which must exist and not be closed), not yet serving.
    pub fn new(db: Arc<Mutex<Db>>, meeting: Uuid, limits: Limits) -> Result<Arc<Room>> {
        let m = lock(&db).meeting(meeting)?;
        if m.status == MeetingStatus::Closed {
            return Err(crate::conflict!(
                "room-meeting-closed",
                meeting = &m.reference
            ));
        }
        let (snapshot, _) = watch::channel(Arc::new(Snapshot {
            seq: -1,
            ..Default::default()
        }));
        let (stop, _) = watch::channel(false);
        let room = Arc::new(Room {
            db,
            meeting,
            limits,
            codes: Mutex::new(HashMap::new()),
            wrong_codes: Mutex::new(0),
            sessions: Mutex::new(HashMap::new()),
            buckets: Mutex::new(HashMap::new()),
            listeners: AtomicUsize::new(0),
            snapshot,
            poke: tokio::sync::Notify::new(),
            stop,
            team_ui: OnceLock::new(),
            lang: Mutex::new(Lang::En),
        });
        room.refresh()?;
        Ok(room)
    }

    pub fn meeting(&self) -> Uuid {
        self.meeting
    }

    /// The language the pages speak.
    pub fn lang(&self) -> Lang {
        *lock(&self.lang)
    }

    /// Makes the pages speak `lang`: the page is served in it from now on, and a new
    /// snapshot in it is sent at once (a page open in another language loads itself
    /// again in this one).
    pub fn set_lang(&self, lang: Lang) -> Result<()> {
        *lock(&self.lang) = lang;
        self.refresh()?;
        self.poke.notify_one();
        Ok(())
    }

    /// Serves `ui` to team devices at `/team` (once; a room without one answers 404).
    pub fn set_team_ui(&self, ui: Arc<dyn TeamUi>) {
        let _ = self.team_ui.set(ui);
    }

    /// A new six-digit pairing code giving `role`, usable once within the code lifetime.
    pub fn new_code(&self, role: Role) -> Result<PairingCode> {
        if !Role::PAIRABLE.contains(&role) {
            return Err(crate::invalid!(
                "room-role-not-pairable",
                role = role.as_str()
            ));
        }
        let mut codes = lock(&self.codes);
        codes.retain(|_, (_, until)| *until > Instant::now());
        let code = loop {
            let c = format!("{:06}", OsRng.next_u32() % 1_000_000);
            if !codes.contains_key(&c) {
                break c;
            }
        };
        let lifetime = self.limits.code_lifetime;
        codes.insert(code.clone(), (role, Instant::now() + lifetime));
        *lock(&self.wrong_codes) = 0;
        Ok(PairingCode {
            code,
            role,
            expires_in: secs(lifetime),
        })
    }

    /// The codes still waiting.
    pub fn codes(&self) -> Vec<PairingCode> {
        let now = Instant::now();
        let mut out: Vec<_> = lock(&self.codes)
            .iter()
            .filter(|(_, (_, until))| *until > now)
            .map(|(code, (role, until))| PairingCode {
                code: code.clone(),
                role: *role,
                expires_in: secs(*until - now),
            })
            .collect();
        out.sort_by(|a, b| (a.role, &a.code).cmp(&(b.role, &b.code)));
        out
    }

    /// Trades a code for a session token (the code is spent).
    fn pair(&self, code: &str) -> Result<(String, TeamSession)> {
        let found = {
            let mut codes = lock(&self.codes);
            match codes.remove(code.trim()) {
                Some((role, until)) if until > Instant::now() => Some(role),
                _ => {
                    let mut wrong = lock(&self.wrong_codes);
                    *wrong += 1;
                    if *wrong >= WRONG_CODES_ALLOWED {
                        codes.clear();
                    }
                    None
                }
            }
        };
        let role = found.ok_or_else(|| crate::not_allowed!("room-pairing-code-invalid"))?;
        let token = random_hex(32);
        let info = TeamSession {
            id: random_hex(4),
            role,
            paired_at: Utc::now(),
        };
        lock(&self.sessions).insert(token.clone(), Session { info: info.clone() });
        Ok((token, info))
    }

    /// The paired team devices.
    pub fn sessions(&self) -> Vec<TeamSession> {
        let mut out: Vec<_> = lock(&self.sessions)
            .values()
            .map(|s| s.info.clone())
            .collect();
        out.sort_by(|a, b| a.paired_at.cmp(&b.paired_at).then(a.id.cmp(&b.id)));
        out
    }

    /// Ends a team device's session: its token is refused from now on.
    pub fn revoke(&self, session: &str) -> Result<()> {
        let mut sessions = lock(&self.sessions);
        let before = sessions.len();
        sessions.retain(|_, s| s.info.id != session);
        if sessions.len() == before {
            return Err(crate::not_found!(
                "room-no-paired-device",
                session = session
            ));
        }
        Ok(())
    }

    fn session_role(&self, token: &str) -> Option<Role> {
        lock(&self.sessions).get(token).map(|s| s.info.role)
    }

    /// Takes one token from `key`'s bucket; false when it is empty.
    fn allow(&self, key: &str, (burst, rate): (f64, f64)) -> bool {
        let now = Instant::now();
        let mut buckets = lock(&self.buckets);
        if buckets.len() > 50_000 {
            // Forget the devices that have been quiet long enough to have a full bucket.
            buckets.retain(|_, b| now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let b = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * rate).min(burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Reads the record again if it changed since the last snapshot (the journal's last
    /// row says), and sends the new snapshot to every page. The refresher ([`serve`])
    /// calls it; a router used without [`serve`] (the tests) calls it itself.
    pub fn refresh(&self) -> Result<()> {
        let db = lock(&self.db);
        let seq: i64 = db
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM journal", [], |r| {
                r.get(0)
            })?;
        let lang = self.lang();
        {
            let before = self.snapshot.borrow();
            if seq == before.seq && lang == before.lang {
                return Ok(());
            }
        }
        let over = match db.meeting(self.meeting) {
            Ok(m) => m.status == MeetingStatus::Closed,
            Err(_) => true,
        };
        // Read under the database's lock; encoded after it is let go.
        let read = if over {
            None
        } else {
            Some((
                db.projector_view_in(self.meeting, false, lang)?,
                db.room_hands_in(self.meeting, None, lang)?,
            ))
        };
        drop(db);
        let snapshot = match read {
            None => Snapshot {
                seq,
                lang,
                over,
                ..Default::default()
            },
            Some((view, hands)) => {
                let before = self.snapshot.borrow().clone();
                let key = timeless(&view);
                // Unchanged but for the time: the view sent before still runs its timers,
                // and its words (in the same language) are the same.
                let (view, words) = if before.key.as_ref() == Some(&key) && before.lang == lang {
                    (before.view.clone(), before.words.clone())
                } else {
                    let words = to_json(&view_words(lang, &view))?;
                    (
                        Arc::from(to_json(&view)?),
                        same_or_new(Some(&before.words), words),
                    )
                };
                let hands = hands
                    .into_iter()
                    .map(|(d, h)| {
                        let json = to_json(&h)?;
                        // A hand as it was, in the same language: its sentence too (under
                        // 100 hands a second, only the changed ones are said again).
                        if let Some(kept) = before
                            .hands
                            .get(&d)
                            .filter(|(j, _)| before.lang == lang && **j == *json)
                        {
                            return Ok((d, kept.clone()));
                        }
                        let members = format!(
                            "\"hand\":{json},\"mine\":{}",
                            to_json(&hand_words(lang, &h))?
                        );
                        Ok((d, (Arc::from(json), Arc::from(members))))
                    })
                    .collect::<Result<_>>()?;
                Snapshot {
                    seq,
                    lang,
                    view,
                    key: Some(key),
                    words,
                    hands,
                    over,
                }
            }
        };
        self.snapshot.send_replace(Arc::new(snapshot));
        if over {
            self.stop.send_replace(true);
        }
        Ok(())
    }

    /// Stops serving: the server ends, and every page's stream with it.
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// True once the room has stopped (closed by the host, or its meeting closed).
    pub fn stopped(&self) -> bool {
        *self.stop.borrow()
    }

    /// Waits until the room stops.
    pub async fn wait_stopped(&self) {
        let mut rx = self.stop.subscribe();
        let _ = rx.wait_for(|s| *s).await;
    }
}

/// The projector's view without its clock: `as_of` and the timers' elapsed times, which
/// change with every look while the view they belong to stays the same (a page runs its
/// timers from the base it was sent; a pause, a new speaker or a break's end change
/// other fields).
fn timeless(view: &ProjectorView) -> ProjectorView {
    let mut v = view.clone();
    v.as_of = DateTime::<Utc>::UNIX_EPOCH;
    if let Some(s) = v.speaker.as_mut() {
        s.elapsed_ms = 0;
    }
    if let Some(b) = v.council.as_mut().and_then(|c| c.consult_break.as_mut()) {
        b.elapsed_ms = 0;
        b.remaining_ms = 0;
    }
    v
}

/// The text before, shared, when it has not changed; else the new one.
fn same_or_new(before: Option<&Arc<str>>, now: String) -> Arc<str> {
    match before {
        Some(b) if **b == *now => b.clone(),
        _ => now.into(),
    }
}

fn to_json<T: Serialize>(t: &T) -> Result<String> {
    serde_json::to_string(t)
        .map_err(|e| crate::invalid!("room-cannot-encode", detail = e.to_string()))
}

/// The room's routes, with the bounds every request goes through.
pub fn router(room: Arc<Room>) -> Router {
    let body = room.limits.body_bytes;
    Router::new()
        .route("/", get(page))
        .route("/room.js", get(script))
        .route("/room.css", get(style))
        .route("/events", get(events))
        .route("/team", get(team_page))
        .route("/favicon.svg", get(team_favicon))
        .route("/assets/{file}", get(team_asset))
        .route("/pair", post(pair))
        .route("/api/{command}", post(api))
        .fallback(|| async {
            refusal(
                StatusCode::NOT_FOUND,
                crate::not_found!("room-no-such-page"),
            )
        })
        .layer(middleware::from_fn_with_state(room.clone(), guard))
        .layer(DefaultBodyLimit::max(body))
        .with_state(room)
}

/// A refusal as the app's commands give it: `{kind, message}`.
fn refusal(status: StatusCode, e: Error) -> Response {
    let body = serde_json::to_string(&e).unwrap_or_else(|_| "{}".into());
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn status_of(e: &Error) -> StatusCode {
    match e.kind() {
        "not-allowed" => StatusCode::FORBIDDEN,
        "not-found" => StatusCode::NOT_FOUND,
        "conflict" => StatusCode::CONFLICT,
        "invalid-input" => StatusCode::BAD_REQUEST,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn answer(r: Result<Value>) -> Response {
    match r {
        Ok(v) => (StatusCode::OK, axum::Json(v)).into_response(),
        Err(e) => refusal(status_of(&e), e),
    }
}

const DEVICE_COOKIE: &str = "plenary_device";

/// The device id the page's cookie carries, if it is one of ours in shape.
fn device_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix("plenary_device="))
        .find(|d| d.len() == 32 && d.chars().all(|c| c.is_ascii_hexdigit()))
        .map(str::to_string)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Every request: rate-limited per address and per device, and given the headers that
/// keep the page to itself (no framing, no sniffing, no scripts from elsewhere). The team
/// UI's built files (`/assets/…`, the icon) are not counted: opening the team screen loads
/// some forty of them at once, a number set by the build's chunks, not by the person, and
/// a burst of 30 refused some (the screen then failed to load). They are fixed files that
/// reach no database; the limits keep guarding the commands, pairing, hands and pages.
async fn guard(State(room): State<Arc<Room>>, req: Request, next: Next) -> Response {
    let built_file = req.method() == axum::http::Method::GET
        && (req.uri().path().starts_with("/assets/") || req.uri().path() == "/favicon.svg");
    let address = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "unknown".into());
    let device = bearer(req.headers())
        .map(|t| format!("t:{t}"))
        .or_else(|| device_of(req.headers()).map(|d| format!("d:{d}")))
        .unwrap_or_else(|| format!("a:{address}"));
    let per_address = built_file
        || room
            .limits
            .per_address
            .is_none_or(|limit| room.allow(&format!("ip:{address}"), limit));
    if !built_file && (!per_address || !room.allow(&device, room.limits.per_device)) {
        let mut r = refusal(
            StatusCode::TOO_MANY_REQUESTS,
            crate::conflict!("room-too-many-requests"),
        );
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return r;
    }
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    // The team UI's files set their own (the app's CSP, reaching this server only).
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

const SCRIPT: &str = include_str!("page/room.js");
const STYLE: &str = include_str!("page/room.css");

async fn page(State(room): State<Arc<Room>>, headers: HeaderMap) -> Response {
    let lang = room.lang();
    let mut r = (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_LANGUAGE, lang.code()),
        ],
        page_html(lang),
    )
        .into_response();
    if device_of(&headers).is_none() {
        let cookie = format!(
            "{DEVICE_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400",
            random_hex(16)
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            r.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    r
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

/// The team UI's policy: the desktop app's (tauri.conf.json), its commands sent to this
/// server instead of Tauri's IPC.
const TEAM_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// One file of the team UI, or 404 (no UI given to this room, or no such file).
fn team_file(room: &Room, path: &str) -> Response {
    let found = ui_path(path).and_then(|p| {
        let (bytes, mime) = room.team_ui.get()?.file(&p)?;
        // A UI that answers an unknown file with its index page (Tauri's does) must
        // not pass that page off as a script.
        (p.ends_with(".html") || !mime.starts_with("text/html")).then_some((bytes, mime))
    });
    let Some((bytes, mime)) = found else {
        return refusal(
            StatusCode::NOT_FOUND,
            if room.team_ui.get().is_none() {
                crate::not_found!("room-no-team-ui")
            } else {
                crate::not_found!("room-no-such-team-file", path = path)
            },
        );
    };
    let mut r = (StatusCode::OK, bytes).into_response();
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&mime) {
        h.insert(header::CONTENT_TYPE, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(TEAM_CSP),
    );
    r
}

async fn team_page(State(room): State<Arc<Room>>) -> Response {
    team_file(&room, "index.html")
}

async fn team_favicon(State(room): State<Arc<Room>>) -> Response {
    team_file(&room, "favicon.svg")
}

async fn team_asset(State(room): State<Arc<Room>>, Path(file): Path<String>) -> Response {
    team_file(&room, &format!("assets/{file}"))
}

/// A refusal not yet made into a response (small, unlike a `Response`).
struct Refused(StatusCode, Error);

/// The body as JSON, or a clear refusal (too large, not JSON, not an object).
fn json_body(
    body: std::result::Result<Bytes, BytesRejection>,
    headers: &HeaderMap,
) -> std::result::Result<Value, Refused> {
    // Browsers send a cross-site form only as form or plain text: asking for JSON keeps
    // other sites' pages out of these endpoints.
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim() == "application/json")
        });
    if !is_json {
        return Err(Refused(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            crate::invalid!("room-not-json-request"),
        ));
    }
    let bytes = body.map_err(|e| {
        Refused(
            e.status(),
            crate::invalid!("room-body-unreadable", detail = e.body_text()),
        )
    })?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
        Refused(
            StatusCode::BAD_REQUEST,
            crate::invalid!("room-body-not-json", detail = e.to_string()),
        )
    })?;
    if !v.is_object() {
        return Err(Refused(
            StatusCode::BAD_REQUEST,
            crate::invalid!("room-body-not-object"),
        ));
    }
    Ok(v)
}

/// Runs one command of the table for `caller`, off the async workers (it may wait for
/// the database's lock), then wakes the refresher: the answer does not wait for the
/// pages' snapshot to be remade (that would put every page's work in the stack-keeper's
/// round trip).
async fn run(
    room: Arc<Room>,
    role: Role,
    device: Option<String>,
    name: String,
    args: Value,
) -> Result<Value> {
    let meeting = room.meeting;
    tokio::task::spawn_blocking(move || {
        let caller = Caller {
            role,
            meeting: Some(meeting),
            device: device.as_deref(),
        };
        let out = commands::call(&mut lock(&room.db), &caller, &name, args);
        if out.is_ok() {
            // Pushed now rather than at the next look: the change reaches the pages sooner.
            room.poke.notify_one();
        }
        out
    })
    .await
    .map_err(|e| crate::invalid!("room-request-interrupted", detail = e.to_string()))?
}

#[derive(Deserialize)]
struct PairArgs {
    code: String,
}

#[derive(Serialize)]
struct Paired {
    token: String,
    role: Role,
    session: String,
}

async fn pair(
    State(room): State<Arc<Room>>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> Response {
    let args = match json_body(body, &headers) {
        Ok(v) => v,
        Err(Refused(status, e)) => return refusal(status, e),
    };
    let code = match serde_json::from_value::<PairArgs>(args) {
        Ok(a) => a.code,
        Err(e) => {
            return refusal(
                StatusCode::BAD_REQUEST,
                crate::invalid!("room-invalid-arguments", detail = e.to_string()),
            )
        }
    };
    match room.pair(&code) {
        Ok((token, s)) => (
            StatusCode::OK,
            axum::Json(Paired {
                token,
                role: s.role,
                session: s.id,
            }),
        )
            .into_response(),
        Err(e) => refusal(status_of(&e), e),
    }
}

async fn api(
    State(room): State<Arc<Room>>,
    Path(command): Path<String>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, BytesRejection>,
) -> Response {
    // A token must be a live session's; without one the caller is a participant, whose
    // page has its device cookie.
    let (role, device) = match bearer(&headers) {
        Some(token) => match room.session_role(token) {
            Some(role) => (role, None),
            None => {
                return refusal(
                    StatusCode::UNAUTHORIZED,
                    crate::not_allowed!("room-device-not-paired"),
                )
            }
        },
        None => match device_of(&headers) {
            Some(device) => (Role::Participant, Some(device)),
            None => {
                return refusal(
                    StatusCode::UNAUTHORIZED,
                    crate::not_allowed!("room-no-device-id"),
                )
            }
        },
    };
    let args = match json_body(body, &headers) {
        Ok(v) => v,
        Err(Refused(status, e)) => return refusal(status, e),
    };
    answer(run(room, role, device, command, args).await)
}

/// The pages' stream: the snapshot now, then each new one, until the room stops.
async fn events(State(room): State<Arc<Room>>, headers: HeaderMap) -> Response {
    if room.listeners.fetch_add(1, Ordering::SeqCst) >= room.limits.max_listeners {
        room.listeners.fetch_sub(1, Ordering::SeqCst);
        return refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            crate::conflict!("room-full"),
        );
    }
    /// The view, its words and this page's hand, as sent.
    type Sent = (Arc<str>, Arc<str>, Option<Arc<str>>);
    struct Listener {
        room: Arc<Room>,
        rx: watch::Receiver<Arc<Snapshot>>,
        stop: watch::Receiver<bool>,
        device: Option<String>,
        /// What this page was sent last: an unchanged snapshot is not sent again.
        sent: Option<Sent>,
        done: bool,
    }
    impl Drop for Listener {
        fn drop(&mut self) {
            self.room.listeners.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let l = Listener {
        rx: room.snapshot.subscribe(),
        stop: room.stop.subscribe(),
        room: room.clone(),
        device: device_of(&headers),
        sent: None,
        done: false,
    };
    let stream = futures_util::stream::unfold(l, |mut l| async move {
        if l.done {
            return None;
        }
        loop {
            if l.sent.is_some() {
                tokio::select! {
                    changed = l.rx.changed() => {
                        // The room is gone: end the stream.
                        if changed.is_err() {
                            return None;
                        }
                    }
                    _ = l.stop.wait_for(|s| *s) => {}
                }
            }
            let s = l.rx.borrow_and_update().clone();
            if s.over || *l.stop.borrow() {
                // The last event: the page says the room is closed.
                l.done = true;
                let closed = Event::default().event("closed").data("{}");
                return Some((Ok::<_, Infallible>(closed), l));
            }
            let hand = l
                .device
                .as_ref()
                .and_then(|d| s.hands.get(d))
                .map(|(_, members)| members.clone());
            let unchanged = l.sent.as_ref().is_some_and(|(view, words, sent_hand)| {
                Arc::ptr_eq(view, &s.view)
                    && Arc::ptr_eq(words, &s.words)
                    && match (sent_hand, &hand) {
                        (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                        (None, None) => true,
                        _ => false,
                    }
            });
            if unchanged {
                continue;
            }
            let event = Event::default().event("room").data(format!(
                "{{\"seq\":{},\"lang\":\"{}\",\"view\":{},\"words\":{},{}}}",
                s.seq,
                s.lang,
                s.view,
                s.words,
                hand.as_deref().unwrap_or("\"hand\":null,\"mine\":null")
            ));
            l.sent = Some((s.view.clone(), s.words.clone(), hand));
            return Some((Ok::<_, Infallible>(event), l));
        }
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// The room serving on a socket.
pub struct Serving {
    pub room: Arc<Room>,
    pub address: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Serving {
    /// Stops serving and waits until the server has let go of the socket (a client that
    /// keeps a request open is cut off after a few seconds).
    pub async fn stop(mut self) {
        self.room.stop();
        if tokio::time::timeout(Duration::from_secs(5), &mut self.task)
            .await
            .is_err()
        {
            self.task.abort();
        }
    }

    /// Waits until the room stops (the meeting closed, or `Room::stop`).
    pub async fn finished(self) {
        let _ = self.task.await;
    }
}

/// Starts serving `room` on `address` (port 0: any free port), on the current tokio
/// runtime: the server, and the watch that pushes each change and stops the room when
/// its meeting closes.
pub async fn serve(room: Arc<Room>, address: SocketAddr) -> Result<Serving> {
    let listener = tokio::net::TcpListener::bind(address).await.map_err(|e| {
        crate::invalid!(
            "room-cannot-serve-on",
            address = address.to_string(),
            detail = e.to_string()
        )
    })?;
    let address = listener
        .local_addr()
        .map_err(|e| crate::invalid!("room-cannot-serve", detail = e.to_string()))?;
    // The refresher: the one place snapshots are made — after a command of the room
    // (`poke`), and at every look (`WATCH_EVERY`) for the app's own writes and other
    // processes'. Changes that arrive while a snapshot is being made are all taken by the
    // next one (`Notify` keeps one wake-up), so under 100 hands a second the pages get
    // snapshots as fast as they can be made, not one per request, and no request waits
    // for one. `REFRESH_GAP` leaves the database's lock to the stack-keeper between them.
    let watcher = room.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(WATCH_EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        while !watcher.stopped() {
            tokio::select! {
                _ = tick.tick() => {}
                _ = watcher.poke.notified() => {}
            }
            let w = watcher.clone();
            // A failed look is tried again at the next tick.
            let _ = tokio::task::spawn_blocking(move || w.refresh()).await;
            tokio::time::sleep(REFRESH_GAP).await;
        }
    });
    let app = router(room.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let stopping = room.clone();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async move { stopping.wait_stopped().await })
            .await;
    });
    Ok(Serving {
        room,
        address,
        task,
    })
}

/// The address other devices reach this computer at on the local network (the one its
/// default route leaves by; nothing is sent), or loopback when there is no network.
pub fn lan_address() -> std::net::IpAddr {
    std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| {
            s.connect("192.0.2.1:9")?;
            s.local_addr()
        })
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST))
}

/// Where the room's devices reach it: what the projector may show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RoomLink {
    pub meeting_id: Uuid,
    /// `http://192.168.1.20:41234/`: the participants' page.
    pub url: String,
    /// The same address as a QR code (an SVG document), for phones' cameras.
    pub qr_svg: String,
}

/// What the host shows of an open room: its link, the pairing codes waiting and the
/// paired team devices.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct RoomStatus {
    pub link: RoomLink,
    /// Where a team device opens the app's UI to pair (`…/team`).
    pub team_url: String,
    pub codes: Vec<PairingCode>,
    pub sessions: Vec<TeamSession>,
}

/// `url` as a QR code, an SVG document (black on white, with its quiet zone).
pub fn qr_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::new(url.as_bytes())
        .map_err(|e| crate::invalid!("room-qr-failed", url = url, detail = e.to_string()))?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(240, 240)
        .build())
}

/// A room the host has opened and serves (the desktop app keeps one): closed with
/// [`OpenRoom::close`], or by itself when its meeting closes.
pub struct OpenRoom {
    serving: Serving,
    link: RoomLink,
}

impl OpenRoom {
    /// Opens `meeting`'s room on `bind` (port 0: any free one); the address shown is the
    /// local network's when listening on every interface.
    /// `ui`: the app's own UI, for team devices (`/team`).
    /// `lang`: the language its pages speak ([`Room::set_lang`] changes it).
    pub async fn open(
        db: Arc<Mutex<Db>>,
        meeting: Uuid,
        bind: SocketAddr,
        ui: Option<Arc<dyn TeamUi>>,
        lang: Lang,
    ) -> Result<OpenRoom> {
        let room = Room::new(db, meeting, Limits::default())?;
        room.set_lang(lang)?;
        if let Some(ui) = ui {
            room.set_team_ui(ui);
        }
        let serving = serve(room, bind).await?;
        let ip = if bind.ip().is_unspecified() {
            lan_address()
        } else {
            serving.address.ip()
        };
        let url = format!("http://{}/", SocketAddr::new(ip, serving.address.port()));
        let qr_svg = qr_svg(&url)?;
        let link = RoomLink {
            meeting_id: meeting,
            url,
            qr_svg,
        };
        Ok(OpenRoom { serving, link })
    }

    pub fn room(&self) -> &Arc<Room> {
        &self.serving.room
    }

    /// False once the room has stopped (its meeting closed).
    pub fn is_open(&self) -> bool {
        !self.serving.room.stopped()
    }

    pub fn link(&self) -> &RoomLink {
        &self.link
    }

    pub fn status(&self) -> RoomStatus {
        RoomStatus {
            link: self.link.clone(),
            team_url: format!("{}team", self.link.url),
            codes: self.serving.room.codes(),
            sessions: self.serving.room.sessions(),
        }
    }

    /// Stops serving: every page is told the room is closed, every session ends.
    pub async fn close(self) {
        self.serving.stop().await;
    }
}
