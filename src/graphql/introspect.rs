//! `houston schema pull`: the standard introspection query, sent through the same
//! [`Client`] as every other operation, turned into SDL that is stable from one pull to the
//! next (types and directives sorted by name, fields in the server's order).

use crate::houston::{Client, Error as HoustonError, OperationKind, Request};
use serde::Deserialize;
use serde_json::Value;
use std::fmt::Write as _;

/// Directives apollo-compiler defines itself: a schema that declares them again is invalid,
/// and every server has them, so they are left out of the SDL.
const BUILT_IN_DIRECTIVES: &[&str] = &["skip", "include", "deprecated", "specifiedBy", "oneOf"];
const BUILT_IN_SCALARS: &[&str] = &["String", "Int", "Float", "Boolean", "ID"];

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

/// What the server's introspection can tell beyond the June 2018 specification, field by field
/// (the default is a June 2018 server). Detected by asking the introspection types about
/// themselves: a field the server does not know would make the whole query fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Capabilities {
    /// `__Schema.description` (October 2021).
    pub schema_description: bool,
    /// `__Type.specifiedByURL` (October 2021).
    pub specified_by_url: bool,
    /// `__Directive.isRepeatable` (October 2021).
    pub is_repeatable: bool,
    /// `__Type.isOneOf` (September 2025).
    pub is_one_of: bool,
    /// Deprecated arguments and input fields: `includeDeprecated` on `args`/`inputFields` and
    /// `__InputValue.isDeprecated` (September 2025). Without it they look removed.
    pub deprecated_input_values: bool,
}

/// The detection query's operation name (kept from the query houston sent before, so fault
/// rules and server logs that name it still match).
const DETECTION_NAME: &str = "CapabilitiesQuery";
/// The full query's operation name.
const QUERY_NAME: &str = "IntrospectionQuery";

const DETECTION: &str = "query CapabilitiesQuery {
  schema: __type(name: \"__Schema\") { fields(includeDeprecated: true) { name args { name } } }
  type: __type(name: \"__Type\") { fields(includeDeprecated: true) { name args { name } } }
  field: __type(name: \"__Field\") { fields(includeDeprecated: true) { name args { name } } }
  directive: __type(name: \"__Directive\") { fields(includeDeprecated: true) { name args { name } } }
  inputValue: __type(name: \"__InputValue\") { fields(includeDeprecated: true) { name args { name } } }
}";

#[derive(Deserialize)]
struct Detected {
    schema: Option<Introspected>,
    #[serde(rename = "type")]
    type_: Option<Introspected>,
    field: Option<Introspected>,
    directive: Option<Introspected>,
    #[serde(rename = "inputValue")]
    input_value: Option<Introspected>,
}

#[derive(Deserialize)]
struct Introspected {
    fields: Option<Vec<Named>>,
}

#[derive(Deserialize)]
struct Named {
    name: String,
    #[serde(default)]
    args: Vec<NameOnly>,
}

#[derive(Deserialize)]
struct NameOnly {
    name: String,
}

impl Detected {
    fn capabilities(&self) -> Capabilities {
        let field = |ty: &Option<Introspected>, name: &str| -> Option<Vec<String>> {
            ty.as_ref()?
                .fields
                .as_ref()?
                .iter()
                .find(|f| f.name == name)
                .map(|f| f.args.iter().map(|a| a.name.clone()).collect())
        };
        let has_arg = |ty: &Option<Introspected>, name: &str, arg: &str| {
            field(ty, name).is_some_and(|args| args.iter().any(|a| a == arg))
        };
        Capabilities {
            schema_description: field(&self.schema, "description").is_some(),
            specified_by_url: field(&self.type_, "specifiedByURL").is_some(),
            is_repeatable: field(&self.directive, "isRepeatable").is_some(),
            is_one_of: field(&self.type_, "isOneOf").is_some(),
            deprecated_input_values: has_arg(&self.field, "args", "includeDeprecated")
                && has_arg(&self.type_, "inputFields", "includeDeprecated")
                && has_arg(&self.directive, "args", "includeDeprecated")
                && field(&self.input_value, "isDeprecated").is_some(),
        }
    }
}

/// Which introspection fields the server knows (decides what the full query may ask for).
pub async fn detect(client: &Client) -> Result<Capabilities, IntrospectError> {
    let data = run(client, DETECTION, Some(DETECTION_NAME)).await?;
    let detected: Detected =
        serde_json::from_value(data).map_err(|e| IntrospectError::Decode(e.to_string()))?;
    Ok(detected.capabilities())
}

/// The introspection query for a server with these capabilities, and its operation name.
pub fn query(capabilities: Capabilities) -> (String, Option<String>) {
    let c = capabilities;
    let when = |on: bool, text: &'static str| if on { text } else { "" };
    let deprecated_args = when(c.deprecated_input_values, "(includeDeprecated: true)");
    let text = format!(
        "query {QUERY_NAME} {{
  __schema {{
    {schema_description}
    queryType {{ name }}
    mutationType {{ name }}
    subscriptionType {{ name }}
    types {{ ...FullType }}
    directives {{
      name
      description
      {is_repeatable}
      locations
      args{deprecated_args} {{ ...InputValue }}
    }}
  }}
}}

fragment FullType on __Type {{
  kind
  name
  description
  {specified_by_url}
  {is_one_of}
  fields(includeDeprecated: true) {{
    name
    description
    args{deprecated_args} {{ ...InputValue }}
    type {{ ...TypeRef }}
    isDeprecated
    deprecationReason
  }}
  inputFields{deprecated_args} {{ ...InputValue }}
  interfaces {{ ...TypeRef }}
  enumValues(includeDeprecated: true) {{
    name
    description
    isDeprecated
    deprecationReason
  }}
  possibleTypes {{ ...TypeRef }}
}}

fragment InputValue on __InputValue {{
  name
  description
  type {{ ...TypeRef }}
  defaultValue
  {input_deprecation}
}}

fragment TypeRef on __Type {{
  kind
  name
  ofType {{ kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name ofType {{
    kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name }} }} }}
  }} }} }} }} }}
}}
",
        schema_description = when(c.schema_description, "description"),
        is_repeatable = when(c.is_repeatable, "isRepeatable"),
        specified_by_url = when(c.specified_by_url, "specifiedByURL"),
        is_one_of = when(c.is_one_of, "isOneOf"),
        input_deprecation = when(
            c.deprecated_input_values,
            "isDeprecated\n  deprecationReason"
        ),
    );
    (text, Some(QUERY_NAME.to_string()))
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

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "__schema")]
    schema: Option<SchemaAnswer>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SchemaAnswer {
    #[serde(default)]
    description: Option<String>,
    query_type: Option<NameOnly>,
    mutation_type: Option<NameOnly>,
    subscription_type: Option<NameOnly>,
    types: Vec<FullType>,
    directives: Vec<DirectiveAnswer>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FullType {
    kind: String,
    name: String,
    description: Option<String>,
    #[serde(default, rename = "specifiedByURL")]
    specified_by_url: Option<String>,
    #[serde(default)]
    is_one_of: Option<bool>,
    fields: Option<Vec<FieldAnswer>>,
    input_fields: Option<Vec<InputValue>>,
    interfaces: Option<Vec<TypeRef>>,
    enum_values: Option<Vec<EnumValueAnswer>>,
    possible_types: Option<Vec<TypeRef>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FieldAnswer {
    name: String,
    description: Option<String>,
    args: Vec<InputValue>,
    #[serde(rename = "type")]
    ty: TypeRef,
    is_deprecated: bool,
    deprecation_reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct InputValue {
    name: String,
    description: Option<String>,
    #[serde(rename = "type")]
    ty: TypeRef,
    default_value: Option<String>,
    #[serde(default)]
    is_deprecated: bool,
    #[serde(default)]
    deprecation_reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EnumValueAnswer {
    name: String,
    description: Option<String>,
    is_deprecated: bool,
    deprecation_reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DirectiveAnswer {
    name: String,
    description: Option<String>,
    #[serde(default)]
    is_repeatable: bool,
    locations: Vec<String>,
    args: Vec<InputValue>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TypeRef {
    kind: String,
    name: Option<String>,
    of_type: Option<Box<TypeRef>>,
}

impl TypeRef {
    /// The type as SDL writes it (`[String!]!`).
    fn sdl(&self) -> Result<String, IntrospectError> {
        let inner = || {
            self.of_type
                .as_deref()
                .ok_or_else(|| IntrospectError::Decode(format!("a {} without ofType", self.kind)))
        };
        Ok(match self.kind.as_str() {
            "NON_NULL" => format!("{}!", inner()?.sdl()?),
            "LIST" => format!("[{}]", inner()?.sdl()?),
            _ => self.name.clone().ok_or_else(|| {
                IntrospectError::Decode(format!("a {} without a name", self.kind))
            })?,
        })
    }

    fn named(&self) -> Result<String, IntrospectError> {
        self.name
            .clone()
            .ok_or_else(|| IntrospectError::Decode(format!("a {} without a name", self.kind)))
    }
}

/// The `data` of an introspection query as SDL: types and directives sorted by name, built-in
/// scalars, introspection types and built-in directives left out.
pub fn to_sdl(data: Value) -> Result<String, IntrospectError> {
    let answer: Answer = serde_path_to_error::deserialize(data)
        .map_err(|e| IntrospectError::Decode(format!("at {}: {}", e.path(), e.inner())))?;
    let schema = answer
        .schema
        .ok_or_else(|| IntrospectError::Decode("`__schema` has no data".into()))?;
    let mut out = String::new();
    fn root(t: &Option<NameOnly>) -> Option<&str> {
        t.as_ref().map(|t| t.name.as_str())
    }
    let (query, mutation, subscription) = (
        root(&schema.query_type),
        root(&schema.mutation_type),
        root(&schema.subscription_type),
    );
    let query = query.ok_or_else(|| IntrospectError::Decode("no query type".into()))?;
    description(&mut out, schema.description.as_deref(), "");
    if query != "Query"
        || mutation.is_some_and(|m| m != "Mutation")
        || subscription.is_some_and(|s| s != "Subscription")
        || schema.description.is_some()
    {
        out.push_str("schema {\n");
        let _ = writeln!(out, "  query: {query}");
        if let Some(m) = mutation {
            let _ = writeln!(out, "  mutation: {m}");
        }
        if let Some(s) = subscription {
            let _ = writeln!(out, "  subscription: {s}");
        }
        out.push_str("}\n\n");
    }
    let mut types: Vec<&FullType> = schema
        .types
        .iter()
        .filter(|t| !t.name.starts_with("__"))
        .filter(|t| !(t.kind == "SCALAR" && BUILT_IN_SCALARS.contains(&t.name.as_str())))
        .collect();
    types.sort_by(|a, b| a.name.cmp(&b.name));
    for ty in types {
        write_type(&mut out, ty)?;
    }
    let mut directives: Vec<&DirectiveAnswer> = schema
        .directives
        .iter()
        .filter(|d| !BUILT_IN_DIRECTIVES.contains(&d.name.as_str()))
        .collect();
    directives.sort_by(|a, b| a.name.cmp(&b.name));
    for d in directives {
        description(&mut out, d.description.as_deref(), "");
        let _ = write!(out, "directive @{}", d.name);
        arguments(&mut out, &d.args, "")?;
        if d.is_repeatable {
            out.push_str(" repeatable");
        }
        let _ = writeln!(out, " on {}\n", d.locations.join(" | "));
    }
    Ok(out)
}

fn write_type(out: &mut String, ty: &FullType) -> Result<(), IntrospectError> {
    description(out, ty.description.as_deref(), "");
    let name = &ty.name;
    let implements = |out: &mut String| -> Result<(), IntrospectError> {
        let interfaces = ty.interfaces.as_deref().unwrap_or_default();
        if !interfaces.is_empty() {
            let names: Vec<String> = interfaces
                .iter()
                .map(TypeRef::named)
                .collect::<Result<_, _>>()?;
            let _ = write!(out, " implements {}", names.join(" & "));
        }
        Ok(())
    };
    match ty.kind.as_str() {
        "SCALAR" => {
            let _ = write!(out, "scalar {name}");
            if let Some(url) = &ty.specified_by_url {
                let _ = write!(out, " @specifiedBy(url: {})", quoted(url));
            }
            out.push_str("\n\n");
        }
        "OBJECT" | "INTERFACE" => {
            let keyword = if ty.kind == "OBJECT" {
                "type"
            } else {
                "interface"
            };
            let _ = write!(out, "{keyword} {name}");
            implements(out)?;
            let fields = ty.fields.as_deref().unwrap_or_default();
            if fields.is_empty() {
                out.push_str("\n\n");
                return Ok(());
            }
            out.push_str(" {\n");
            for f in fields {
                description(out, f.description.as_deref(), "  ");
                let _ = write!(out, "  {}", f.name);
                arguments(out, &f.args, "  ")?;
                let _ = write!(out, ": {}", f.ty.sdl()?);
                deprecated(out, f.is_deprecated, f.deprecation_reason.as_deref());
                out.push('\n');
            }
            out.push_str("}\n\n");
        }
        "UNION" => {
            let members: Vec<String> = ty
                .possible_types
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(TypeRef::named)
                .collect::<Result<_, _>>()?;
            let _ = writeln!(out, "union {name} = {}\n", members.join(" | "));
        }
        "ENUM" => {
            let values = ty.enum_values.as_deref().unwrap_or_default();
            let _ = write!(out, "enum {name}");
            if values.is_empty() {
                out.push_str("\n\n");
                return Ok(());
            }
            out.push_str(" {\n");
            for v in values {
                description(out, v.description.as_deref(), "  ");
                let _ = write!(out, "  {}", v.name);
                deprecated(out, v.is_deprecated, v.deprecation_reason.as_deref());
                out.push('\n');
            }
            out.push_str("}\n\n");
        }
        "INPUT_OBJECT" => {
            let _ = write!(out, "input {name}");
            if ty.is_one_of == Some(true) {
                out.push_str(" @oneOf");
            }
            let fields = ty.input_fields.as_deref().unwrap_or_default();
            if fields.is_empty() {
                out.push_str("\n\n");
                return Ok(());
            }
            out.push_str(" {\n");
            for f in fields {
                input_value(out, f, "  ")?;
                out.push('\n');
            }
            out.push_str("}\n\n");
        }
        other => {
            return Err(IntrospectError::Decode(format!(
                "type `{name}` has an unknown kind `{other}`"
            )));
        }
    }
    Ok(())
}

/// `(a: Int, b: String = "x")`, or one per line when any has a description.
fn arguments(out: &mut String, args: &[InputValue], indent: &str) -> Result<(), IntrospectError> {
    if args.is_empty() {
        return Ok(());
    }
    if args.iter().any(|a| a.description.is_some()) {
        out.push_str("(\n");
        let inner = format!("{indent}  ");
        for a in args {
            input_value(out, a, &inner)?;
            out.push('\n');
        }
        let _ = write!(out, "{indent})");
    } else {
        out.push('(');
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            input_value(out, a, "")?;
        }
        out.push(')');
    }
    Ok(())
}

fn input_value(out: &mut String, v: &InputValue, indent: &str) -> Result<(), IntrospectError> {
    description(out, v.description.as_deref(), indent);
    let _ = write!(out, "{indent}{}: {}", v.name, v.ty.sdl()?);
    if let Some(default) = &v.default_value {
        let _ = write!(out, " = {default}");
    }
    deprecated(out, v.is_deprecated, v.deprecation_reason.as_deref());
    Ok(())
}

fn deprecated(out: &mut String, is: bool, reason: Option<&str>) {
    match (is, reason) {
        (false, _) => {}
        (true, None) => out.push_str(" @deprecated"),
        (true, Some(reason)) => {
            let _ = write!(out, " @deprecated(reason: {})", quoted(reason));
        }
    }
}

/// A block string (`"""…"""`) on lines of its own, `"""` inside escaped.
fn description(out: &mut String, text: Option<&str>, indent: &str) {
    if let Some(text) = text {
        let _ = writeln!(out, "{indent}\"\"\"");
        for line in text.replace("\"\"\"", "\\\"\"\"").lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                let _ = writeln!(out, "{indent}{line}");
            }
        }
        let _ = writeln!(out, "{indent}\"\"\"");
    }
}

/// A GraphQL string literal.
fn quoted(text: &str) -> String {
    // JSON's string escapes are GraphQL's (`\"`, `\\`, `\n`, `\uXXXX`).
    serde_json::Value::String(text.to_string()).to_string()
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
        let detected: Detected =
            serde_json::from_value(answer(schema, DETECTION, Some(DETECTION_NAME))).unwrap();
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
    fn detection_finds_what_the_server_knows() {
        // apollo-compiler (the sandbox's introspection) speaks October 2021 plus deprecated
        // arguments, but not `isOneOf`: asking for it would fail the whole query.
        let detected: Detected =
            serde_json::from_value(answer(vendored(), DETECTION, Some(DETECTION_NAME))).unwrap();
        assert_eq!(
            detected.capabilities(),
            Capabilities {
                schema_description: true,
                specified_by_url: true,
                is_repeatable: true,
                is_one_of: false,
                deprecated_input_values: true,
            }
        );
        // A June 2018 server answers the detection too, and gets the classic query.
        let old: Detected = serde_json::from_value(serde_json::json!({
            "schema": {"fields": [{"name": "types", "args": []}]},
            "type": {"fields": [{"name": "fields", "args": [{"name": "includeDeprecated"}]},
                                {"name": "inputFields", "args": []}]},
            "field": {"fields": [{"name": "args", "args": []}]},
            "directive": {"fields": [{"name": "args", "args": []}]},
            "inputValue": {"fields": [{"name": "defaultValue", "args": []}]}
        }))
        .unwrap();
        assert_eq!(old.capabilities(), Capabilities::default());
        let (text, _) = query(old.capabilities());
        for newer in [
            "specifiedByURL",
            "isRepeatable",
            "isOneOf",
            "args(includeDeprecated: true)",
            "isDeprecated\n  deprecationReason\n}",
        ] {
            assert!(!text.contains(newer), "{newer}");
        }
    }

    #[test]
    fn the_classic_query_misses_deprecated_arguments() {
        // Why capabilities are detected first: a June 2018 query cannot ask for deprecated
        // arguments, so they would look removed.
        let (text, name) = query(Capabilities::default());
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
