//! Sealed bundles (issue #18; docs/bundle-format.md, "Sealed bundles"): a signed bundle
//! encrypted with age to the assemblies it is meant for, so that only they can read it.
//! Signed, then sealed: once opened, the bundle inside is checked and verified as any
//! bundle (its maker's signature, the key pinned here).
//!
//! Each assembly's age key is derived from its Ed25519 signing key — the conversion age's
//! own `ssh-ed25519` recipients rest on: the public key is the Ed25519 point in Montgomery
//! form, the secret the X25519 scalar of the signing key's seed (ed25519-dalek's
//! `to_montgomery` and `to_scalar_bytes`). So every assembly already has a sealing key,
//! pinned at the first import like its signing key, and no second key file is kept.
//!
//! A sealed bundle is a zip of two stored entries: `sealed.json` (who it is for — each
//! receiving assembly's id, name, code, public key and fingerprint, readable without
//! opening, so that `bundle inspect` can say it) and `bundle.age` (the age file holding
//! the bundle). The list is not trusted for anything but saying: age decides who can open
//! it, and a bundle is tried only with a key the list names.

use std::borrow::Cow;
use std::io::{Cursor, Read, Write};

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::import::Refused;
use super::manifest::{fingerprint, sha256_hex};
use super::zipread::Archive;
use super::Limits;
use crate::assembly::{hex, unhex};
use crate::error::Message;
use crate::{invalid, message, not_found, Db, Error, Result};

pub const SEALED_FORMAT: &str = "plenary-sealed-bundle";
pub const SEALED_VERSION: u32 = 1;
/// The first entry of a sealed bundle (a plain bundle has `manifest.json` instead).
pub const ENVELOPE: &str = "sealed.json";
pub const PAYLOAD: &str = "bundle.age";
/// More recipients than any real exchange needs; it bounds the work of opening.
pub const MAX_RECIPIENTS: usize = 64;
/// The age header (one stanza of about 120 bytes per recipient, then its MAC) must end
/// within this many bytes: a longer one is refused before age parses it.
const MAX_AGE_HEADER: usize = 64 << 10;

/// One assembly a sealed bundle is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SealedFor {
    pub id: Uuid,
    pub name: String,
    pub code: String,
    /// Its Ed25519 public key, 64 hex digits (the key its bundles are signed with).
    pub public_key: String,
    /// SHA-256 of the public key, in groups of four hex digits.
    pub fingerprint: String,
}

/// What `bundle inspect` says of a sealed bundle without opening it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SealedInfo {
    pub file_name: String,
    /// The sealed file's size and SHA-256.
    pub size: u64,
    pub sha256: String,
    pub sealed_for: Vec<SealedFor>,
    /// This assembly is one of them (it can open the bundle).
    pub for_this_assembly: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    version: u32,
    recipients: Vec<SealedFor>,
}

impl SealedFor {
    fn new(id: Uuid, name: &str, code: &str, key: &VerifyingKey) -> SealedFor {
        SealedFor {
            id,
            name: name.into(),
            code: code.into(),
            public_key: hex(key.as_bytes()),
            fingerprint: fingerprint(key.as_bytes()),
        }
    }

    fn key(&self) -> std::result::Result<VerifyingKey, Message> {
        parse_key(&self.public_key)
            .filter(|k| !k.is_weak())
            .ok_or_else(|| {
                message!(
                    "bundle-sealed-key-unusable",
                    entry = ENVELOPE,
                    name = &self.name
                )
            })
    }
}

fn parse_key(text: &str) -> Option<VerifyingKey> {
    unhex(text)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
}

/// The age recipient of an assembly: its Ed25519 public key in Montgomery form.
fn recipient(key: &VerifyingKey) -> std::result::Result<age::x25519::Recipient, Message> {
    from_bech32("age", &key.to_montgomery().to_bytes())
}

/// The age identity of this assembly: the X25519 scalar of its signing key.
fn identity(key: &SigningKey) -> std::result::Result<age::x25519::Identity, Message> {
    from_bech32("age-secret-key-", &key.to_scalar_bytes())
}

/// age makes its keys only from their Bech32 text.
fn from_bech32<T: std::str::FromStr>(hrp: &str, bytes: &[u8]) -> std::result::Result<T, Message> {
    use bech32::ToBase32;
    bech32::encode(hrp, bytes.to_base32(), bech32::Variant::Bech32)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| message!("bundle-sealed-no-age-key"))
}

/// "Occupy London (LDN)", "… and Occupy Bristol (BRS)", "A (X), B (Y) and C (Z)".
pub fn names(recipients: &[SealedFor]) -> String {
    names_said(recipients).to_string()
}

/// The same, as a message to be worded in a language ("A (X), B (Y) y C (Z)").
pub fn names_said(recipients: &[SealedFor]) -> Message {
    let each: Vec<String> = recipients
        .iter()
        .map(|r| format!("{} ({})", r.name, r.code))
        .collect();
    super::words::list(&each)
}

/// Seals `bundle` to `to` (at least one).
pub fn seal(bundle: &[u8], to: &[SealedFor]) -> std::result::Result<Vec<u8>, Message> {
    if to.is_empty() {
        return Err(message!("bundle-seal-no-one"));
    }
    if to.len() > MAX_RECIPIENTS {
        return Err(message!("bundle-too-many-recipients", max = MAX_RECIPIENTS));
    }
    let recipients = to
        .iter()
        .map(|r| r.key().and_then(|k| recipient(&k)))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let cannot = |e: &dyn std::fmt::Display| message!("bundle-seal-failed", detail = e.to_string());
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| cannot(&e))?;
    let mut sealed = Vec::with_capacity(bundle.len() + bundle.len() / 1000 + 4096);
    let mut w = encryptor.wrap_output(&mut sealed).map_err(|e| cannot(&e))?;
    w.write_all(bundle)
        .and_then(|()| w.finish().map(|_| ()))
        .map_err(|e| cannot(&e))?;

    let envelope = Envelope {
        format: SEALED_FORMAT.into(),
        version: SEALED_VERSION,
        recipients: to.to_vec(),
    };
    let mut json = serde_json::to_vec_pretty(&envelope).map_err(|e| cannot(&e))?;
    json.push(b'\n');
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in [(ENVELOPE, &json), (PAYLOAD, &sealed)] {
        z.start_file(name, stored).map_err(|e| cannot(&e))?;
        z.write_all(data).map_err(|e| cannot(&e))?;
    }
    Ok(z.finish().map_err(|e| cannot(&e))?.into_inner())
}

/// Who a sealed bundle is for, read without opening it; `None` when `bytes` is not a
/// sealed bundle (it may be a plain one: [`super::read::open`] says).
pub fn envelope(
    bytes: &[u8],
    limits: &Limits,
) -> std::result::Result<Option<Vec<SealedFor>>, Message> {
    let Ok(archive) = Archive::open(bytes, limits) else {
        return Ok(None);
    };
    let Some(entry) = archive.entry(ENVELOPE) else {
        return Ok(None);
    };
    super::read::check_size(bytes, limits)?;
    let json = archive.read_all(entry, limits.max_manifest_bytes)?;
    // The version first, from a loose reading, as for a manifest: a newer form may have
    // fields this Plenary does not know.
    let loose: serde_json::Value = serde_json::from_slice(&json).map_err(|e| {
        message!(
            "bundle-sealed-not-json",
            entry = ENVELOPE,
            detail = e.to_string()
        )
    })?;
    if loose.get("format").and_then(|f| f.as_str()) != Some(SEALED_FORMAT) {
        return Err(message!(
            "bundle-sealed-not-plenary",
            entry = ENVELOPE,
            format = SEALED_FORMAT
        ));
    }
    match loose.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == SEALED_VERSION as u64 => {}
        Some(v) if v > SEALED_VERSION as u64 => {
            return Err(message!(
                "bundle-sealed-newer",
                version = v,
                known = SEALED_VERSION
            ))
        }
        _ => return Err(message!("bundle-sealed-unknown-version", entry = ENVELOPE)),
    }
    let e: Envelope = serde_json::from_slice(&json).map_err(|e| {
        message!(
            "bundle-sealed-invalid",
            entry = ENVELOPE,
            detail = e.to_string()
        )
    })?;
    if e.recipients.is_empty() || e.recipients.len() > MAX_RECIPIENTS {
        return Err(message!(
            "bundle-sealed-recipients",
            entry = ENVELOPE,
            count = e.recipients.len(),
            max = MAX_RECIPIENTS
        ));
    }
    for r in &e.recipients {
        r.key()?;
        if r.fingerprint != fingerprint(r.key()?.as_bytes()) {
            return Err(message!(
                "bundle-sealed-fingerprint",
                entry = ENVELOPE,
                name = &r.name
            ));
        }
    }
    if archive.entries.len() != 2 || archive.entry(PAYLOAD).is_none() {
        return Err(message!(
            "bundle-sealed-entries",
            envelope = ENVELOPE,
            payload = PAYLOAD
        ));
    }
    Ok(Some(e.recipients))
}

/// Opens a sealed bundle with this assembly's key: the bundle inside (at most the size
/// limit, decrypted as a stream), or why not.
pub fn open(
    bytes: &[u8],
    recipients: &[SealedFor],
    key: &SigningKey,
    limits: &Limits,
) -> std::result::Result<Vec<u8>, Message> {
    let ours = hex(key.verifying_key().as_bytes());
    if !recipients.iter().any(|r| r.public_key == ours) {
        return Err(message!(
            "bundle-sealed-for-others",
            names = names_said(recipients)
        ));
    }
    let damaged = |e: &dyn std::fmt::Display| {
        message!(
            "bundle-sealed-damaged",
            entry = PAYLOAD,
            detail = e.to_string()
        )
    };
    let archive = Archive::open(bytes, limits)?;
    let entry = archive
        .entry(PAYLOAD)
        .ok_or_else(|| message!("bundle-sealed-no-payload", entry = PAYLOAD))?;
    let mut stream = archive.reader(entry);
    // The header is read first, within its bound; the rest streams through age.
    let mut head = Vec::with_capacity(MAX_AGE_HEADER);
    stream
        .by_ref()
        .take(MAX_AGE_HEADER as u64)
        .read_to_end(&mut head)
        .map_err(|e| damaged(&e))?;
    if !head.windows(5).any(|w| w == b"\n--- ") {
        return Err(damaged(&format_args!(
            "its age header does not end within {MAX_AGE_HEADER} bytes"
        )));
    }
    let decryptor =
        age::Decryptor::new(Cursor::new(head).chain(stream)).map_err(|e| damaged(&e))?;
    let id = identity(key)?;
    let reader = decryptor
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .map_err(|e| damaged(&e))?;
    let mut bundle = Vec::new();
    reader
        .take(limits.max_file_bytes + 1)
        .read_to_end(&mut bundle)
        .map_err(|e| damaged(&e))?;
    if bundle.len() as u64 > limits.max_file_bytes {
        return Err(message!(
            "bundle-sealed-inside-too-large",
            max = limits.max_file_bytes
        ));
    }
    Ok(bundle)
}

impl Db {
    /// Who a sealed bundle is for, without opening it; `None` for a bundle that is not
    /// sealed.
    pub fn sealed_info(&self, bytes: &[u8], file_name: &str) -> Result<Option<SealedInfo>> {
        let Some(recipients) = envelope(bytes, &Limits::default()).map_err(|e| {
            Error::Bundle(message!("bundle-cannot-read", file = file_name, why = e))
        })?
        else {
            return Ok(None);
        };
        let ours = hex(self.signing_key()?.verifying_key().as_bytes());
        Ok(Some(SealedInfo {
            file_name: file_name.into(),
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            for_this_assembly: recipients.iter().any(|r| r.public_key == ours),
            sealed_for: recipients,
        }))
    }

    /// The bundle in a file: the file itself, or — sealed — the bundle inside, opened
    /// with this assembly's key, and who it was sealed for. `refusal` begins the message
    /// when it cannot be opened.
    pub(crate) fn unseal<'b>(
        &self,
        bytes: &'b [u8],
        limits: &Limits,
        refusal: Refused,
    ) -> Result<(Cow<'b, [u8]>, Vec<SealedFor>)> {
        let refused = |e: Message| refusal.because(e);
        let Some(recipients) = envelope(bytes, limits).map_err(refused)? else {
            return Ok((Cow::Borrowed(bytes), Vec::new()));
        };
        let key = self.signing_key()?;
        let inner = open(bytes, &recipients, &key, limits).map_err(refused)?;
        Ok((Cow::Owned(inner), recipients))
    }

    /// The assemblies a bundle is to be sealed for, each named by its code, name, id or
    /// fingerprint (at least its first 16 hex digits) and known here with its key: this
    /// one, or one whose bundle was imported (its key pinned then).
    pub fn seal_recipients(&self, names: &[String]) -> Result<Vec<SealedFor>> {
        let known = self.sealable()?;
        let mut out: Vec<SealedFor> = Vec::new();
        for text in names {
            let r = find_recipient(&known, text)?;
            if !out.iter().any(|x| x.id == r.id) {
                out.push(r.clone());
            }
        }
        if out.len() > MAX_RECIPIENTS {
            return Err(invalid!("bundle-too-many-recipients", max = MAX_RECIPIENTS));
        }
        Ok(out)
    }

    /// Every assembly known here with a key.
    fn sealable(&self) -> Result<Vec<(Option<SealedFor>, String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT id, name, code, public_key FROM assemblies ORDER BY name, code")?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, Uuid>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, code, key) = row?;
            let sealed = key
                .as_deref()
                .and_then(parse_key)
                .filter(|k| !k.is_weak())
                .map(|k| SealedFor::new(id, &name, &code, &k));
            out.push((sealed, name, code));
        }
        Ok(out)
    }
}

/// The one assembly `text` names among `known` (code and name without regard to case).
fn find_recipient<'k>(
    known: &'k [(Option<SealedFor>, String, String)],
    text: &str,
) -> Result<&'k SealedFor> {
    let t = text.trim();
    let digits: String = t
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let by_fingerprint = digits.len() >= 16 && digits.bytes().all(|b| b.is_ascii_hexdigit());
    let matches: Vec<&(Option<SealedFor>, String, String)> = known
        .iter()
        .filter(|(s, name, code)| {
            code.eq_ignore_ascii_case(t)
                || name.to_lowercase() == t.to_lowercase()
                || s.as_ref().is_some_and(|s| {
                    s.id.to_string() == t.to_ascii_lowercase()
                        || (by_fingerprint && s.fingerprint.replace(' ', "").starts_with(&digits))
                })
        })
        .collect();
    match matches.as_slice() {
        [] => Err(not_found!("bundle-recipient-unknown", given = t)),
        [(Some(s), _, _)] => Ok(s),
        [(None, name, code)] => Err(invalid!(
            "bundle-recipient-no-key",
            name = name,
            code = code
        )),
        _ => Err(invalid!("bundle-recipient-ambiguous", given = t)),
    }
}
