//! `--jq EXPR`: filters JSON output with jaq, the Rust implementation of jq, through
//! `jaq-all`: jq's standard library, its formats (`@csv`, `@tsv`, `@sh`, `@base64`, `@uri`,
//! `@html`, `@json`, `@text`), `$ENV`, `input`/`inputs` and jaq's own error reports. None of
//! it is written here.

use jaq_all::data::{self, Runner};
use jaq_all::jaq_core::{Vars, unwrap_valr};
use jaq_all::json::Val;
use jaq_all::load::FileReportsDisp;
use serde_json::Value;

/// A jq expression that does not parse, names an unknown filter, or fails on the input.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct JqError(pub String);

/// The global variables every expression may use, in the order their values are given.
const GLOBALS: &[&str] = &["ENV"];

/// Compiles `expression`, or says where it is wrong (each problem once, with its column).
fn compile(expression: &str) -> Result<data::Filter, JqError> {
    let globals: Vec<String> = GLOBALS.iter().map(|g| g.to_string()).collect();
    jaq_all::compile_with(expression, jaq_all::defs(), data::funs(), &globals).map_err(|reports| {
        let mut seen = std::collections::HashSet::new();
        let mut blocks = Vec::new();
        for file in &reports {
            let text = FileReportsDisp::new(file).to_string();
            // jaq's parser can report one problem several times (one per alternative it
            // tried); a reader needs it once.
            for block in text
                .split_inclusive("\n")
                .collect::<String>()
                .split("Error: ")
            {
                let block = block.trim_end();
                if !block.is_empty() && seen.insert(block.to_string()) {
                    blocks.push(format!("error: {block}"));
                }
            }
        }
        JqError(format!(
            "the --jq expression `{expression}` is invalid:\n{}",
            blocks.join("\n")
        ))
    })
}

/// Checks `expression` without running it, so a bad one is refused before any request.
pub fn check(expression: &str) -> Result<(), JqError> {
    compile(expression).map(|_| ())
}

/// Runs `expression` on `input` and returns every output value.
pub fn filter(expression: &str, input: &Value) -> Result<Vec<Value>, JqError> {
    let filter = compile(expression)?;
    let bytes = serde_json::to_vec(input).expect("a JSON value serialises");
    let input = jaq_all::json::read::parse_single(&bytes)
        .map_err(|e| JqError(format!("cannot feed the output to --jq: {e}")))?;
    let env = Val::obj(
        std::env::vars()
            .map(|(k, v)| (Val::from(k), Val::from(v)))
            .collect(),
    );
    let runner = Runner::default();
    let name = Val::from("<output>".to_string());
    let mut out = Vec::new();
    data::run(
        &runner,
        &filter,
        Vars::new([env]),
        (&name, std::iter::once(Ok::<_, String>(input))),
        JqError,
        |value| {
            let value = unwrap_valr(value)
                .map_err(|e| JqError(format!("--jq `{expression}` failed: {e}")))?;
            let text = value.to_string();
            out.push(serde_json::from_str(&text).unwrap_or(Value::String(text)));
            Ok(())
        },
    )?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_and_reports() {
        let input = json!({"workspaces": [{"id": "a", "label": "x"}, {"id": "b", "label": "y"}]});
        assert_eq!(
            filter(".workspaces[].id", &input).unwrap(),
            vec![json!("a"), json!("b")]
        );
        assert_eq!(
            filter("[.workspaces[] | select(.label == \"y\") | .id]", &input).unwrap(),
            vec![json!(["b"])]
        );
        assert_eq!(
            filter(".workspaces | length", &input).unwrap(),
            vec![json!(2)]
        );
        let bad = filter(".[", &input).unwrap_err().0;
        assert!(bad.contains("is invalid"), "{bad}");
        assert_eq!(
            bad.matches("error:").count(),
            bad.lines().filter(|l| l.starts_with("error:")).count()
        );
        let undefined = filter("nosuchfn", &input).unwrap_err().0;
        assert!(undefined.contains("undefined filter"), "{undefined}");
        assert!(undefined.contains("nosuchfn"), "{undefined}");
    }

    #[test]
    fn jq_formats_env_and_input_come_from_jaq() {
        let rows = json!([["a", "b,c"], [1, "x\"y"]]);
        assert_eq!(
            filter(".[] | @csv", &rows).unwrap(),
            vec![json!("\"a\",\"b,c\""), json!("1,\"x\"\"y\"")]
        );
        assert_eq!(filter(".[0] | @tsv", &rows).unwrap(), vec![json!("a\tb,c")]);
        assert_eq!(
            filter(".[0] | @sh", &rows).unwrap(),
            vec![json!("'a' 'b,c'")]
        );
        assert_eq!(
            filter("\"hi\" | @base64", &rows).unwrap(),
            vec![json!("aGk=")]
        );
        assert_eq!(
            filter("$ENV.PATH | type", &rows).unwrap(),
            vec![json!("string")]
        );
        // one input (the command's output): `input` after it has nothing more to read
        assert_eq!(
            filter("[., inputs] | length", &rows).unwrap(),
            vec![json!(1)]
        );
        assert!(check("@nosuchformat").is_err());
        assert!(check(".a | @csv").is_ok());
    }

    #[test]
    fn a_parse_error_is_reported_once() {
        let text = check(".a | [").unwrap_err().0;
        let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("error:")).collect();
        let unique: std::collections::HashSet<_> = errors.iter().collect();
        assert_eq!(errors.len(), unique.len(), "{text}");
        assert!(!errors.is_empty(), "{text}");
    }
}
