//! Name redaction: every person becomes "Participant N", numbered in order of first
//! appearance, consistently within one document — in the name fields and wherever the
//! name occurs in free text. Working-group names stay.

use std::collections::HashMap;

use super::Minutes;

/// Replaces people's names in `m`. Two passes: first number every name field in document
/// order, then replace those names inside free text (longest names first, whole words,
/// any case), so "Sam" inside "Sam Whitfield" never leaves "Participant 3 Whitfield".
pub fn redact(m: &mut Minutes) {
    let mut labels = Labels::default();
    for role in &mut m.roles {
        for n in &mut role.names {
            *n = labels.label(n);
        }
    }
    for item in &mut m.items {
        if let Some(rb) = &mut item.report_back {
            if let Some(p) = &mut rb.presenter {
                *p = labels.label(p);
            }
        }
    }
    let text = labels.text_replacer();
    for item in &mut m.items {
        item.title = text.apply(&item.title);
        item.notes = text.apply(&item.notes);
        if let Some(rb) = &mut item.report_back {
            rb.summary = text.apply(&rb.summary);
            rb.asks = text.apply(&rb.asks);
            rb.announcements = text.apply(&rb.announcements);
        }
    }
    m.redacted = true;
}

#[derive(Default)]
struct Labels {
    by_name: HashMap<String, String>,
    order: Vec<(String, String)>,
}

impl Labels {
    fn label(&mut self, name: &str) -> String {
        let key = name.trim().to_lowercase();
        if let Some(l) = self.by_name.get(&key) {
            return l.clone();
        }
        let l = format!("Participant {}", self.by_name.len() + 1);
        self.by_name.insert(key, l.clone());
        self.order.push((name.trim().to_string(), l.clone()));
        l
    }

    fn text_replacer(&self) -> TextReplacer {
        let mut names = self.order.clone();
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
        let pattern = names
            .iter()
            .filter(|(n, _)| !n.is_empty())
            .map(|(n, _)| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|");
        let re = (!pattern.is_empty())
            .then(|| {
                regex::RegexBuilder::new(&pattern)
                    .case_insensitive(true)
                    .build()
                    .ok()
            })
            .flatten();
        TextReplacer {
            re,
            labels: self.by_name.clone(),
        }
    }
}

struct TextReplacer {
    re: Option<regex::Regex>,
    labels: HashMap<String, String>,
}

impl TextReplacer {
    /// Replaces whole-word occurrences. A name's edge that is a letter or digit must not
    /// touch another letter or digit ("Sam" is not replaced inside "Samuel"); an edge that
    /// is punctuation (a name like `<b>`) matches as is.
    fn apply(&self, s: &str) -> String {
        let Some(re) = &self.re else {
            return s.to_string();
        };
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut out = String::with_capacity(s.len());
        let mut last = 0;
        for m in re.find_iter(s) {
            let found = m.as_str();
            let before = s[..m.start()].chars().next_back();
            let after = s[m.end()..].chars().next();
            let starts_word = word(found.chars().next());
            let ends_word = word(found.chars().next_back());
            if (starts_word && word(before)) || (ends_word && word(after)) {
                continue;
            }
            if let Some(label) = self.labels.get(&found.to_lowercase()) {
                out.push_str(&s[last..m.start()]);
                out.push_str(label);
                last = m.end();
            }
        }
        out.push_str(&s[last..]);
        out
    }
}
