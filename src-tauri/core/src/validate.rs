//! Checks on input from people and files. Each returns the cleaned value or an
//! `invalid-input` error that names the field.
//!
//! A field's name is words of the catalogue (`word!("field-name")`), worded in the
//! refusal's language with the rest of it; a plain `&str` is placed as it is (what is not
//! converted yet: the bundle's fields).

use chrono::NaiveDate;

use crate::error::Arg;
use crate::{invalid, Result};

/// Longest single-line text we accept (a name, a title, a place).
pub const MAX_LINE: usize = 200;
/// Longest multi-line text we accept (a proposal, a summary, notes).
pub const MAX_TEXT: usize = 100_000;

/// A required one-line text: trimmed, not empty, no line breaks, at most `MAX_LINE` chars.
pub fn line(field: impl Into<Arg>, value: &str) -> Result<String> {
    let field = field.into();
    let v = value.trim();
    if v.is_empty() {
        return Err(invalid!("field-empty", field = field));
    }
    optional_line(field, v)
}

/// An optional one-line text ("" allowed).
pub fn optional_line(field: impl Into<Arg>, value: &str) -> Result<String> {
    let v = value.trim();
    if v.chars().count() > MAX_LINE {
        return Err(invalid!(
            "field-too-long",
            field = field.into(),
            max = MAX_LINE
        ));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(invalid!("field-not-one-line", field = field.into()));
    }
    Ok(v.to_string())
}

/// A multi-line text ("" allowed): trimmed, at most `MAX_TEXT` chars, no control
/// characters other than newlines and tabs.
pub fn text(field: impl Into<Arg>, value: &str) -> Result<String> {
    let v = value.trim();
    if v.chars().count() > MAX_TEXT {
        return Err(invalid!(
            "field-too-long",
            field = field.into(),
            max = MAX_TEXT
        ));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(invalid!("field-control-character", field = field.into()));
    }
    Ok(v.replace("\r\n", "\n"))
}

/// A required multi-line text.
pub fn required_text(field: impl Into<Arg>, value: &str) -> Result<String> {
    let field = field.into();
    let v = text(field.clone(), value)?;
    if v.is_empty() {
        return Err(invalid!("field-empty", field = field));
    }
    Ok(v)
}

/// A calendar date written YYYY-MM-DD.
pub fn date(field: impl Into<Arg>, value: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        invalid!(
            "field-not-a-date",
            field = field.into(),
            given = value.trim()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(line("name", "  Sam ").unwrap(), "Sam");
        assert_eq!(line("name", "  ").unwrap_err().to_string(), "name is empty");
        assert!(line("name", "a\nb").is_err());
        assert!(line("name", &"x".repeat(201)).is_err());
        assert!(line("name", &"é".repeat(200)).is_ok());
    }

    #[test]
    fn dates() {
        assert_eq!(
            date("date", "2026-02-28").unwrap().to_string(),
            "2026-02-28"
        );
        let e = date("date", "2026-02-30").unwrap_err().to_string();
        assert!(e.contains("YYYY-MM-DD"), "{e}");
        assert!(date("date", "28/02/2026").is_err());
    }
}
