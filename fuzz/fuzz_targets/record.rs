//! Any line as a record of any table (the first byte picks the table): parsed into values
//! or refused with a message, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plenary_core::bundle::records::parse_record;
use plenary_core::bundle::tables::TABLES;

fuzz_target!(|data: &[u8]| {
    if let Some((&t, line)) = data.split_first() {
        let _ = parse_record(&TABLES[t as usize % TABLES.len()], line);
    }
});
