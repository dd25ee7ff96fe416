//! `houston schema check`: what changed between two schemas, graded the way
//! graphql-inspector grades it, so a schema update can be judged before it lands.
//!
//! - **breaking**: an existing operation can stop validating or get data it cannot read: a type
//!   removed or of another kind, a field, argument, input field, enum value, union member or
//!   interface removed, a type changed incompatibly, a required argument or input field added;
//! - **dangerous**: valid operations keep validating but may behave differently: an enum value,
//!   union member or interface added (a client's exhaustive match meets a new case), an optional
//!   argument or input field added, a default value changed;
//! - **safe**: additions and documentation: types, fields and directives added, an output type
//!   made non-null, an input type made nullable, descriptions and deprecations.

use apollo_compiler::Schema;
use apollo_compiler::ast::{self, DirectiveList, InputValueDefinition, Type};
use apollo_compiler::collections::{IndexMap, IndexSet};
use apollo_compiler::schema::{Component, ComponentName, ExtendedType};
use apollo_compiler::{Name, Node};
use std::fmt;

/// How much a change can hurt the clients of the old schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// An existing operation can stop validating or get data it cannot read.
    Breaking,
    /// Existing operations keep validating but may behave differently (a new enum value).
    Dangerous,
    /// Additions and documentation: nothing a client had can break.
    Safe,
}

impl Grade {
    /// `breaking`, `dangerous` or `safe`, as graphql-inspector words it.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Breaking => "breaking",
            Grade::Dangerous => "dangerous",
            Grade::Safe => "safe",
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One difference between the old and the new schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// How much the change can hurt clients of the old schema.
    pub grade: Grade,
    /// graphql-inspector's name for the kind of change (`FIELD_REMOVED`, `ENUM_VALUE_ADDED`, …).
    pub kind: &'static str,
    /// Where: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `@directive`.
    pub path: String,
    /// The change in words, for a person (`` `Query.a` was deprecated (No longer supported) ``).
    pub message: String,
}

impl Change {
    /// True for documentation-only changes (descriptions, deprecation reasons), which a live
    /// schema and a hand-written one always differ in.
    pub fn is_documentation(&self) -> bool {
        self.kind.ends_with("DESCRIPTION_CHANGED") || self.kind.contains("DEPRECATION")
    }
}

/// Every change from `old` to `new`, breaking first, then by path.
pub fn diff(old: &Schema, new: &Schema) -> Vec<Change> {
    let mut d = Differ::default();
    d.roots(old, new);
    for (name, old_ty) in &old.types {
        if old_ty.is_built_in() {
            continue;
        }
        match new.types.get(name) {
            None => d.push(
                Grade::Breaking,
                "TYPE_REMOVED",
                name,
                format!("{} `{name}` was removed", kind_name(old_ty)),
            ),
            Some(new_ty) => d.types(name, old_ty, new_ty),
        }
    }
    for (name, new_ty) in &new.types {
        if !new_ty.is_built_in() && !old.types.contains_key(name) {
            d.push(
                Grade::Safe,
                "TYPE_ADDED",
                name,
                format!("{} `{name}` was added", kind_name(new_ty)),
            );
        }
    }
    for (name, old_dir) in &old.directive_definitions {
        match new.directive_definitions.get(name) {
            None => d.push(
                Grade::Breaking,
                "DIRECTIVE_REMOVED",
                format!("@{name}"),
                format!("directive `@{name}` was removed"),
            ),
            Some(new_dir) => d.directive(old_dir, new_dir),
        }
    }
    for name in new.directive_definitions.keys() {
        if !old.directive_definitions.contains_key(name) {
            d.push(
                Grade::Safe,
                "DIRECTIVE_ADDED",
                format!("@{name}"),
                format!("directive `@{name}` was added"),
            );
        }
    }
    d.changes
        .sort_by(|a, b| (a.grade, &a.path, a.kind).cmp(&(b.grade, &b.path, b.kind)));
    d.changes
}

fn kind_name(ty: &ExtendedType) -> &'static str {
    match ty {
        ExtendedType::Scalar(_) => "scalar",
        ExtendedType::Object(_) => "object type",
        ExtendedType::Interface(_) => "interface",
        ExtendedType::Union(_) => "union",
        ExtendedType::Enum(_) => "enum",
        ExtendedType::InputObject(_) => "input object",
    }
}

/// What changing an output position from `old` to `new` does to a reader of the old type:
/// only adding non-null is safe (the reader still gets a value of the old type).
fn safe_for_output(old: &Type, new: &Type) -> bool {
    match (old, new) {
        (Type::Named(a) | Type::NonNullNamed(a), Type::NonNullNamed(b))
        | (Type::Named(a), Type::Named(b)) => a == b,
        (Type::List(a) | Type::NonNullList(a), Type::NonNullList(b))
        | (Type::List(a), Type::List(b)) => safe_for_output(a, b),
        _ => false,
    }
}

/// What changing an input position from `old` to `new` does to a sender of the old type:
/// only dropping non-null is safe (every value sent before is still accepted).
fn safe_for_input(old: &Type, new: &Type) -> bool {
    match (old, new) {
        (Type::NonNullNamed(a), Type::Named(b) | Type::NonNullNamed(b))
        | (Type::Named(a), Type::Named(b)) => a == b,
        (Type::NonNullList(a), Type::List(b) | Type::NonNullList(b))
        | (Type::List(a), Type::List(b)) => safe_for_input(a, b),
        _ => false,
    }
}

fn description(d: Option<&Node<str>>) -> Option<&str> {
    d.map(|d| &**d).map(str::trim).filter(|d| !d.is_empty())
}

/// `Some(reason)` when deprecated (the spec's default reason when none is given).
fn deprecation(directives: &DirectiveList) -> Option<String> {
    let directive = directives.get("deprecated")?;
    Some(
        directive
            .specified_argument_by_name("reason")
            .and_then(|v| v.as_str())
            .unwrap_or("No longer supported")
            .to_string(),
    )
}

fn default_text(v: &InputValueDefinition) -> Option<String> {
    v.default_value.as_ref().map(|v| v.to_string())
}

#[derive(Default)]
struct Differ {
    changes: Vec<Change>,
}

/// Which list of input values is being compared (arguments of a field or directive, or the
/// fields of an input object): they grade the same, but are named differently.
#[derive(Clone, Copy)]
enum Inputs {
    FieldArguments,
    DirectiveArguments,
    InputFields,
}

impl Differ {
    fn push(&mut self, grade: Grade, kind: &'static str, path: impl fmt::Display, message: String) {
        self.changes.push(Change {
            grade,
            kind,
            path: path.to_string(),
            message,
        });
    }

    fn roots(&mut self, old: &Schema, new: &Schema) {
        for op in [
            ast::OperationType::Query,
            ast::OperationType::Mutation,
            ast::OperationType::Subscription,
        ] {
            let (a, b) = (old.root_operation(op), new.root_operation(op));
            if a == b {
                continue;
            }
            let show = |t: Option<&Name>| t.map_or("none".to_string(), |t| format!("`{t}`"));
            // Gaining a root type (a first mutation) breaks nobody; losing or renaming one does.
            let grade = if a.is_none() {
                Grade::Safe
            } else {
                Grade::Breaking
            };
            self.push(
                grade,
                "SCHEMA_ROOT_TYPE_CHANGED",
                format!("schema.{op}"),
                format!("the {op} root type changed from {} to {}", show(a), show(b)),
            );
        }
    }

    fn described(
        &mut self,
        kind: &'static str,
        path: &str,
        old: Option<&Node<str>>,
        new: Option<&Node<str>>,
    ) {
        let (a, b) = (description(old), description(new));
        if a != b {
            let what = match (a, b) {
                (None, _) => "added",
                (_, None) => "removed",
                _ => "changed",
            };
            self.push(
                Grade::Safe,
                kind,
                path,
                format!("the description of `{path}` was {what}"),
            );
        }
    }

    fn deprecated(
        &mut self,
        kind: &'static str,
        path: &str,
        old: &DirectiveList,
        new: &DirectiveList,
    ) {
        match (deprecation(old), deprecation(new)) {
            (None, Some(reason)) => self.push(
                Grade::Safe,
                kind,
                path,
                format!("`{path}` was deprecated ({reason})"),
            ),
            (Some(_), None) => self.push(
                Grade::Safe,
                kind,
                path,
                format!("`{path}` is no longer deprecated"),
            ),
            (Some(a), Some(b)) if a != b => self.push(
                Grade::Safe,
                kind,
                path,
                format!("the deprecation reason of `{path}` changed from \"{a}\" to \"{b}\""),
            ),
            _ => {}
        }
    }

    fn types(&mut self, name: &Name, old: &ExtendedType, new: &ExtendedType) {
        if std::mem::discriminant(old) != std::mem::discriminant(new) {
            self.push(
                Grade::Breaking,
                "TYPE_KIND_CHANGED",
                name,
                format!(
                    "`{name}` changed from {} to {}",
                    kind_name(old),
                    kind_name(new)
                ),
            );
            return;
        }
        self.described(
            "TYPE_DESCRIPTION_CHANGED",
            name,
            old.description(),
            new.description(),
        );
        match (old, new) {
            (ExtendedType::Object(a), ExtendedType::Object(b)) => {
                self.interfaces(name, &a.implements_interfaces, &b.implements_interfaces);
                self.fields(name, &a.fields, &b.fields);
            }
            (ExtendedType::Interface(a), ExtendedType::Interface(b)) => {
                self.interfaces(name, &a.implements_interfaces, &b.implements_interfaces);
                self.fields(name, &a.fields, &b.fields);
            }
            (ExtendedType::Union(a), ExtendedType::Union(b)) => {
                for m in a.members.difference(&b.members) {
                    self.push(
                        Grade::Breaking,
                        "UNION_MEMBER_REMOVED",
                        name,
                        format!("`{m}` was removed from the union `{name}`"),
                    );
                }
                for m in b.members.difference(&a.members) {
                    self.push(
                        Grade::Dangerous,
                        "UNION_MEMBER_ADDED",
                        name,
                        format!("`{m}` was added to the union `{name}` (a client that handles every member meets a new one)"),
                    );
                }
            }
            (ExtendedType::Enum(a), ExtendedType::Enum(b)) => {
                for (value, old_value) in &a.values {
                    let path = format!("{name}.{value}");
                    match b.values.get(value) {
                        None => self.push(
                            Grade::Breaking,
                            "ENUM_VALUE_REMOVED",
                            &path,
                            format!("the value `{value}` was removed from the enum `{name}`"),
                        ),
                        Some(new_value) => {
                            self.described(
                                "ENUM_VALUE_DESCRIPTION_CHANGED",
                                &path,
                                old_value.description.as_ref(),
                                new_value.description.as_ref(),
                            );
                            self.deprecated(
                                "ENUM_VALUE_DEPRECATION_CHANGED",
                                &path,
                                &old_value.directives,
                                &new_value.directives,
                            );
                        }
                    }
                }
                for value in b.values.keys().filter(|v| !a.values.contains_key(*v)) {
                    self.push(
                        Grade::Dangerous,
                        "ENUM_VALUE_ADDED",
                        format!("{name}.{value}"),
                        format!("the value `{value}` was added to the enum `{name}` (a client that handles every value meets a new one)"),
                    );
                }
            }
            (ExtendedType::InputObject(a), ExtendedType::InputObject(b)) => {
                let old_fields: Vec<_> = a.fields.values().map(|f| f.node.clone()).collect();
                let new_fields: Vec<_> = b.fields.values().map(|f| f.node.clone()).collect();
                self.inputs(name, Inputs::InputFields, &old_fields, &new_fields);
            }
            _ => {}
        }
    }

    fn interfaces(
        &mut self,
        name: &Name,
        old: &IndexSet<ComponentName>,
        new: &IndexSet<ComponentName>,
    ) {
        for i in old.difference(new) {
            self.push(
                Grade::Breaking,
                "OBJECT_TYPE_INTERFACE_REMOVED",
                name,
                format!("`{name}` no longer implements `{i}`"),
            );
        }
        for i in new.difference(old) {
            self.push(
                Grade::Dangerous,
                "OBJECT_TYPE_INTERFACE_ADDED",
                name,
                format!("`{name}` now implements `{i}` (fragments on `{i}` now match it)"),
            );
        }
    }

    fn fields(
        &mut self,
        ty: &Name,
        old: &IndexMap<Name, Component<ast::FieldDefinition>>,
        new: &IndexMap<Name, Component<ast::FieldDefinition>>,
    ) {
        for (name, a) in old {
            let path = format!("{ty}.{name}");
            let Some(b) = new.get(name) else {
                let deprecated = if deprecation(&a.directives).is_some() {
                    " (it was deprecated)"
                } else {
                    ""
                };
                self.push(
                    Grade::Breaking,
                    "FIELD_REMOVED",
                    &path,
                    format!("the field `{path}` was removed{deprecated}"),
                );
                continue;
            };
            if a.ty != b.ty {
                let safe = safe_for_output(&a.ty, &b.ty);
                self.push(
                    if safe { Grade::Safe } else { Grade::Breaking },
                    "FIELD_TYPE_CHANGED",
                    &path,
                    format!(
                        "the field `{path}` changed type from `{}` to `{}`",
                        a.ty, b.ty
                    ),
                );
            }
            self.described(
                "FIELD_DESCRIPTION_CHANGED",
                &path,
                a.description.as_ref(),
                b.description.as_ref(),
            );
            self.deprecated(
                "FIELD_DEPRECATION_CHANGED",
                &path,
                &a.directives,
                &b.directives,
            );
            self.inputs(&path, Inputs::FieldArguments, &a.arguments, &b.arguments);
        }
        for name in new.keys().filter(|n| !old.contains_key(*n)) {
            self.push(
                Grade::Safe,
                "FIELD_ADDED",
                format!("{ty}.{name}"),
                format!("the field `{ty}.{name}` was added"),
            );
        }
    }

    /// Arguments of a field or directive, or fields of an input object: all are values a client
    /// sends, so they grade alike.
    fn inputs(
        &mut self,
        owner: &str,
        inputs: Inputs,
        old: &[Node<InputValueDefinition>],
        new: &[Node<InputValueDefinition>],
    ) {
        let (prefix, what) = match inputs {
            Inputs::FieldArguments => ("FIELD_ARGUMENT", "argument"),
            Inputs::DirectiveArguments => ("DIRECTIVE_ARGUMENT", "argument"),
            Inputs::InputFields => ("INPUT_FIELD", "input field"),
        };
        let kind = |suffix: &str| -> &'static str {
            match (prefix, suffix) {
                ("FIELD_ARGUMENT", "REMOVED") => "FIELD_ARGUMENT_REMOVED",
                ("FIELD_ARGUMENT", "ADDED") => "FIELD_ARGUMENT_ADDED",
                ("FIELD_ARGUMENT", "TYPE_CHANGED") => "FIELD_ARGUMENT_TYPE_CHANGED",
                ("FIELD_ARGUMENT", "DEFAULT_CHANGED") => "FIELD_ARGUMENT_DEFAULT_CHANGED",
                ("FIELD_ARGUMENT", "DESCRIPTION_CHANGED") => "FIELD_ARGUMENT_DESCRIPTION_CHANGED",
                ("FIELD_ARGUMENT", _) => "FIELD_ARGUMENT_DEPRECATION_CHANGED",
                ("DIRECTIVE_ARGUMENT", "REMOVED") => "DIRECTIVE_ARGUMENT_REMOVED",
                ("DIRECTIVE_ARGUMENT", "ADDED") => "DIRECTIVE_ARGUMENT_ADDED",
                ("DIRECTIVE_ARGUMENT", "TYPE_CHANGED") => "DIRECTIVE_ARGUMENT_TYPE_CHANGED",
                ("DIRECTIVE_ARGUMENT", "DEFAULT_CHANGED") => "DIRECTIVE_ARGUMENT_DEFAULT_CHANGED",
                ("DIRECTIVE_ARGUMENT", "DESCRIPTION_CHANGED") => {
                    "DIRECTIVE_ARGUMENT_DESCRIPTION_CHANGED"
                }
                ("DIRECTIVE_ARGUMENT", _) => "DIRECTIVE_ARGUMENT_DEPRECATION_CHANGED",
                (_, "REMOVED") => "INPUT_FIELD_REMOVED",
                (_, "ADDED") => "INPUT_FIELD_ADDED",
                (_, "TYPE_CHANGED") => "INPUT_FIELD_TYPE_CHANGED",
                (_, "DEFAULT_CHANGED") => "INPUT_FIELD_DEFAULT_VALUE_CHANGED",
                (_, "DESCRIPTION_CHANGED") => "INPUT_FIELD_DESCRIPTION_CHANGED",
                _ => "INPUT_FIELD_DEPRECATION_CHANGED",
            }
        };
        for a in old {
            let path = format!("{owner}.{}", a.name);
            let Some(b) = new.iter().find(|b| b.name == a.name) else {
                self.push(
                    Grade::Breaking,
                    kind("REMOVED"),
                    &path,
                    format!("the {what} `{path}` was removed"),
                );
                continue;
            };
            if a.ty != b.ty {
                let safe = safe_for_input(&a.ty, &b.ty);
                self.push(
                    if safe { Grade::Safe } else { Grade::Breaking },
                    kind("TYPE_CHANGED"),
                    &path,
                    format!(
                        "the {what} `{path}` changed type from `{}` to `{}`",
                        a.ty, b.ty
                    ),
                );
            }
            let (da, db) = (default_text(a), default_text(b));
            if da != db {
                let show =
                    |d: &Option<String>| d.as_deref().map_or("none".into(), |d| format!("`{d}`"));
                self.push(
                    Grade::Dangerous,
                    kind("DEFAULT_CHANGED"),
                    &path,
                    format!(
                        "the default of `{path}` changed from {} to {} (operations that omit it behave differently)",
                        show(&da),
                        show(&db)
                    ),
                );
            }
            self.described(
                kind("DESCRIPTION_CHANGED"),
                &path,
                a.description.as_ref(),
                b.description.as_ref(),
            );
            self.deprecated(
                kind("DEPRECATION_CHANGED"),
                &path,
                &a.directives,
                &b.directives,
            );
        }
        for b in new.iter().filter(|b| !old.iter().any(|a| a.name == b.name)) {
            let path = format!("{owner}.{}", b.name);
            let required = b.ty.is_non_null() && b.default_value.is_none();
            let (grade, note) = match (required, inputs) {
                (true, _) => (
                    Grade::Breaking,
                    " and is required: operations that do not send it fail",
                ),
                (false, Inputs::DirectiveArguments) => (Grade::Safe, ""),
                (false, _) => (
                    Grade::Dangerous,
                    " (optional; the server may behave differently)",
                ),
            };
            self.push(
                grade,
                kind("ADDED"),
                &path,
                format!("the {what} `{path}: {}` was added{note}", b.ty),
            );
        }
    }

    fn directive(&mut self, old: &ast::DirectiveDefinition, new: &ast::DirectiveDefinition) {
        let path = format!("@{}", old.name);
        for location in old.locations.iter().filter(|l| !new.locations.contains(l)) {
            self.push(
                Grade::Breaking,
                "DIRECTIVE_LOCATION_REMOVED",
                &path,
                format!("`{path}` can no longer be used on {location}"),
            );
        }
        for location in new.locations.iter().filter(|l| !old.locations.contains(l)) {
            self.push(
                Grade::Safe,
                "DIRECTIVE_LOCATION_ADDED",
                &path,
                format!("`{path}` can now be used on {location}"),
            );
        }
        if old.repeatable && !new.repeatable {
            self.push(
                Grade::Breaking,
                "DIRECTIVE_REPEATABLE_REMOVED",
                &path,
                format!("`{path}` is no longer repeatable"),
            );
        }
        self.described(
            "DIRECTIVE_DESCRIPTION_CHANGED",
            &path,
            old.description.as_ref(),
            new.description.as_ref(),
        );
        self.inputs(
            &path,
            Inputs::DirectiveArguments,
            &old.arguments,
            &new.arguments,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graphql::schema::{parse, vendored};

    /// The changes from `old` to `new`, as `grade kind path` lines.
    fn changes(old: &str, new: &str) -> Vec<String> {
        let old = parse(old, "old.graphql").unwrap();
        let new = parse(new, "new.graphql").unwrap();
        diff(&old, &new)
            .into_iter()
            .map(|c| format!("{} {} {}", c.grade, c.kind, c.path))
            .collect()
    }

    #[test]
    fn a_schema_has_no_change_against_itself() {
        assert_eq!(diff(vendored(), vendored()), vec![]);
    }

    #[test]
    fn removals_and_incompatible_types_are_breaking() {
        let old = "type Query { a: A, b: String, c(x: Int, y: Int!): [A!], d: Int }
                   type A { id: ID! name: String }
                   type B { x: Int }
                   enum Role { ADMIN USER }
                   input In { v: Int, w: String! }
                   type Mutation { m(i: In, r: Role): Role }";
        let new = "type Query { a: A, b: Int, c(x: Int): [A], d: Int! }
                   type A { id: ID! }
                   input B { x: Int }
                   enum Role { ADMIN }
                   input In { v: Int! }
                   type Mutation { m(i: In, r: Role): Role }";
        assert_eq!(
            changes(old, new),
            [
                "breaking FIELD_REMOVED A.name",
                "breaking TYPE_KIND_CHANGED B",
                "breaking INPUT_FIELD_TYPE_CHANGED In.v",
                "breaking INPUT_FIELD_REMOVED In.w",
                "breaking FIELD_TYPE_CHANGED Query.b",
                "breaking FIELD_TYPE_CHANGED Query.c",
                "breaking FIELD_ARGUMENT_REMOVED Query.c.y",
                "breaking ENUM_VALUE_REMOVED Role.USER",
                // Output made non-null: readers of `Int` still get an Int.
                "safe FIELD_TYPE_CHANGED Query.d",
            ]
        );
    }

    #[test]
    fn additions_grade_by_what_a_client_can_meet() {
        let old = "type Query { a(x: Int): U, e: E }
                   union U = A
                   type A { id: ID }
                   type B { id: ID }
                   interface Node { id: ID }
                   enum E { ONE }
                   input In { v: Int }
                   type Mutation { m(i: In): Int }";
        let new = "type Query { a(x: Int = 3, y: Int, z: Int!, w: Int! = 1): U, e: E, f: String }
                   union U = A | B
                   type A implements Node { id: ID }
                   type B { id: ID }
                   interface Node { id: ID }
                   enum E { ONE TWO }
                   input In { v: Int, n: String, r: String! }
                   type Mutation { m(i: In): Int }
                   type Extra { x: Int }";
        assert_eq!(
            changes(old, new),
            [
                "breaking INPUT_FIELD_ADDED In.r",
                "breaking FIELD_ARGUMENT_ADDED Query.a.z",
                "dangerous OBJECT_TYPE_INTERFACE_ADDED A",
                "dangerous ENUM_VALUE_ADDED E.TWO",
                "dangerous INPUT_FIELD_ADDED In.n",
                "dangerous FIELD_ARGUMENT_ADDED Query.a.w",
                "dangerous FIELD_ARGUMENT_DEFAULT_CHANGED Query.a.x",
                "dangerous FIELD_ARGUMENT_ADDED Query.a.y",
                "dangerous UNION_MEMBER_ADDED U",
                "safe TYPE_ADDED Extra",
                "safe FIELD_ADDED Query.f",
            ]
        );
    }

    #[test]
    fn input_types_may_only_loosen() {
        let old = "type Query { a(x: Int!, y: [Int!]!, z: Int, l: [Int]): Int }";
        let new = "type Query { a(x: Int, y: [Int], z: Int!, l: Int): Int }";
        assert_eq!(
            changes(old, new),
            [
                "breaking FIELD_ARGUMENT_TYPE_CHANGED Query.a.l",
                "breaking FIELD_ARGUMENT_TYPE_CHANGED Query.a.z",
                "safe FIELD_ARGUMENT_TYPE_CHANGED Query.a.x",
                "safe FIELD_ARGUMENT_TYPE_CHANGED Query.a.y",
            ]
        );
    }

    #[test]
    fn documentation_and_directives() {
        let old = r#"type Query { "old" a: Int, b: Int @deprecated(reason: "use a"), c: Int }
                     enum E { X Y }
                     directive @cost(n: Int) on FIELD_DEFINITION | OBJECT
                     directive @gone on FIELD"#;
        let new = r#"type Query { "new" a: Int @deprecated, b: Int, c: Int }
                     "An enum" enum E { X Y @deprecated(reason: "no") }
                     directive @cost(n: Int, m: Int, k: Int!) on FIELD_DEFINITION
                     directive @fresh on FIELD"#;
        let found = changes(old, new);
        assert_eq!(
            found,
            [
                "breaking DIRECTIVE_LOCATION_REMOVED @cost",
                "breaking DIRECTIVE_ARGUMENT_ADDED @cost.k",
                "breaking DIRECTIVE_REMOVED @gone",
                "safe DIRECTIVE_ARGUMENT_ADDED @cost.m",
                "safe DIRECTIVE_ADDED @fresh",
                "safe TYPE_DESCRIPTION_CHANGED E",
                "safe ENUM_VALUE_DEPRECATION_CHANGED E.Y",
                "safe FIELD_DEPRECATION_CHANGED Query.a",
                "safe FIELD_DESCRIPTION_CHANGED Query.a",
                "safe FIELD_DEPRECATION_CHANGED Query.b",
            ]
        );
        let old = parse(old, "o").unwrap();
        let new = parse(new, "n").unwrap();
        let all = diff(&old, &new);
        let a = all
            .iter()
            .find(|c| c.kind == "FIELD_DEPRECATION_CHANGED" && c.path == "Query.a")
            .unwrap();
        assert_eq!(a.message, "`Query.a` was deprecated (No longer supported)");
        assert!(a.is_documentation());
    }

    #[test]
    fn removing_a_root_type_is_breaking_adding_one_is_not() {
        assert_eq!(
            changes(
                "type Query { a: Int }",
                "type Query { a: Int } type Mutation { m: Int }"
            ),
            [
                "safe TYPE_ADDED Mutation",
                "safe SCHEMA_ROOT_TYPE_CHANGED schema.mutation"
            ]
        );
        assert_eq!(
            changes(
                "type Query { a: Int } type Mutation { m: Int }",
                "type Query { a: Int }"
            ),
            [
                "breaking TYPE_REMOVED Mutation",
                "breaking SCHEMA_ROOT_TYPE_CHANGED schema.mutation"
            ]
        );
    }
}
