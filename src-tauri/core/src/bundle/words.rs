//! The words of the bundle reader's refusals that name a kind of record: "agenda item"
//! and "an agenda item" are messages of `i18n/<lang>/errors-bundle.ftl`, so that a
//! refusal ("line 3 of records/agenda_items.jsonl: …") names the record in the reader's
//! language. The table list ([`super::tables::TABLES`]) keeps the English `record` for
//! reports; these are its words in every language.

use super::tables::Table;
use crate::error::Message;
use crate::message;

/// What one record of `table` is: "agenda item" (and "assembly", the first line of an
/// import's counts).
pub fn record(table: &Table) -> Message {
    record_of(table.name)
}

/// The same by the table's name.
pub fn record_of(table: &str) -> Message {
    match table {
        "assemblies" => message!("bundle-record-assemblies"),
        "people" => message!("bundle-record-people"),
        "working_groups" => message!("bundle-record-working-groups"),
        "wg_status_changes" => message!("bundle-record-wg-status-changes"),
        "meetings" => message!("bundle-record-meetings"),
        "meeting_roles" => message!("bundle-record-meeting-roles"),
        "proposals" => message!("bundle-record-proposals"),
        "agenda_items" => message!("bundle-record-agenda-items"),
        "report_backs" => message!("bundle-record-report-backs"),
        "announcements" => message!("bundle-record-announcements"),
        "proposal_versions" => message!("bundle-record-proposal-versions"),
        "amendments" => message!("bundle-record-amendments"),
        "hearings" => message!("bundle-record-hearings"),
        "clarifying_questions" => message!("bundle-record-clarifying-questions"),
        "concerns" => message!("bundle-record-concerns"),
        "temperature_checks" => message!("bundle-record-temperature-checks"),
        "decisions" => message!("bundle-record-decisions"),
        "decision_stances" => message!("bundle-record-decision-stances"),
        "proposal_status_changes" => message!("bundle-record-proposal-status-changes"),
        "action_items" => message!("bundle-record-action-items"),
        other => Message::English(other.to_string()),
    }
}

/// The same with its indefinite article: "an agenda item" (for "names an agenda item
/// that is neither in the bundle nor in this database").
pub fn a_record(table: &Table) -> Message {
    match table.name {
        "people" => message!("bundle-a-people"),
        "working_groups" => message!("bundle-a-working-groups"),
        "wg_status_changes" => message!("bundle-a-wg-status-changes"),
        "meetings" => message!("bundle-a-meetings"),
        "meeting_roles" => message!("bundle-a-meeting-roles"),
        "proposals" => message!("bundle-a-proposals"),
        "agenda_items" => message!("bundle-a-agenda-items"),
        "report_backs" => message!("bundle-a-report-backs"),
        "announcements" => message!("bundle-a-announcements"),
        "proposal_versions" => message!("bundle-a-proposal-versions"),
        "amendments" => message!("bundle-a-amendments"),
        "hearings" => message!("bundle-a-hearings"),
        "clarifying_questions" => message!("bundle-a-clarifying-questions"),
        "concerns" => message!("bundle-a-concerns"),
        "temperature_checks" => message!("bundle-a-temperature-checks"),
        "decisions" => message!("bundle-a-decisions"),
        "decision_stances" => message!("bundle-a-decision-stances"),
        "proposal_status_changes" => message!("bundle-a-proposal-status-changes"),
        "action_items" => message!("bundle-a-action-items"),
        other => Message::English(super::article(other)),
    }
}

/// A list for a sentence, in the reader's language: "A", "A and B", "A, B and C".
pub fn list(items: &[String]) -> Message {
    match items.split_last() {
        None => message!("bundle-names-none"),
        // Names, codes, values: the same in every language.
        Some((last, [])) => Message::English(last.clone()),
        Some((last, rest)) => message!("bundle-names-and", rest = rest.join(", "), last = last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::tables::TABLES;
    use crate::i18n::Lang;

    #[test]
    fn every_table_has_its_words() {
        for t in TABLES {
            assert!(record(t).code().is_some(), "{} has no record noun", t.name);
            assert!(
                a_record(t).code().is_some(),
                "{} has no record noun",
                t.name
            );
            // English as the table list says it.
            assert_eq!(record(t).said_in(Lang::En), t.record);
            assert_eq!(
                a_record(t).said_in(Lang::En),
                super::super::article(t.record)
            );
        }
    }
}
