//! Several calls of one checked-in operation sent as one request: the operation's root field
//! repeated under aliases (`b0: workspaceAddUser(…) b1: workspaceAddUser(…)`), each call with
//! its own copy of the variables (`$email__0`, `$email__1`).
//!
//! GraphQL executes a mutation's root fields one after the other, and an error in a nullable
//! field nulls that field only: Houston (Apollo Server) runs every alias and reports each
//! failure in `errors` with the alias as the first element of its `path`. That is what maps an
//! error back to its call. A round trip, a request parse and (on the platform's database) a
//! commit are then shared by many changes instead of paid by each.
//!
//! The document is rewritten by a scanner, not a parser (the library's typed path carries no
//! GraphQL parser, see [`super::fold`]); an operation it cannot split (fragments, directives,
//! several root fields) is sent once per call instead, as [`super::Client::execute`] would.

/// One call's share of a batched document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Split {
    /// The variable definitions, renamed for call `i` (without the parentheses).
    pub defs: String,
    /// The root field with its arguments and selection, variables renamed, without alias.
    pub field: String,
    /// The key the root field answers under in the operation as written (its alias, or its
    /// name): what the generated `ResponseData` expects.
    pub key: String,
}

/// The alias of call `i`.
pub(crate) fn alias(i: usize) -> String {
    format!("b{i}")
}

/// A variable's name in call `i`.
pub(crate) fn renamed(name: &str, i: usize) -> String {
    format!("{name}__{i}")
}

/// Skips a string or block string starting at `i`; the index after it.
fn skip_string(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if text[i..].starts_with("\"\"\"") {
        let end = text[i + 3..].find("\"\"\"")?;
        return Some(i + 3 + end + 3);
    }
    let mut j = i + 1;
    while j < bytes.len() && bytes[j] != b'"' {
        j += if bytes[j] == b'\\' { 2 } else { 1 };
    }
    (j < bytes.len()).then_some(j + 1)
}

/// `query` with comments dropped and every `$name` renamed for call `i`; strings verbatim.
fn rename_variables(query: &str, i: usize) -> Option<String> {
    let bytes = query.as_bytes();
    let mut out = String::with_capacity(query.len() + 64);
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'#' => {
                while k < bytes.len() && bytes[k] != b'\n' {
                    k += 1;
                }
            }
            b'"' => {
                let end = skip_string(query, k)?;
                out.push_str(&query[k..end]);
                k = end;
            }
            b'$' => {
                let start = k + 1;
                let mut end = start;
                while end < bytes.len()
                    && (bytes[end] == b'_' || bytes[end].is_ascii_alphanumeric())
                {
                    end += 1;
                }
                if end == start {
                    return None;
                }
                out.push('$');
                out.push_str(&renamed(&query[start..end], i));
                k = end;
            }
            _ => {
                let start = k;
                while k < bytes.len() && !matches!(bytes[k], b'#' | b'"' | b'$') {
                    k += 1;
                }
                out.push_str(&query[start..k]);
            }
        }
    }
    Some(out)
}

/// The index of the bracket closing the one opened at `open` (strings skipped).
fn matching(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (o, c) = (bytes[open], if bytes[open] == b'(' { b')' } else { b'}' });
    let mut depth = 0usize;
    let mut k = open;
    while k < bytes.len() {
        match bytes[k] {
            b'"' => {
                k = skip_string(text, k)?;
                continue;
            }
            b if b == o => depth += 1,
            b if b == c => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
        k += 1;
    }
    None
}

fn name_at(text: &str, k: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = k;
    while end < bytes.len() && (bytes[end] == b'_' || bytes[end].is_ascii_alphanumeric()) {
        end += 1;
    }
    end
}

fn skip_blank(text: &str, mut k: usize) -> usize {
    let bytes = text.as_bytes();
    while k < bytes.len() && (bytes[k].is_ascii_whitespace() || bytes[k] == b',') {
        k += 1;
    }
    k
}

/// Splits a one-operation, one-root-field document for call `i`; `None` when it is anything
/// else (then the calls go one by one).
pub(crate) fn split(query: &str, kind: &str, i: usize) -> Option<Split> {
    let text = rename_variables(query, i)?;
    let mut k = skip_blank(&text, 0);
    if !text[k..].starts_with(kind) {
        return None;
    }
    k = skip_blank(&text, k + kind.len());
    k = skip_blank(&text, name_at(&text, k));
    let mut defs = String::new();
    if text.as_bytes().get(k) == Some(&b'(') {
        let close = matching(&text, k)?;
        defs = text[k + 1..close].trim().to_string();
        k = skip_blank(&text, close + 1);
    }
    if text.as_bytes().get(k) != Some(&b'{') {
        return None;
    }
    let close = matching(&text, k)?;
    if !text[close + 1..].trim().is_empty() {
        // Fragments or further operations.
        return None;
    }
    let inner = &text[k + 1..close];
    let mut f = skip_blank(inner, 0);
    let end = name_at(inner, f);
    if end == f {
        return None;
    }
    let key = inner[f..end].to_string();
    let mut g = skip_blank(inner, end);
    if inner.as_bytes().get(g) == Some(&b':') {
        // An alias: the field's own name follows.
        f = skip_blank(inner, g + 1);
        g = name_at(inner, f);
        if g == f {
            return None;
        }
        g = skip_blank(inner, g);
    }
    if inner.as_bytes().get(g) == Some(&b'(') {
        g = skip_blank(inner, matching(inner, g)? + 1);
    }
    if inner.as_bytes().get(g) == Some(&b'{') {
        g = skip_blank(inner, matching(inner, g)? + 1);
    }
    if g != inner.len() {
        // Directives or a second root field.
        return None;
    }
    Some(Split {
        defs,
        field: inner[f..].trim().to_string(),
        key,
    })
}

/// The document that runs `parts` (call `i` under alias `b{i}`) as operation `name`.
pub(crate) fn document(kind: &str, name: &str, parts: &[(usize, Split)]) -> String {
    let defs: Vec<&str> = parts
        .iter()
        .map(|(_, p)| p.defs.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    let mut doc = format!("{kind} {name}");
    if !defs.is_empty() {
        doc.push('(');
        doc.push_str(&defs.join(" "));
        doc.push(')');
    }
    doc.push_str(" {\n");
    for (i, p) in parts {
        doc.push_str(&format!("  {}: {}\n", alias(*i), p.field));
    }
    doc.push_str("}\n");
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_field_operation_splits_with_its_variables_renamed() {
        let doc = "# a comment with $fake and } in it\nmutation add(\n  $w: Uuid!\n  $type: String! = \"air$flow\"\n) {\n  \
                   workspaceAddUser(workspaceUuid: $w, note: \"\"\"}{$x\"\"\", type: $type) {\n    id # }\n  }\n}\n";
        let s = split(doc, "mutation", 3).unwrap();
        assert_eq!(s.defs, "$w__3: Uuid!\n  $type__3: String! = \"air$flow\"");
        assert_eq!(
            s.field,
            "workspaceAddUser(workspaceUuid: $w__3, note: \"\"\"}{$x\"\"\", type: $type__3) {\n    id \n  }"
        );
        assert_eq!(s.key, "workspaceAddUser");
        let joined = document(
            "mutation",
            "many",
            &[(0, split(doc, "mutation", 0).unwrap()), (3, s)],
        );
        assert!(joined.starts_with("mutation many($w__0: Uuid!"), "{joined}");
        assert!(
            joined.contains("\n  b3: workspaceAddUser(workspaceUuid: $w__3"),
            "{joined}"
        );
    }

    #[test]
    fn an_alias_is_the_key_and_is_replaced() {
        let s = split(
            "mutation m { added: workspaceAddUser(a: 1) { id } }",
            "mutation",
            0,
        )
        .unwrap();
        assert_eq!(
            (s.key.as_str(), s.field.as_str()),
            ("added", "workspaceAddUser(a: 1) { id }")
        );
        assert_eq!(
            document("mutation", "n", &[(0, s)]),
            "mutation n {\n  b0: workspaceAddUser(a: 1) { id }\n}\n"
        );
    }

    #[test]
    fn the_operations_apply_batches_split() {
        use crate::operations as ops;
        for query in [
            ops::workspace_add_user_quietly::QUERY,
            ops::deployment_add_user_role::QUERY,
            ops::workspace_upsert_user_role::QUERY,
            ops::deployment_update_user_role::QUERY,
            ops::update_deployment_variables::QUERY,
        ] {
            assert!(split(query, "mutation", 0).is_some(), "{query}");
        }
    }

    #[test]
    fn what_cannot_be_split_is_refused() {
        for doc in [
            "mutation m { a { id } b { id } }",
            "mutation m { a @skip(if: true) { id } }",
            "mutation m { a { ...F } } fragment F on A { id }",
            "query q { a { id } }",
            "mutation m { a(s: \"unterminated) { id } }",
            "mutation m { a { id }",
        ] {
            assert_eq!(split(doc, "mutation", 0), None, "{doc}");
        }
    }
}
