//! Printing: JSON (for `--json`, JSON only on stdout) and plain aligned tables whose
//! headers are in this run's language.

use serde::Serialize;

pub fn json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("{}", json_error(&e)),
    }
}

/// `error: cannot write JSON: …` in this run's language.
pub fn json_error(e: &serde_json::Error) -> String {
    say!(
        "cli-error",
        message = say!("cli-json-failed", reason = e.to_string())
    )
}

/// A table's header: the column names' messages (`cli-col-…`) in this run's language;
/// what is not an id (`#`, an empty heading) as it is.
pub fn header(ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| match id.starts_with("cli-") {
            true => plenary_core::i18n::tr(crate::words::lang(), id, None),
            false => id.to_string(),
        })
        .collect()
}

/// Prints rows as columns separated by two spaces, each as wide as its widest cell.
pub fn table(header: &[String], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(header.iter().map(|h| h.to_string()).collect());
    for row in rows {
        line(row.clone());
    }
}

pub fn or_dash(s: Option<impl ToString>) -> String {
    s.map(|v| v.to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "-".into())
}
