use clap::Subcommand;
use plenary_core::correction::{clock, parse_optional_time};
use plenary_core::meeting::{MeetingFormat, MeetingStatus, NewMeeting, RoleInput};
use plenary_core::{Db, Result};

use crate::output::{json, or_dash, table};
use crate::ACTOR;

#[derive(Subcommand)]
pub enum MeetingCommand {
    /// Plan a new GA; prints its reference (TST-GA-3). It is numbered after the last one.
    New {
        /// YYYY-MM-DD.
        #[arg(long)]
        date: String,
        #[arg(long, default_value = "")]
        place: String,
        /// progressive (default) or fifo.
        #[arg(long)]
        policy: Option<String>,
        /// The GA's number (default: one more than the last).
        #[arg(long)]
        number: Option<i64>,
        /// Planned start, HH:MM (24-hour, local time).
        #[arg(long)]
        time: Option<String>,
        /// general-assembly (default) or spokes-council: one spoke per working group, only
        /// spokes take the stack, one voice per WG in decisions.
        #[arg(long)]
        format: Option<String>,
    },
    /// Make NAME this spokes council's spoke for working group WG (created if new). A new
    /// spoke for a WG ends the previous one's turn; both stay in the record.
    Spoke {
        meeting: String,
        #[arg(long)]
        wg: String,
        #[arg(long, alias = "person")]
        name: String,
    },
    /// List a spokes council's spokes and consult breaks.
    Spokes {
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    /// A spoke calls a consult break of N minutes (1–30) for the groups to talk among
    /// themselves; `--end` ends the break under way.
    Consult {
        meeting: String,
        /// The spoke calling it.
        #[arg(long, required_unless_present = "end")]
        by: Option<String>,
        #[arg(long, default_value_t = 5)]
        minutes: u32,
        #[arg(long, conflicts_with = "by")]
        end: bool,
    },
    /// List this assembly's meetings, newest first.
    List {
        /// Also the meetings of the assemblies imported from bundles (after this one's,
        /// by assembly code).
        #[arg(long)]
        imported: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show a meeting: roles and agenda.
    Show {
        /// GA number (39: GA 39), reference (LDN-GA-39) or id.
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    /// Open a planned meeting. Without --at, the time is the clock's for a meeting held
    /// today and unknown otherwise; with --at on a closed GA, a correction.
    Open {
        meeting: String,
        /// The time it opened, HH:MM (local, on the meeting's date).
        #[arg(long)]
        at: Option<String>,
    },
    /// Close an open meeting; afterwards its record takes corrections until its minutes
    /// are approved.
    Close {
        meeting: String,
        /// The time it closed, HH:MM (local; past midnight counts as the next day).
        #[arg(long)]
        at: Option<String>,
    },
    /// Put someone in a role: facilitator, stack-keeper, timekeeper, minute-taker,
    /// vibes-watcher, or any role word of your own (stack reader, livestream, …). A
    /// hand-over: --until HH:MM for who stepped down, --from HH:MM for who stepped up;
    /// re-running it for someone already in the role changes only the times given.
    Role {
        meeting: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        name: String,
        /// Held from this time of the meeting (HH:MM; "" clears it).
        #[arg(long)]
        from: Option<String>,
        /// Held until this time (HH:MM; "" clears it).
        #[arg(long)]
        until: Option<String>,
    },
    /// Set the planned start time, HH:MM (24-hour, local time); "" clears it.
    Time { meeting: String, time: String },
    /// Set the meeting's floor policy (ga-process.md, "Fair floor"): fifo|progressive
    /// [,first-time-first] [,alternate:LIST|LIST…] [,cap:N] [,no-repeat]. Prints the policy
    /// in force. The undo of the item's stack (--item, else the item under way) takes it back.
    Policy {
        meeting: String,
        #[arg(long)]
        set: String,
        /// Why the facilitation team changed it (the minutes print it).
        #[arg(long, default_value = "")]
        reason: String,
        /// The item whose stack it was changed on (default: the item under way, if any).
        #[arg(long)]
        item: Option<String>,
    },
    /// Record how many people attended: a count (55), a range (50-60) or about a count
    /// (~50); "" clears it.
    Attendance {
        meeting: String,
        #[arg(allow_hyphen_values = true)]
        count: String,
    },
}

/// " at 19:05", or "" when the time is unknown.
pub fn opened(t: Option<chrono::DateTime<chrono::Utc>>) -> String {
    match clock(t) {
        c if c.is_empty() => String::new(),
        c => format!(" at {c}"),
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
            println!("{} speaks for {}", s.name, s.wg);
        }
        MeetingCommand::Spokes {
            meeting,
            json: as_json,
        } => {
            let c = db.council(db.resolve_meeting(&meeting)?)?;
            if as_json {
                json(&c);
            } else {
                println!("{}", c.format_label);
                for s in &c.spokes {
                    let until = s
                        .until
                        .map(|u| format!(" (until {})", clock(Some(u))))
                        .unwrap_or_default();
                    println!("{}: {}{until}", s.wg, s.name);
                }
                for b in &c.breaks {
                    println!(
                        "consult break: {} ({}), {} min, {}–{}",
                        b.wg,
                        b.called_by,
                        b.minutes,
                        clock(Some(b.started_at)),
                        clock(b.ended_at)
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
            match b.ended_at {
                Some(e) => println!("consult break of {} ended at {}", b.wg, clock(Some(e))),
                None => println!(
                    "consult break of {} min for {} ({})",
                    b.minutes, b.wg, b.called_by
                ),
            }
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
            println!("{p}");
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
                            m.status.to_string(),
                            or_dash(Some(&m.place)),
                            or_dash(m.attendance_label.as_ref()),
                        ]
                    })
                    .collect();
                table(&["GA", "DATE", "STATUS", "PLACE", "ATTENDANCE"], &rows);
            }
        }
        MeetingCommand::Show {
            meeting,
            json: as_json,
        } => {
            let id = db.resolve_meeting(&meeting)?;
            let d = db.meeting_detail(id)?;
            if as_json {
                json(&d);
            } else {
                let m = &d.meeting;
                println!(
                    "{} — {} — {} ({})",
                    m.reference,
                    m.date,
                    or_dash(Some(&m.place)),
                    m.status
                );
                if m.format == MeetingFormat::SpokesCouncil {
                    println!("format: {}", m.format.label());
                }
                println!(
                    "stack policy: {}; attendance: {}",
                    db.floor_policy(id)?,
                    or_dash(m.attendance_label.as_ref())
                );
                for r in &d.roles {
                    let times = match (&r.from, &r.until) {
                        (Some(f), Some(u)) => format!(" ({f}–{u})"),
                        (Some(f), None) => format!(" (from {f})"),
                        (None, Some(u)) => format!(" (until {u})"),
                        (None, None) => String::new(),
                    };
                    println!("{}: {}{times}", r.role, r.name);
                }
                println!();
                crate::agenda::print_items(&d.agenda);
                match (&m.starts_at, &d.planned_end) {
                    (Some(start), Some(end)) => println!(
                        "planned: {} min, {start}–{end}{}",
                        d.planned_minutes,
                        if d.planned_end_day > 0 {
                            " (next day)"
                        } else {
                            ""
                        }
                    ),
                    _ => println!("planned: {} min", d.planned_minutes),
                }
                if !d.corrections.is_empty() {
                    println!();
                    println!("corrected after the meeting:");
                    for c in &d.corrections {
                        let show = |v: &str| {
                            if v.is_empty() {
                                "(none)".to_string()
                            } else {
                                v.to_string()
                            }
                        };
                        println!(
                            "  {} ({}): {}: {} → {}",
                            clock(Some(c.at)),
                            c.actor,
                            c.what,
                            show(&c.before),
                            show(&c.after)
                        );
                    }
                }
            }
        }
        MeetingCommand::Open { meeting, at } => {
            let at = parse_optional_time(at.as_deref())?;
            let m = db.open_meeting_at(ACTOR, db.resolve_meeting(&meeting)?, at)?;
            match m.status {
                MeetingStatus::Open => println!("{} is open{}", m.reference, opened(m.opened_at)),
                _ => println!("{} opened{}", m.reference, opened(m.opened_at)),
            }
        }
        MeetingCommand::Close { meeting, at } => {
            let at = parse_optional_time(at.as_deref())?;
            let m = db.close_meeting_at(ACTOR, db.resolve_meeting(&meeting)?, at)?;
            println!("{} is closed{}", m.reference, opened(m.closed_at));
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
            match m.starts_at {
                Some(t) => println!("{} starts at {t}", m.reference),
                None => println!("{} has no start time", m.reference),
            }
        }
        MeetingCommand::Attendance { meeting, count } => {
            let m = db.set_attendance(ACTOR, db.resolve_meeting(&meeting)?, &count)?;
            match m.attendance_label {
                Some(a) => println!("{}: attendance {a}", m.reference),
                None => println!("{}: attendance not recorded", m.reference),
            }
        }
    }
    Ok(())
}
