//! Name redaction: every person becomes "Participant N", numbered in order of first
//! appearance, consistently within one document — in the name fields and wherever the
//! name occurs in free text. "Every person" is everyone the meeting's record names, not
//! only those a field of the minutes shows: someone known only from a stack, whose name
//! was typed into an item's title, is replaced there too. Working-group names stay.

use std::cell::RefCell;
use std::collections::HashMap;

use super::Minutes;

/// Replaces people's names in `m`. Two passes: first number every name field in document
/// order, then replace those names inside free text (longest names first, whole words,
/// any case), so "Sam" inside "Sam Whitfield" never leaves "Participant 3 Whitfield".
pub fn redact(m: &mut Minutes, lang: crate::i18n::Lang) {
    let mut labels = Labels {
        lang,
        ..Labels::default()
    };
    for role in &mut m.roles {
        for h in &mut role.holders {
            h.name = labels.label(&h.name);
        }
    }
    // Pass 1: every field that holds a person's name, in document order.
    if let Some(c) = &mut m.council {
        for s in &mut c.spokes {
            s.name = labels.label(&s.name);
        }
        for b in &mut c.consult_breaks {
            b.called_by = labels.label(&b.called_by);
        }
    }
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
        for a in &mut item.announcements {
            a.by.iter_mut().for_each(&mut name);
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
    // Pass 2: the same names, and those of everyone else in the record (numbered when
    // first found), inside every free text.
    let text = labels.text_replacer(&m.people);
    let t = |s: &mut String| *s = text.apply(s);
    t(&mut m.place);
    for c in &mut m.policy_changes {
        t(&mut c.reason);
    }
    for c in &mut m.corrections {
        t(&mut c.what);
        t(&mut c.before);
        t(&mut c.after);
    }
    for item in &mut m.items {
        t(&mut item.title);
        t(&mut item.notes);
        for a in &mut item.announcements {
            t(&mut a.on_behalf_of);
            t(&mut a.text);
        }
        if let Some(rb) = &mut item.report_back {
            t(&mut rb.on_behalf_of);
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
            // Who and why of a manual outcome are free text ("tabled by Sam").
            p.outcome_by.iter_mut().for_each(t);
            p.outcome_reason.iter_mut().for_each(t);
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
                for v in &mut d.wg_voices {
                    v.reason.iter_mut().for_each(t);
                }
            }
        }
        for a in &mut item.action_items {
            t(&mut a.text);
        }
    }
    // Airtime equity: aggregates only (who spoke how long would name them).
    if let Some(e) = &mut m.equity {
        e.people.clear();
    }
    m.people.clear();
    m.redacted = true;
}

#[derive(Default)]
struct Labels {
    /// The minutes' language: "Participant 3", "Participante 3".
    lang: crate::i18n::Lang,
    by_name: HashMap<String, String>,
    order: Vec<(String, String)>,
}

impl Labels {
    fn label(&mut self, name: &str) -> String {
        let key = name.trim().to_lowercase();
        if let Some(l) = self.by_name.get(&key) {
            return l.clone();
        }
        let l = crate::t!(self.lang, "participant-n", n = self.by_name.len() + 1);
        self.by_name.insert(key, l.clone());
        self.order.push((name.trim().to_string(), l.clone()));
        l
    }

    /// A replacer for the labelled names and for `others` (labelled when first found) —
    /// and for each capitalised part of a name on its own ("Barbara thanks everyone"
    /// names Barbara Kowalski), which stands for the first person with that part.
    fn text_replacer(self, others: &[String]) -> TextReplacer {
        let finder = NameFinder::new(
            self.order
                .iter()
                .map(|(n, _)| n.clone())
                .chain(others.iter().cloned()),
        );
        TextReplacer {
            finder,
            labels: RefCell::new(self),
        }
    }
}

/// Finds people's names in free text: each whole name, and each capitalised part of a
/// name with two words or more standing on its own ("Barbara thanks everyone" names
/// Barbara Kowalski) for the first of `names` with that part. Longest names first, whole
/// words, any case, so that "Sam" inside "Sam Whitfield" is found as Sam Whitfield. The
/// one name finder: the minutes' redaction and forgetting a person (`person_forget.rs`)
/// both use it.
pub(crate) struct NameFinder {
    re: Option<regex::Regex>,
    /// A part of a name (lower case) → the whole name it stands for.
    aliases: HashMap<String, String>,
}

impl NameFinder {
    pub(crate) fn new(names: impl IntoIterator<Item = String>) -> NameFinder {
        let full: Vec<String> = names
            .into_iter()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        let mut aliases: HashMap<String, String> = HashMap::new();
        for name in &full {
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() < 2 {
                continue;
            }
            for part in parts {
                let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                let capitalised = part.chars().next().is_some_and(char::is_uppercase);
                if capitalised && part.chars().count() >= 2 {
                    aliases
                        .entry(part.to_lowercase())
                        .or_insert_with(|| name.clone());
                }
            }
        }
        let full_keys: std::collections::HashSet<String> =
            full.iter().map(|n| n.to_lowercase()).collect();
        aliases.retain(|part, _| !full_keys.contains(part));
        let mut names: Vec<String> = full.into_iter().chain(aliases.keys().cloned()).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        names.dedup_by_key(|n| n.to_lowercase());
        let pattern = names
            .iter()
            .map(|n| regex::escape(n))
            .collect::<Vec<_>>()
            .join("|");
        let re = (!pattern.is_empty())
            .then(|| {
                regex::RegexBuilder::new(&pattern)
                    .case_insensitive(true)
                    .size_limit(64 << 20)
                    .build()
                    .ok()
            })
            .flatten();
        NameFinder { re, aliases }
    }

    /// Replaces whole-word occurrences: `with` gets the whole name found (the name a part
    /// stands for) and gives its replacement, or `None` to leave it. A name's edge that
    /// is a letter or digit must not touch another letter or digit ("Sam" is not replaced
    /// inside "Samuel"); an edge that is punctuation (a name like `<b>`) matches as is.
    pub(crate) fn replace(&self, s: &str, mut with: impl FnMut(&str) -> Option<String>) -> String {
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
            let name = self
                .aliases
                .get(&found.to_lowercase())
                .map_or(found, String::as_str);
            if let Some(replacement) = with(name) {
                out.push_str(&s[last..m.start()]);
                out.push_str(&replacement);
                last = m.end();
            }
        }
        out.push_str(&s[last..]);
        out
    }
}

struct TextReplacer {
    finder: NameFinder,
    labels: RefCell<Labels>,
}

impl TextReplacer {
    fn apply(&self, s: &str) -> String {
        self.finder
            .replace(s, |name| Some(self.labels.borrow_mut().label(name)))
    }
}
