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
    // Pass 1: every field that holds a person's name, in document order.
    for item in &mut m.items {
        let mut name = |n: &mut String| *n = labels.label(n);
        if let Some(rb) = &mut item.report_back {
            rb.presenter.iter_mut().for_each(&mut name);
        }
        if let Some(p) = &mut item.proposal {
            p.proposer.iter_mut().for_each(&mut name);
            for q in &mut p.questions {
                q.asked_by.iter_mut().for_each(&mut name);
                q.answered_by.iter_mut().for_each(&mut name);
            }
            for c in &mut p.concerns {
                c.raised_by.iter_mut().for_each(&mut name);
            }
            for a in &mut p.amendments {
                name(&mut a.offered_by);
            }
            if let Some(d) = &mut p.decision {
                for s in d
                    .named_stand_asides
                    .iter_mut()
                    .chain(d.named_blocks.iter_mut())
                {
                    name(&mut s.name);
                }
            }
        }
        for a in &mut item.action_items {
            a.who.iter_mut().for_each(&mut name);
        }
        for s in &mut item.speakers {
            name(&mut s.name);
        }
    }
    for c in &mut m.corrections {
        if c.names_person {
            for v in [&mut c.before, &mut c.after] {
                if !v.is_empty() {
                    *v = labels.label(v);
                }
            }
        }
    }
    // Pass 2: the same names inside every free text.
    let text = labels.text_replacer();
    let t = |s: &mut String| *s = text.apply(s);
    t(&mut m.place);
    for c in &mut m.corrections {
        t(&mut c.what);
        t(&mut c.before);
        t(&mut c.after);
    }
    for item in &mut m.items {
        t(&mut item.title);
        t(&mut item.notes);
        if let Some(rb) = &mut item.report_back {
            t(&mut rb.summary);
            t(&mut rb.asks);
            t(&mut rb.announcements);
        }
        if let Some(p) = &mut item.proposal {
            t(&mut p.title);
            t(&mut p.text_as_submitted);
            p.text_as_decided.iter_mut().for_each(t);
            for q in &mut p.questions {
                t(&mut q.question);
                q.answer.iter_mut().for_each(t);
            }
            for c in &mut p.concerns {
                t(&mut c.concern);
                t(&mut c.response);
            }
            for a in &mut p.amendments {
                t(&mut a.text);
            }
            for tc in &mut p.temperature_checks {
                t(&mut tc.note);
            }
            if let Some(d) = &mut p.decision {
                t(&mut d.explanation);
                t(&mut d.dispute_note);
                for s in d
                    .named_stand_asides
                    .iter_mut()
                    .chain(d.named_blocks.iter_mut())
                {
                    s.reason.iter_mut().for_each(t);
                }
            }
        }
        for a in &mut item.action_items {
            t(&mut a.text);
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
