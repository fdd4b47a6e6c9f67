//! `plenary-dataset ten-years FILE [--scale S] [--assemblies N [--their-scale T]]`:
//! writes the ten-year database (scaled by S, default 1) to FILE, with N other
//! assemblies' histories (each at scale T, default 0.1: a busy year) imported as signed
//! bundles. Run it through `scripts/dataset`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use plenary_dataset::federated::{build_file, Others};
use plenary_dataset::tenyears::{Counts, Spec};

#[derive(Parser)]
#[command(
    name = "plenary-dataset",
    about = "Generated Plenary databases for benchmarks and tests"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ten busy years of one assembly (1,500 GAs at scale 1), optionally with other
    /// assemblies' histories imported through signed bundles.
    TenYears {
        /// The database file to write (must not exist, unless made before with the same options).
        file: PathBuf,
        /// Size as a fraction of the ten years (0.01 makes 15 GAs).
        #[arg(long, default_value_t = 1.0, value_parser = positive)]
        scale: f64,
        /// Other assemblies whose whole history is imported as a signed bundle each.
        #[arg(long, default_value_t = 0)]
        assemblies: usize,
        /// Size of each other assembly's history (0.1: a busy year).
        #[arg(long, default_value_t = 0.1, value_parser = positive, requires = "assemblies")]
        their_scale: f64,
    },
}

fn positive(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x <= 10.0 => Ok(x),
        _ => Err(format!("{s:?} is not a scale between 0 and 10")),
    }
}

fn main() -> ExitCode {
    let Cli {
        command:
            Command::TenYears {
                file,
                scale,
                assemblies,
                their_scale,
            },
    } = Cli::parse();
    let started = Instant::now();
    let others = Others {
        count: assemblies,
        scale: their_scale,
    };
    let (db, imported) = match build_file(&file, &Spec::scaled(scale), &others) {
        Ok(made) => made,
        Err(e) => {
            eprintln!("plenary-dataset: {e}");
            return ExitCode::FAILURE;
        }
    };
    match Counts::read(&db) {
        Ok(c) => println!(
            "{}: {} GAs, {} proposals, {} WGs, {} stack entries in all (ten years at scale {scale}, {} other assemblies at scale {their_scale}), in {:.1} s",
            file.display(),
            c.meetings,
            c.proposals,
            c.working_groups,
            c.stack_entries,
            assemblies,
            started.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("plenary-dataset: {e}");
            return ExitCode::FAILURE;
        }
    }
    for i in imported {
        println!(
            "  imported {} ({}): {} records, bundle {} KB; generated in {}, exported in {}, imported in {}",
            i.name,
            i.code,
            i.records,
            i.bundle_bytes / 1024,
            i.generate,
            i.export,
            i.import
        );
    }
    ExitCode::SUCCESS
}
