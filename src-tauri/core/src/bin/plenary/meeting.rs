use clap::Subcommand;
use plenary_core::correction::{clock, parse_optional_time};
use plenary_core::meeting::{MeetingFormat, MeetingStatus, NewMeeting, RoleInput};
use plenary_core::{Db, Result};

use crate::output::{header, json, or_dash, table};
use crate::words::code;
use crate::ACTOR;

#[derive(Subcommand)]
pub enum MeetingCommand {
    New {
        #[arg(long)]
        date: String,
        #[arg(long, default_value = "")]
        place: String,
        #[arg(long)]
        policy: Option<String>,
        #[arg(long)]
        number: Option<i64>,
        #[arg(long)]
        time: Option<String>,
        #[arg(long)]
        format: Option<String>,
    },
    Spoke {
        meeting: String,
        #[arg(long)]
        wg: String,
        #[arg(long, alias = "person")]
        name: String,
    },
    Spokes {
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    Consult {
        meeting: String,
        #[arg(long, required_unless_present = "end")]
        by: Option<String>,
        #[arg(long, default_value_t = 5)]
        minutes: u32,
        #[arg(long, conflicts_with = "by")]
        end: bool,
    },
    List {
        #[arg(long)]
        imported: bool,
        #[arg(long)]
        json: bool,
    },
    Show {
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    Open {
        meeting: String,
        #[arg(long)]
        at: Option<String>,
    },
    Close {
        meeting: String,
        #[arg(long)]
        at: Option<String>,
    },
    Role {
        meeting: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        until: Option<String>,
    },
    Time {
        meeting: String,
        time: String,
    },
    Policy {
        meeting: String,
        #[arg(long)]
        set: String,
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long)]
        item: Option<String>,
    },
    Attendance {
        meeting: String,
        #[arg(allow_hyphen_values = true)]
        count: String,
    },
}

/// A time for the messages that say when something happened: "19:05", or "none" when
/// it is unknown (their `$time` selector words the sentence without it).
pub fn when(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    match clock(t) {
        c if c.is_empty() => "none".to_string(),
        c => c,
    }
}

/// A floor policy: in English as it is typed (`progressive,first-time-first`), in another
/// language in the minutes' words ("turno progresivo; primero quien no ha hablado").
fn policy_words(p: &plenary_core::stack::FloorPolicy) -> String {
    match crate::words::lang() {
        plenary_core::i18n::Lang::En => p.to_string(),
        lang => p.label_in(lang),
    }
}

pub fn run(db: &mut Db, cmd: MeetingCommand) -> Result<()> {
    match cmd {
        MeetingCommand::New {
            date,
            place,
            policy,
            number,
            time,
            format,
        } => {
            let m = db.new_meeting(
                ACTOR,
                &NewMeeting {
                    date,
                    place,
                    policy,
                    number,
                    starts_at: time,
                    format,
                },
            )?;
            println!("{}", m.reference);
        }
        MeetingCommand::Spoke { meeting, wg, name } => {
            let s = db.set_spoke(ACTOR, db.resolve_meeting(&meeting)?, &wg, &name)?;
            println!("{}", say!("cli-meeting-spoke", name = &s.name, wg = &s.wg));
        }
        MeetingCommand::Spokes {
            meeting,
            json: as_json,
        } => {
            let c = db.council(db.resolve_meeting(&meeting)?)?;
            if as_json {
                json(&c);
            } else {
                println!("{}", code("cli-meeting-format", c.format));
                for s in &c.spokes {
                    let line = match s.until {
                        Some(u) => say!(
                            "cli-meeting-spoke-until",
                            wg = &s.wg,
                            name = &s.name,
                            until = clock(Some(u))
                        ),
                        None => say!("cli-meeting-spoke-line", wg = &s.wg, name = &s.name),
                    };
                    println!("{line}");
                }
                for b in &c.breaks {
                    println!(
                        "{}",
                        say!(
                            "cli-meeting-consult-line",
                            wg = &b.wg,
                            by = &b.called_by,
                            minutes = b.minutes,
                            start = clock(Some(b.started_at)),
                            end = clock(b.ended_at)
                        )
                    );
                }
            }
        }
        MeetingCommand::Consult {
            meeting,
            by,
            minutes,
            end,
        } => {
            let id = db.resolve_meeting(&meeting)?;
            let b = match (end, by) {
                (true, _) => db.end_consult_break(ACTOR, id)?,
                (false, Some(by)) => db.call_consult_break(ACTOR, id, &by, minutes)?,
                (false, None) => unreachable!("clap requires --by without --end"),
            };
            let line = match b.ended_at {
                Some(e) => say!(
                    "cli-meeting-consult-ended",
                    wg = &b.wg,
                    time = clock(Some(e))
                ),
                None => say!(
                    "cli-meeting-consult-called",
                    minutes = b.minutes,
                    wg = &b.wg,
                    by = &b.called_by
                ),
            };
            println!("{line}");
        }
        MeetingCommand::Policy {
            meeting,
            set,
            reason,
            item,
        } => {
            let id = db.resolve_meeting(&meeting)?;
            let item = item.map(|i| db.resolve_item(&i)).transpose()?;
            let p = db.set_floor_policy(ACTOR, id, &set, &reason, item)?;
            println!("{}", policy_words(&p));
        }
        MeetingCommand::List {
            imported,
            json: as_json,
        } => {
            let ms = if imported {
                db.all_meetings()?
            } else {
                db.meetings()?
            };
            if as_json {
                json(&ms);
            } else {
                let rows: Vec<Vec<String>> = ms
                    .iter()
                    .map(|m| {
                        vec![
                            m.reference.clone(),
                            m.date.to_string(),
                            code("cli-meeting-status", m.status),
                            or_dash(Some(&m.place)),
                            or_dash(m.attendance_label.as_ref()),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-ga",
                        "cli-col-date",
                        "cli-col-status",
                        "cli-col-place",
                        "cli-col-attendance",
                    ]),
                    &rows,
                );
            }
        }
        MeetingCommand::Show {
            meeting,
            json: as_json,
        } => {
            let id = db.resolve_meeting(&meeting)?;
            // `--json` is English for scripts; the text in the reader's language.
            let d = match as_json {
                true => db.meeting_detail(id)?,
                false => db.meeting_detail_in(id, crate::words::lang())?,
            };
            if as_json {
                json(&d);
            } else {
                let m = &d.meeting;
                println!(
                    "{}",
                    say!(
                        "cli-meeting-heading",
                        reference = &m.reference,
                        date = m.date.to_string(),
                        place = or_dash(Some(&m.place)),
                        status = code("cli-meeting-status", m.status)
                    )
                );
                if m.format == MeetingFormat::SpokesCouncil {
                    println!(
                        "{}",
                        say!(
                            "cli-meeting-format-line",
                            format = code("cli-meeting-format", m.format)
                        )
                    );
                }
                println!(
                    "{}",
                    say!(
                        "cli-meeting-policy-attendance",
                        policy = policy_words(&db.floor_policy(id)?),
                        attendance = or_dash(m.attendance_label.as_ref())
                    )
                );
                for r in &d.roles {
                    let (role, name) = (code("cli-role", &r.role), &r.name);
                    let line = match (&r.from, &r.until) {
                        (Some(f), Some(u)) => {
                            say!(
                                "cli-meeting-role-from-until",
                                role = &role,
                                name = name,
                                from = f,
                                until = u
                            )
                        }
                        (Some(f), None) => {
                            say!("cli-meeting-role-from", role = &role, name = name, from = f)
                        }
                        (None, Some(u)) => {
                            say!(
                                "cli-meeting-role-until",
                                role = &role,
                                name = name,
                                until = u
                            )
                        }
                        (None, None) => say!("cli-meeting-role", role = &role, name = name),
                    };
                    println!("{line}");
                }
                println!();
                crate::agenda::print_items(&d.agenda);
                let planned = match (&m.starts_at, &d.planned_end) {
                    (Some(start), Some(end)) => say!(
                        "cli-meeting-planned-from-to",
                        minutes = d.planned_minutes,
                        start = start,
                        end = end,
                        next_day = if d.planned_end_day > 0 { "yes" } else { "no" }
                    ),
                    _ => say!("cli-meeting-planned", minutes = d.planned_minutes),
                };
                println!("{planned}");
                if !d.corrections.is_empty() {
                    println!();
                    println!("{}", say!("cli-meeting-corrected"));
                    for c in &d.corrections {
                        let show = |v: &str| {
                            if v.is_empty() {
                                say!("cli-meeting-corrected-none")
                            } else {
                                v.to_string()
                            }
                        };
                        println!(
                            "  {}",
                            say!(
                                "cli-meeting-correction",
                                time = clock(Some(c.at)),
                                actor = crate::words::minutes_word("actor-", c.actor),
                                what = &c.what,
                                before = show(&c.before),
                                after = show(&c.after)
                            )
                        );
                    }
                }
            }
        }
        MeetingCommand::Open { meeting, at } => {
            let at = parse_optional_time(at.as_deref())?;
            let m = db.open_meeting_at(ACTOR, db.resolve_meeting(&meeting)?, at)?;
            let id = match m.status {
                MeetingStatus::Open => "cli-meeting-is-open",
                _ => "cli-meeting-opened",
            };
            println!(
                "{}",
                say!(id, reference = &m.reference, time = when(m.opened_at))
            );
        }
        MeetingCommand::Close { meeting, at } => {
            let at = parse_optional_time(at.as_deref())?;
            let m = db.close_meeting_at(ACTOR, db.resolve_meeting(&meeting)?, at)?;
            println!(
                "{}",
                say!(
                    "cli-meeting-is-closed",
                    reference = &m.reference,
                    time = when(m.closed_at)
                )
            );
        }
        MeetingCommand::Role {
            meeting,
            role,
            name,
            from,
            until,
        } => {
            let input = RoleInput {
                role,
                name,
                from,
                until,
            };
            db.hold_role(ACTOR, db.resolve_meeting(&meeting)?, &input)?;
        }
        MeetingCommand::Time { meeting, time } => {
            let m = db.set_meeting_start(ACTOR, db.resolve_meeting(&meeting)?, &time)?;
            let line = match m.starts_at {
                Some(t) => say!("cli-meeting-starts-at", reference = &m.reference, time = t),
                None => say!("cli-meeting-no-start", reference = &m.reference),
            };
            println!("{line}");
        }
        MeetingCommand::Attendance { meeting, count } => {
            let m = db.set_attendance(ACTOR, db.resolve_meeting(&meeting)?, &count)?;
            let line = match m.attendance_label {
                Some(a) => say!(
                    "cli-meeting-attendance",
                    reference = &m.reference,
                    attendance = a
                ),
                None => say!("cli-meeting-attendance-none", reference = &m.reference),
            };
            println!("{line}");
        }
    }
    Ok(())
}
