//! The generator on a schema and operations of a crate's own, in a temporary directory: what a
//! downstream build.rs gets (examples/custom-operation proves the compiled result end to end).

use houston_codegen::Codegen;
use std::path::PathBuf;

const SCHEMA: &str = r#"
scalar Date
enum Color { RED, DARK_BLUE }
type Item { id: ID!, name: String, color: Color, made: Date, tags: [String!]! }
type Query { items(first: Int): [Item!]!, item(id: ID!): Item }
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
