//! The generator on a schema and operations of a crate's own, in a temporary directory: what a
//! downstream build.rs gets (examples/custom-operation proves the compiled result end to end).

use houston_codegen::Codegen;
use std::path::PathBuf;

const SCHEMA: &str = r#"
scalar Date
enum Color { RED, DARK_BLUE }
type Item { id: ID!, name: String, color: Color, made: Date, tags: [String!]! }
type Query { items(first: Int): [Item!]!, item(id: ID!): Item }
type Mutation { paint(id: ID!, color: Color!, coats: Int, shade: String): Item }
"#;

/// A fresh directory with `schema.graphql` and the given files under `queries/`.
fn project(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("houston-codegen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("queries/x")).unwrap();
    std::fs::write(dir.join("schema.graphql"), SCHEMA).unwrap();
    for (path, text) in files {
        std::fs::write(dir.join("queries").join(path), text).unwrap();
    }
    dir
}

fn codegen(dir: &std::path::Path) -> Codegen {
    Codegen::new()
        .root(dir)
        .schema("schema.graphql")
        .scalar("Date", "String")
}

#[test]
fn typed_code_with_docs_and_a_configurable_crate_path() {
    let dir = project(
        "ok",
        &[
            (
                "x/items.graphql",
                "# Every item.\nquery items { items { id name color tags } }\n",
            ),
            (
                "x/item@1.2.0.graphql",
                "query item_1_2_0($id: ID!) { item(id: $id) { id made } }\n",
            ),
            (
                "x/other.graphql",
                "query other { item(id: \"1\") { id } }\n",
            ),
            (
                "x/other@2.0.0.graphql",
                "query other_2_0_0 { item(id: \"2\") { id name } }\n",
            ),
        ],
    );
    let generated = codegen(&dir).crate_path("::my_houston").generate().unwrap();
    let code = generated.code;
    // One variant: no version suffix in the Rust names (the wire name keeps it).
    assert!(code.contains("pub struct Item;"), "{code}");
    assert!(code.contains("pub mod item {"), "{code}");
    assert!(code.contains("\"item_1_2_0\""), "{code}");
    assert!(!code.contains("Item120"), "{code}");
    // Several variants: suffixed names and a generated picker.
    assert!(code.contains("pub enum OtherVariant"), "{code}");
    assert!(code.contains("Other200"), "{code}");
    assert!(code.contains("pub fn for_platform"), "{code}");
    // Non-null lists stay plain vectors; the scalar comes from the table.
    assert!(code.contains("pub tags: Vec<String>"), "{code}");
    assert!(code.contains("pub type Date = String;"), "{code}");
    // Paths start at the configured crate path; nothing refers to graphql_client directly.
    assert!(
        code.contains("impl ::my_houston::houston::Operation for Items"),
        "{code}"
    );
    assert!(
        code.contains("::my_houston::__private::graphql_client::GraphQLQuery"),
        "{code}"
    );
    assert!(!code.contains(" graphql_client::"), "{code}");
    // The marker type's rustdoc starts with the file's comment.
    assert!(code.contains("/// Every item."), "{code}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn broken_operations_and_unmapped_scalars_are_reported_with_positions() {
    let dir = project(
        "broken",
        &[(
            "x/items.graphql",
            "query items {\n  items {\n    nmae\n  }\n}\n",
        )],
    );
    let errors = Codegen::new()
        .root(&dir)
        .schema("schema.graphql")
        .generate()
        .unwrap_err();
    let lines: Vec<String> = errors.iter().map(|d| d.headline()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("queries/x/items.graphql:3:5: ") && l.contains("nmae")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("schema.graphql:2:1: ")
            && l.contains("`Date` has no Rust type")),
        "{lines:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The items of the module at `path` (`["versioned", "paint"]`) in a parsed file.
fn module<'a>(file: &'a syn::File, path: &[&str]) -> &'a [syn::Item] {
    let mut items: &[syn::Item] = &file.items;
    for name in path {
        items = items
            .iter()
            .find_map(|i| match i {
                syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, c)| &c[..]),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no module {name} in {path:?}"));
    }
    items
}

/// The fields of struct `name` among `items`, as (Rust name, type as tokens).
fn fields(items: &[syn::Item], name: &str) -> Vec<(String, String)> {
    use quote::ToTokens;
    let s = items
        .iter()
        .find_map(|i| match i {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no struct {name}"));
    s.fields
        .iter()
        .map(|f| {
            let ty = f.ty.to_token_stream().to_string().replace(' ', "");
            (f.ident.as_ref().unwrap().to_string(), ty)
        })
        .collect()
}

/// The body of fn `name` among `items`, as tokens without spaces.
fn function(items: &[syn::Item], name: &str) -> String {
    use quote::ToTokens;
    items
        .iter()
        .find_map(|i| match i {
            syn::Item::Fn(f) if f.sig.ident == name => Some(f.to_token_stream().to_string()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no fn {name}"))
        .replace(' ', "")
}

/// Two version variants of one operation (issue 11, fifth session): the generated
/// `versioned::paint` parses as Rust, its `Variables` is the union with the right fields
/// optional (lacking in a variant, not required by it, or defaulted), the picker and the
/// answer enum name both variants, and each variant declares what it requires.
#[test]
fn versioned_variants_make_a_union_a_picker_and_an_answer_enum() {
    let dir = project(
        "versioned",
        &[
            (
                "x/paint.graphql",
                "mutation paint($id: ID!, $color: Color! = RED, $coats: Int) {\n  paint(id: $id, color: $color, coats: $coats) { id }\n}\n",
            ),
            (
                "x/paint@2.0.0.graphql",
                "mutation paint_2_0_0($id: ID!, $color: Color! = DARK_BLUE, $shade: String!) {\n  paint(id: $id, color: $color, shade: $shade) { id name }\n}\n",
            ),
        ],
    );
    let code = codegen(&dir).generate().unwrap().code;
    let file = syn::parse_file(&code).unwrap_or_else(|e| panic!("{e}\n{code}"));

    // Each variant: a defaulted variable is an Option, left out when None.
    let old = module(&file, &["paint"]);
    assert_eq!(
        fields(old, "Variables"),
        [
            ("id".into(), "Id".into()),
            ("color".into(), "Option<Color>".into()),
            ("coats".into(), "Option<Int>".into()),
        ] as [(String, String); 3],
        "{code}"
    );
    // graphql_client names the built-in `ID` `Id` in variables; this schema has no `Id`
    // scalar for `use super::*` to find, so the module must alias it itself.
    assert!(
        old.iter()
            .any(|i| matches!(i, syn::Item::Type(t) if t.ident == "Id")),
        "{code}"
    );
    // graphql_client's `default_color() -> Color { "RED" }` does not compile: gone.
    assert!(!code.contains("fn default_"), "{code}");
    assert!(
        code.contains("`$color`: `None` leaves it out, and the operation's default `RED` applies."),
        "{code}"
    );

    // The union, newest variant's order first: required in every variant stays required.
    let versioned = module(&file, &["versioned", "paint"]);
    assert_eq!(
        fields(versioned, "Variables"),
        [
            ("id".into(), "String".into()),
            ("color".into(), "Option<super::super::Color>".into()),
            ("shade".into(), "Option<String>".into()),
            ("coats".into(), "Option<i64>".into()),
        ] as [(String, String); 4],
        "{code}"
    );
    assert!(
        code.contains("`$shade`, taken by `paint_2_0_0` only. Required by `paint_2_0_0`"),
        "{code}"
    );
    assert!(code.contains("default `DARK_BLUE` applies"), "{code}");
    assert!(code.contains("`$coats`, taken by `paint` only."), "{code}");

    // What each variant declares and requires, by GraphQL name.
    let declared = function(versioned, "declared");
    assert!(
        declared.contains(r#"PaintVariant::Paint=>&["id","color","coats"]"#)
            && declared.contains(r#"PaintVariant::Paint200=>&["id","color","shade"]"#),
        "{declared}"
    );
    let required = function(versioned, "required");
    assert!(
        required.contains(r#"PaintVariant::Paint=>&["id"]"#)
            && required.contains(r#"PaintVariant::Paint200=>&["id","shade"]"#),
        "{required}"
    );

    // The answer: one arm per variant, each the variant's own data.
    let answer = versioned
        .iter()
        .find_map(|i| match i {
            syn::Item::Enum(e) if e.ident == "ResponseData" => Some(e),
            _ => None,
        })
        .expect("an answer enum");
    let arms: Vec<String> = answer
        .variants
        .iter()
        .map(|v| v.ident.to_string())
        .collect();
    assert_eq!(arms, ["Paint", "Paint200"]);

    // The picker: oldest first, with the versions from the file names; the call sends through
    // it, falling back on TooOld, and checks what it can carry before sending.
    assert!(code.contains("pub enum PaintVariant"), "{code}");
    let all = code.replace([' ', '\n'], "");
    assert!(
        all.contains("(PaintVariant::Paint,::houston::houston::Version(0u64,0u64,0u64))"),
        "{code}"
    );
    assert!(
        all.contains("(PaintVariant::Paint200,::houston::houston::Version(2u64,0u64,0u64))"),
        "{code}"
    );
    let call = function(versioned, "call");
    assert!(call.contains("Error::TooOld"), "{call}");
    assert!(
        call.contains("carries(&variables,declared(newest),required(newest),)"),
        "{call}"
    );
    let send = function(versioned, "send");
    assert!(
        send.contains(r#"&["id","color","shade"],&["id","shade"],"paint",platform,"#),
        "{send}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
