//! Triggers a DAG run on any Airflow (3.x or 2.x, detected) with a user name and password, from
//! library calls, and prints the run's id and state. scripts/airflow-test.sh runs it against the
//! real Airflow 3 and 2 it starts.
//!
//! ```text
//! AIRFLOW_URL=http://127.0.0.1:8080 AIRFLOW_USERNAME=admin AIRFLOW_PASSWORD=… \
//!   cargo run --example airflow_trigger -- my_dag
//! ```

use houston::Token;
use houston::airflow::{Auth, Client, Target, Trigger};
use serde_json::json;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dag_id = std::env::args()
        .nth(1)
        .ok_or("give the DAG id to trigger")?;
    let root = std::env::var("AIRFLOW_URL").map_err(|_| "set AIRFLOW_URL")?;
    let username = std::env::var("AIRFLOW_USERNAME").map_err(|_| "set AIRFLOW_USERNAME")?;
    let password = std::env::var("AIRFLOW_PASSWORD").map_err(|_| "set AIRFLOW_PASSWORD")?;
    let client = Client::builder(Target {
        root: root.parse()?,
        // A JWT from /auth/token on Airflow 3 (renewed when it expires), Basic on Airflow 2.
        auth: Auth::Password {
            username,
            password: Token::new(password),
        },
        api_hint: None,
    })
    .build()?;

    let run = client
        .trigger(
            &dag_id,
            &Trigger {
                conf: Some(json!({"triggered_by": "houston example"})),
                note: Some("from examples/airflow_trigger.rs".into()),
                ..Trigger::default()
            },
        )
        .await?;
    println!(
        "triggered {} run {} ({})",
        run.dag_id,
        run.dag_run_id,
        run.state.as_deref().unwrap_or("state not reported")
    );
    Ok(())
}
