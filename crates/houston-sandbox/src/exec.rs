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

use apollo_compiler::ExecutableDocument;
use apollo_compiler::parser::Parser;
use apollo_compiler::validation::Valid;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, LazyLock, Mutex};

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
    execute_at_with(store, settings, req, authorization, None, cancel)
}

/// The type of a request's operation (`query`, `mutation`, `subscription`); `None` when the
/// document does not say: unparsable, or the operation is not found — executing it then
/// reports why.
pub fn operation_type(req: &GraphQlRequest) -> Option<&'static str> {
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
    Some(match op.operation_type {
        OperationType::Query => "query",
        OperationType::Mutation => "mutation",
        OperationType::Subscription => "subscription",
    })
}

/// Whether a request's operation is a subscription (`None` when the document does not say).
pub fn is_subscription(req: &GraphQlRequest) -> Option<bool> {
    operation_type(req).map(|t| t == "subscription")
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
    execute_at_with(
        store,
        settings,
        req,
        authorization,
        stream,
        Cancel::default(),
    )
}

/// [`execute_at`] that stops early, like [`execute_with`], when a flag of `cancel` is set: a
/// WebSocket operation whose session closed or that was stopped.
pub fn execute_at_with(
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
    let doc = match prepared(query) {
        Ok(doc) => doc,
        Err(refused) => return refused,
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

/// Documents that parsed, passed the limits and validated, by their text. Apollo Server keeps
/// such a document store too, and for the same reason: clients send the same few operations
/// over and over (every generated call is one fixed text), and parsing and validating a
/// document costs more than running it. What varies per request (variables, the caller, the
/// operation picked) is applied after the look-up, so an answer never depends on the store.
static PREPARED: LazyLock<Mutex<Prepared>> = LazyLock::new(Mutex::default);

/// Bytes of query text the store keeps, the oldest going first. The RBAC walk's 1,250 distinct
/// documents (4.8 MB of text, the largest set any client here sends) fit, and the whole
/// process then stays near 55 MB.
const PREPARED_BYTES: usize = 8 << 20;

#[derive(Default)]
struct Prepared {
    docs: HashMap<Arc<str>, Arc<Valid<ExecutableDocument>>>,
    order: VecDeque<Arc<str>>,
    bytes: usize,
}

/// The validated document for `query`, from the store or parsed, checked against the limits
/// and validated now; a refusal is the request error to answer (not kept: a client that sends
/// a broken document corrects it rather than repeating it).
fn prepared(query: &str) -> Result<Arc<Valid<ExecutableDocument>>, Answer> {
    if let Some(doc) = lock_prepared().docs.get(query) {
        return Ok(doc.clone());
    }
    let doc = Arc::new(prepare(query)?);
    if query.len() <= PREPARED_BYTES / 8 {
        let mut store = lock_prepared();
        let key: Arc<str> = Arc::from(query);
        if store.docs.insert(key.clone(), doc.clone()).is_none() {
            store.order.push_back(key);
            store.bytes += query.len();
            while store.bytes > PREPARED_BYTES {
                let Some(old) = store.order.pop_front() else {
                    break;
                };
                store.docs.remove(&old);
                store.bytes -= old.len();
            }
        }
    }
    Ok(doc)
}

fn lock_prepared() -> std::sync::MutexGuard<'static, Prepared> {
    // The store holds no invariant a panicking request could break half-way.
    PREPARED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Parses `query`, checks it against the limits and validates it against the schema.
fn prepare(query: &str) -> Result<Valid<ExecutableDocument>, Answer> {
    if let Err(refused) = limits::count_tokens(query) {
        return Err(one_error(400, "GRAPHQL_VALIDATION_FAILED", refused.0));
    }
    let parsed = Parser::new()
        .token_limit(limits::MAX_PARSER_TOKENS)
        .recursion_limit(limits::MAX_PARSE_RECURSION)
        .parse_ast(query, "request.graphql");
    let ast = match parsed {
        Ok(ast) => ast,
        Err(with_errors)
            if with_errors
                .errors
                .iter()
                .any(|e| e.error.to_string().contains("token limit")) =>
        {
            return Err(one_error(
                400,
                "GRAPHQL_VALIDATION_FAILED",
                format!(
                    "query too large: more than {} tokens, whitespace included; split it into several requests",
                    limits::MAX_PARSER_TOKENS
                ),
            ));
        }
        Err(with_errors) => {
            return Err(request_error(
                400,
                "GRAPHQL_PARSE_FAILED",
                diagnostics(&with_errors.errors, query),
            ));
        }
    };
    // Before validation, whose own cost grows with the document (10,000 aliases).
    if let Err(refused) = limits::check(&ast) {
        return Err(one_error(400, "GRAPHQL_VALIDATION_FAILED", refused.0));
    }
    ast.to_executable_validate(schema()).map_err(|with_errors| {
        request_error(
            400,
            "GRAPHQL_VALIDATION_FAILED",
            diagnostics(&with_errors.errors, query),
        )
    })
}

/// Request errors in graphql-js's wording (what Apollo Server 2 sends, and what clients such as
/// the astro CLI match on): `Cannot query field "x" on type "Y". Did you mean "z"?`.
///
/// apollo-compiler also reports a field whose selection lost every (unknown) subfield as "must
/// have a selection of subfields"; graphql-js reports only the unknown fields, so that one is
/// dropped when the source shows a selection set.
fn diagnostics(list: &apollo_compiler::validation::DiagnosticList, source: &str) -> Vec<Value> {
    use apollo_compiler::diagnostic::ToCliReport;
    list.iter()
        .filter(|d| {
            let spurious = d.error.unstable_error_name() == Some("MissingSubselection")
                && d.error.location().is_some_and(|span| {
                    source
                        .get(span.offset()..span.end_offset())
                        .is_some_and(|text| text.contains('{'))
                });
            !spurious
        })
        .map(|d| {
            let name = d.error.unstable_error_name();
            let message = d
                .error
                .unstable_compat_message()
                .map(|m| match name {
                    Some("MissingSubselection") => subselection_message(&m),
                    _ => m + &suggestions(name, &d.error.to_string()),
                })
                .unwrap_or_else(|| d.error.to_string());
            let mut e = json!({ "message": message });
            if let Some(range) = d.line_column_range() {
                e["locations"] = json!([{"line": range.start.line, "column": range.start.column}]);
            }
            e
        })
        .collect()
}

/// apollo-compiler's compat text names the parent type (`Field "deployments" of type "Query"`)
/// where graphql-js names the field's own type (`of type "[Deployment]"`).
fn subselection_message(compat: &str) -> String {
    let quoted: Vec<&str> = compat.split('"').skip(1).step_by(2).collect();
    let (Some(field), Some(parent)) = (quoted.first(), quoted.get(1)) else {
        return compat.to_string();
    };
    let ty = match schema().types.get(*parent) {
        Some(apollo_compiler::schema::ExtendedType::Object(o)) => {
            o.fields.get(*field).map(|f| f.ty.to_string())
        }
        Some(apollo_compiler::schema::ExtendedType::Interface(i)) => {
            i.fields.get(*field).map(|f| f.ty.to_string())
        }
        _ => None,
    };
    match ty {
        Some(ty) => format!(
            "Field \"{field}\" of type \"{ty}\" must have a selection of subfields. Did you mean \"{field} {{ ... }}\"?"
        ),
        None => compat.to_string(),
    }
}

/// graphql-js's ` Did you mean …?` tail for an unknown field or argument ("" when nothing is
/// close). `native` is apollo-compiler's own message, which names the field and its type:
/// "type `Deployment` does not have a field `clustr`", "the argument `x` is not supported by
/// `Query.deployments`".
fn suggestions(kind: Option<&str>, native: &str) -> String {
    let ticks: Vec<&str> = native.split('`').skip(1).step_by(2).collect();
    let schema = schema();
    let fields_of = |ty: &str| -> Vec<String> {
        match schema.types.get(ty) {
            Some(apollo_compiler::schema::ExtendedType::Object(o)) => {
                o.fields.keys().map(|k| k.to_string()).collect()
            }
            Some(apollo_compiler::schema::ExtendedType::Interface(i)) => {
                i.fields.keys().map(|k| k.to_string()).collect()
            }
            _ => Vec::new(),
        }
    };
    let (input, options) = match (kind, ticks.as_slice()) {
        (Some("UndefinedField"), [ty, field]) => (field.to_string(), fields_of(ty)),
        (Some("UndefinedArgument"), [arg, coordinate]) => {
            let Some((ty, field)) = coordinate.split_once('.') else {
                return String::new();
            };
            let args = match schema.types.get(ty) {
                Some(apollo_compiler::schema::ExtendedType::Object(o)) => o
                    .fields
                    .get(field)
                    .map(|f| f.arguments.iter().map(|a| a.name.to_string()).collect())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            (arg.to_string(), args)
        }
        _ => return String::new(),
    };
    did_you_mean(&suggestion_list(&input, &options))
}

/// graphql-js `didYouMean`: at most five, quoted, "a", "b", or "c".
fn did_you_mean(list: &[String]) -> String {
    let quoted: Vec<String> = list.iter().take(5).map(|s| format!("\"{s}\"")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!(" Did you mean {one}?"),
        [a, b] => format!(" Did you mean {a} or {b}?"),
        [init @ .., last] => format!(" Did you mean {}, or {last}?", init.join(", ")),
    }
}

/// graphql-js `suggestionList`: options within a lexical distance of 40% of the input's length
/// (plus one), closest first, ties in name order.
fn suggestion_list(input: &str, options: &[String]) -> Vec<String> {
    let threshold = input.chars().count() * 4 / 10 + 1;
    let mut scored: Vec<(usize, &String)> = options
        .iter()
        .filter_map(|o| lexical_distance(input, o, threshold).map(|d| (d, o)))
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().map(|(_, o)| o.clone()).collect()
}

/// graphql-js `LexicalDistance.measure`: 0 for equal, 1 for equal ignoring case, else the
/// optimal-string-alignment distance of the lower-cased strings; `None` above `threshold`.
fn lexical_distance(a: &str, b: &str, threshold: usize) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return Some(1);
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > threshold {
        return None;
    }
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    let distance = rows[a.len()][b.len()];
    (distance <= threshold).then_some(distance)
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
    use std::sync::atomic::AtomicBool;

    #[test]
    fn a_document_is_prepared_once_and_a_broken_one_is_refused_every_time() {
        let query = "query PreparedOnce { __typename }";
        let first = prepared(query).unwrap();
        let again = prepared(query).unwrap();
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second request parsed again"
        );

        let broken = "query BrokenTwice { noSuchField }";
        for _ in 0..2 {
            let refused = prepared(broken).unwrap_err();
            assert_eq!(refused.status, 400);
            assert_eq!(
                refused.body["errors"][0]["extensions"]["code"],
                "GRAPHQL_VALIDATION_FAILED"
            );
        }
        assert!(!lock_prepared().docs.contains_key(broken));

        // A document over the limits is refused before it could be kept.
        let deep = format!("query {}{}", "{ __schema ".repeat(80), "}".repeat(81));
        assert_eq!(prepared(&deep).unwrap_err().status, 400);

        // The store stays within its bound however many distinct texts arrive.
        let filler = "x".repeat(PREPARED_BYTES / 8 - 64);
        for i in 0..12 {
            prepared(&format!("query Filler{i} {{ __typename }} # {filler}")).unwrap();
        }
        let store = lock_prepared();
        assert!(store.bytes <= PREPARED_BYTES, "{} bytes kept", store.bytes);
        assert_eq!(
            store.bytes,
            store.order.iter().map(|k| k.len()).sum::<usize>()
        );
        assert_eq!(store.docs.len(), store.order.len());
    }

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

    #[test]
    fn suggestions_follow_graphql_js() {
        let opts = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            suggestion_list("clustr", &opts(&["label", "clusterId", "cluster"])),
            ["cluster", "clusterId"]
        );
        assert_eq!(did_you_mean(&opts(&["a"])), " Did you mean \"a\"?");
        assert_eq!(
            did_you_mean(&opts(&["a", "b"])),
            " Did you mean \"a\" or \"b\"?"
        );
        assert_eq!(
            did_you_mean(&opts(&["a", "b", "c", "d", "e", "f"])),
            " Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?"
        );
        assert_eq!(lexical_distance("abc", "ABC", 2), Some(1));
        assert_eq!(lexical_distance("ab", "ba", 1), Some(1));
        assert_eq!(lexical_distance("abc", "xyz", 1), None);
    }
}
