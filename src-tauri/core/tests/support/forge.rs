//! Crafting bundles for tests: taking a real one apart, changing it, and putting it back
//! together — re-signed with the maker's key, or not, or as a raw zip with lies in it.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};

pub type Entries = BTreeMap<String, Vec<u8>>;

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Every entry of a (well-formed) zip.
pub fn unzip(bytes: &[u8]) -> Entries {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.insert(f.name().unwrap().to_string(), data);
    }
    out
}

/// A zip of these entries, deflated, in this order.
pub fn zip_entries(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

pub fn manifest(e: &Entries) -> serde_json::Value {
    serde_json::from_slice(&e["manifest.json"]).unwrap()
}

/// Puts entries back together with this manifest and a signature by `key` (recomputing
/// every entry's hash and size in the manifest when `rehash`).
pub fn pack(
    mut e: Entries,
    mut manifest: serde_json::Value,
    key: &SigningKey,
    rehash: bool,
) -> Vec<u8> {
    e.remove("manifest.json");
    e.remove("manifest.sig");
    if rehash {
        let mut listed = serde_json::Map::new();
        for (name, data) in &e {
            listed.insert(
                name.clone(),
                serde_json::json!({"sha256": hex(&Sha256::digest(data)), "size": data.len()}),
            );
        }
        manifest["entries"] = serde_json::Value::Object(listed);
    }
    let m = serde_json::to_vec_pretty(&manifest).unwrap();
    let sig = format!("{}\n", hex(&key.sign(&m).to_bytes()));
    let mut all: Vec<(String, Vec<u8>)> = e.into_iter().collect();
    all.push(("manifest.json".into(), m));
    all.push(("manifest.sig".into(), sig.into_bytes()));
    zip_entries(&all)
}

/// Changes a bundle's entries and manifest, then re-signs it with the maker's key, so
/// that only what the change broke is wrong.
pub fn forge(
    bytes: &[u8],
    key: &SigningKey,
    edit: impl FnOnce(&mut Entries, &mut serde_json::Value),
) -> Vec<u8> {
    let mut e = unzip(bytes);
    let mut m = manifest(&e);
    edit(&mut e, &mut m);
    pack(e, m, key, true)
}

/// The JSON lines of a records entry.
pub fn lines(e: &Entries, table: &str) -> Vec<serde_json::Value> {
    String::from_utf8(e[&format!("records/{table}.jsonl")].clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn set_lines(
    e: &mut Entries,
    m: &mut serde_json::Value,
    table: &str,
    rows: &[serde_json::Value],
) {
    let mut out = String::new();
    for r in rows {
        out.push_str(&serde_json::to_string(r).unwrap());
        out.push('\n');
    }
    e.insert(format!("records/{table}.jsonl"), out.into_bytes());
    m["counts"][table] = serde_json::json!(rows.len());
}

/// One entry of a hand-made zip, with whatever sizes it claims.
pub struct Raw {
    pub name: String,
    /// What is stored (already deflated when `deflated`).
    pub data: Vec<u8>,
    pub deflated: bool,
    pub declared_size: u32,
    pub crc: u32,
}

impl Raw {
    pub fn stored(name: &str, data: &[u8]) -> Raw {
        Raw {
            name: name.into(),
            data: data.to_vec(),
            deflated: false,
            declared_size: data.len() as u32,
            crc: crc32fast::hash(data),
        }
    }

    /// Deflated `plain`, honestly declared.
    pub fn deflated(name: &str, plain: &[u8]) -> Raw {
        let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(plain).unwrap();
        Raw {
            name: name.into(),
            data: enc.finish().unwrap(),
            deflated: true,
            declared_size: plain.len() as u32,
            crc: crc32fast::hash(plain),
        }
    }
}

/// A zip written byte by byte, so that names, sizes and duplicates can lie.
pub fn raw_zip(entries: &[Raw]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let method: u16 = if e.deflated { 8 } else { 0 };
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed
            h.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&[0, 0, 0x21, 0]); // time, date (1980-01-01)
            h.extend_from_slice(&e.crc.to_le_bytes());
            h.extend_from_slice(&(e.data.len() as u32).to_le_bytes());
            h.extend_from_slice(&e.declared_size.to_le_bytes());
            h.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central {
                h.extend_from_slice(&[0; 6]); // comment length, disk, internal attrs
                h.extend_from_slice(&0u32.to_le_bytes()); // external attrs
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(e.name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend_from_slice(&e.data);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}
