//! How fast `houston query check` is: schema load (parse + validate the vendored SDL, what every
//! CLI run pays once) and operations checked per second after that.
//!
//! The 1,000 operations are the checked-in ones and the astro CLI fixtures, cycled, each given a
//! unique name so the set is what a large `queries/` tree looks like. Run with
//! `cargo bench --bench query_check`. Prints figures; asserts nothing about speed.

use houston::graphql::checks::{self, Rules};
use houston::graphql::schema;
use std::time::{Duration, Instant};

const OPERATIONS: usize = 1_000;

fn corpus() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["queries", "tests/fixtures"] {
        let (files, _) = houston::graphql::files::collect(&[root.join(dir)]);
        for f in files {
            texts.push(std::fs::read_to_string(f).unwrap());
        }
    }
    texts
}

fn main() {
    // Schema load: median of 21 fresh parses.
    let mut loads: Vec<Duration> = (0..21)
        .map(|_| {
            let t = Instant::now();
            let s = checks::parse_schema(schema::VENDORED_SDL, schema::VENDORED_PATH).unwrap();
            let d = t.elapsed();
            std::hint::black_box(s);
            d
        })
        .collect();
    loads.sort();
    let schema = checks::parse_schema(schema::VENDORED_SDL, schema::VENDORED_PATH).unwrap();

    let sources = corpus();
    let docs: Vec<String> = (0..OPERATIONS)
        .map(|i| sources[i % sources.len()].clone())
        .collect();
    let lines: usize = docs.iter().map(|d| d.lines().count()).sum();

    let mut rates = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let mut ok = 0;
        for (i, text) in docs.iter().enumerate() {
            if checks::check_document(&schema, text, &format!("op{i}.graphql"), Rules::RUN_TIME)
                .is_ok()
            {
                ok += 1;
            }
        }
        let d = t.elapsed();
        assert_eq!(ok, OPERATIONS, "every corpus operation is valid");
        rates.push(OPERATIONS as f64 / d.as_secs_f64());
    }
    rates.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "schema load (vendored, {} lines): median {:.2} ms, min {:.2} ms",
        schema::VENDORED_SDL.lines().count(),
        loads[loads.len() / 2].as_secs_f64() * 1e3,
        loads[0].as_secs_f64() * 1e3
    );
    println!(
        "check {OPERATIONS} operations ({lines} lines, {} distinct documents): median {:.0} ops/s, best {:.0} ops/s ({:.1} µs/op)",
        sources.len(),
        rates[rates.len() / 2],
        rates[rates.len() - 1],
        1e6 / rates[rates.len() / 2]
    );
}
