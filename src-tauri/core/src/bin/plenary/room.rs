//! `plenary room serve`: the room's server without the desktop window (a small computer in
//! the room, and the tests). The server itself is the core's (`room::server`), the same
//! one the app runs.

use std::io::BufRead;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use clap::Subcommand;
use plenary_core::i18n::Lang;
use plenary_core::room::server::{self, Limits, PairingCode, Room, UiDir};
use plenary_core::room::Role;
use plenary_core::{Db, Error, Result};

#[derive(Subcommand)]
pub enum RoomCommand {
    Serve {
        #[arg(long)]
        meeting: String,
        #[arg(long, default_value_t = 0)]
        port: u16,
        #[arg(long, default_value = "0.0.0.0")]
        bind: IpAddr,
        #[arg(long, value_name = "DIR")]
        ui: Option<PathBuf>,
    },
}

/// `lang`: the language the participants' page speaks (`--lang`, else the environment's).
pub fn run(db: Db, c: RoomCommand, lang: Lang) -> Result<()> {
    let RoomCommand::Serve {
        meeting,
        port,
        bind,
        ui,
    } = c;
    let meeting = db.resolve_meeting(&meeting)?;
    let reference = db.meeting(meeting)?.reference;
    let room = Room::new(Arc::new(Mutex::new(db)), meeting, Limits::default())?;
    room.set_lang(lang)?;
    let team = ui.is_some();
    if let Some(dir) = ui {
        if !dir.join("index.html").is_file() {
            return Err(Error::Invalid(crate::words::refusal(
                "cli-room-not-a-ui",
                vec![("dir", dir.display().to_string().into())],
            )));
        }
        room.set_team_ui(Arc::new(UiDir(dir)));
    }
    let runtime =
        tokio::runtime::Runtime::new().map_err(|e| Error::io(say!("cli-room-cannot-start"), e))?;
    runtime.block_on(async move {
        let serving = server::serve(room.clone(), SocketAddr::new(bind, port)).await?;
        // Reached from the other devices: the LAN address when listening on all of them.
        let shown = if bind.is_unspecified() {
            SocketAddr::new(server::lan_address(), serving.address.port())
        } else {
            serving.address
        };
        let address = format!("http://{shown}/");
        println!(
            "{}",
            say!("cli-room-open", reference = &reference, address = &address)
        );
        if team {
            println!(
                "{}",
                say!("cli-room-team", address = format!("http://{shown}/team"))
            );
        }
        print_codes(&room)?;
        println!("{}", say!("cli-room-keys"));
        // New codes on demand: a code lasts five minutes and serves once.
        let codes = room.clone();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                if line.is_err() || codes.stopped() || print_codes(&codes).is_err() {
                    break;
                }
            }
        });
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {
                serving.stop().await;
                println!("{}", say!("cli-room-closed"));
            }
            _ = room.wait_stopped() => {
                serving.stop().await;
                println!("{}", say!("cli-room-meeting-closed", reference = &reference));
            }
        }
        Ok(())
    })
}

fn print_codes(room: &Room) -> Result<()> {
    for role in Role::PAIRABLE {
        let PairingCode {
            code, expires_in, ..
        } = room.new_code(*role)?;
        println!(
            "{}",
            say!(
                "cli-room-code",
                role = crate::words::code("cli-room-role", role),
                code = &code,
                minutes = expires_in / 60
            )
        );
    }
    Ok(())
}
