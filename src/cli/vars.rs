//! Variables for a document run from the command line: `--var k=v` parsed by the variable's
//! declared type, merged with `--vars-file`, then checked against the schema (every problem at
//! once, with the path into the value) and coerced (defaults filled) before anything is sent.
//!
//! Parsing follows the declared type rather than the value's look: `--var name=true` for a
//! `String` sends the string `"true"`, `--var limit=5` for an `Int` sends the number 5. So strings
//! never need quoting and numbers are never sent as strings by accident.

use apollo_compiler::Schema;
use apollo_compiler::ast::Type;
use apollo_compiler::executable::Operation;
use apollo_compiler::response::{JsonMap, JsonValue};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use serde_json::{Map, Value};
use std::fmt;

/// One problem with the variables. Each carries everything its message needs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum VarError {
    #[error(
        "--var `{arg}`: write NAME=VALUE (for example --var workspaceUuid=ck35y9uf44y8l0a19cmwd1x8x)"
    )]
    Syntax { arg: String },
    #[error("${name} is given twice")]
    Duplicate { name: String },
    #[error("{}", unknown_message(.name, .declared))]
    Unknown {
        name: String,
        /// `$name: Type` of every declared variable.
        declared: Vec<String>,
    },
    #[error("--var {name}=@{path}: cannot read the file: {message}")]
    File {
        name: String,
        path: String,
        message: String,
    },
    #[error("--var {name}: ${name} is {ty}, and `{value}` is not {expected}")]
    Parse {
        name: String,
        ty: String,
        value: String,
        expected: String,
    },
    #[error("{}", missing_message(.name, .ty))]
    Missing { name: String, ty: String },
    #[error("{path}: `{value}` is not a value of the enum {enum_name}; one of: {}", .allowed.join(", "))]
    Enum {
        path: String,
        value: String,
        enum_name: String,
        allowed: Vec<String>,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error("--vars-file {path}: {message}")]
    VarsFile { path: String, message: String },
}

fn unknown_message(name: &str, declared: &[String]) -> String {
    if declared.is_empty() {
        format!("the operation declares no variables, so ${name} cannot be given")
    } else {
        format!(
            "the operation declares no ${name}; it declares {}",
            declared.join(", ")
        )
    }
}

fn missing_message(name: &str, ty: &str) -> String {
    format!("${name}: {ty} is required: add --var {name}=VALUE")
}

/// Every problem found with a set of variables.
#[derive(Debug, Clone, PartialEq)]
pub struct VarErrors(pub Vec<VarError>);

impl fmt::Display for VarErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for VarErrors {}

/// Splits `k=v` at the first `=`.
pub fn split_assignment(arg: &str) -> Result<(&str, &str), VarError> {
    match arg.split_once('=') {
        Some((name, value)) if is_name(name) => Ok((name, value)),
        _ => Err(VarError::Syntax {
            arg: arg.to_string(),
        }),
    }
}

fn is_name(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// How the text of a `--var` becomes JSON for `ty`:
/// `Int`, `Float`, `Boolean` are parsed as such; `String`, `ID`, enums and the string-like custom
/// scalars (`Uuid`, `Id`, `DateTime`) are the text as it is; lists, input objects and `JSON` are
/// JSON. A list also takes a single item written as the item would be (`--var types=A`), as
/// GraphQL's input coercion does. `null` is null for every type whose text is not taken raw.
/// The result is not yet checked against the schema: [`check`] does that.
pub fn parse_value(schema: &Schema, ty: &Type, text: &str) -> Result<Value, String> {
    if ty.is_list() {
        if text.trim_start().starts_with('[') || text.trim() == "null" {
            return serde_json::from_str(text)
                .map_err(|e| format!("a JSON list ({})", json_error(&e)));
        }
        return parse_value(schema, ty.item_type(), text);
    }
    let name = ty.inner_named_type().as_str();
    let trimmed = text.trim();
    match (name, schema.types.get(name)) {
        ("Int", _) => {
            if trimmed == "null" {
                return Ok(Value::Null);
            }
            trimmed
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| "an integer".to_string())
        }
        ("Float", _) => {
            if trimmed == "null" {
                return Ok(Value::Null);
            }
            let number = trimmed
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .ok_or_else(|| "a number".to_string())?;
            // Keep `5` an integer in the JSON, as typed; GraphQL takes integers for Float only
            // within ±2^53, where they are exact.
            Ok(match trimmed.parse::<i64>() {
                Ok(i) if i.unsigned_abs() <= MAX_SAFE_INT => Value::from(i),
                _ => Value::from(number),
            })
        }
        ("Boolean", _) => match trimmed {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            "null" => Ok(Value::Null),
            _ => Err("true or false".to_string()),
        },
        ("JSON", _) | (_, Some(ExtendedType::InputObject(_))) => {
            let what = if name == "JSON" {
                "JSON (write a string as '\"text\"')"
            } else {
                "a JSON object"
            };
            serde_json::from_str(text).map_err(|e| format!("{what} ({})", json_error(&e)))
        }
        _ => Ok(Value::String(text.to_string())),
    }
}

/// The largest integer a double holds exactly: GraphQL's limit for integers given as Float.
const MAX_SAFE_INT: u64 = (1 << 53) - 1;

fn json_error(e: &serde_json::Error) -> String {
    format!("{e}")
}

/// What a variable is, for messages: `$name: Type`.
pub fn declared(operation: &Operation) -> Vec<String> {
    operation
        .variables
        .iter()
        .map(|v| format!("${}: {}", v.name, v.ty))
        .collect()
}

/// The source of one `--var`: the text after `=`, or the content of the file after `=@`.
/// `=@@text` is the literal `@text`.
fn value_text(name: &str, raw: &str) -> Result<String, VarError> {
    if let Some(rest) = raw.strip_prefix("@@") {
        return Ok(format!("@{rest}"));
    }
    let Some(path) = raw.strip_prefix('@') else {
        return Ok(raw.to_string());
    };
    let mut text = std::fs::read_to_string(path).map_err(|e| VarError::File {
        name: name.to_string(),
        path: path.to_string(),
        message: if e.kind() == std::io::ErrorKind::NotFound {
            "no such file".into()
        } else {
            e.to_string()
        },
    })?;
    // Editors end files with a newline; it is never part of the value.
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(text)
}

/// Builds the variables of `operation` from a `--vars-file` object (if any) and `--var k=v`
/// arguments (which win over the file), then checks and coerces them: see [`coerce`].
pub fn build(
    schema: &Valid<Schema>,
    operation: &Operation,
    assignments: &[String],
    file: Option<(&str, Value)>,
) -> Result<Map<String, Value>, VarErrors> {
    let mut errors = Vec::new();
    let mut values = Map::new();
    if let Some((path, value)) = file {
        match value {
            Value::Object(object) => values = object,
            Value::Null => {}
            other => errors.push(VarError::VarsFile {
                path: path.to_string(),
                message: format!(
                    "holds {}, not a JSON object of variables",
                    json_kind(&other)
                ),
            }),
        }
    }
    let mut seen = std::collections::HashSet::new();
    for arg in assignments {
        let (name, raw) = match split_assignment(arg) {
            Ok(pair) => pair,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if !seen.insert(name.to_string()) {
            errors.push(VarError::Duplicate {
                name: name.to_string(),
            });
            continue;
        }
        let Some(definition) = operation.variables.iter().find(|v| v.name == name) else {
            // Reported with the other unknown names below.
            values.insert(name.to_string(), Value::String(raw.to_string()));
            continue;
        };
        let text = match value_text(name, raw) {
            Ok(text) => text,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match parse_value(schema, &definition.ty, &text) {
            Ok(value) => {
                values.insert(name.to_string(), value);
            }
            Err(expected) => errors.push(VarError::Parse {
                name: name.to_string(),
                ty: definition.ty.to_string(),
                value: crate::http::truncate(&text, 80),
                expected,
            }),
        }
    }
    match coerce(schema, operation, &values) {
        Ok(coerced) if errors.is_empty() => Ok(coerced),
        Ok(_) => Err(VarErrors(errors)),
        Err(VarErrors(more)) => {
            // A value that did not parse is reported once, as a parse error.
            let failed: Vec<String> = errors
                .iter()
                .filter_map(|e| match e {
                    VarError::Parse { name, .. } | VarError::File { name, .. } => {
                        Some(name.clone())
                    }
                    _ => None,
                })
                .collect();
            errors.extend(more.into_iter().filter(|e| match e {
                VarError::Missing { name, .. } => !failed.contains(name),
                _ => true,
            }));
            Err(VarErrors(errors))
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Checks `values` against the operation's declared variables and the schema — unknown names,
/// missing required ones, every type mismatch, enum values, input-object fields, and the custom
/// scalars Houston defines — reporting every problem at once; then coerces them the way the
/// server will (apollo-compiler's input coercion: defaults filled in).
pub fn coerce(
    schema: &Valid<Schema>,
    operation: &Operation,
    values: &Map<String, Value>,
) -> Result<Map<String, Value>, VarErrors> {
    let mut errors = Vec::new();
    let declared_list = declared(operation);
    for name in values.keys() {
        if !operation.variables.iter().any(|v| v.name == name.as_str()) {
            errors.push(VarError::Unknown {
                name: name.clone(),
                declared: declared_list.clone(),
            });
        }
    }
    for definition in &operation.variables {
        match values.get(definition.name.as_str()) {
            Some(value) => check(
                schema,
                &definition.ty,
                value,
                &format!("${}", definition.name),
                &mut errors,
            ),
            None if definition.ty.is_non_null() && definition.default_value.is_none() => errors
                .push(VarError::Missing {
                    name: definition.name.to_string(),
                    ty: definition.ty.to_string(),
                }),
            None => {}
        }
    }
    if !errors.is_empty() {
        return Err(VarErrors(errors));
    }
    let declared_only: JsonMap = values
        .iter()
        .map(|(k, v)| (k.as_str().into(), JsonValue::from(v.clone())))
        .collect();
    let coerced =
        apollo_compiler::request::coerce_variable_values(schema, operation, &declared_only)
            .map_err(|e| {
                VarErrors(vec![VarError::Invalid {
                    path: "variables".into(),
                    message: e.message().to_string(),
                }])
            })?;
    let json = serde_json::to_value(coerced.into_inner()).map_err(|e| {
        VarErrors(vec![VarError::Invalid {
            path: "variables".into(),
            message: e.to_string(),
        }])
    })?;
    match json {
        Value::Object(map) => Ok(map),
        _ => Ok(Map::new()),
    }
}

/// Checks one value against `ty`, pushing every problem found, each with its path.
fn check(schema: &Schema, ty: &Type, value: &Value, path: &str, errors: &mut Vec<VarError>) {
    if value.is_null() {
        if ty.is_non_null() {
            errors.push(VarError::Invalid {
                path: path.to_string(),
                message: format!("is {ty}, which cannot be null"),
            });
        }
        return;
    }
    if ty.is_list() {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    check(
                        schema,
                        ty.item_type(),
                        item,
                        &format!("{path}[{i}]"),
                        errors,
                    );
                }
            }
            // Input coercion takes a single value as a list of one.
            single => check(schema, ty.item_type(), single, path, errors),
        }
        return;
    }
    let name = ty.inner_named_type();
    let mismatch = |expected: &str| VarError::Invalid {
        path: path.to_string(),
        message: format!(
            "expected {expected} ({name}), got {}",
            crate::http::truncate(&value.to_string(), 80)
        ),
    };
    match schema.types.get(name) {
        Some(ExtendedType::Scalar(_)) => {
            if let Some(problem) = scalar_problem(name.as_str(), value) {
                errors.push(match problem {
                    ScalarProblem::Kind(expected) => mismatch(expected),
                    ScalarProblem::Value(message) => VarError::Invalid {
                        path: path.to_string(),
                        message,
                    },
                });
            }
        }
        Some(ExtendedType::Enum(e)) => {
            let known = value
                .as_str()
                .is_some_and(|s| e.values.keys().any(|v| v == s));
            if !known {
                errors.push(VarError::Enum {
                    path: path.to_string(),
                    value: match value {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    },
                    enum_name: name.to_string(),
                    allowed: e.values.keys().map(|v| v.to_string()).collect(),
                });
            }
        }
        Some(ExtendedType::InputObject(input)) => {
            let Value::Object(object) = value else {
                errors.push(mismatch("a JSON object"));
                return;
            };
            for key in object.keys() {
                if !input.fields.contains_key(key.as_str()) {
                    let fields: Vec<String> = input
                        .fields
                        .iter()
                        .map(|(n, f)| format!("{n}: {}", f.ty))
                        .collect();
                    errors.push(VarError::Invalid {
                        path: format!("{path}.{key}"),
                        message: format!(
                            "{name} has no field `{key}`; its fields: {}",
                            fields.join(", ")
                        ),
                    });
                }
            }
            for (field_name, field) in &input.fields {
                let field_path = format!("{path}.{field_name}");
                match object.get(field_name.as_str()) {
                    Some(v) => check(schema, &field.ty, v, &field_path, errors),
                    None if field.ty.is_non_null() && field.default_value.is_none() => {
                        errors.push(VarError::Invalid {
                            path: field_path,
                            message: format!("{} is required in {name}", field.ty),
                        })
                    }
                    None => {}
                }
            }
        }
        // Validation guarantees variables have input types.
        _ => errors.push(mismatch("an input type")),
    }
}

enum ScalarProblem {
    /// The JSON kind is wrong: what was expected.
    Kind(&'static str),
    /// The kind is right but the value is not.
    Value(String),
}

/// The built-in scalars' input rules (as the spec and apollo-compiler apply them) and Houston's
/// custom scalars: `Uuid`/`Id` are cuid strings, `DateTime` an RFC 3339 timestamp, `JSON` anything.
fn scalar_problem(name: &str, value: &Value) -> Option<ScalarProblem> {
    match name {
        "Int" => match value.as_i64() {
            Some(i) if i32::try_from(i).is_ok() => None,
            Some(_) => Some(ScalarProblem::Value(format!(
                "{value} is outside the 32-bit range of Int"
            ))),
            None => Some(ScalarProblem::Kind("an integer")),
        },
        "Float" => match value {
            Value::Number(n) if n.is_f64() => None,
            Value::Number(n) if n.as_i64().is_some_and(|i| i.unsigned_abs() <= MAX_SAFE_INT) => {
                None
            }
            Value::Number(_) => Some(ScalarProblem::Value(format!(
                "{value} is an integer too large to be exact as a Float; write it with a decimal point"
            ))),
            _ => Some(ScalarProblem::Kind("a number")),
        },
        "Boolean" => (!value.is_boolean()).then_some(ScalarProblem::Kind("true or false")),
        "String" => (!value.is_string()).then_some(ScalarProblem::Kind("a string")),
        "ID" => (!(value.is_string() || value.is_i64()))
            .then_some(ScalarProblem::Kind("a string or an integer")),
        "Uuid" | "Id" => match value.as_str() {
            None => Some(ScalarProblem::Kind("an id string")),
            Some(s) if s.chars().any(|c| c.is_whitespace() || c.is_control()) => {
                Some(ScalarProblem::Value(format!(
                    "{value} is not a Houston id: ids (such as ck35y9uf44y8l0a19cmwd1x8x) hold no spaces"
                )))
            }
            Some(_) => None,
        },
        "DateTime" => match value.as_str() {
            None => Some(ScalarProblem::Kind("a timestamp string")),
            Some(s) if is_rfc3339(s) => None,
            Some(_) => Some(ScalarProblem::Value(format!(
                "{value} is not a DateTime: write an RFC 3339 timestamp such as 2021-04-29T12:00:00Z"
            ))),
        },
        _ => None,
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with real calendar dates.
pub fn is_rfc3339(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        digits(0..4),
        digits(5..7),
        digits(8..10),
        digits(11..13),
        digits(14..16),
        digits(17..19),
    ) else {
        return false;
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days || hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [sign, h1, h2, b':', m1, m2]
            if matches!(sign, b'+' | b'-')
                && [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) =>
        {
            let hours = (h1 - b'0') * 10 + (h2 - b'0');
            let minutes = (m1 - b'0') * 10 + (m2 - b'0');
            hours < 24 && minutes < 60
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::schema::vendored;
    use apollo_compiler::ExecutableDocument;
    use serde_json::json;

    fn op(text: &str) -> Valid<ExecutableDocument> {
        ExecutableDocument::parse_and_validate(vendored(), text, "t.graphql").unwrap()
    }

    const ADD_USER: &str = "mutation add($workspaceUuid: Uuid!, $email: String!, $role: Role!, $bypassInvite: Boolean) { workspaceAddUser(workspaceUuid: $workspaceUuid, email: $email, role: $role, bypassInvite: $bypassInvite) { id } }";

    fn run(doc: &str, args: &[&str]) -> Result<Map<String, Value>, VarErrors> {
        let d = op(doc);
        let operation = d.operations.get(None).unwrap();
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        build(vendored(), operation, &args, None)
    }

    #[test]
    fn parses_by_declared_type() {
        let vars = run(
            ADD_USER,
            &[
                "workspaceUuid=ck1",
                "email=true",
                "role=WORKSPACE_ADMIN",
                "bypassInvite=true",
            ],
        )
        .unwrap();
        assert_eq!(
            Value::Object(vars),
            json!({"workspaceUuid": "ck1", "email": "true", "role": "WORKSPACE_ADMIN", "bypassInvite": true})
        );
    }

    #[test]
    fn reports_every_problem_at_once() {
        let err = run(ADD_USER, &["emial=a@b.c", "role=NOPE", "bypassInvite=yes"]).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("declares no $emial; it declares $workspaceUuid: Uuid!, $email: String!"),
            "{text}"
        );
        assert!(
            text.contains("`NOPE` is not a value of the enum Role; one of: SYSTEM_ADMIN"),
            "{text}"
        );
        assert!(
            text.contains("$bypassInvite is Boolean, and `yes` is not true or false"),
            "{text}"
        );
        assert!(text.contains("$workspaceUuid: Uuid! is required"), "{text}");
        assert!(text.contains("$email: String! is required"), "{text}");
    }

    #[test]
    fn input_objects_are_checked_field_by_field_and_defaults_filled() {
        let doc = "mutation c($workspaceUuid: Uuid!, $type: String! = \"airflow\", $label: String!, $executor: ExecutorType, $config: JSON, $dags: DagDeployment) { createDeployment(workspaceUuid: $workspaceUuid, type: $type, label: $label, executor: $executor, config: $config, dagDeployment: $dags) { id } }";
        let vars = run(
            doc,
            &[
                "workspaceUuid=w",
                "label=l",
                r#"config={"a":[1]}"#,
                r#"dags={"type":"image","syncInterval":5}"#,
            ],
        )
        .unwrap();
        assert_eq!(vars["config"], json!({"a": [1]}));
        assert_eq!(
            vars["type"],
            json!("airflow"),
            "the declared default is filled in"
        );
        assert_eq!(vars["dags"], json!({"type": "image", "syncInterval": 5}));
        let err = run(
            doc,
            &[
                "workspaceUuid=w b",
                "label=l",
                "executor=Celery",
                "config={",
                r#"dags={"syncInterval":"5","bogus":1}"#,
            ],
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains(
                "$dags.bogus: DagDeployment has no field `bogus`; its fields: type: String"
            ),
            "{text}"
        );
        assert!(
            text.contains("$dags.syncInterval: expected an integer (Int), got \"5\""),
            "{text}"
        );
        assert!(text.contains("hold no spaces"), "{text}");
        assert!(
            text.contains("one of: LocalExecutor, CeleryExecutor, KubernetesExecutor"),
            "{text}"
        );
        assert!(
            text.contains("$config is JSON, and `{` is not JSON"),
            "{text}"
        );
    }

    #[test]
    fn datetimes() {
        for good in [
            "2021-04-29T12:00:00Z",
            "2020-02-29T23:59:60.123+05:30",
            "2021-04-29t12:00:00z",
        ] {
            assert!(is_rfc3339(good), "{good}");
        }
        for bad in [
            "2021-02-29T12:00:00Z",
            "2021-04-29",
            "2021-04-29T24:00:00Z",
            "2021-04-29T12:00:00",
            "2021-04-29T12:00:00.Z",
            "yesterday",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
