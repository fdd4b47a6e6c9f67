//! The signing key file beside the database (`<db>.key`, owner-only): the assembly's
//! Ed25519 key as hex for a plain database, as before; for an encrypted one, sealed with
//! ChaCha20-Poly1305 under the key derived from the database's passphrase and salt
//! (passphrase.rs), so that a lost laptop gives away neither the record nor the key that
//! signs in the assembly's name. The sealed form names the salt it was sealed for, which
//! lets a conversion interrupted between its two renames be finished (rekey.rs).
//!
//! ```text
//! plenary-signing-key sealed v1
//! salt <16 bytes, hex>
//! nonce <12 bytes, hex>
//! sealed <32-byte key + 16-byte tag, hex>
//! ```

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use ed25519_dalek::SigningKey;
use zeroize::Zeroizing;

use crate::assembly::{hex, unhex};
use crate::passphrase::{DbKey, SALT_LEN};
use crate::{invalid, Result};

const SEALED_HEADER: &str = "plenary-signing-key sealed v1";

/// The file's text for `key`: sealed under `seal` when the database is encrypted.
pub(crate) fn encode(key: &SigningKey, seal: Option<&DbKey>) -> Result<Zeroizing<String>> {
    let plain = Zeroizing::new(key.to_bytes());
    let Some(seal) = seal else {
        return Ok(Zeroizing::new(hex(&plain[..])));
    };
    let mut nonce = [0u8; 12];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
    let aad = aad(&seal.salt());
    let sealed = ChaCha20Poly1305::new(Key::from_slice(seal.file_key()))
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: &plain[..],
                aad: &aad,
            },
        )
        .map_err(|_| invalid!("key-file-cannot-seal"))?;
    Ok(Zeroizing::new(format!(
        "{SEALED_HEADER}\nsalt {}\nnonce {}\nsealed {}\n",
        hex(&seal.salt()),
        hex(&nonce),
        hex(&sealed)
    )))
}

/// What a key file's text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Plain,
    /// Sealed for the database file with this salt.
    Sealed([u8; SALT_LEN]),
}

struct Sealed {
    salt: [u8; SALT_LEN],
    nonce: [u8; 12],
    sealed: Vec<u8>,
}

fn parse_sealed(text: &str) -> Option<Sealed> {
    let mut lines = text.lines();
    if lines.next()?.trim() != SEALED_HEADER {
        return None;
    }
    let mut field = |name: &str| -> Option<Vec<u8>> {
        let line = lines.next()?;
        unhex(line.strip_prefix(name)?.strip_prefix(' ')?.trim())
    };
    Some(Sealed {
        salt: field("salt")?.try_into().ok()?,
        nonce: field("nonce")?.try_into().ok()?,
        sealed: field("sealed")?,
    })
}

/// Plain, sealed (for which salt), or `None` when it is neither (damaged).
pub(crate) fn form(text: &str) -> Option<Form> {
    if text.trim_start().starts_with(SEALED_HEADER) {
        return parse_sealed(text).map(|s| Form::Sealed(s.salt));
    }
    unhex(text.trim())
        .filter(|b| b.len() == 32)
        .map(|_| Form::Plain)
}

/// The signing key in `text` (the file `shown`), opened with `seal` if it is sealed. A
/// plain file is read whatever the database (an older Plenary wrote it).
pub(crate) fn decode(text: &str, seal: Option<&DbKey>, shown: &str) -> Result<SigningKey> {
    let damaged = || invalid!("key-file-damaged", file = shown);
    let bytes = if text.trim_start().starts_with(SEALED_HEADER) {
        let s = parse_sealed(text).ok_or_else(damaged)?;
        let Some(seal) = seal else {
            return Err(invalid!("key-file-sealed-plain-db", file = shown));
        };
        if s.salt != seal.salt() {
            return Err(invalid!("key-file-other-copy", file = shown));
        }
        let aad = aad(&s.salt);
        Zeroizing::new(
            ChaCha20Poly1305::new(Key::from_slice(seal.file_key()))
                .decrypt(
                    Nonce::from_slice(&s.nonce),
                    Payload {
                        msg: &s.sealed,
                        aad: &aad,
                    },
                )
                .map_err(|_| damaged())?,
        )
    } else {
        Zeroizing::new(unhex(text.trim()).ok_or_else(damaged)?)
    };
    let arr: Zeroizing<[u8; 32]> =
        Zeroizing::new(bytes.as_slice().try_into().map_err(|_| damaged())?);
    Ok(SigningKey::from_bytes(&arr))
}

fn aad(salt: &[u8; SALT_LEN]) -> Vec<u8> {
    let mut aad = SEALED_HEADER.as_bytes().to_vec();
    aad.extend_from_slice(salt);
    aad
}

/// Writes `bytes` to `path`, readable by its owner only, and flushes it to the disk.
#[cfg(unix)]
pub(crate) fn write_owner_only(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(not(unix))]
pub(crate) fn write_owner_only(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passphrase::Passphrase;

    #[test]
    fn a_sealed_key_opens_only_with_its_database_key() {
        let key = SigningKey::from_bytes(&[9; 32]);
        let seal = DbKey::derive(&Passphrase::new("correct horse"), [3; SALT_LEN]).unwrap();
        let text = encode(&key, Some(&seal)).unwrap();
        assert!(!text.contains(&hex(&[9; 32])), "the key is not in clear");
        assert_eq!(form(&text), Some(Form::Sealed([3; SALT_LEN])));
        assert_eq!(decode(&text, Some(&seal), "k").unwrap().to_bytes(), [9; 32]);

        let other = DbKey::derive(&Passphrase::new("wrong horse"), [3; SALT_LEN]).unwrap();
        let e = decode(&text, Some(&other), "k").unwrap_err();
        assert!(e.to_string().contains("damaged"), "{e}");
        let elsewhere = DbKey::derive(&Passphrase::new("correct horse"), [4; SALT_LEN]).unwrap();
        let e = decode(&text, Some(&elsewhere), "k").unwrap_err();
        assert!(e.to_string().contains("another encrypted copy"), "{e}");
        let e = decode(&text, None, "k").unwrap_err();
        assert!(e.to_string().contains("not encrypted"), "{e}");

        let mut tampered = text.trim_end().to_string();
        let flipped = if tampered.ends_with('0') { "1" } else { "0" };
        tampered.replace_range(tampered.len() - 1.., flipped);
        let e = decode(&tampered, Some(&seal), "k").unwrap_err();
        assert!(e.to_string().contains("damaged"), "{e}");
    }

    #[test]
    fn a_plain_key_reads_as_before() {
        let key = SigningKey::from_bytes(&[5; 32]);
        let text = encode(&key, None).unwrap();
        assert_eq!(*text, hex(&[5; 32]));
        assert_eq!(form(&text), Some(Form::Plain));
        let seal = DbKey::derive(&Passphrase::new("correct horse"), [3; SALT_LEN]).unwrap();
        assert_eq!(decode(&text, Some(&seal), "k").unwrap().to_bytes(), [5; 32]);
        assert_eq!(form("not a key"), None);
        assert!(decode("zz", None, "k").is_err());
    }
}
