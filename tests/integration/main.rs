//! The integration tests, one binary (one link instead of one per file). Each module talks to a
//! real local server: the sandbox, a real Airflow (the `airflow_live` tests, ignored unless
//! `scripts/airflow-test.sh` runs them), or a local fake where no real server can exist (Astro).
//!
//! A new test file goes beside this one and gets a `mod` line below.

mod airflow_proxy;
mod astro_fake;
mod common;

mod airflow_live;
mod airflow_wire;
mod apply_cli;
mod astro_cli;
mod astro_client;
mod build_checks;
mod bulk_interrupt;
mod canary_sweep;
mod cli_access;
mod cli_admin;
mod cli_houston;
mod cli_logs;
mod cli_shell;
mod cli_user_pass;
mod cli_wire;
mod docs_recipes;
mod explorer_browser;
mod fixture_ops;
mod r#gen;
mod lost_answers;
mod query_check;
mod query_run;
mod query_subscribe;
mod request_cost;
mod sandbox_api;
mod sandbox_cli;
mod sandbox_durability;
mod sandbox_faults;
mod sandbox_fidelity;
mod sandbox_fixtures;
mod sandbox_transport;
mod sandbox_ws;
mod schema_cli;
mod spine;
