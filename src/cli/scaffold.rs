//! `houston gen`: a new operation from a root field. Its arguments become variables, the
//! selection takes the scalar and enum leaves plus objects down to a depth, and the result is
//! validated with the build's rules before anyone sees it.

use crate::graphql::checks::{self, Diagnostic, Rules};
use apollo_compiler::schema::{ExtendedType, FieldDefinition};
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Name, Schema};
use std::fmt::Write as _;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Levels of object fields below the root field's own leaves (0: leaves only).
    pub depth: usize,
    /// The operation name (default: the field's name).
    pub name: Option<String>,
}

/// Why nothing could be generated.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("{0}")]
    UnknownField(String),
    #[error("the generated operation does not validate (a bug in houston gen):\n{}", crate::graphql::schema::render(.0))]
    Invalid(Vec<Diagnostic>),
}

/// A generated operation.
#[derive(Debug, Clone)]
pub struct Scaffold {
    pub name: String,
    /// `query`, `mutation` or `subscription`.
    pub kind: &'static str,
    pub field: String,
    /// The formatted, validated document.
    pub text: String,
}

/// One root field, for `houston gen --list`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RootField {
    pub kind: &'static str,
    pub name: String,
    pub arguments: Vec<String>,
    pub returns: String,
    pub description: String,
    pub deprecated: bool,
}

const ROOTS: [(&str, &str); 3] = [
    ("query", "Query"),
    ("mutation", "Mutation"),
    ("subscription", "Subscription"),
];

fn root_type<'s>(schema: &'s Schema, kind: &str) -> Option<&'s Name> {
    match kind {
        "query" => schema.schema_definition.query.as_ref().map(|n| &n.name),
        "mutation" => schema.schema_definition.mutation.as_ref().map(|n| &n.name),
        _ => schema
            .schema_definition
            .subscription
            .as_ref()
            .map(|n| &n.name),
    }
}

/// Every root field whose name contains `pattern` (case-insensitive), queries first.
pub fn list(schema: &Schema, pattern: Option<&str>) -> Vec<RootField> {
    let pattern = pattern.map(str::to_lowercase);
    let mut out = Vec::new();
    for (kind, _) in ROOTS {
        let Some(root) = root_type(schema, kind) else {
            continue;
        };
        let Some(ExtendedType::Object(object)) = schema.types.get(root) else {
            continue;
        };
        for (name, field) in &object.fields {
            if pattern
                .as_ref()
                .is_some_and(|p| !name.as_str().to_lowercase().contains(p))
            {
                continue;
            }
            out.push(RootField {
                kind,
                name: name.to_string(),
                arguments: field
                    .arguments
                    .iter()
                    .map(|a| format!("{}: {}", a.name, a.ty))
                    .collect(),
                returns: field.ty.to_string(),
                description: field
                    .description
                    .as_ref()
                    .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default(),
                deprecated: field.directives.get("deprecated").is_some(),
            });
        }
    }
    out
}

/// Finds `field` (`workspaces`, or `Mutation.createWorkspace` when a name is on two roots).
fn find<'s>(
    schema: &'s Schema,
    field: &str,
) -> Result<(&'static str, &'s FieldDefinition), ScaffoldError> {
    let (wanted_root, name) = match field.split_once('.') {
        Some((root, name)) => (Some(root), name),
        None => (None, field),
    };
    let mut found = Vec::new();
    for (kind, label) in ROOTS {
        if wanted_root.is_some_and(|r| !r.eq_ignore_ascii_case(label) && r != kind) {
            continue;
        }
        if let Some(root) = root_type(schema, kind)
            && let Ok(definition) = schema.type_field(root, name)
        {
            found.push((kind, definition.node.as_ref()));
        }
    }
    match found.len() {
        1 => Ok(found[0]),
        0 => {
            let lower = name.to_lowercase();
            let close: Vec<String> = list(schema, None)
                .into_iter()
                .filter(|f| {
                    let n = f.name.to_lowercase();
                    n.contains(&lower) || lower.contains(&n)
                })
                .map(|f| f.name)
                .take(8)
                .collect();
            Err(ScaffoldError::UnknownField(if close.is_empty() {
                format!("no root field `{field}`; `houston gen --list` shows them all")
            } else {
                format!(
                    "no root field `{field}`; did you mean {}? (`houston gen --list` shows them all)",
                    close.join(", ")
                )
            }))
        }
        _ => Err(ScaffoldError::UnknownField(format!(
            "`{name}` is a field of several root types: write Query.{name}, Mutation.{name} or Subscription.{name}"
        ))),
    }
}

/// Generates the operation for `field`.
pub fn scaffold(
    schema: &Valid<Schema>,
    field: &str,
    options: &Options,
) -> Result<Scaffold, ScaffoldError> {
    let (kind, definition) = find(schema, field)?;
    let name = options
        .name
        .clone()
        .unwrap_or_else(|| definition.name.to_string());
    let mut text = String::new();
    let _ = write!(text, "{kind} {name}");
    if !definition.arguments.is_empty() {
        let vars: Vec<String> = definition
            .arguments
            .iter()
            .map(|a| format!("${}: {}", a.name, a.ty))
            .collect();
        let _ = write!(text, "({})", vars.join(", "));
    }
    text.push_str(" { ");
    text.push_str(definition.name.as_str());
    if !definition.arguments.is_empty() {
        let args: Vec<String> = definition
            .arguments
            .iter()
            .map(|a| format!("{}: ${}", a.name, a.name))
            .collect();
        let _ = write!(text, "({})", args.join(", "));
    }
    let returns = definition.ty.inner_named_type();
    let mut selected = String::new();
    // A type whose leaves all sit deeper than asked still needs a selection: go deeper, and
    // settle for `__typename` when there is nothing selectable at all.
    for depth in options.depth..options.depth + 4 {
        selected = selection(schema, returns, depth);
        if !selected.is_empty() {
            break;
        }
    }
    if selected.is_empty()
        && !matches!(
            schema.types.get(returns),
            Some(ExtendedType::Scalar(_) | ExtendedType::Enum(_))
        )
    {
        selected = " { __typename }".into();
    }
    text.push_str(&selected);
    text.push_str(" }");
    // Print through apollo-compiler for the house formatting, then check with the build's rules
    // under the path the file will have.
    let path = format!("{name}.graphql");
    let parsed = ExecutableDocument::parse(schema, &text, &path)
        .map_err(|e| ScaffoldError::Invalid(diagnostics(&e.errors, &path)))?;
    let formatted = parsed.to_string();
    checks::check_document(schema, &formatted, &path, Rules::CHECKED_IN)
        .map_err(ScaffoldError::Invalid)?;
    Ok(Scaffold {
        name,
        kind,
        field: definition.name.to_string(),
        text: formatted,
    })
}

fn diagnostics(list: &apollo_compiler::validation::DiagnosticList, path: &str) -> Vec<Diagnostic> {
    list.iter()
        .map(|d| Diagnostic {
            file: path.to_string(),
            line: 1,
            column: 1,
            message: d.error.to_string(),
            severity: checks::Severity::Error,
            rendered: d.to_string(),
        })
        .collect()
}

/// ` { … }` for `type_name`, or nothing for a leaf type.
fn selection(schema: &Schema, type_name: &Name, depth: usize) -> String {
    let Some(ty) = schema.types.get(type_name) else {
        return String::new();
    };
    let fields = match ty {
        ExtendedType::Object(o) => Some(&o.fields),
        ExtendedType::Interface(i) => Some(&i.fields),
        _ => None,
    };
    let mut parts: Vec<String> = Vec::new();
    let is_abstract = matches!(ty, ExtendedType::Interface(_) | ExtendedType::Union(_));
    if is_abstract {
        parts.push("__typename".into());
    }
    if let Some(fields) = fields {
        for (name, field) in fields {
            if field.directives.get("deprecated").is_some() || name.as_str().starts_with("__") {
                continue;
            }
            if field
                .arguments
                .iter()
                .any(|a| a.ty.is_non_null() && a.default_value.is_none())
            {
                continue;
            }
            match schema.types.get(field.ty.inner_named_type()) {
                Some(ExtendedType::Scalar(_) | ExtendedType::Enum(_)) => {
                    parts.push(name.to_string())
                }
                Some(_) if depth > 0 => {
                    let inner = selection(schema, field.ty.inner_named_type(), depth - 1);
                    if !inner.is_empty() {
                        parts.push(format!("{name}{inner}"));
                    }
                }
                _ => {}
            }
        }
    }
    if let ExtendedType::Union(u) = ty {
        for member in &u.members {
            let inner = selection(schema, &member.name, depth);
            if !inner.is_empty() {
                parts.push(format!("... on {}{inner}", member.name));
            }
        }
    }
    // An abstract type with only `__typename` is still a valid selection.
    if parts.is_empty() {
        return String::new();
    }
    if matches!(ty, ExtendedType::Scalar(_) | ExtendedType::Enum(_)) {
        return String::new();
    }
    format!(" {{ {} }}", parts.join(" "))
}

/// The `queries/` area a new operation belongs in, from its field name.
pub fn area(field: &str) -> &'static str {
    let f = field.to_lowercase();
    if f.contains("serviceaccount") {
        "service_account"
    } else if f.contains("team") {
        "team"
    } else if f.contains("deployment") {
        "deployment"
    } else if f.contains("workspace") {
        "workspace"
    } else if ["user", "invite", "token", "auth", "rolebinding"]
        .iter()
        .any(|k| f.contains(k))
    {
        "user"
    } else {
        "platform"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::schema::vendored;

    #[test]
    fn scaffolds_a_mutation_with_its_arguments_as_variables() {
        let s = scaffold(
            vendored(),
            "workspaceAddUser",
            &Options {
                depth: 1,
                name: None,
            },
        )
        .unwrap();
        assert_eq!(s.kind, "mutation");
        assert!(
            s.text.starts_with(
                "mutation workspaceAddUser($email: String!, $workspaceUuid: Uuid, $role: Role!"
            ),
            "{}",
            s.text
        );
        assert!(
            s.text
                .contains("  workspaceAddUser(email: $email, workspaceUuid: $workspaceUuid"),
            "{}",
            s.text
        );
        assert_eq!(area("workspaceAddUser"), "workspace");
        assert_eq!(area("createDeploymentServiceAccount"), "service_account");
    }

    #[test]
    fn depth_controls_nesting_and_unknown_fields_get_suggestions() {
        let shallow = scaffold(
            vendored(),
            "workspaces",
            &Options {
                depth: 0,
                name: Some("ws".into()),
            },
        )
        .unwrap();
        let deep = scaffold(
            vendored(),
            "workspaces",
            &Options {
                depth: 2,
                name: None,
            },
        )
        .unwrap();
        assert!(shallow.text.starts_with("query ws"), "{}", shallow.text);
        assert!(shallow.text.lines().count() < deep.text.lines().count());
        let err = scaffold(
            vendored(),
            "workspace_users",
            &Options {
                depth: 1,
                name: None,
            },
        )
        .unwrap_err();
        assert!(err.to_string().contains("no root field"), "{err}");
        assert!(!list(vendored(), Some("serviceaccount")).is_empty());
    }

    #[test]
    fn every_root_field_scaffolds_at_every_depth() {
        for field in list(vendored(), None) {
            for depth in 0..3 {
                let qualified = format!("{}.{}", field.kind, field.name);
                if let Err(e) = scaffold(vendored(), &qualified, &Options { depth, name: None }) {
                    panic!("{qualified} at depth {depth}: {e}");
                }
            }
        }
    }
}
