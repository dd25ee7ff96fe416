//! Runs an operation of this crate's own (`queries/workspaceLabels.graphql`), typed by
//! houston-codegen, against the Houston at `HOUSTON_URL` with `HOUSTON_TOKEN`:
//!
//! ```text
//! HOUSTON_URL=http://127.0.0.1:8871/v1 HOUSTON_TOKEN=… cargo run -p custom-operation
//! ```

/// The typed operations generated from `queries/` by build.rs.
mod operations {
    include!(concat!(env!("OUT_DIR"), "/operations.rs"));
}

use houston::Client;
use operations::{WorkspaceLabels, workspace_labels};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The current context, or HOUSTON_URL/HOUSTON_TOKEN from the environment or .env.
    let client = Client::from_env()?;

    let response = client
        .execute::<WorkspaceLabels>(workspace_labels::Variables)
        .await?;
    let workspaces = response.data.workspaces.unwrap_or_default();
    for w in workspaces.iter().flatten() {
        let releases: Vec<&str> = w
            .deployments
            .iter()
            .flatten()
            .flatten()
            .filter_map(|d| d.release_name.as_deref())
            .collect();
        println!(
            "{}\t{}\tcreated {}\t{} deployment(s) {}",
            w.id,
            w.label.as_deref().unwrap_or("-"),
            w.created_at,
            releases.len(),
            releases.join(",")
        );
    }
    println!("{} workspace(s)", workspaces.len());
    Ok(())
}
