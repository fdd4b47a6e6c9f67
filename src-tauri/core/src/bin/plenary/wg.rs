use clap::Subcommand;
use plenary_core::paging::{PageRequest, MAX_LIMIT};
use plenary_core::wg::{NewWg, WgStatus};
use plenary_core::{validate, Db, Result};

use crate::output::{header, json, or_dash, table};
use crate::words::code;
use crate::ACTOR;

#[derive(Subcommand)]
pub enum WgCommand {
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        category: String,
        #[arg(long, default_value = "")]
        description: String,
        #[arg(long)]
        status: Option<String>,
        #[arg(long, default_value = "")]
        contact: String,
        #[arg(long, default_value = "")]
        schedule: String,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        wg: String,
        #[arg(long)]
        json: bool,
    },
    Status {
        wg: String,
        #[arg(long)]
        set: String,
        #[arg(long)]
        on: Option<String>,
        #[arg(long, default_value = "")]
        note: String,
    },
}

pub fn run(db: &mut Db, cmd: WgCommand) -> Result<()> {
    match cmd {
        WgCommand::Add {
            name,
            category,
            description,
            status,
            contact,
            schedule,
        } => {
            let wg = db.add_wg(
                ACTOR,
                &NewWg {
                    name,
                    category,
                    status,
                    description,
                    contact,
                    schedule,
                },
            )?;
            println!("{}", wg.id);
        }
        WgCommand::List { json: as_json } => {
            let wgs = db.wgs()?;
            if as_json {
                json(&wgs);
            } else {
                let rows: Vec<Vec<String>> = wgs
                    .iter()
                    .map(|w| {
                        vec![
                            w.name.clone(),
                            code("cli-wg-category", w.category),
                            code("cli-wg-status", w.status),
                            w.status_since.to_string(),
                            or_dash(Some(&w.schedule)),
                        ]
                    })
                    .collect();
                table(
                    &header(&[
                        "cli-col-name",
                        "cli-col-category",
                        "cli-col-status",
                        "cli-col-since",
                        "cli-col-meets",
                    ]),
                    &rows,
                );
            }
        }
        WgCommand::Show { wg, json: as_json } => {
            let id = db.resolve_wg(&wg)?;
            let detail = db.wg_detail(id)?;
            // The command line keeps the complete list (for scripts): every page of it.
            let mut report_backs = Vec::new();
            let mut req = PageRequest::first(MAX_LIMIT);
            loop {
                let page = db.wg_report_backs(id, &req)?;
                report_backs.extend(page.items);
                match page.next {
                    Some(next) => req = PageRequest::after(Some(next), MAX_LIMIT),
                    None => break,
                }
            }
            if as_json {
                json(&serde_json::json!({ "detail": detail, "report_backs": report_backs }));
            } else {
                let w = &detail.wg;
                println!(
                    "{}",
                    say!(
                        "cli-wg-heading",
                        name = &w.name,
                        category = code("cli-wg-category", w.category),
                        status = code("cli-wg-status", w.status),
                        since = w.status_since.to_string(),
                        assembly = &detail.origin_code
                    )
                );
                if !w.description.is_empty() {
                    println!("{}", w.description);
                }
                let counts: Vec<String> = detail
                    .proposals
                    .by_status
                    .iter()
                    .map(|c| {
                        say!(
                            "cli-wg-proposal-count",
                            n = c.count,
                            status = code("cli-proposal-status", c.status)
                        )
                    })
                    .collect();
                println!(
                    "{}",
                    if counts.is_empty() {
                        say!("cli-wg-proposals-none")
                    } else {
                        say!("cli-wg-proposals", counts = counts.join(", "))
                    }
                );
                println!(
                    "{}",
                    say!("cli-wg-report-backs", n = detail.report_backs_total)
                );
                let rows: Vec<Vec<String>> = report_backs
                    .iter()
                    .map(|r| {
                        vec![
                            r.meeting_reference.clone(),
                            r.meeting_date.to_string(),
                            or_dash(r.presenter_name.as_ref()),
                            r.summary.chars().take(60).collect(),
                        ]
                    })
                    .collect();
                if !rows.is_empty() {
                    table(
                        &header(&[
                            "cli-col-ga",
                            "cli-col-date",
                            "cli-col-given-by",
                            "cli-col-summary",
                        ]),
                        &rows,
                    );
                }
            }
        }
        WgCommand::Status { wg, set, on, note } => {
            let id = db.resolve_wg(&wg)?;
            let status: WgStatus = set.parse()?;
            let on = on
                .map(|d| validate::date(plenary_core::word!("field-on"), &d))
                .transpose()?;
            let wg = db.set_wg_status(ACTOR, id, status, on, &note)?;
            println!(
                "{}",
                say!(
                    "cli-wg-status-set",
                    name = &wg.name,
                    status = code("cli-wg-status", wg.status),
                    since = wg.status_since.to_string()
                )
            );
        }
    }
    Ok(())
}
