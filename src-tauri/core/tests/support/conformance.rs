//! The generator of docs/conformance/: bundles that follow or break each rule of
//! docs/bundle-format.md, with the result a conforming importer gives for each. Written
//! from the format (the table list gives every column; the rest is built by hand here),
//! not by exporting Plenary's own database, and deterministic — fixed keys, ids and times —
//! so that the committed files change only when the rules do.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Write;

use ed25519_dalek::{Signer, SigningKey};
use plenary_core::bundle::tables::{Kind, TABLES};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// One case: what it shows, the bundles to import first (they must import), the bundle
/// under test and what importing it gives.
pub struct Case {
    pub name: String,
    pub about: String,
    /// The section of docs/bundle-format.md with the rule.
    pub rule: String,
    pub before: Vec<Vec<u8>>,
    pub bundle: Vec<u8>,
    pub expect: Value,
}

/// The importing assembly every case starts from (fresh, empty).
pub const IMPORTER: (&str, &str) = ("Conformance Importer", "IMP");

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A fixed UUIDv7-shaped id: assembly `a`, record number `n`.
pub fn id(a: u8, n: u64) -> String {
    format!("0190abcd-00{a:02x}-7000-8000-{n:012x}")
}

/// An assembly that makes bundles: its key (fixed seed), id, name and code.
#[derive(Clone)]
pub struct Maker {
    pub key: SigningKey,
    pub n: u8,
    pub name: String,
    pub code: String,
}

impl Maker {
    pub fn new(n: u8, name: &str, code: &str) -> Maker {
        Maker {
            key: SigningKey::from_bytes(&[n; 32]),
            n,
            name: name.into(),
            code: code.into(),
        }
    }

    pub fn id(&self) -> String {
        id(self.n, 0)
    }

    pub fn rid(&self, n: u64) -> String {
        id(self.n, n)
    }
}

const T0: &str = "2026-11-01T18:00:00Z";

/// The records of a bundle, by table, each a map of its own fields (the common ones and
/// any field not given are filled in: see [`Bundle::line`]).
#[derive(Clone)]
pub struct Bundle {
    pub maker: Maker,
    pub records: BTreeMap<&'static str, Vec<BTreeMap<String, Value>>>,
    pub deletions: Vec<Value>,
    pub minutes: Vec<(String, String, String)>,
    /// Folder entries (`records/`), as `zip -r` writes them.
    pub folders: bool,
    pub version: u32,
    /// Extra zip entries (name, bytes), not in the manifest unless `listed`.
    pub extra: Vec<(String, Vec<u8>, bool)>,
}

fn rec(pairs: &[(&str, Value)]) -> BTreeMap<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

impl Bundle {
    /// A small, complete assembly: three people, a WG with its status history, a meeting
    /// with roles, a report-back and a proposal heard and decided by consensus.
    pub fn base(maker: &Maker) -> Bundle {
        let r = |n| json!(maker.rid(n));
        let mut records: BTreeMap<&'static str, Vec<BTreeMap<String, Value>>> = BTreeMap::new();
        let mut add = |t: &'static str, fields: BTreeMap<String, Value>| {
            records.entry(t).or_default().push(fields)
        };
        add("people", rec(&[("id", r(1)), ("name", json!("Ada"))]));
        add(
            "people",
            rec(&[
                ("id", r(2)),
                ("name", json!("Ben")),
                ("pronouns", json!("he/him")),
            ]),
        );
        add("people", rec(&[("id", r(3)), ("name", json!("Cleo"))]));
        add(
            "working_groups",
            rec(&[
                ("id", r(10)),
                ("name", json!("Kitchen")),
                ("status", json!("active")),
                (
                    "description",
                    json!("Feeds the square.\nThree meals a day."),
                ),
            ]),
        );
        add(
            "wg_status_changes",
            rec(&[
                ("id", r(11)),
                ("wg_id", r(10)),
                ("status", json!("active")),
                ("changed_on", json!("2026-10-20")),
            ]),
        );
        add(
            "meetings",
            rec(&[
                ("id", r(20)),
                ("number", json!(1)),
                ("date", json!("2026-11-01")),
                ("place", json!("The square")),
                ("attendance", json!(40)),
                ("status", json!("closed")),
                ("opened_at", json!("2026-11-01T19:00:00Z")),
                ("closed_at", json!("2026-11-01T21:00:00.25Z")),
                ("starts_at", json!("19:00")),
            ]),
        );
        add(
            "meeting_roles",
            rec(&[
                ("id", r(21)),
                ("meeting_id", r(20)),
                ("role", json!("facilitator")),
                ("person_id", r(1)),
            ]),
        );
        add(
            "proposals",
            rec(&[
                ("id", r(30)),
                ("year", json!(2026)),
                ("number", json!(1)),
                ("title", json!("Buy a bigger pot")),
                ("text", json!("We buy a 50-litre pot.")),
                ("status", json!("decided")),
                ("wg_id", r(10)),
                ("proposer_person_id", r(2)),
            ]),
        );
        add(
            "agenda_items",
            rec(&[
                ("id", r(40)),
                ("meeting_id", r(20)),
                ("position", json!(1)),
                ("kind", json!("report-back")),
                ("title", json!("Report-back: Kitchen")),
                ("status", json!("done")),
                ("wg_id", r(10)),
            ]),
        );
        add(
            "agenda_items",
            rec(&[
                ("id", r(41)),
                ("meeting_id", r(20)),
                ("position", json!(2)),
                ("kind", json!("proposal")),
                ("title", json!("Buy a bigger pot")),
                ("status", json!("done")),
                ("proposal_id", r(30)),
            ]),
        );
        add(
            "report_backs",
            rec(&[
                ("id", r(42)),
                ("agenda_item_id", r(40)),
                ("wg_id", r(10)),
                ("presenter_person_id", r(3)),
                ("summary", json!("We fed 200 people.")),
            ]),
        );
        add(
            "proposal_versions",
            rec(&[
                ("id", r(31)),
                ("proposal_id", r(30)),
                ("number", json!(1)),
                ("text", json!("We buy a 50-litre pot.")),
            ]),
        );
        add(
            "hearings",
            rec(&[
                ("id", r(43)),
                ("agenda_item_id", r(41)),
                ("proposal_id", r(30)),
                ("step", json!("outcome")),
                ("outcome", json!("consensus")),
            ]),
        );
        add(
            "decisions",
            rec(&[
                ("id", r(44)),
                ("proposal_id", r(30)),
                ("agenda_item_id", r(41)),
                ("version", json!(1)),
                ("rule", json!("consensus")),
                ("default_rule", json!("consensus")),
                ("support", json!(30)),
                ("stand_asides", json!(1)),
                ("outcome", json!("consensus")),
                ("entered_by", json!("facilitator")),
            ]),
        );
        add(
            "decision_stances",
            rec(&[
                ("id", r(45)),
                ("decision_id", r(44)),
                ("stance", json!("stand-aside")),
                ("person_id", r(3)),
                ("reason", json!("I cook elsewhere.")),
            ]),
        );
        add(
            "proposal_status_changes",
            rec(&[
                ("id", r(46)),
                ("proposal_id", r(30)),
                ("status", json!("decided")),
                ("meeting_id", r(20)),
                ("agenda_item_id", r(41)),
                ("changed_at", json!("2026-11-01T20:00:00Z")),
            ]),
        );
        Bundle {
            maker: maker.clone(),
            records,
            deletions: Vec::new(),
            minutes: vec![(
                maker.rid(20),
                format!("minutes/{}-GA-1.md", maker.code),
                format!(
                    "# {} — GA 1 ({}-GA-1)\n\n**Date:** 2026-11-01 · **Place:** The square\n",
                    maker.name, maker.code
                ),
            )],
            folders: false,
            version: plenary_core::bundle::manifest::VERSION,
            extra: Vec::new(),
        }
    }

    /// The first record of `table` whose id is `rid`, to change.
    pub fn get(&mut self, table: &str, rid: u64) -> &mut BTreeMap<String, Value> {
        let want = json!(self.maker.rid(rid));
        self.records
            .get_mut(table)
            .and_then(|rows| rows.iter_mut().find(|r| r.get("id") == Some(&want)))
            .unwrap_or_else(|| panic!("no {table} {rid}"))
    }

    /// A copy of record `rid` of `table` under the new id `new`.
    pub fn copy(
        &mut self,
        table: &'static str,
        rid: u64,
        new: u64,
    ) -> &mut BTreeMap<String, Value> {
        let mut c = self.get(table, rid).clone();
        c.insert("id".into(), json!(self.maker.rid(new)));
        let rows = self.records.get_mut(table).unwrap();
        rows.push(c);
        rows.last_mut().unwrap()
    }

    /// One record as its canonical line: every field of the table in order, the given
    /// value or the plain default of its type.
    fn line(
        &self,
        table: &plenary_core::bundle::tables::Table,
        fields: &BTreeMap<String, Value>,
    ) -> String {
        let mut parts = Vec::new();
        for c in table.columns() {
            let v = fields.get(c.name).cloned().unwrap_or_else(|| match c.kind {
                Kind::Origin => json!(self.maker.id()),
                _ if c.name == "revision" => json!(1),
                _ if c.nullable => Value::Null,
                Kind::Line { .. } | Kind::Text { .. } => json!(""),
                Kind::Enum(words) => json!(words[0]),
                Kind::Int { min, .. } => json!(min),
                Kind::Date => json!("2026-11-01"),
                Kind::Time => json!(T0),
                Kind::Clock => json!("19:00"),
                Kind::Id | Kind::Ref { .. } | Kind::Weak { .. } => {
                    panic!("{}.{} needs a value", table.name, c.name)
                }
            });
            parts.push(format!("{}:{}", json!(c.name), v));
        }
        // Fields given that the table does not have (to break the rules on purpose).
        for (k, v) in fields {
            if !table.columns().any(|c| c.name == k) {
                parts.push(format!("{}:{}", json!(k), v));
            }
        }
        format!("{{{}}}\n", parts.join(","))
    }

    /// The entries (name, bytes) and the manifest, before signing.
    pub fn entries(&self) -> (Vec<(String, Vec<u8>)>, Value) {
        let mut entries = Vec::new();
        let mut counts = serde_json::Map::new();
        for t in TABLES {
            let mut rows: Vec<&BTreeMap<String, Value>> = self
                .records
                .get(t.name)
                .map(|r| r.iter().collect())
                .unwrap_or_default();
            rows.sort_by_key(|r| r.get("id").map(|v| v.to_string()).unwrap_or_default());
            let text: String = rows.iter().map(|r| self.line(t, r)).collect();
            counts.insert(t.name.into(), json!(rows.len()));
            entries.push((t.entry(), text.into_bytes()));
        }
        let dels: String = self.deletions.iter().map(|d| format!("{d}\n")).collect();
        entries.push(("deletions.jsonl".into(), dels.into_bytes()));
        let mut minutes = serde_json::Map::new();
        for (meeting, name, text) in &self.minutes {
            minutes.insert(meeting.clone(), json!(name));
            entries.push((name.clone(), text.clone().into_bytes()));
        }
        let mut listed = serde_json::Map::new();
        let extra_listed = self
            .extra
            .iter()
            .filter(|e| e.2)
            .map(|e| (e.0.clone(), e.1.clone()));
        for (name, data) in entries.iter().cloned().chain(extra_listed) {
            listed.insert(
                name.clone(),
                json!({"sha256": hex(&Sha256::digest(&data)), "size": data.len()}),
            );
        }
        let m = json!({
            "format": "plenary-bundle",
            "version": self.version,
            "generator": "Plenary conformance generator",
            "assembly": {
                "id": self.maker.id(), "name": self.maker.name, "code": self.maker.code,
                "public_key": hex(self.maker.key.verifying_key().as_bytes()),
                "default_rule": "consensus",
                "created_at": "2026-10-01T12:00:00Z", "updated_at": "2026-10-01T12:00:00Z", "revision": 1
            },
            "created_at": "2026-11-02T09:00:00Z",
            "scope": {"kind": "all"},
            "counts": counts,
            "deletions": self.deletions.len(),
            "minutes": minutes,
            "entries": listed,
        });
        (entries, m)
    }

    /// The bundle file, signed by its maker.
    pub fn build(&self) -> Vec<u8> {
        let (entries, m) = self.entries();
        let m = serde_json::to_vec_pretty(&m).unwrap();
        let sig = format!("{}\n", hex(&self.maker.key.sign(&m).to_bytes()));
        zip(self, entries, m, sig.into_bytes())
    }

    /// The bundle with `edit` applied to its manifest bytes' JSON and entries after
    /// hashing (to break hashes, signatures and the like), signed by `signer`.
    pub fn build_broken(
        &self,
        signer: &SigningKey,
        edit: impl FnOnce(&mut Vec<(String, Vec<u8>)>, &mut Value),
    ) -> Vec<u8> {
        let (mut entries, mut m) = self.entries();
        edit(&mut entries, &mut m);
        let m = serde_json::to_vec_pretty(&m).unwrap();
        let sig = format!("{}\n", hex(&signer.sign(&m).to_bytes()));
        zip(self, entries, m, sig.into_bytes())
    }
}

fn zip(b: &Bundle, entries: Vec<(String, Vec<u8>)>, manifest: Vec<u8>, sig: Vec<u8>) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("manifest.json", opts).unwrap();
    w.write_all(&manifest).unwrap();
    w.start_file("manifest.sig", opts).unwrap();
    w.write_all(&sig).unwrap();
    let mut folders = std::collections::BTreeSet::new();
    let extra = b.extra.iter().map(|(n, d, _)| (n.clone(), d.clone()));
    for (name, data) in entries.into_iter().chain(extra) {
        if b.folders {
            if let Some((folder, _)) = name.split_once('/') {
                if folders.insert(folder.to_string()) {
                    w.add_directory(format!("{folder}/"), opts).unwrap();
                }
            }
        }
        w.start_file(name, opts).unwrap();
        w.write_all(&data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

// ---------------------------------------------------------------------------------------
// The cases

const BASE_RECORDS: u64 = 16;

fn imported(new: u64, refused: &[(&str, String, &str)]) -> Value {
    json!({
        "result": "imported",
        "totals": {"new": new, "updated": 0, "unchanged": 0, "refused": refused.len(), "deleted": 0},
        "refused": refused.iter().map(|(t, id, why)| json!({"table": t, "id": id, "reason": why})).collect::<Vec<_>>(),
    })
}

fn refused(reason: &str) -> Value {
    json!({"result": "refused", "reason": reason})
}

fn case(name: &str, rule: &str, about: &str, bundle: Vec<u8>, expect: Value) -> Case {
    Case {
        name: name.into(),
        about: about.into(),
        rule: rule.into(),
        before: Vec::new(),
        bundle,
        expect,
    }
}

/// A decision that adds up: name, rule, (support, against, stand-asides, blocks), quorum,
/// stand-aside limit, outcome.
type DecisionCase = (
    &'static str,
    &'static str,
    [u32; 4],
    Option<u32>,
    Option<&'static str>,
    &'static str,
);

/// Every case, in order.
pub fn cases() -> Vec<Case> {
    let x = Maker::new(1, "Conformance Assembly", "CNF");
    let base = Bundle::base(&x);
    let all_new = BASE_RECORDS + 1; // and the assembly
    let mut out = Vec::new();

    // --- Bundles that import whole.
    out.push(case(
        "valid-base",
        "Records",
        "A small, complete assembly: every record is new.",
        base.build(),
        imported(all_new, &[]),
    ));
    let mut b = base.clone();
    b.folders = true;
    out.push(case(
        "valid-folder-entries",
        "The zip",
        "Folder entries as `zip -r` writes them are accepted and ignored.",
        b.build(),
        imported(all_new, &[]),
    ));
    // Decisions that add up (docs/bundle-format.md, "Record rules"): rule, counts
    // (support, against, stand-asides, blocks), quorum, stand-aside limit → outcome.
    let decisions: &[DecisionCase] = &[
        (
            "consensus-no-blocks",
            "consensus",
            [30, 0, 2, 0],
            None,
            None,
            "consensus",
        ),
        (
            "consensus-blocked",
            "consensus",
            [30, 0, 2, 1],
            None,
            None,
            "blocked",
        ),
        (
            "modified-consensus",
            "modified:90",
            [30, 0, 2, 0],
            None,
            None,
            "consensus",
        ),
        (
            "modified-passed-exactly-90",
            "modified:90",
            [9, 1, 0, 0],
            None,
            None,
            "passed",
        ),
        (
            "modified-failed",
            "modified:90",
            [8, 2, 0, 0],
            None,
            None,
            "failed",
        ),
        (
            "supermajority-passed",
            "supermajority:2/3",
            [2, 1, 5, 0],
            None,
            None,
            "passed",
        ),
        (
            "supermajority-failed",
            "supermajority:2/3",
            [3, 2, 0, 0],
            None,
            None,
            "failed",
        ),
        (
            "majority-half-fails",
            "majority",
            [5, 5, 0, 0],
            None,
            None,
            "failed",
        ),
        (
            "majority-passed",
            "majority",
            [6, 5, 0, 0],
            None,
            None,
            "passed",
        ),
        (
            "majority-nobody-voted",
            "majority",
            [0, 0, 4, 0],
            None,
            None,
            "failed",
        ),
        (
            "quorum-not-met",
            "majority",
            [5, 0, 0, 0],
            Some(6),
            None,
            "tabled",
        ),
        (
            "too-many-stand-asides",
            "consensus",
            [4, 0, 2, 0],
            None,
            Some("1/3"),
            "tabled",
        ),
        // The vote after a blocked call: the blocker voted against, and is counted once
        // (18 of 20 is 90%).
        (
            "modified-vote-after-block-passed",
            "modified:90",
            [18, 2, 0, 1],
            None,
            None,
            "passed",
        ),
        (
            "modified-vote-after-block-failed",
            "modified:90",
            [17, 3, 0, 1],
            None,
            None,
            "failed",
        ),
        // A blocked call the room did not take to a vote.
        (
            "modified-blocked-no-vote",
            "modified:90",
            [0, 0, 2, 1],
            None,
            None,
            "blocked",
        ),
        // Blocks only counted (`--blocks 2`, nobody named): the stances list none.
        (
            "consensus-count-only-blocks",
            "consensus",
            [30, 0, 1, 2],
            None,
            None,
            "blocked",
        ),
        (
            "supermajority-vote-after-count-only-blocks",
            "supermajority:2/3",
            [20, 10, 0, 3],
            None,
            None,
            "passed",
        ),
    ];
    for (name, rule, [s, a, sa, bl], quorum, limit, outcome) in decisions {
        let mut b = base.clone();
        let d = b.get("decisions", 44);
        d.insert("rule".into(), json!(rule));
        d.insert("support".into(), json!(s));
        d.insert("against".into(), json!(a));
        d.insert("stand_asides".into(), json!(sa));
        d.insert("blocks".into(), json!(bl));
        d.insert("quorum".into(), json!(quorum));
        d.insert("stand_aside_limit".into(), json!(limit));
        d.insert("outcome".into(), json!(outcome));
        out.push(case(&format!("decision-{name}"), "Record rules", &format!("{rule} with {s} support, {a} against, {sa} stand-asides, {bl} blocks{}{}: {outcome}.", quorum.map(|q| format!(", quorum {q}")).unwrap_or_default(), limit.map(|l| format!(", stand-aside limit {l}")).unwrap_or_default()), b.build(), imported(all_new, &[])));
    }

    // A manual outcome: a proposal withdrawn by hand, with the reason, is a status change,
    // not a decision — no rule recomputes it, and it imports as written.
    let mut b = base.clone();
    let p = b.copy("proposals", 30, 50);
    p.insert("number".into(), json!(2));
    p.insert("title".into(), json!("Paint the kitchen"));
    p.insert("status".into(), json!("withdrawn"));
    let c = b.copy("proposal_status_changes", 46, 51);
    c.insert("proposal_id".into(), json!(x.rid(50)));
    c.insert("status".into(), json!("withdrawn"));
    c.insert("agenda_item_id".into(), Value::Null);
    c.insert("note".into(), json!("The paint was donated."));
    c.insert("by_whom".into(), json!("the Kitchen WG"));
    out.push(case(
        "valid-manual-outcome-withdrawn",
        "Record rules",
        "A proposal withdrawn by hand, its status change saying by whom and why: a manual outcome is not a decision and is not recomputed.",
        b.build(),
        imported(all_new + 2, &[]),
    ));

    // Format 1 stored `against` without the blockers: 1 for, 0 against and 1 block under
    // majority was 1 of 2, failed. Read as format 2 it would be 1 of 1, passed, and the
    // decision refused; converted (against + blocks) it adds up.
    let mut b = base.clone();
    b.version = 1;
    let d = b.get("decisions", 44);
    for (k, v) in [
        ("rule", json!("majority")),
        ("support", json!(1)),
        ("against", json!(0)),
        ("stand_asides", json!(0)),
        ("blocks", json!(1)),
        ("outcome", json!("failed")),
    ] {
        d.insert(k.into(), v);
    }
    b.get("decision_stances", 45)
        .insert("stance".into(), json!("block"));
    out.push(case(
        "valid-format-1-blocks-join-against",
        "Versions",
        "A format-1 bundle: majority with 1 support, 0 against and 1 block, failed. The importer adds the block to against (1 of 2 is not more than half), as for a database of that release.",
        b.build(),
        imported(all_new, &[]),
    ));
    let mut b = base.clone();
    b.version = 1;
    let d = b.get("decisions", 44);
    for (k, v) in [
        ("rule", json!("majority")),
        ("support", json!(1)),
        ("blocks", json!(1)),
        ("outcome", json!("passed")),
    ] {
        d.insert(k.into(), v);
    }
    b.get("decision_stances", 45)
        .insert("stance".into(), json!("block"));
    out.push(decision_refused_v1(
        &x,
        b.build(),
        "record-format-1-decision-counted-as-format-2",
        "A format-1 bundle whose decision was computed without its block (1 of 1, passed): with the block among the votes against it is 1 of 2, failed.",
        "its outcome is passed, but 1 support, 1 against",
        all_new,
    ));

    // --- Bundles refused whole: they do not verify.
    let other = SigningKey::from_bytes(&[99; 32]);
    out.push(case(
        "broken-signature",
        "Reading a bundle",
        "manifest.sig was made by another key than the manifest names.",
        base.build_broken(&other, |_, _| {}),
        refused("the signature does not match"),
    ));
    out.push(case(
        "broken-hash",
        "Reading a bundle",
        "An entry's bytes differ from the SHA-256 in the manifest.",
        base.build_broken(&x.key, |e, _| {
            let people = e
                .iter_mut()
                .find(|(n, _)| n == "records/people.jsonl")
                .unwrap();
            people.1 = String::from_utf8(people.1.clone())
                .unwrap()
                .replacen("Ada", "Eve", 1)
                .into_bytes();
        }),
        refused("does not match its SHA-256"),
    ));
    out.push(case(
        "broken-unlisted-entry",
        "The file",
        "An entry the manifest does not list.",
        {
            let mut b = base.clone();
            b.extra.push(("notes.txt".into(), b"hello".to_vec(), false));
            b.build()
        },
        refused("is not listed in the manifest"),
    ));
    out.push(case(
        "broken-folder-with-data",
        "The zip",
        "A folder entry (name ending in /) that holds data.",
        {
            let mut b = base.clone();
            b.extra
                .push(("records/extra/".into(), b"x".to_vec(), false));
            b.build()
        },
        refused("is a folder entry but holds data"),
    ));
    out.push(case(
        "broken-newer-version",
        "Versions",
        "A version this reader does not know (3).",
        {
            let mut b = base.clone();
            b.version = 3;
            b.build()
        },
        refused("made by a newer Plenary"),
    ));
    let mut b = base.clone();
    b.get("people", 1).insert("nickname".into(), json!("A"));
    out.push(case(
        "broken-unknown-field",
        "Records",
        "A record with a field its table does not have.",
        b.build(),
        refused("unknown field \"nickname\""),
    ));
    let mut bb = base.clone();
    bb.records.get_mut("working_groups").unwrap()[0].insert("schedule".into(), json!(7));
    out.push(case(
        "broken-wrong-type",
        "Records",
        "A number where a line of text is required.",
        bb.build(),
        refused("field \"schedule\" must be one line of text"),
    ));
    let mut b = base.clone();
    b.get("meetings", 20)
        .insert("opened_at".into(), json!("2026-11-01T20:00:00+01:00"));
    out.push(case(
        "broken-time-not-utc",
        "Times",
        "A time with an offset instead of Z.",
        b.build(),
        refused("field \"opened_at\" is \"2026-11-01T20:00:00+01:00\", not a time"),
    ));
    let mut b = base.clone();
    b.get("meetings", 20)
        .insert("opened_at".into(), json!("2026-11-01 19:00:00Z"));
    out.push(case(
        "broken-time-with-space",
        "Times",
        "A time with a space instead of T.",
        b.build(),
        refused("field \"opened_at\" is \"2026-11-01 19:00:00Z\", not a time"),
    ));
    let mut b = base.clone();
    b.get("meeting_roles", 21)
        .insert("person_id".into(), json!(x.rid(999)));
    out.push(case(
        "broken-dangling-reference",
        "References",
        "A reference to a record neither in the bundle nor held here.",
        b.build(),
        refused("neither in the bundle nor in this database"),
    ));
    let mut b = base.clone();
    b.get("people", 3).insert("origin".into(), json!(id(7, 0)));
    out.push(case(
        "broken-foreign-origin",
        "Records",
        "A record whose origin is not the assembly that made the bundle.",
        b.build(),
        refused("not to the assembly that made the bundle"),
    ));
    let mut b = base.clone();
    let upper = x.rid(3).to_uppercase();
    b.get("people", 3).insert("id".into(), json!(upper));
    out.push(case(
        "broken-upper-case-id",
        "Records",
        "An id in upper-case hex.",
        b.build(),
        refused("not an id (a UUID written in lower-case"),
    ));

    // --- Verifies, but not importable here.
    let imp = Maker::new(2, "Not the importer", IMPORTER.1);
    out.push(case(
        "here-our-code",
        "Reading a bundle",
        "An assembly whose code is the importer's own.",
        Bundle::base(&imp).build(),
        refused("this assembly's own code"),
    ));

    // --- Imported, with records refused.
    let rid = |n| x.rid(n);
    let mut b = base.clone();
    b.copy("meetings", 20, 100);
    out.push(case(
        "record-duplicate-meeting-number",
        "Uniqueness",
        "Two meetings numbered 1.",
        b.build(),
        imported(
            all_new,
            &[(
                "meetings",
                rid(100),
                "another meeting of the same assembly already has number 1",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("working_groups", 10, 100)
        .insert("name".into(), json!("KITCHEN"));
    out.push(case(
        "record-duplicate-wg-name",
        "Uniqueness",
        "Two WGs named Kitchen and KITCHEN.",
        b.build(),
        imported(
            all_new,
            &[(
                "working_groups",
                rid(100),
                "another working group of the same assembly already has name",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("people", 1, 100);
    out.push(case(
        "record-duplicate-person-name",
        "Uniqueness",
        "Two people named Ada.",
        b.build(),
        imported(
            all_new,
            &[(
                "people",
                rid(100),
                "another person of the same assembly already has name",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("proposals", 30, 100);
    out.push(case(
        "record-duplicate-proposal-reference",
        "Uniqueness",
        "Two proposals 2026-1.",
        b.build(),
        imported(
            all_new,
            &[(
                "proposals",
                rid(100),
                "another proposal of the same assembly already has year 2026 and number 1",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("proposal_versions", 31, 100);
    out.push(case(
        "record-duplicate-version",
        "Uniqueness",
        "Two versions 1 of a proposal.",
        b.build(),
        imported(
            all_new,
            &[(
                "proposal_versions",
                rid(100),
                "another proposal version already has proposal_id",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("meeting_roles", 21, 100);
    out.push(case(
        "record-duplicate-role",
        "Uniqueness",
        "A person facilitating the same meeting twice.",
        b.build(),
        imported(
            all_new,
            &[(
                "meeting_roles",
                rid(100),
                "another meeting role already has meeting_id",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("decisions", 44, 100);
    out.push(case(
        "record-second-decision",
        "Uniqueness",
        "Two decisions on one hearing.",
        b.build(),
        imported(
            all_new,
            &[(
                "decisions",
                rid(100),
                "another decision already has agenda_item_id",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("hearings", 43, 100);
    out.push(case(
        "record-second-hearing",
        "Uniqueness",
        "Two hearings on one agenda item.",
        b.build(),
        imported(
            all_new,
            &[(
                "hearings",
                rid(100),
                "another hearing already has agenda_item_id",
            )],
        ),
    ));
    let mut b = base.clone();
    b.copy("report_backs", 42, 100);
    out.push(case(
        "record-second-report-back",
        "Uniqueness",
        "Two report-backs on one agenda item.",
        b.build(),
        imported(
            all_new,
            &[(
                "report_backs",
                rid(100),
                "another report-back already has agenda_item_id",
            )],
        ),
    ));
    let mut b = base.clone();
    let s = b.get("decision_stances", 45);
    s.insert("stance".into(), json!("block"));
    s.insert("reason".into(), json!(""));
    out.push(case(
        "record-block-without-reason",
        "Record rules",
        "A block with an empty reason.",
        b.build(),
        imported(
            all_new - 1,
            &[("decision_stances", rid(45), "a block without a reason")],
        ),
    ));
    // A decision that is refused takes its stance with it.
    let decision_refused = |b: &Bundle, name: &str, about: &str, why: &str| {
        case(
            name,
            "Record rules",
            about,
            b.build(),
            imported(
                all_new - 2,
                &[
                    ("decisions", x.rid(44), why),
                    (
                        "decision_stances",
                        x.rid(45),
                        "its decision_id names a decision",
                    ),
                ],
            ),
        )
    };
    let mut b = base.clone();
    b.get("decisions", 44).insert("blocks".into(), json!(1));
    out.push(decision_refused(
        &b,
        "record-decision-outcome-wrong",
        "Consensus with a block (the rules give blocked).",
        "its outcome is consensus, but",
    ));
    let mut b = base.clone();
    b.get("decisions", 44)
        .insert("rule".into(), json!("unanimity"));
    out.push(decision_refused(
        &b,
        "record-decision-unknown-rule",
        "A rule that is not one of the four.",
        "its rule is not one this Plenary knows",
    ));
    let mut b = base.clone();
    b.get("decisions", 44).insert("version".into(), json!(2));
    out.push(decision_refused(
        &b,
        "record-decision-missing-version",
        "A decision on version 2 of a proposal that has only version 1.",
        "which has no such version",
    ));
    let mut b = base.clone();
    b.get("decisions", 44).insert("against".into(), json!(2));
    out.push(decision_refused(
        &b,
        "record-decision-against-under-consensus",
        "Two against under consensus.",
        "against under consensus",
    ));
    let mut b = base.clone();
    b.copy("meetings", 20, 100);
    b.copy("agenda_items", 40, 101)
        .insert("meeting_id".into(), json!(rid(100)));
    out.push(case(
        "record-refusal-travels",
        "Importing",
        "An agenda item of a refused meeting is refused too.",
        b.build(),
        imported(
            all_new,
            &[
                ("meetings", rid(100), "already has number 1"),
                ("agenda_items", rid(101), "its meeting_id names a meeting"),
            ],
        ),
    ));

    // --- Ownership: a third assembly's WG, imported first, claimed by X's bundle.
    let y = Maker::new(3, "Third Assembly", "THR");
    let yb = Bundle::base(&y);
    let mut b = base.clone();
    b.get("working_groups", 10)
        .insert("id".into(), json!(y.rid(10)));
    for (t, n) in [
        ("wg_status_changes", 11),
        ("proposals", 30),
        ("agenda_items", 40),
        ("report_backs", 42),
    ] {
        b.get(t, n).insert("wg_id".into(), json!(y.rid(10)));
    }
    let gone = "which was refused";
    let mut refusals: Vec<(&str, String, &str)> = vec![(
        "working_groups",
        y.rid(10),
        "it belongs to Third Assembly (THR), not to the assembly that made the bundle",
    )];
    for (t, n) in [
        ("wg_status_changes", 11),
        ("proposals", 30),
        ("agenda_items", 40),
        ("agenda_items", 41),
        ("report_backs", 42),
        ("proposal_versions", 31),
        ("hearings", 43),
        ("decisions", 44),
        ("decision_stances", 45),
        ("proposal_status_changes", 46),
    ] {
        refusals.push((t, x.rid(n), gone));
    }
    // New: the assembly, three people, the meeting and its role.
    let mut c = case("ownership-claims-a-third-assemblys-record", "Importing", "X's bundle carries a WG with the id of a WG of a third assembly imported before, and hangs records on it: the WG is refused, and so is everything that refers to it, directly or not.", b.build(), imported(6, &refusals));
    c.before.push(yb.build());
    out.push(c);
    out
}

/// A bundle whose decision (44) is refused, and with it its stance (45).
fn decision_refused_v1(
    x: &Maker,
    bundle: Vec<u8>,
    name: &str,
    about: &str,
    why: &str,
    all_new: u64,
) -> Case {
    case(
        name,
        "Versions",
        about,
        bundle,
        imported(
            all_new - 2,
            &[
                ("decisions", x.rid(44), why),
                (
                    "decision_stances",
                    x.rid(45),
                    "its decision_id names a decision",
                ),
            ],
        ),
    )
}
