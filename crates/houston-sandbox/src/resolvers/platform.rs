//! Platform-wide answers: app config (the version the sandbox claims), auth config.

use serde_json::json;

use super::{Args, Ctx, Out, R, obj};

pub fn query<'c>(ctx: &'c Ctx<'c>, field: &str, _args: &Args) -> R<Option<Out<'c>>> {
    Ok(Some(match field {
        // No token needed: clients ask before logging in.
        "authConfig" => Out::Node(ctx.node(
            "AuthConfig",
            obj(json!({
                "publicSignup": true,
                "externalSignupUrl": null,
                "initialSignup": false,
                "localEnabled": true,
                "providers": [],
            })),
        )),
        "appConfig" => {
            ctx.viewer()?;
            let flags = json!({
                "nfsMountDagDeployment": true,
                "hardDeleteDeployment": true,
                "manualNamespaceNames": true,
                "triggererEnabled": true,
                "gitSyncDagDeployment": true,
                "namespaceFreeFormEntry": true,
                "byoUpdateRegistryEnabled": false,
                "astroRuntimeEnabled": true,
                "dagOnlyDeployment": true,
                "manualReleaseNames": true,
            });
            Out::Node(ctx.node(
                "AppConfig",
                obj(json!({
                    "version": ctx.settings.platform_version,
                    "baseDomain": ctx.settings.base_domain,
                    "smtpConfigured": false,
                    "manualReleaseNames": true,
                    "prometheusEnabled": false,
                    "elasticSearchEnabled": false,
                    "byoUpdateRegistryHost": null,
                    "configureDagDeployment": true,
                    "nfsMountDagDeployment": true,
                    "manualNamespaceNames": true,
                    "hardDeleteDeployment": true,
                    "triggererEnabled": true,
                    "featureFlags": flags,
                })),
            ))
        }
        "updateAvailable" => {
            ctx.viewer()?;
            Out::Null
        }
        _ => return Ok(None),
    }))
}
