//! Property tests (unit tests of the binary, since the parser is the command line's): `--var` text is parsed by the variable's declared type, never by its look.

use super::vars;
use crate::graphql::schema::vendored;
use apollo_compiler::ExecutableDocument;
use apollo_compiler::validation::Valid;
use proptest::prelude::*;
use serde_json::{Value, json};

/// A small schema with an argument of every kind (parse_props' fuzzing runs on it too).
pub(super) const SCHEMA: &str = r#"
type Query { f(i: Int, fl: Float, b: Boolean, s: String, id: ID, e: Color, l: [Int!], o: Point, u: Uuid, d: DateTime, j: JSON, r: Int): String }
enum Color { RED GREEN BLUE }
input Point { x: Int!, y: Int = 7, tag: String }
scalar Uuid
scalar DateTime
scalar JSON
"#;
const DOC: &str = "query q($i: Int, $fl: Float, $b: Boolean, $s: String, $id: ID, $e: Color, $l: [Int!], $o: Point, $u: Uuid, $d: DateTime, $j: JSON) { f(i: $i, fl: $fl, b: $b, s: $s, id: $id, e: $e, l: $l, o: $o, u: $u, d: $d, j: $j) }";

/// [`SCHEMA`] and `doc` (an operation on it), parsed and checked.
pub(super) fn setup_with(doc: &str) -> (Valid<apollo_compiler::Schema>, Valid<ExecutableDocument>) {
    let schema = crate::graphql::schema::parse(SCHEMA, "s.graphql").unwrap();
    let doc = ExecutableDocument::parse_and_validate(&schema, doc, "q.graphql").unwrap();
    (schema, doc)
}

/// [`SCHEMA`] and [`DOC`], checked once: every case of every property reads them, and checking them
/// anew per case was most of this file's run time in a debug build.
static SETUP: std::sync::LazyLock<(Valid<apollo_compiler::Schema>, Valid<ExecutableDocument>)> =
    std::sync::LazyLock::new(|| setup_with(DOC));

fn run(name: &str, text: &str) -> Result<serde_json::Map<String, Value>, vars::VarErrors> {
    let (schema, doc) = &*SETUP;
    let op = doc.operations.get(None).unwrap();
    vars::build(schema, op, &[format!("{name}={text}")], None)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_i32_is_an_int(n in any::<i32>()) {
        prop_assert_eq!(&run("i", &n.to_string()).unwrap()["i"], &json!(n));
    }

    #[test]
    fn ints_outside_32_bits_are_refused(n in prop_oneof![(i32::MAX as i64 + 1)..i64::MAX, i64::MIN..(i32::MIN as i64)]) {
        let err = run("i", &n.to_string()).unwrap_err().to_string();
        prop_assert!(err.contains("outside the 32-bit range"), "{}", err);
    }

    #[test]
    fn text_that_is_not_an_integer_is_refused_for_int(s in "[a-zA-Z ._-]{1,12}") {
        prop_assume!(s.trim() != "null");
        let err = run("i", &s).unwrap_err().to_string();
        prop_assert!(err.contains("$i is Int") && err.contains("is not an integer"), "{}", err);
    }

    #[test]
    fn finite_floats_round_trip(f in any::<f64>().prop_filter("finite", |f| f.is_finite())) {
        let v = run("fl", &f.to_string()).unwrap();
        prop_assert_eq!(v["fl"].as_f64().unwrap(), f);
    }

    /// Strings are taken verbatim, whatever they look like: numbers, booleans, JSON, null.
    #[test]
    fn strings_and_ids_are_verbatim(s in ".*") {
        prop_assume!(!s.starts_with('@'));
        let v = run("s", &s).unwrap();
        prop_assert_eq!(&v["s"], &Value::String(s.clone()));
        let v = run("id", &s).unwrap();
        prop_assert_eq!(&v["id"], &Value::String(s.clone()));
    }

    #[test]
    fn a_leading_double_at_is_a_literal_at(s in "[a-z0-9]{0,10}") {
        let v = run("s", &format!("@@{s}")).unwrap();
        prop_assert_eq!(&v["s"], &Value::String(format!("@{s}")));
    }

    #[test]
    fn booleans_only_as_true_or_false(b in any::<bool>(), junk in "[A-Za-z0-9]{1,6}") {
        prop_assert_eq!(&run("b", &b.to_string()).unwrap()["b"], &json!(b));
        prop_assume!(!["true", "false", "null"].contains(&junk.as_str()));
        prop_assert!(run("b", &junk).is_err());
    }

    #[test]
    fn enums_take_their_values_and_list_them_otherwise(pick in 0usize..3, other in "[A-Z]{1,8}") {
        let value = ["RED", "GREEN", "BLUE"][pick];
        prop_assert_eq!(&run("e", value).unwrap()["e"], &json!(value));
        prop_assume!(!["RED", "GREEN", "BLUE"].contains(&other.as_str()));
        let err = run("e", &other).unwrap_err().to_string();
        prop_assert!(err.contains("one of: RED, GREEN, BLUE"), "{}", err);
    }

    #[test]
    fn lists_as_json_or_a_single_item(items in proptest::collection::vec(any::<i32>(), 0..8), one in any::<i32>()) {
        let text = serde_json::to_string(&items).unwrap();
        prop_assert_eq!(&run("l", &text).unwrap()["l"], &json!(items));
        // A bare item is a list of one, as GraphQL's input coercion has it.
        prop_assert_eq!(&run("l", &one.to_string()).unwrap()["l"], &json!([one]));
    }

    #[test]
    fn input_objects_are_checked_and_defaults_filled(x in any::<i32>(), tag in proptest::option::of("[a-z]{0,6}")) {
        let mut o = json!({"x": x});
        if let Some(t) = &tag { o["tag"] = json!(t); }
        let v = run("o", &o.to_string()).unwrap();
        let mut expected = o.clone();
        expected["y"] = json!(7);
        prop_assert_eq!(&v["o"], &expected);
        let err = run("o", &json!({"y": x}).to_string()).unwrap_err().to_string();
        prop_assert!(err.contains("$o.x: Int! is required in Point"), "{}", err);
    }

    #[test]
    fn json_scalars_take_any_json(v in prop_oneof![Just(json!(null)), any::<i64>().prop_map(|n| json!(n)), ".*".prop_map(|s| json!(s)), Just(json!({"a": [1, {"b": null}]}))]) {
        prop_assert_eq!(run("j", &v.to_string()).unwrap().get("j").cloned().unwrap_or(Value::Null), v);
    }

    #[test]
    fn ids_with_whitespace_are_refused(a in "[a-z0-9]{1,8}", b in "[a-z0-9]{1,8}") {
        let joined = run("u", &format!("{a}{b}")).is_ok();
        let spaced = run("u", &format!("{a} {b}")).is_err();
        prop_assert!(joined && spaced);
    }

    #[test]
    fn datetimes_must_be_rfc3339(y in 1970u32..2100, m in 1u32..13, d in 1u32..29, h in 0u32..24, min in 0u32..60) {
        let good = format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:00Z");
        prop_assert!(run("d", &good).is_ok(), "{}", good);
        let date_only = run("d", &format!("{y:04}-{m:02}-{d:02}")).is_err();
        prop_assert!(date_only);
    }

    /// Unknown names always get the declared list.
    #[test]
    fn unknown_names_list_the_declared(name in "[a-z]{3,10}") {
        prop_assume!(!["fl", "id"].contains(&name.as_str()));
        let err = run(&name, "1").unwrap_err().to_string();
        prop_assert!(err.contains(&format!("declares no ${name}; it declares $i: Int, $fl: Float")), "{}", err);
    }
}

#[test]
fn the_vendored_schema_works_the_same() {
    let doc = ExecutableDocument::parse_and_validate(
        vendored(),
        "query q($n: Int) { workspaceDeployments(workspaceUuid: \"x\") { id } }",
        "q.graphql",
    );
    assert!(doc.is_err(), "an unused variable is a validation error");
}
