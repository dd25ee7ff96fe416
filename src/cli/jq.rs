//! `--jq EXPR`: filters JSON output with jaq, the Rust implementation of jq.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

/// A jq expression that does not parse, names an unknown filter, or fails on the input.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct JqError(pub String);

/// Runs `expression` on `input` and returns every output value.
pub fn filter(expression: &str, input: &Value) -> Result<Vec<Value>, JqError> {
    let program = File {
        code: expression,
        path: (),
    };
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = loader.load(&arena, program).map_err(|errors| {
        let detail = errors
            .into_iter()
            .map(|(_, e)| load_error(expression, e))
            .collect::<Vec<_>>()
            .join("; ");
        JqError(format!("invalid --jq expression `{expression}`: {detail}"))
    })?;
    let filter = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| {
            let names: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, es)| es.into_iter().map(|(name, _)| name.to_string()))
                .collect();
            JqError(format!(
                "invalid --jq expression `{expression}`: undefined {}",
                names.join(", ")
            ))
        })?;
    let bytes = serde_json::to_vec(input).expect("a JSON value serialises");
    let input = jaq_json::read::parse_single(&bytes)
        .map_err(|e| JqError(format!("cannot feed the output to --jq: {e}")))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut out = Vec::new();
    for result in filter.id.run((ctx, input)).map(unwrap_valr) {
        let value = result.map_err(|e| JqError(format!("--jq `{expression}` failed: {e}")))?;
        let text = value.to_string();
        out.push(serde_json::from_str(&text).unwrap_or(Value::String(text)));
    }
    Ok(out)
}

fn load_error(code: &str, error: jaq_core::load::Error<&str>) -> String {
    use jaq_core::load::Error;
    let at = |rest: &str| code.len().saturating_sub(rest.len()) + 1;
    match error {
        Error::Io(items) => items
            .into_iter()
            .map(|(_, e)| e)
            .collect::<Vec<_>>()
            .join("; "),
        Error::Lex(items) => items
            .into_iter()
            .map(|(expect, rest)| format!("expected {} at column {}", expect.as_str(), at(rest)))
            .collect::<Vec<_>>()
            .join("; "),
        Error::Parse(items) => items
            .into_iter()
            .map(|(expect, rest)| format!("expected {} at column {}", expect.as_str(), at(rest)))
            .collect::<Vec<_>>()
            .join("; "),
    }
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
        assert!(filter(".[", &input).unwrap_err().0.contains("invalid --jq"));
        assert!(
            filter("nosuchfn", &input)
                .unwrap_err()
                .0
                .contains("undefined nosuchfn")
        );
    }
}
