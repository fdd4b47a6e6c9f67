//! Ten busy years that hear from other assemblies: our own dataset ([`crate::tenyears`])
//! plus N other assemblies' histories, each generated in memory with its own name, code
//! and seed, exported as a signed bundle by its own key and imported into ours through
//! the real import (`Db::import_bundle`: signature, checks, undo record, kept file). The
//! federation views are then loaded as in an installation that has received those
//! bundles; stacks, speeches and journals stay with the assembly that made them, as they
//! do in real bundles — so the other assemblies are generated without them
//! ([`Keep::Bundled`]: the same records, a third of the time).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use plenary_core::bundle::{ExportOptions, ImportOptions};
use plenary_core::{Db, Error, Result};

use crate::tenyears::{generate, generate_as, Keep, Spec};

/// The other assemblies: how many, and the size of each history as a fraction of the
/// ten years (0.1, the default, is a busy year: 150 GAs).
#[derive(Debug, Clone, PartialEq)]
pub struct Others {
    pub count: usize,
    pub scale: f64,
}

impl Default for Others {
    fn default() -> Self {
        Others {
            count: 0,
            scale: 0.1,
        }
    }
}

const CITIES: &[(&str, &str)] = &[
    ("Riverside", "RIV"),
    ("Harbourtown", "HBR"),
    ("Millbrook", "MLB"),
    ("Eastgate", "EGT"),
    ("Northfield", "NFD"),
    ("Southbank", "SBK"),
    ("Westmoor", "WMR"),
    ("Lakeview", "LKV"),
    ("Hillcrest", "HCR"),
    ("Stonebridge", "STB"),
];

/// The spec of the `i`-th other assembly (0-based): its own name, code and seed, so that
/// no id collides with ours or another's.
pub fn other_spec(i: usize, scale: f64) -> Spec {
    let (city, code) = CITIES[i % CITIES.len()];
    let round = i / CITIES.len();
    let mut spec = Spec::scaled(scale);
    spec.name = if round == 0 {
        format!("{city} General Assembly")
    } else {
        format!("{city} General Assembly {}", round + 1)
    };
    spec.code = if round == 0 {
        code.to_string()
    } else {
        format!("{code}{}", round + 1)
    };
    spec.seed = Spec::ten_years().seed ^ (0x9E37_79B9_7F4A_7C15u64.wrapping_mul(i as u64 + 1));
    spec
}

/// What one other assembly brought in.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub name: String,
    pub code: String,
    pub bundle_bytes: usize,
    pub records: u64,
    /// How long each step took (wall clock, and this process's CPU time where the system
    /// says it: on a shared machine the wall clock is mostly the others' load):
    /// generating its history, exporting it, importing it here.
    pub generate: Step,
    pub export: Step,
    pub import: Step,
}

/// The time one step took.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Step {
    pub wall: Duration,
    pub cpu: Option<Duration>,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1} s", self.wall.as_secs_f64())?;
        match self.cpu {
            Some(cpu) => write!(f, " (CPU {:.1} s)", cpu.as_secs_f64()),
            None => Ok(()),
        }
    }
}

/// Times `f`.
fn step<T>(f: impl FnOnce() -> Result<T>) -> Result<(T, Step)> {
    let (wall, cpu) = (Instant::now(), cpu_time());
    let out = f()?;
    let took = Step {
        wall: wall.elapsed(),
        cpu: cpu.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a)),
    };
    Ok((out, took))
}

/// This process's CPU time (user and system, all threads), from Linux's /proc/self/stat
/// (in clock ticks of 1/100 s, as on every Linux this runs on); None elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name (which is in parentheses and may hold spaces):
    // state is the 3rd field, utime and stime the 14th and 15th.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Generates each other assembly in memory, exports its whole history as a signed bundle
/// and imports that into `db` (which must have its own assembly). Every record must be
/// accepted: a refusal is an error (the generator or the import is broken).
pub fn import_others(db: &mut Db, others: &Others) -> Result<Vec<Imported>> {
    let mut done = Vec::with_capacity(others.count);
    for i in 0..others.count {
        let spec = other_spec(i, others.scale);
        let (theirs, generated) = step(|| {
            let mut theirs = Db::open_in_memory()?;
            generate_as(&mut theirs, &spec, Keep::Bundled)?;
            Ok(theirs)
        })?;
        let ((bytes, _), exported) =
            step(|| theirs.export_bundle_bytes(&ExportOptions::default()))?;
        drop(theirs);
        let (report, imported) = step(|| {
            db.import_bundle(
                &bytes,
                &ImportOptions {
                    file_name: format!("{}.plenary", spec.code.to_lowercase()),
                    ..Default::default()
                },
            )
        })?;
        if report.totals.refused > 0 {
            let first = report
                .refusals
                .first()
                .map(|r| format!(": first {} {} ({})", r.table, r.record, r.reason))
                .unwrap_or_default();
            // A generator's own check, for its developers: English.
            return Err(Error::Bundle(
                format!(
                    "the import refused {} of {}'s records{first}",
                    report.totals.refused, spec.name
                )
                .into(),
            ));
        }
        done.push(Imported {
            name: spec.name,
            code: spec.code,
            bundle_bytes: bytes.len(),
            records: report.totals.new,
            generate: generated,
            export: exported,
            import: imported,
        });
    }
    Ok(done)
}

/// The generator's version for [`build_file`]'s stamp.
const GENERATOR: &str = "federated 1 (other assemblies imported as signed bundles)";

/// Writes the dataset into a NEW file at `path` (its signing key beside it, `<path>.key`),
/// or reopens it if a previous run made it with the same generators and options (the
/// `.done` file beside it says which). Any other existing file is left alone and refused:
/// this may be pointed at a real database by mistake.
pub fn build_file(path: &Path, spec: &Spec, others: &Others) -> Result<(Db, Vec<Imported>)> {
    let done = path.with_extension("done");
    let stamp = format!(
        "{GENERATOR}\n{}\n{spec:?}\n{others:?}\n",
        crate::tenyears::GENERATOR
    );
    let key = PathBuf::from(format!("{}.key", path.display()));
    if path.exists() {
        let made = std::fs::read_to_string(&done).ok();
        if key.exists() && made.as_deref() == Some(stamp.as_str()) {
            return Ok((Db::open(path)?, Vec::new()));
        }
        // A developer's tool (not shipped): its own refusal in English.
        return Err(plenary_core::Error::Conflict(
            plenary_core::error::Message::English(format!(
                "{} exists and was not made by this generator with these options: remove it (and {}, {}) first",
                path.display(),
                key.display(),
                done.display()
            )),
        ));
    }
    let result = (|| {
        let mut db = Db::open(path)?;
        generate(&mut db, spec)?;
        let imported = import_others(&mut db, others)?;
        // Fold the write-ahead log into the file, so that it can be copied on its own.
        db.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok((db, imported))
    })();
    match result {
        Ok(made) => {
            std::fs::write(&done, stamp)
                .map_err(|e| Error::io(format!("cannot write {}", done.display()), e))?;
            Ok(made)
        }
        Err(e) => {
            // A half-made file would be refused next time; take it away.
            for suffix in ["", "-wal", "-shm", ".key"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            Err(e)
        }
    }
}
