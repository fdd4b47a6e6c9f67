//! Attendance as minutes record it: a count ("55"), a range ("50–60") or about a count
//! ("about 50", "~50") — ga-process.md, "Real GAs, as minutes record them".

use serde::{Deserialize, Serialize};

use crate::{invalid, Result};

/// How many people attended. `up_to` is the top of a range; `about` marks an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Attendance {
    pub count: i64,
    pub up_to: Option<i64>,
    pub about: bool,
}

/// The most people a GA is taken to hold: a bound against typing slips, not a rule.
const MAX: i64 = 1_000_000;

impl Attendance {
    /// What a person typed: `55`, `50-60` (or `50–60`, `50 to 60`), `~50`, `about 50`,
    /// `around 50`, `c. 50`. Empty → `None` (not recorded).
    pub fn parse(text: &str) -> Result<Option<Attendance>> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(None);
        }
        let bad = || invalid!("attendance-not-a-count", attendance = t);
        let number = |s: &str| -> Result<i64> {
            let s = s.trim();
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            match s.parse::<i64>() {
                Ok(n) if n <= MAX => Ok(n),
                _ => Err(invalid!("attendance-too-many", attendance = t, max = MAX)),
            }
        };
        let lower = t.to_lowercase();
        for prefix in [
            "~",
            "about ",
            "around ",
            "approximately ",
            "approx. ",
            "approx ",
            "ca. ",
            "c. ",
        ] {
            if let Some(rest) = lower.strip_prefix(prefix) {
                return Ok(Some(Attendance {
                    count: number(rest)?,
                    up_to: None,
                    about: true,
                }));
            }
        }
        let range = ["–", "—", " to ", "-"]
            .iter()
            .find_map(|sep| lower.split_once(sep));
        if let Some((low, high)) = range {
            let (low, high) = (number(low)?, number(high)?);
            if high <= low {
                return Err(invalid!("attendance-bad-range", attendance = t));
            }
            return Ok(Some(Attendance {
                count: low,
                up_to: Some(high),
                about: false,
            }));
        }
        Ok(Some(Attendance {
            count: number(&lower)?,
            up_to: None,
            about: false,
        }))
    }

    /// As the minutes print it: `55`, `50–60`, `about 50`.
    pub fn label(&self) -> String {
        match (self.up_to, self.about) {
            (Some(high), _) => format!("{}–{high}", self.count),
            (None, true) => format!("about {}", self.count),
            (None, false) => self.count.to_string(),
        }
    }

    /// [`Self::label`] in another language ("unas 50").
    pub fn label_in(&self, lang: crate::i18n::Lang) -> String {
        match (lang, self.up_to, self.about) {
            (crate::i18n::Lang::En, _, _) | (_, Some(_), _) | (_, None, false) => self.label(),
            (_, None, true) => crate::t!(lang, "attendance-about", n = self.count),
        }
    }
}

impl std::fmt::Display for Attendance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(t: &str) -> String {
        Attendance::parse(t)
            .unwrap()
            .map(|a| a.label())
            .unwrap_or_default()
    }

    #[test]
    fn forms() {
        assert_eq!(label(" 55 "), "55");
        assert_eq!(label("50-60"), "50–60");
        assert_eq!(label("50–60"), "50–60");
        assert_eq!(label("50 to 60"), "50–60");
        assert_eq!(label("~50"), "about 50");
        assert_eq!(label("About 50"), "about 50");
        assert_eq!(label("c. 80"), "about 80");
        assert_eq!(label(""), "");
        for bad in ["-5", "60-50", "50-50", "lots", "5.5", "~", "1-", "99999999"] {
            assert!(Attendance::parse(bad).is_err(), "{bad}");
        }
    }
}
