//! One GraphQL request, from body to response, the way Apollo Server answers it: request errors
//! (syntax, validation, variables) are HTTP 400 with no `data`; field errors are HTTP 200 with
//! partial `data`, `path`, `locations` and `extensions.code`.

use apollo_compiler::ast;
use apollo_compiler::executable::OperationType;
use apollo_compiler::request::coerce_variable_values;
use apollo_compiler::resolvers::Execution;
use apollo_compiler::response::{GraphQLError, JsonMap};
use serde::Deserialize;
use serde_json::{Value, json};

use apollo_compiler::parser::Parser;

use super::auth;
use super::limits;
use super::resolvers::{Cancel, Ctx, Root, STORE_FAILED, Settings, Stopped, split_code};
use super::schema;
use super::store::Store;

/// The JSON body of `POST /v1`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GraphQlRequest {
    pub query: Option<String>,
    pub variables: Option<Value>,
    pub operation_name: Option<String>,
}

/// Status and JSON body to send back.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

fn request_error(status: u16, code: &str, errors: Vec<Value>) -> Answer {
    let errors = errors
        .into_iter()
        .map(|mut e| {
            e["extensions"] = json!({"code": code});
            e
        })
        .collect::<Vec<_>>();
    Answer {
        status,
        body: json!({ "errors": errors }),
    }
}

fn one_error(status: u16, code: &str, message: impl Into<String>) -> Answer {
    request_error(status, code, vec![json!({"message": message.into()})])
}

/// The operation's name as the request or the document gives it (for fault rules and logs);
/// `None` for an unparsable or anonymous document.
pub fn operation_name(req: &GraphQlRequest) -> Option<String> {
    if let Some(name) = &req.operation_name {
        return Some(name.clone());
    }
    let doc = ast::Document::parse(req.query.as_deref()?, "request.graphql").ok()?;
    let mut names = doc.definitions.iter().filter_map(|d| match d {
        ast::Definition::OperationDefinition(op) => Some(op.name.as_ref().map(|n| n.to_string())),
        _ => None,
    });
    let first = names.next()??;
    names.next().is_none().then_some(first)
}

/// Parses, validates and runs one request. Blocking (SQLite): call from a blocking thread.
/// (`POST /v1` uses [`execute_with`], which can be cancelled.)
#[allow(dead_code)]
pub fn execute(
    store: &Store,
    settings: &Settings,
    req: GraphQlRequest,
    authorization: Option<&str>,
) -> Answer {
    execute_at(store, settings, &req, authorization, None)
}

/// [`execute`] that stops early (answering one error, no data) when a flag of `cancel` is set:
/// the client went away or the server is stopping.
pub fn execute_with(
    store: &Store,
    settings: &Settings,
    req: &GraphQlRequest,
    authorization: Option<&str>,
    cancel: Cancel,
) -> Answer {
    run_request(store, settings, req, authorization, None, cancel)
}

/// Whether a request's operation is a subscription (`None` when the document does not say:
/// unparsable, or the operation is not found — executing it then reports why).
pub fn is_subscription(req: &GraphQlRequest) -> Option<bool> {
    let doc = ast::Document::parse(req.query.as_deref()?, "request.graphql").ok()?;
    let mut ops = doc.definitions.iter().filter_map(|d| match d {
        ast::Definition::OperationDefinition(op) => Some(op),
        _ => None,
    });
    let op = match req.operation_name.as_deref() {
        Some(name) => ops.find(|op| op.name.as_ref().is_some_and(|n| n.as_str() == name))?,
        None => {
            let first = ops.next()?;
            if ops.next().is_some() {
                return None;
            }
            first
        }
    };
    Some(op.operation_type == OperationType::Subscription)
}

/// [`execute`] with a position in a subscription's event stream: event `n` of a live
/// subscription resolves to the `n`-th event (see `resolvers::Ctx::stream`).
pub fn execute_at(
    store: &Store,
    settings: &Settings,
    req: &GraphQlRequest,
    authorization: Option<&str>,
    stream: Option<u64>,
) -> Answer {
    run_request(
        store,
        settings,
        req,
        authorization,
        stream,
        Cancel::default(),
    )
}

fn run_request(
    store: &Store,
    settings: &Settings,
    req: &GraphQlRequest,
    authorization: Option<&str>,
    stream: Option<u64>,
    cancel: Cancel,
) -> Answer {
    let schema = schema();
    let Some(query) = req.query.as_deref().filter(|q| !q.trim().is_empty()) else {
        return one_error(
            400,
            "BAD_REQUEST",
            "GraphQL operations must contain a non-empty `query`.",
        );
    };
    let parsed = Parser::new()
        .token_limit(limits::MAX_TOKENS)
        .recursion_limit(limits::MAX_PARSE_RECURSION)
        .parse_ast(query, "request.graphql");
    let ast = match parsed {
        Ok(ast) => ast,
        Err(with_errors) => {
            return request_error(
                400,
                "GRAPHQL_PARSE_FAILED",
                diagnostics(&with_errors.errors),
            );
        }
    };
    // Before validation, whose own cost grows with the document (10,000 aliases).
    if let Err(refused) = limits::check(&ast) {
        return one_error(400, "GRAPHQL_VALIDATION_FAILED", refused.0);
    }
    let doc = match ast.to_executable_validate(schema) {
        Ok(doc) => doc,
        Err(with_errors) => {
            return request_error(
                400,
                "GRAPHQL_VALIDATION_FAILED",
                diagnostics(&with_errors.errors),
            );
        }
    };
    let operation = match doc.operations.get(req.operation_name.as_deref()) {
        Ok(op) => op,
        Err(e) => return one_error(400, "BAD_REQUEST", e.message().to_string()),
    };
    let variables: JsonMap = match &req.variables {
        None | Some(Value::Null) => JsonMap::new(),
        Some(Value::Object(map)) => match serde_json::from_value(Value::Object(map.clone())) {
            Ok(m) => m,
            Err(e) => return one_error(400, "BAD_REQUEST", format!("variables: {e}")),
        },
        Some(_) => return one_error(400, "BAD_REQUEST", "`variables` must be a JSON object"),
    };
    let variables = match coerce_variable_values(schema, operation, &variables) {
        Ok(v) => v,
        Err(e) => {
            let mut err = json!({"message": e.message().to_string()});
            if let Some(lc) = e.location().and_then(|l| l.line_column(&doc.sources)) {
                err["locations"] = json!([{"line": lc.line, "column": lc.column}]);
            }
            return request_error(400, "BAD_USER_INPUT", vec![err]);
        }
    };
    if let Err(e) = apollo_compiler::introspection::check_max_depth(&doc, operation) {
        return one_error(400, "GRAPHQL_VALIDATION_FAILED", e.message().to_string());
    }

    let run = |conn: &rusqlite::Connection| -> Result<Answer, rusqlite::Error> {
        let ctx = Ctx::new(
            conn,
            auth::authenticate(conn, authorization),
            settings,
            stream,
            cancel.clone(),
        );
        let root = Root {
            ty: match operation.operation_type {
                OperationType::Query => "Query",
                OperationType::Mutation => "Mutation",
                OperationType::Subscription => "Subscription",
            },
            ctx: &ctx,
        };
        let response = Execution::new(schema, &doc)
            .operation(operation)
            .coerced_variable_values(&variables)
            .enable_schema_introspection(true)
            .execute_sync(&root);
        match ctx.stopped() {
            Some(Stopped::TooLarge) => {
                return Ok(one_error(
                    400,
                    "BAD_REQUEST",
                    format!(
                        "the answer would hold more than {} objects and fields; ask for less \
                         (fewer nested lists, or page with take/pageNumber)",
                        limits::MAX_RESOLVED
                    ),
                ));
            }
            Some(Stopped::Cancelled) => {
                return Ok(one_error(
                    503,
                    "SERVICE_UNAVAILABLE",
                    "the request was cancelled (the client went away or the sandbox is stopping)",
                ));
            }
            None => {}
        }
        Ok(match response {
            Ok(response) => Answer {
                status: 200,
                body: response_body(response.data, response.errors),
            },
            Err(e) => one_error(500, "INTERNAL_SERVER_ERROR", e.message().to_string()),
        })
    };
    let result = if operation.operation_type == OperationType::Mutation {
        store.write(run)
    } else {
        store.read(run)
    };
    // The store's own message (SQL, table names, file paths) stays inside.
    result.unwrap_or_else(|_| one_error(500, "INTERNAL_SERVER_ERROR", STORE_FAILED))
}

fn diagnostics(list: &apollo_compiler::validation::DiagnosticList) -> Vec<Value> {
    list.iter()
        .map(|d| {
            let mut e = json!({"message": d.error.to_string()});
            if let Some(range) = d.line_column_range() {
                e["locations"] = json!([{"line": range.start.line, "column": range.start.column}]);
            }
            e
        })
        .collect()
}

/// `{"errors": [...], "data": ...}` with each error's code moved to `extensions.code`.
fn response_body(data: Option<JsonMap>, errors: Vec<GraphQLError>) -> Value {
    let mut body = serde_json::Map::new();
    if !errors.is_empty() {
        let errors: Vec<Value> = errors
            .into_iter()
            .map(|e| {
                let (code, message) = split_code(&e.message);
                let mut out = json!({ "message": message });
                if !e.locations.is_empty() {
                    out["locations"] = serde_json::to_value(&e.locations).unwrap_or(Value::Null);
                }
                if !e.path.is_empty() {
                    out["path"] = serde_json::to_value(&e.path).unwrap_or(Value::Null);
                }
                // Errors the executor raises itself (null in a non-null field) are server bugs.
                out["extensions"] = json!({"code": code.unwrap_or("INTERNAL_SERVER_ERROR")});
                out
            })
            .collect();
        body.insert("errors".into(), Value::Array(errors));
    }
    body.insert(
        "data".into(),
        data.map(|d| serde_json::to_value(d).unwrap_or(Value::Null))
            .unwrap_or(Value::Null),
    );
    Value::Object(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    fn settings() -> Settings {
        Settings {
            platform_version: "2.1.0".into(),
            base_domain: "sandbox.local".into(),
        }
    }

    #[test]
    fn a_cancelled_request_answers_one_error_and_no_data() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let req = GraphQlRequest {
            query: Some("{ authConfig { localEnabled } }".into()),
            ..Default::default()
        };
        let answer = execute_with(&store, &settings(), &req, None, Cancel::default());
        assert_eq!(answer.status, 200, "{}", answer.body);
        let flag = Arc::new(AtomicBool::new(true));
        let answer = execute_with(&store, &settings(), &req, None, Cancel(vec![flag]));
        assert_eq!(answer.status, 503);
        assert!(answer.body.get("data").is_none(), "{}", answer.body);
        assert_eq!(
            answer.body["errors"][0]["extensions"]["code"],
            "SERVICE_UNAVAILABLE"
        );
    }
}
