//! Lists the workspaces a token can see, with a checked-in operation of the library.
//!
//! The client is set up as the `houston` command would set up its own: the current context,
//! or `HOUSTON_URL`/`HOUSTON_TOKEN` from the environment or `.env`.
//!
//! ```text
//! eval "$(houston sandbox env)"   # or: HOUSTON_URL=… HOUSTON_TOKEN=…
//! cargo run --example list_workspaces
//! ```

use houston::Client;
use houston::operations::{Workspaces, workspaces};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let response = client.execute::<Workspaces>(workspaces::Variables).await?;
    let list = response.data.workspaces.unwrap_or_default();
    for w in list.iter().flatten() {
        println!("{}\t{}", w.id, w.label.as_deref().unwrap_or("-"));
    }
    println!("{} workspace(s)", list.len());
    Ok(())
}
