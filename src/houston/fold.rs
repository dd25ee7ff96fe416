//! The platform-version probe carried inside a query instead of sent before it.
//!
//! Variant choice needs the platform's version (`appConfig { version }`). Asking it in a request
//! of its own doubles the round trips of a one-request command, so the first query a client
//! sends while the version is unknown carries `appConfig { version }` under a reserved alias
//! beside its own root fields (GraphQL lets one document select several root fields). The alias
//! is taken out of the answer before anyone sees it.

use serde_json::Value;

use super::Version;

/// The alias the folded probe answers under; the `houston_` prefix keeps it clear of any field a
/// checked-in operation selects.
pub(crate) const ALIAS: &str = "houston_platformVersion";

/// `query` with the probe added to the root selection of the query operation named
/// `operation`, or `None` when it cannot be found (then the probe is sent on its own, as
/// before). A scanner, not a parser (the library's typed path carries no GraphQL parser): it
/// skips comments, strings and block strings, finds `query NAME` at the top level, then the
/// first `{` outside the variable definitions' parentheses, and inserts before its matching `}`.
pub(crate) fn with_probe(query: &str, operation: &str) -> Option<String> {
    let bytes = query.as_bytes();
    let (mut i, mut depth, mut parens) = (0, 0usize, 0usize);
    // After `query NAME` at the top level: where its selection set opened, once it has.
    let mut ours = false;
    let mut opened: Option<usize> = None;
    let mut last_word: Option<&str> = None;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' if query[i..].starts_with("\"\"\"") => {
                let end = query[i + 3..].find("\"\"\"")?;
                i += 3 + end + 3;
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                continue;
            }
            b'(' => parens += 1,
            b')' => parens = parens.checked_sub(1)?,
            b'{' if parens == 0 => {
                if depth == 0 && ours && opened.is_none() {
                    opened = Some(i);
                }
                depth += 1;
            }
            b'}' if parens == 0 => {
                depth = depth.checked_sub(1)?;
                if depth == 0 && opened.is_some() {
                    return Some(format!(
                        "{} {ALIAS}: appConfig {{ version }}\n{}",
                        &query[..i],
                        &query[i..]
                    ));
                }
            }
            c if c == b'_' || c.is_ascii_alphabetic() => {
                let start = i;
                while i < bytes.len() && (bytes[i] == b'_' || bytes[i].is_ascii_alphanumeric()) {
                    i += 1;
                }
                let word = &query[start..i];
                if depth == 0 && parens == 0 && opened.is_none() {
                    if last_word == Some("query") && word == operation {
                        ours = true;
                    } else if matches!(word, "query" | "mutation" | "subscription" | "fragment") {
                        ours = false;
                    }
                    last_word = Some(word);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Takes the probe's answer out of `data`: `Some(version)` when the answer held the alias
/// (`Some(None)` when the server did not say which version it is), `None` when it did not.
pub(crate) fn take(data: Option<&mut Value>) -> Option<Option<Version>> {
    let answer = data?.as_object_mut()?.shift_remove(ALIAS)?;
    Some(
        answer
            .pointer("/version")
            .and_then(Value::as_str)
            .and_then(Version::parse),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_probe_joins_the_named_query_only() {
        let doc = "# a comment with } in it\nfragment F on Workspace { id }\n\
                   query one($w: Uuid!) { workspace(workspaceUuid: $w) { ...F label } }\n\
                   mutation two { createWorkspace(label: \"x\") { id } }\n";
        let folded = with_probe(doc, "one").unwrap();
        assert!(
            folded.contains(&format!(
                "{{ ...F label }}  {ALIAS}: appConfig {{ version }}\n}}"
            )),
            "{folded}"
        );
        assert!(folded.starts_with(&doc[..doc.find("{ ...F").unwrap()]));
        assert!(folded.ends_with("}\nmutation two { createWorkspace(label: \"x\") { id } }\n"));
        // Braces in strings, block strings, comments and variable defaults are not selections.
        let tricky = "query q($o: In = {a: \"}\"}) { a(s: \"\"\"}{\"\"\") { b } # }\n}";
        assert_eq!(
            with_probe(tricky, "q").unwrap(),
            format!(
                "query q($o: In = {{a: \"}}\"}}) {{ a(s: \"\"\"}}{{\"\"\") {{ b }} # }}\n {ALIAS}: appConfig {{ version }}\n}}"
            )
        );
        assert_eq!(with_probe(doc, "two"), None, "a mutation has no appConfig");
        assert_eq!(with_probe(doc, "three"), None);
        assert_eq!(with_probe("query {", "q"), None);
    }

    #[test]
    fn the_answer_is_taken_out() {
        let mut data = json!({"workspace": {"id": "w"}, ALIAS: {"version": "0.35.1"}});
        assert_eq!(take(Some(&mut data)), Some(Version::parse("0.35.1")));
        assert_eq!(data, json!({"workspace": {"id": "w"}}));
        let mut unsaid = json!({"a": 1, ALIAS: {"version": null}});
        assert_eq!(take(Some(&mut unsaid)), Some(None));
        assert_eq!(take(Some(&mut json!({"a": 1}))), None);
        assert_eq!(take(None), None);
    }
}
