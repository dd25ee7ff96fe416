//! Reading an Astro token's JWT claims without verifying them, only to prefill the organization
//! id the way the astro CLI does. Nothing here is a security check: the server verifies the
//! signature and decides what the token may do.

use crate::secret::Token;
use base64::Engine as _;
use serde_json::Value;

/// The claims houston reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claims {
    /// `org_id`: the organization the token belongs to.
    pub org_id: Option<String>,
    /// `permissions`: strings such as `organizationId:<id>` and `workspaceId:<id>`, naming what
    /// the token was granted on. An API token always has some.
    pub permissions: Vec<String>,
    /// `apiTokenId`: the token's own id, for `GET …/tokens/{id}` (absent from user sessions).
    pub api_token_id: Option<String>,
    /// `scope`: `ORGANIZATION`, `WORKSPACE` or `DEPLOYMENT`.
    pub scope: Option<String>,
    /// `exp`, seconds since the epoch.
    pub expires_at: Option<i64>,
}

impl Claims {
    /// The claims of a JWT, or `None` when the token is not one (an opaque token is fine: the
    /// server is the judge).
    pub fn decode(token: &Token) -> Option<Claims> {
        let payload = token.expose().split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()?;
        let value: Value = serde_json::from_slice(&bytes).ok()?;
        let text = |k: &str| value.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Claims {
            org_id: text("org_id"),
            permissions: value
                .get("permissions")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            api_token_id: text("apiTokenId"),
            scope: text("scope"),
            expires_at: value.get("exp").and_then(Value::as_i64),
        })
    }

    /// `org_id`, else the first `organizationId:<id>` permission.
    pub fn organization_id(&self) -> Option<String> {
        self.org_id.clone().filter(|s| !s.is_empty()).or_else(|| {
            self.permissions
                .iter()
                .find_map(|p| p.strip_prefix("organizationId:"))
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> Token {
        let b = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        Token::new(format!(
            "{}.{}.sig",
            b.encode(r#"{"alg":"RS256"}"#),
            b.encode(payload)
        ))
    }

    #[test]
    fn organization_from_org_id_or_permissions() {
        let c = Claims::decode(&jwt(
            r#"{"org_id":"o1","permissions":["organizationId:o2"]}"#,
        ))
        .unwrap();
        assert_eq!(c.organization_id().as_deref(), Some("o1"));
        let c = Claims::decode(&jwt(
            r#"{"permissions":["workspaceId:w","organizationId:o2"],"exp":5}"#,
        ))
        .unwrap();
        assert_eq!(c.organization_id().as_deref(), Some("o2"));
        assert_eq!(c.expires_at, Some(5));
        assert!(Claims::decode(&Token::new("opaque")).is_none());
    }
}
