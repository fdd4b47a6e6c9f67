//! Its own process (its own test binary): SQLCipher starts with the first connection, and
//! registers `sqlcipher_export` (what encrypting, rekeying and restoring use) for every
//! connection only at the end of its start-up. Threads opening their first databases at
//! the same moment each get a connection with the function (`db::sqlite_ready`).

use std::sync::{Arc, Barrier};

use plenary_core::Db;

#[test]
fn databases_opened_at_once_at_start_can_all_be_encrypted() {
    let threads = 8;
    let start = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let start = start.clone();
            std::thread::spawn(move || {
                start.wait();
                let db = Db::open_in_memory().unwrap();
                db.conn()
                    .query_row(
                        "SELECT count(*) FROM pragma_function_list WHERE name = 'sqlcipher_export'",
                        [],
                        |r| r.get::<_, i64>(0),
                    )
                    .unwrap()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(
            h.join().unwrap(),
            1,
            "a connection without sqlcipher_export"
        );
    }
}
