//! Any bytes as a bundle: every reading step (zip directory, manifest, signature, each
//! entry's records) must accept or refuse them, never panic, hang or run out of memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_core::bundle::read::exercise;
use plenary_core::bundle::Limits;

fuzz_target!(|data: &[u8]| {
    // The real limits, but smaller totals so that one input stays within libFuzzer's
    // memory limit; the checks are the same.
    let limits = Limits {
        max_entry_bytes: 64 << 20,
        max_total_bytes: 64 << 20,
        ..Limits::default()
    };
    let _ = exercise(data, &limits);
});
