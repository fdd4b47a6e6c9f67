//! The JSON Schemas of docs/schema/ and the table reference of docs/bundle-format.md,
//! generated from the table list so that they cannot drift from what Plenary writes and
//! reads. `tests/bundle_schema.rs` fails when the committed files are stale;
//! `UPDATE_SCHEMAS=1 cargo test -p plenary-core --test bundle_schema` rewrites them.

use serde_json::{json, Map, Value};

use super::manifest::{FORMAT, OLDEST_VERSION, VERSION};
use super::tables::{Column, Kind, Link, Table, PATTERNS, TABLES, UNIQUE};

const ID_PATTERN: &str = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
const BASE: &str = "https://plenary.example/schema/bundle/v1/";

fn id_schema() -> Value {
    json!({"type": "string", "format": "uuid", "pattern": ID_PATTERN})
}

/// A moment: RFC 3339 in UTC, written with `Z`, the fraction of a second (if any) of 1 to 9
/// digits.
const TIME_PATTERN: &str =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";

fn time_schema() -> Value {
    json!({"type": "string", "format": "date-time", "pattern": TIME_PATTERN})
}

/// The uniqueness rules of a table (see [`UNIQUE`]).
fn unique_of(
    t: &Table,
) -> impl Iterator<Item = &'static (&'static str, &'static [&'static str], &'static str)> + '_ {
    UNIQUE.iter().filter(move |u| u.0 == t.name)
}

fn column_schema(c: &Column) -> Value {
    let mut s = match c.kind {
        Kind::Id | Kind::Origin | Kind::Weak { .. } => id_schema(),
        Kind::Ref { table, link } => {
            let mut s = id_schema();
            s["x-plenary-refers-to"] = json!(table);
            s["x-plenary-link"] = json!(link_word(link));
            s
        }
        Kind::Line { max } => json!({
            "type": "string", "maxLength": max,
            "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"
        }),
        Kind::Text { max } => json!({
            "type": "string", "maxLength": max,
            "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
        }),
        Kind::Enum(words) => json!({"type": "string", "enum": words}),
        Kind::Int { min, max } => json!({"type": "integer", "minimum": min, "maximum": max}),
        Kind::Date => {
            json!({"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})
        }
        Kind::Time => time_schema(),
        Kind::Clock => json!({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}),
    };
    if let Kind::Weak { table } = c.kind {
        s["x-plenary-refers-to"] = json!(table);
        s["x-plenary-link"] = json!("weak");
    }
    let mut out = if c.nullable {
        json!({"anyOf": [s, {"type": "null"}]})
    } else {
        s
    };
    out["description"] = json!(c.about);
    out
}

fn link_word(l: Link) -> &'static str {
    match l {
        Link::Uses => "uses",
        Link::BelongsTo => "belongs-to",
        Link::PartOf => "part-of",
    }
}

/// The schema of one line of `records/<table>.jsonl`.
pub fn record_schema(t: &Table) -> Value {
    let mut props = Map::new();
    for c in t.columns() {
        let mut s = column_schema(c);
        if let Some((_, _, pattern)) = PATTERNS.iter().find(|p| p.0 == t.name && p.1 == c.name) {
            match s.get_mut("anyOf").and_then(|a| a.get_mut(0)) {
                Some(inner) => inner["pattern"] = json!(pattern),
                None => s["pattern"] = json!(pattern),
            }
        }
        props.insert(c.name.into(), s);
    }
    let mut s = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{BASE}{}.schema.json", t.name),
        "title": format!("One {} (a line of records/{}.jsonl)", t.record, t.name),
        "description": t.about,
        "type": "object",
        "additionalProperties": false,
        "required": t.columns().filter(|c| c.if_missing.is_none()).map(|c| c.name).collect::<Vec<_>>(),
        "properties": props,
    });
    // Beyond one line: what JSON Schema cannot say, as annotations (docs/bundle-format.md,
    // "Uniqueness").
    let unique: Vec<Value> = unique_of(t)
        .map(|u| json!({"columns": u.1, "rule": u.2}))
        .collect();
    if !unique.is_empty() {
        s["x-plenary-unique"] = json!(unique);
    }
    s
}

pub fn deletion_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{BASE}deletion.schema.json"),
        "title": "One deletion (a line of deletions.jsonl)",
        "description": "A record its owner deleted: an importer removes its copy and never takes the record back from an older bundle.",
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "origin", "table", "deleted_at"],
        "properties": {
            "id": id_schema(),
            "origin": id_schema(),
            "table": {"type": "string", "enum": TABLES.iter().map(|t| t.name).collect::<Vec<_>>()},
            "deleted_at": time_schema(),
        },
    })
}

pub fn manifest_schema() -> Value {
    let sha = json!({"type": "string", "pattern": "^[0-9a-f]{64}$"});
    let time = time_schema();
    let count = json!({"type": "integer", "minimum": 0});
    let counts: Map<String, Value> = TABLES
        .iter()
        .map(|t| (t.name.to_string(), count.clone()))
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": format!("{BASE}manifest.schema.json"),
        "title": "manifest.json of a Plenary bundle",
        "description": "Signed by manifest.sig: the Ed25519 signature of these exact bytes, as 128 hex digits and a newline.",
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "version", "generator", "assembly", "created_at", "scope", "counts", "deletions", "minutes", "entries"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"type": "integer", "minimum": OLDEST_VERSION, "maximum": VERSION, "description": "Written as the newest version; older ones are read and brought to its meaning (bundle-format.md, \"Versions\"). A reader refuses a version it does not know; a newer one asks for a newer Plenary."},
            "generator": {"type": "string", "maxLength": 200},
            "assembly": {
                "type": "object",
                "additionalProperties": false,
                "description": "The assembly that made and signed the bundle.",
                "required": ["id", "name", "code", "public_key", "default_rule", "created_at", "updated_at", "revision"],
                "properties": {
                    "id": id_schema(),
                    "name": {"type": "string", "minLength": 1, "maxLength": 200},
                    "code": {"type": "string", "pattern": "^[A-Z0-9]{2,8}$"},
                    "public_key": {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "Ed25519 public key. Pinned by an importer at its first import."},
                    "default_rule": {"type": "string", "pattern": "^(consensus|majority|modified:[0-9]{1,3}|supermajority:[0-9]+/[0-9]+)$"},
                    "created_at": time,
                    "updated_at": time,
                    "revision": {"type": "integer", "minimum": 1},
                },
            },
            "created_at": time,
            "scope": {
                "oneOf": [
                    {"type": "object", "additionalProperties": false, "required": ["kind"],
                     "properties": {"kind": {"const": "all"}}},
                    {"type": "object", "additionalProperties": false, "required": ["kind", "meetings"],
                     "properties": {"kind": {"const": "meetings"}, "meetings": {"type": "array", "items": id_schema()}}},
                    {"type": "object", "additionalProperties": false, "required": ["kind", "since"],
                     "properties": {"kind": {"const": "since"}, "since": {"type": "string", "format": "date"}}},
                ],
            },
            "counts": {"type": "object", "additionalProperties": false, "properties": counts,
                       "description": "Records in each records/<table>.jsonl."},
            "deletions": count,
            "minutes": {"type": "object", "description": "Meeting id → its minutes entry.",
                        "propertyNames": id_schema(),
                        "additionalProperties": {"type": "string", "pattern": "^minutes/[A-Za-z0-9._-]+\\.md$"}},
            "entries": {"type": "object", "description": "Every entry but manifest.json and manifest.sig.",
                        "additionalProperties": {
                            "type": "object", "additionalProperties": false, "required": ["sha256", "size"],
                            "properties": {"sha256": sha, "size": count},
                        }},
        },
    })
}

/// Every schema file of docs/schema/, by file name.
pub fn schema_files() -> Vec<(String, String)> {
    let mut files = vec![
        ("manifest.schema.json".to_string(), manifest_schema()),
        ("deletion.schema.json".to_string(), deletion_schema()),
    ];
    for t in TABLES {
        files.push((format!("{}.schema.json", t.name), record_schema(t)));
    }
    files
        .into_iter()
        .map(|(name, v)| {
            let mut text = serde_json::to_string_pretty(&v).unwrap_or_default();
            text.push('\n');
            (name, text)
        })
        .collect()
}

/// The generated part of docs/bundle-format.md: one section per table.
pub fn tables_markdown() -> String {
    let mut out = String::new();
    for t in TABLES {
        out.push_str(&format!(
            "\n### `records/{}.jsonl` — {}\n\n{} Schema: [`schema/{}.schema.json`](schema/{}.schema.json).\n\n",
            t.name, t.record, t.about, t.name, t.name
        ));
        out.push_str(
            "| field | type | may be null | refers to | meaning |\n|---|---|---|---|---|\n",
        );
        for c in t.columns() {
            let (ty, refers) = match c.kind {
                Kind::Id => ("id".to_string(), String::new()),
                Kind::Origin => ("id".into(), "the producing assembly".into()),
                Kind::Ref { table, link } => {
                    ("id".into(), format!("`{table}` ({})", link_word(link)))
                }
                Kind::Weak { table } => ("id".into(), format!("`{table}` (weak: may be absent)")),
                Kind::Line { max } => (format!("one line, ≤ {max} chars"), String::new()),
                Kind::Text { max } => (format!("text, ≤ {max} chars"), String::new()),
                Kind::Enum(words) => (
                    words
                        .iter()
                        .map(|w| format!("`{w}`"))
                        .collect::<Vec<_>>()
                        .join(" / "),
                    String::new(),
                ),
                Kind::Int { min, max } => (format!("integer {min}…{max}"), String::new()),
                Kind::Date => ("date `YYYY-MM-DD`".into(), String::new()),
                Kind::Time => ("time (RFC 3339, UTC, `Z`)".into(), String::new()),
                Kind::Clock => ("time of day `HH:MM`".into(), String::new()),
            };
            out.push_str(&format!(
                "| `{}` | {ty} | {} | {refers} | {} |\n",
                c.name,
                if c.nullable { "yes" } else { "" },
                c.about
            ));
        }
        for u in unique_of(t) {
            out.push_str(&format!(
                "\nUnique: {} — {}\n",
                u.1.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(" + "),
                u.2
            ));
        }
    }
    out
}
