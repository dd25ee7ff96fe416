//! Any bytes as a Houston response body, decoded the way typed calls decode them (envelope,
//! then data into a generated type with nested lists, enums and custom scalars), and the error
//! rendered. Must never panic.
#![no_main]

use houston::houston::decode_response;
use houston::operations::{current_user, workspace_deployments};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match decode_response::<workspace_deployments::ResponseData>("workspaceDeployments", 200, data) {
        Ok(r) => {
            let _ = format!("{:?}", r.data);
        }
        Err(e) => {
            let _ = (e.to_string(), e.exit_code(), e.is_auth_problem());
        }
    }
    if let Err(e) = decode_response::<current_user::ResponseData>("currentUser", 200, data) {
        let _ = e.to_string();
    }
});
