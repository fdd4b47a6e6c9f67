//! `plenary room serve`: the room's server without the desktop window (a small computer in
//! the room, and the tests). The server itself is the core's (`room::server`), the same
//! one the app runs.

use std::io::BufRead;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use clap::Subcommand;
use plenary_core::room::server::{self, Limits, PairingCode, Room, UiDir};
use plenary_core::room::Role;
use plenary_core::{Db, Error, Result};

#[derive(Subcommand)]
pub enum RoomCommand {
    /// Serve meeting M to the room's devices until Ctrl+C or until M closes; prints the
    /// address and pairing codes (Enter prints new ones).
    Serve {
        /// Meeting reference (LDN-GA-39, 39) or id.
        #[arg(long)]
        meeting: String,
        /// The port (0: any free one).
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// The address to listen on (default: every interface, so the room's devices
        /// reach it over the local network).
        #[arg(long, default_value = "0.0.0.0")]
        bind: IpAddr,
        /// A build of the app's UI (`ui/dist`) to serve team devices at `/team`, where
        /// they pair and work as stack-keeper or minute-taker.
        #[arg(long, value_name = "DIR")]
        ui: Option<PathBuf>,
    },
}

pub fn run(db: Db, c: RoomCommand) -> Result<()> {
    let RoomCommand::Serve {
        meeting,
        port,
        bind,
        ui,
    } = c;
    let meeting = db.resolve_meeting(&meeting)?;
    let reference = db.meeting(meeting)?.reference;
    let room = Room::new(Arc::new(Mutex::new(db)), meeting, Limits::default())?;
    let team = ui.is_some();
    if let Some(dir) = ui {
        if !dir.join("index.html").is_file() {
            return Err(plenary_core::invalid!(
                "{} is not a build of the app's UI (no index.html): build it with npm --prefix ui run build",
                dir.display()
            ));
        }
        room.set_team_ui(Arc::new(UiDir(dir)));
    }
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| Error::io("cannot start the room's server", e))?;
    runtime.block_on(async move {
        let serving = server::serve(room.clone(), SocketAddr::new(bind, port)).await?;
        // Reached from the other devices: the LAN address when listening on all of them.
        let shown = if bind.is_unspecified() {
            SocketAddr::new(server::lan_address(), serving.address.port())
        } else {
            serving.address
        };
        println!("The room of {reference} is open at http://{shown}/");
        if team {
            println!("Team devices pair at http://{shown}/team");
        }
        print_codes(&room)?;
        println!("Press Enter for new pairing codes, Ctrl+C to close the room.");
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
                println!("The room is closed.");
            }
            _ = room.wait_stopped() => {
                serving.stop().await;
                println!("{reference} has closed: the room is closed.");
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
            "Pairing code for a {role}: {code} (once, within {} minutes)",
            expires_in / 60
        );
    }
    Ok(())
}
