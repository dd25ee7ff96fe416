//! Lists the workspaces a token can see, with a checked-in operation of the library.
//!
//! ```text
//! HOUSTON_URL=http://127.0.0.1:8871/v1 HOUSTON_TOKEN=… cargo run --example list_workspaces
//! ```

use houston::operations::{Workspaces, workspaces};
use houston::{Client, Token};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("HOUSTON_URL").map_err(|_| "set HOUSTON_URL")?;
    let token = std::env::var("HOUSTON_TOKEN").map_err(|_| "set HOUSTON_TOKEN")?;
    let client = Client::builder(&url)?
        .token(Some(Token::new(token)))
        .build()?;

    let response = client.execute::<Workspaces>(workspaces::Variables).await?;
    let list = response.data.workspaces.unwrap_or_default();
    for w in list.iter().flatten() {
        println!("{}\t{}", w.id, w.label.as_deref().unwrap_or("-"));
    }
    println!("{} workspace(s)", list.len());
    Ok(())
}
