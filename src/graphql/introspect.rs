//! `houston schema pull`: the standard introspection query, sent through the same
//! [`Client`] as every other operation, turned into SDL that is stable from one pull to the
//! next (types and directives sorted by name, fields in the server's order).

use crate::houston::{Client, Error as HoustonError, OperationKind, Request};
use cynic::{OperationBuilder, QueryBuilder};
use cynic_introspection::{
    CapabilitiesQuery, CapabilitySet, IntrospectionQuery, SpecificationVersion,
};
use serde_json::Value;

/// Directives apollo-compiler defines itself: a schema that declares them again is invalid,
/// and every server has them, so they are left out of the SDL.
const BUILT_IN_DIRECTIVES: &[&str] = &["skip", "include", "deprecated", "specifiedBy", "oneOf"];

/// Why a schema could not be pulled.
#[derive(Debug, thiserror::Error)]
pub enum IntrospectError {
    /// The request failed (transport, HTTP status, GraphQL errors).
    #[error(transparent)]
    Houston(#[from] HoustonError),
    /// The server answered, but refuses introspection (Apollo Server does in production unless
    /// `introspection: true`).
    #[error(
        "the server refuses introspection ({message}); ask the platform's administrators to enable it, or compare a schema file instead"
    )]
    Refused {
        /// The GraphQL error the server refused with.
        message: String,
    },
    /// `data` is not an introspection result.
    #[error("the introspection answer is not a schema: {0}")]
    Decode(String),
}

/// Which specification the server's introspection follows (decides which fields the full
/// query may ask for: `specifiedByURL`, `isRepeatable`, deprecated arguments, `isOneOf`).
pub async fn detect(client: &Client) -> Result<CapabilitySet, IntrospectError> {
    let operation = CapabilitiesQuery::build(());
    let data = run(
        client,
        &operation.query,
        operation.operation_name.as_deref(),
    )
    .await?;
    let detected: CapabilitiesQuery =
        serde_json::from_value(data).map_err(|e| IntrospectError::Decode(e.to_string()))?;
    Ok(detected.capabilities())
}

/// The introspection query for a server with these capabilities
/// (`SpecificationVersion::June2018.capabilities()` for the classic one).
///
/// Not `IntrospectionQuery::with_capabilities`: for a September 2025 server it always asks for
/// `isOneOf`, which servers that know deprecated arguments but not `@oneOf` (apollo-compiler,
/// hence the sandbox) reject. `isOneOf` is asked for only when detection found it.
pub fn query(capabilities: CapabilitySet) -> (String, Option<String>) {
    let version = capabilities.version_supported();
    let mut builder = OperationBuilder::<IntrospectionQuery, ()>::query().with_variables(());
    if version >= SpecificationVersion::October2021 {
        builder.enable_feature("2021");
    }
    if version >= SpecificationVersion::September2025 {
        builder.enable_feature("2025");
        // Only a full September 2025 capability set includes `isOneOf`.
        if capabilities == SpecificationVersion::September2025.capabilities() {
            builder.enable_feature("oneOf");
        }
    }
    let operation = builder
        .build()
        .unwrap_or_else(|_| unreachable!("variables are set"));
    (
        operation.query,
        operation.operation_name.map(|n| n.into_owned()),
    )
}

/// Detects the server's capabilities, runs the full introspection query and returns SDL.
pub async fn pull(client: &Client) -> Result<String, IntrospectError> {
    let capabilities = detect(client).await?;
    let (text, name) = query(capabilities);
    let data = run(client, &text, name.as_deref()).await?;
    to_sdl(data)
}

async fn run(client: &Client, query: &str, name: Option<&str>) -> Result<Value, IntrospectError> {
    let request = Request {
        query,
        variables: Value::Null,
        operation_name: name,
        kind: OperationKind::Query,
    };
    match client.execute_document(&request).await {
        Ok(raw) => Ok(raw.data.unwrap_or(Value::Null)),
        Err(e) => {
            if let Some(refusal) = e
                .graphql_errors()
                .iter()
                .find(|g| g.message.to_lowercase().contains("introspection"))
            {
                return Err(IntrospectError::Refused {
                    message: refusal.message.clone(),
                });
            }
            Err(e.into())
        }
    }
}

/// The `data` of an introspection query as SDL: types and directives sorted by name, built-in
/// scalars, introspection types and built-in directives left out.
pub fn to_sdl(data: Value) -> Result<String, IntrospectError> {
    let decoded: IntrospectionQuery = serde_path_to_error::deserialize(data)
        .map_err(|e| IntrospectError::Decode(format!("at {}: {}", e.path(), e.inner())))?;
    let mut schema = decoded
        .into_schema()
        .map_err(|e| IntrospectError::Decode(e.to_string()))?;
    schema.types.sort_by(|a, b| a.name().cmp(b.name()));
    schema
        .directives
        .retain(|d| !BUILT_IN_DIRECTIVES.contains(&d.name.as_str()));
    schema.directives.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(schema.to_sdl())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::diff;
    use crate::graphql::schema::{parse, vendored};
    use apollo_compiler::ExecutableDocument;
    use apollo_compiler::introspection;
    use apollo_compiler::request::coerce_variable_values;

    /// What a server built from `schema` answers to `text` (apollo-compiler's own
    /// introspection executor, as the sandbox uses).
    fn answer(
        schema: &apollo_compiler::validation::Valid<apollo_compiler::Schema>,
        text: &str,
        name: Option<&str>,
    ) -> Value {
        let doc = ExecutableDocument::parse_and_validate(schema, text, "q.graphql").unwrap();
        let op = doc.operations.get(name).unwrap();
        let vars = coerce_variable_values(schema, op, &Default::default()).unwrap();
        let response =
            introspection::partial_execute(schema, &schema.implementers_map(), &doc, op, &vars)
                .unwrap();
        assert!(response.errors.is_empty(), "{:?}", response.errors);
        serde_json::to_value(response.data).unwrap()
    }

    fn pull_from(schema: &apollo_compiler::validation::Valid<apollo_compiler::Schema>) -> String {
        let detection = CapabilitiesQuery::build(());
        let detected: CapabilitiesQuery = serde_json::from_value(answer(
            schema,
            &detection.query,
            detection.operation_name.as_deref(),
        ))
        .unwrap();
        let (text, name) = query(detected.capabilities());
        to_sdl(answer(schema, &text, name.as_deref())).unwrap()
    }

    #[test]
    fn the_vendored_schema_survives_the_round_trip() {
        let sdl = pull_from(vendored());
        let pulled = parse(&sdl, "pulled.graphql").unwrap();
        let changes = diff::diff(vendored(), &pulled);
        assert!(changes.is_empty(), "{changes:#?}");
        // Pulling the pulled schema gives the same bytes.
        assert_eq!(sdl, pull_from(&pulled));
    }

    #[test]
    fn the_classic_query_misses_deprecated_arguments() {
        // Why capabilities are detected first: a June 2018 query cannot ask for deprecated
        // arguments, so they would look removed.
        let (text, name) = query(SpecificationVersion::June2018.capabilities());
        let sdl = to_sdl(answer(vendored(), &text, name.as_deref())).unwrap();
        let pulled = parse(&sdl, "pulled.graphql").unwrap();
        let changes = diff::diff(vendored(), &pulled);
        assert!(!changes.is_empty());
        assert!(
            changes.iter().all(|c| c.kind == "FIELD_ARGUMENT_REMOVED"),
            "{changes:#?}"
        );
    }

    #[test]
    fn not_a_schema_says_where() {
        let e = to_sdl(serde_json::json!({"__schema": {"types": 3}})).unwrap_err();
        assert!(e.to_string().contains("__schema"), "{e}");
        let e = to_sdl(serde_json::json!({"__schema": null})).unwrap_err();
        assert!(e.to_string().contains("no data"), "{e}");
    }
}
