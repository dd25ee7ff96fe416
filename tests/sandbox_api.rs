//! The sandbox speaks Houston: request errors, field errors with codes, state rules.

mod common;

use common::TestSandbox;
use serde_json::json;

#[tokio::test]
async fn smoke() {
    let sb = TestSandbox::start();
    let (status, body) = sb
        .post(Some(&sb.token), "{ workspaces { id label users { username } deployments { label releaseName urls { type url } } } appConfig { version } }", None)
        .await;
    println!("{status} {body:#}");
    assert_eq!(status, 200);
}
