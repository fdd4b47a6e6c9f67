//! One record as one line of JSON, both ways, driven by the table list: writing a row read
//! from SQLite (keys in column order, so the same data always gives the same bytes) and
//! reading a line from a bundle into the values to store — refusing unknown, missing and
//! repeated fields, wrong types, unknown words, over-long text and out-of-range numbers.

use std::cell::RefCell;
use std::fmt;
use std::io::Write;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::{FromSql, Value, ValueRef};
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use uuid::Uuid;

use super::tables::{columns_of, Column, IfMissing, Kind, Table};
use super::words;
use crate::error::Message;
use crate::message;

/// A record read from a bundle: its values in column order, ready for SQL.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: Uuid,
    pub origin: Uuid,
    pub revision: i64,
    pub values: Vec<Value>,
}

impl Record {
    /// The id in a reference column, if set.
    pub fn uuid_at(&self, i: usize) -> Option<Uuid> {
        match &self.values[i] {
            Value::Blob(b) => Uuid::from_slice(b).ok(),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Writing

/// Appends one row (selected with every column of `table`, in order) as a JSON line.
pub(crate) fn write_row(
    out: &mut Vec<u8>,
    table: &Table,
    row: &rusqlite::Row,
) -> crate::Result<()> {
    out.push(b'{');
    for (i, c) in table.columns().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(c.name.as_bytes());
        out.extend_from_slice(b"\":");
        write_value(out, c, row.get_ref(i)?).map_err(|e| {
            crate::Error::Bundle(crate::message!(
                "bundle-export-unreadable",
                table = table.name,
                column = c.name,
                detail = e
            ))
        })?;
    }
    out.extend_from_slice(b"}\n");
    Ok(())
}

fn write_value(out: &mut Vec<u8>, c: &Column, v: ValueRef) -> Result<(), Message> {
    if v == ValueRef::Null {
        out.extend_from_slice(b"null");
        return Ok(());
    }
    match c.kind {
        Kind::Id | Kind::Origin | Kind::Ref { .. } | Kind::Weak { .. } => {
            let id = Uuid::column_result(v).map_err(|_| message!("bundle-holds-not-uuid"))?;
            let mut buf = [0u8; 36];
            out.push(b'"');
            out.extend_from_slice(id.hyphenated().encode_lower(&mut buf).as_bytes());
            out.push(b'"');
        }
        Kind::Int { .. } => {
            let n = v
                .as_i64()
                .map_err(|_| message!("bundle-holds-not-integer"))?;
            let _ = write!(out, "{n}");
        }
        Kind::Time => {
            out.push(b'"');
            match v.as_str().ok().and_then(|s| split_time(s, b' ', "+00:00")) {
                // The stored form of a UTC time differs from RFC 3339 only in two places.
                Some((body, _)) => {
                    out.extend_from_slice(&body.as_bytes()[..10]);
                    out.push(b'T');
                    out.extend_from_slice(&body.as_bytes()[11..]);
                    out.push(b'Z');
                }
                None => {
                    let t = DateTime::<Utc>::column_result(v)
                        .map_err(|_| message!("bundle-holds-bad-time"))?;
                    out.extend_from_slice(
                        t.to_rfc3339_opts(SecondsFormat::AutoSi, true).as_bytes(),
                    );
                }
            }
            out.push(b'"');
        }
        Kind::Line { .. } | Kind::Text { .. } | Kind::Enum(_) | Kind::Date | Kind::Clock => {
            let s = v.as_str().map_err(|_| message!("bundle-holds-not-text"))?;
            serde_json::to_writer(&mut *out, s).map_err(|e| Message::English(e.to_string()))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Reading

/// Parses one JSON line as a record of `table`. The error says which field and why; the
/// caller adds the entry and line number.
pub fn parse_record(table: &Table, line: &[u8]) -> Result<Record, Message> {
    let mut de = serde_json::Deserializer::from_slice(line);
    // serde's errors are text: a field's problem is kept here as its message, and serde
    // is given its English (which only it reads).
    let problem = RefCell::new(None);
    let said = |e: serde_json::Error| clean_error(e, problem.borrow_mut().take());
    let values = RecordSeed {
        table,
        problem: &problem,
    }
    .deserialize(&mut de)
    .map_err(said)?;
    de.end().map_err(said)?;
    let id = uuid_value(&values[0]);
    let origin = uuid_value(&values[1]);
    let revision = match values.last() {
        Some(Value::Integer(n)) => *n,
        _ => 0,
    };
    Ok(Record {
        id,
        origin,
        revision,
        values,
    })
}

fn uuid_value(v: &Value) -> Uuid {
    match v {
        Value::Blob(b) => Uuid::from_slice(b).unwrap_or_default(),
        _ => Uuid::nil(),
    }
}

/// serde_json appends "at line 1 column N"; the column is useful, the line is always 1.
/// `problem` is the message of a field's problem (serde carries only its English).
fn clean_error(e: serde_json::Error, problem: Option<Message>) -> Message {
    let text = e.to_string();
    match (text.rsplit_once(" at line 1 column "), problem) {
        (Some((_, col)), Some(why)) => message!("bundle-at-character", why = why, at = col),
        (None, Some(why)) => why,
        // serde_json's own words (a syntax error, trailing characters), ours around them.
        (Some((msg, col)), None) => message!(
            "bundle-at-character",
            why = Message::English(msg.to_string()),
            at = col
        ),
        (None, None) => Message::English(text),
    }
}

/// Where a field's problem waits for [`parse_record`] (see there).
type Problem<'p> = &'p RefCell<Option<Message>>;

/// A field's problem for serde: kept as its message, given to serde as its English.
fn refuse<E: de::Error>(problem: Problem, why: Message) -> E {
    let e = E::custom(&why);
    *problem.borrow_mut() = Some(why);
    e
}

struct RecordSeed<'t> {
    table: &'t Table,
    problem: Problem<'t>,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Vec<Value>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<Value>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Vec<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} as a JSON object", super::article(self.table.record))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Value>, A::Error> {
        let columns = columns_of(self.table);
        let mut values = vec![Value::Null; columns.len()];
        // Which fields were seen (a table has far fewer than 128 columns).
        let mut seen: u128 = 0;
        while let Some(i) = map.next_key_seed(KeySeed {
            table: self.table,
            columns: &columns,
            problem: self.problem,
        })? {
            let c = columns[i];
            if seen & (1 << i) != 0 {
                return Err(refuse(
                    self.problem,
                    message!("bundle-field-twice", field = format!("{:?}", c.name)),
                ));
            }
            seen |= 1 << i;
            values[i] = map.next_value_seed(ValueSeed {
                column: c,
                problem: self.problem,
            })?;
        }
        for (i, c) in columns.iter().enumerate() {
            if seen & (1 << i) != 0 {
                continue;
            }
            // A column added after bundles began may be missing from an older bundle.
            values[i] = match c.if_missing {
                Some(IfMissing::Null) => Value::Null,
                Some(IfMissing::Zero) => Value::Integer(0),
                Some(IfMissing::Empty) => Value::Text(String::new()),
                Some(IfMissing::Word(w)) => Value::Text(w.to_string()),
                None => {
                    return Err(refuse(
                        self.problem,
                        message!("bundle-field-missing", field = format!("{:?}", c.name)),
                    ))
                }
            };
        }
        Ok(values)
    }
}

/// Turns a key into its column index, refusing keys the table does not have.
struct KeySeed<'a> {
    table: &'a Table,
    columns: &'a [&'a Column],
    problem: Problem<'a>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = usize;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        self.columns
            .iter()
            .position(|c| c.name == key)
            .ok_or_else(|| {
                let shown: String = key.chars().take(40).collect();
                refuse(
                    self.problem,
                    message!(
                        "bundle-field-unknown",
                        field = format!("{shown:?}"),
                        record = words::a_record(self.table),
                        fields = self
                            .columns
                            .iter()
                            .map(|c| c.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })
    }
}

/// Reads one field's value and checks it against its column.
struct ValueSeed<'c> {
    column: &'c Column,
    problem: Problem<'c>,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl ValueSeed<'_> {
    /// The field's name as messages show it (`"name"`).
    fn field(&self) -> String {
        format!("{:?}", self.column.name)
    }

    fn bad<E: de::Error>(&self, why: Message) -> E {
        refuse(self.problem, why)
    }

    /// A value that is not what the column holds: `value` (its start) and what it must be.
    fn not_wanted<E: de::Error>(&self, value: &str) -> E {
        self.bad(message!(
            "bundle-field-not-wanted",
            field = self.field(),
            value = format!("{:?}", preview(value)),
            wanted = self.wanted()
        ))
    }

    fn wanted(&self) -> Message {
        match self.column.kind {
            Kind::Id | Kind::Origin | Kind::Ref { .. } | Kind::Weak { .. } => {
                message!("bundle-wanted-id")
            }
            Kind::Line { .. } => message!("bundle-wanted-line"),
            Kind::Text { .. } => message!("bundle-wanted-text"),
            Kind::Enum(words) => message!("bundle-wanted-one-of", words = words.join(", ")),
            // As text: a column's bounds may be beyond what a float holds exactly.
            Kind::Int { min, max } => message!(
                "bundle-wanted-number",
                min = min.to_string(),
                max = max.to_string()
            ),
            Kind::Date => message!("bundle-wanted-date"),
            Kind::Time => message!("bundle-wanted-time"),
            Kind::Clock => message!("bundle-wanted-clock"),
        }
    }

    fn wrong_type<E: de::Error>(&self, found: Message) -> E {
        self.bad(message!(
            "bundle-field-wrong-type",
            field = self.field(),
            wanted = self.wanted(),
            found = found
        ))
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.wanted())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        if self.column.nullable {
            Ok(Value::Null)
        } else {
            Err(self.bad(message!("bundle-field-null", field = self.field())))
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Value, E> {
        Err(self.wrong_type(message!("bundle-found-bool")))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        match self.column.kind {
            Kind::Int { min, max } if (min..=max).contains(&n) => Ok(Value::Integer(n)),
            Kind::Int { .. } => Err(self.bad(message!(
                "bundle-field-outside",
                field = self.field(),
                value = n.to_string(),
                wanted = self.wanted()
            ))),
            _ => Err(self.wrong_type(message!("bundle-found-number"))),
        }
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        match i64::try_from(n) {
            Ok(n) => self.visit_i64(n),
            Err(_) => Err(self.bad(message!(
                "bundle-field-number-too-large",
                field = self.field(),
                value = n.to_string()
            ))),
        }
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Value, E> {
        Err(self.wrong_type(message!("bundle-found-fraction")))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        match self.column.kind {
            Kind::Id | Kind::Origin | Kind::Ref { .. } | Kind::Weak { .. } => {
                match canonical_uuid(s) {
                    Some(id) => Ok(Value::Blob(id.as_bytes().to_vec())),
                    None => Err(self.bad(message!(
                        "bundle-field-not-uuid",
                        field = self.field(),
                        value = format!("{:?}", preview(s))
                    ))),
                }
            }
            Kind::Line { max } => {
                self.check_length(s, max)?;
                if s.chars().any(char::is_control) {
                    return Err(
                        self.bad(message!("bundle-field-not-one-line", field = self.field()))
                    );
                }
                Ok(Value::Text(s.to_owned()))
            }
            Kind::Text { max } => {
                self.check_length(s, max)?;
                if s.chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
                {
                    return Err(self.bad(message!("bundle-field-control", field = self.field())));
                }
                Ok(Value::Text(s.to_owned()))
            }
            Kind::Enum(words) => match words.iter().find(|w| **w == s) {
                Some(w) => Ok(Value::Text((*w).to_owned())),
                None => Err(self.not_wanted(s)),
            },
            Kind::Date => match parse_date(s) {
                Some(_) => Ok(Value::Text(s.to_owned())),
                None => Err(self.not_wanted(s)),
            },
            // Exactly as stored: two digits, a colon, two digits (the core's own rule).
            Kind::Clock => match crate::meeting::parse_start_time(s) {
                Ok(Some(t)) if t == s => Ok(Value::Text(t)),
                _ => Err(self.not_wanted(s)),
            },
            // Stored exactly as the core stores times (rusqlite's format for UTC).
            Kind::Time => match split_time(s, b'T', "Z").filter(|(_, t)| valid_moment(*t)) {
                Some((body, _)) => Ok(Value::Text(format!(
                    "{} {}+00:00",
                    &body[..10],
                    &body[11..]
                ))),
                // Any other RFC 3339 time in UTC (`Z`), with a fraction of 1 to 9 digits.
                None => match DateTime::parse_from_rfc3339(s)
                    .ok()
                    .filter(|_| s.ends_with('Z') && s.as_bytes().get(10) == Some(&b'T'))
                {
                    Some(t) => Ok(Value::Text(
                        t.with_timezone(&Utc).format("%F %T%.f%:z").to_string(),
                    )),
                    None => Err(self.not_wanted(s)),
                },
            },
            Kind::Int { .. } => Err(self.wrong_type(message!("bundle-found-text"))),
        }
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
        Err(self.wrong_type(message!("bundle-found-list")))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
        Err(self.wrong_type(message!("bundle-found-object")))
    }
}

/// `YYYY-MM-DD?HH:MM:SS[.fraction]<zone>` with `sep` between date and time and exactly
/// `zone` at the end, the fraction written as chrono writes it (none, or 3, 6 or 9 digits
/// not ending in "000"): the one form both directions can convert by moving characters.
/// Returns the part before the zone, and (year, month, day, hour, minute, second).
fn split_time<'s>(s: &'s str, sep: u8, zone: &str) -> Option<(&'s str, [u32; 6])> {
    let body = s.strip_suffix(zone)?;
    let b = body.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != sep
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits(&b[r]);
    let f = &b[19..];
    let canonical_fraction = match f.len() {
        0 => true,
        4 | 7 | 10 => {
            f[0] == b'.' && f[1..].iter().all(u8::is_ascii_digit) && &f[f.len() - 3..] != b"000"
        }
        _ => false,
    };
    if !canonical_fraction {
        return None;
    }
    Some((
        body,
        [
            num(0..4)?,
            num(5..7)?,
            num(8..10)?,
            num(11..13)?,
            num(14..16)?,
            num(17..19)?,
        ],
    ))
}

/// A UUID written only the canonical way (lower-case `8-4-4-4-12`), so that equal ids are
/// equal text everywhere.
pub(crate) fn canonical_uuid(s: &str) -> Option<Uuid> {
    let mut buf = [0u8; 36];
    Uuid::try_parse(s)
        .ok()
        .filter(|id| s.len() == 36 && id.hyphenated().encode_lower(&mut buf) == s)
}

/// The number written by these ASCII digits (only digits).
fn digits(d: &[u8]) -> Option<u32> {
    d.iter()
        .all(u8::is_ascii_digit)
        .then(|| d.iter().fold(0, |n, c| n * 10 + (c - b'0') as u32))
}

/// Exactly `YYYY-MM-DD`, a day that exists.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits(&b[r]);
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// A real calendar moment (no 30 February, no 25 o'clock, no leap second).
fn valid_moment([y, mo, d, h, mi, s]: [u32; 6]) -> bool {
    NaiveDate::from_ymd_opt(y as i32, mo, d).is_some() && h < 24 && mi < 60 && s < 60
}

impl ValueSeed<'_> {
    fn check_length<E: de::Error>(&self, s: &str, max: usize) -> Result<(), E> {
        // Bytes bound characters from above: only count when it could matter.
        if s.len() > max && s.chars().count() > max {
            return Err(self.bad(message!(
                "bundle-field-too-long",
                field = self.field(),
                max = max
            )));
        }
        Ok(())
    }
}

/// The start of a bad value, for a message.
fn preview(s: &str) -> String {
    let mut p: String = s.chars().take(40).collect();
    if p.len() < s.len() {
        p.push('…');
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::tables::{table_index, TABLES};

    fn people() -> &'static Table {
        &TABLES[table_index("people").unwrap()]
    }

    const OK: &str = r#"{"id":"01900000-0000-7000-8000-000000000001","origin":"01900000-0000-7000-8000-000000000002","name":"Sam","pronouns":null,"created_at":"2026-01-01T10:00:00Z","updated_at":"2026-01-01T10:00:00.250Z","revision":2}"#;

    #[test]
    fn times_convert_exactly_as_chrono_would() {
        use chrono::{Duration, TimeZone};
        let c = Column {
            name: "t",
            kind: Kind::Time,
            nullable: false,
            about: "",
            if_missing: None,
        };
        let base = Utc.with_ymd_and_hms(2026, 2, 28, 23, 59, 59).unwrap();
        for nanos in [
            0,
            250_000_000,
            1_000_000,
            123_456_000,
            1,
            999_999_999,
            120_000,
        ] {
            let t = base + Duration::nanoseconds(nanos);
            let stored = t.format("%F %T%.f%:z").to_string();
            let rfc = t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            let mut out = Vec::new();
            write_value(&mut out, &c, ValueRef::Text(stored.as_bytes())).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), format!("\"{rfc}\""));
            let back = ValueSeed {
                column: &c,
                problem: &RefCell::new(None),
            }
            .visit_str::<serde_json::Error>(&rfc)
            .unwrap();
            assert_eq!(back, Value::Text(stored.clone()), "{rfc}");
        }
        // Other spellings go the slow way and land on the same stored form.
        for (input, stored) in [
            ("2026-02-28T23:59:59.000Z", "2026-02-28 23:59:59+00:00"),
            ("2026-02-28T23:59:59.5Z", "2026-02-28 23:59:59.500+00:00"),
        ] {
            let v = ValueSeed {
                column: &c,
                problem: &RefCell::new(None),
            }
            .visit_str::<serde_json::Error>(input)
            .unwrap();
            assert_eq!(v, Value::Text(stored.into()), "{input}");
        }
        for bad in [
            "2026-02-30T10:00:00Z",
            "2026-02-28T24:00:00Z",
            "2026-02-28T10:00:00",
            // Times are in UTC, written with Z (docs/bundle-format.md, "Times").
            "2026-03-01T01:59:59+02:00",
            "2026-02-28T23:59:59+00:00",
            "2026-02-28 23:59:59Z",
            "2026-02-28t23:59:59Z",
            "2026-02-28T23:59:59z",
        ] {
            assert!(
                ValueSeed {
                    column: &c,
                    problem: &RefCell::new(None),
                }
                .visit_str::<serde_json::Error>(bad)
                .is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn reads_a_good_record() {
        let r = parse_record(people(), OK.as_bytes()).unwrap();
        assert_eq!(r.revision, 2);
        assert_eq!(r.values[2], Value::Text("Sam".into()));
        assert_eq!(r.values[3], Value::Null);
        assert_eq!(
            r.values[5],
            Value::Text("2026-01-01 10:00:00.250+00:00".into())
        );
    }

    #[test]
    fn refuses_what_is_wrong_and_says_which_field() {
        let cases = [
            (
                OK.replace("\"revision\":2", "\"revision\":2,\"admin\":true"),
                "unknown field \"admin\"",
            ),
            (
                OK.replace(",\"pronouns\":null", ""),
                "field \"pronouns\" is missing",
            ),
            (
                OK.replace("\"revision\":2", "\"revision\":2,\"name\":\"X\""),
                "field \"name\" appears twice",
            ),
            (
                OK.replace("\"Sam\"", "42"),
                "field \"name\" must be one line of text, not a number",
            ),
            (
                OK.replace("\"Sam\"", &format!("\"{}\"", "x".repeat(201))),
                "field \"name\" is longer than 200 characters",
            ),
            (
                OK.replace("\"Sam\"", "\"a\\nb\""),
                "field \"name\" must be one line",
            ),
            (
                OK.replace("\"revision\":2", "\"revision\":0"),
                "field \"revision\" is 0, outside",
            ),
            (
                OK.replace("\"revision\":2", "\"revision\":2.5"),
                "field \"revision\" must be a whole number",
            ),
            (
                OK.replace("2026-01-01T10:00:00Z", "yesterday"),
                "field \"created_at\" is \"yesterday\"",
            ),
            (
                OK.replace(
                    "01900000-0000-7000-8000-000000000001",
                    "01900000000070008000000000000001",
                ),
                "field \"id\" is",
            ),
            (
                OK.replace("\"Sam\"", "null"),
                "field \"name\" cannot be null",
            ),
            (format!("{OK} x"), "trailing characters"),
            ("[1]".to_string(), "expected a person as a JSON object"),
        ];
        for (line, needle) in cases {
            let e = parse_record(people(), line.as_bytes())
                .unwrap_err()
                .to_string();
            assert!(e.contains(needle), "{e:?} lacks {needle:?}");
        }
    }
}
