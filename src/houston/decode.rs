//! How the generated types read a response's JSON ([`Decode`]): one small impl per type
//! instead of serde's derive. [`Client::execute`](super::Client::execute) decodes `data` with
//! it; a type of your own can implement it to be an operation's `ResponseData`.
//!
//! serde's `Deserialize` derive writes some 200 lines per struct (a field enum and its
//! visitor, `visit_seq`, `visit_map`), and the checked-in operations have some 350 such types:
//! they were 62,000 of the library's 174,000 lines after macro expansion and most of its
//! compile time (docs/design.md, sixth session). The generator now writes
//! `Decode` impls of a line per field on top of the helpers below; every generated type still
//! implements `Deserialize` (through [`deserialize`]), so `serde_json::from_value` and
//! `graphql_client`'s traits work as before. Scalars still go through serde (with
//! `serde_path_to_error`), so a scalar of your own, mapped with `Codegen::scalar`, keeps its
//! own `Deserialize`. Errors name the JSON path and say what was found, as serde does.

use serde::de::{DeserializeOwned, Deserializer};
use serde_json::{Map, Value};
use std::fmt;

/// A type the generated code reads from a JSON value. Implemented by every generated struct
/// and enum, and for `Option`, `Vec` and `Box` of them.
pub trait Decode: Sized {
    /// Reads `value`, or says where and why it does not fit.
    fn decode(value: &Value) -> Result<Self, Mismatch>;

    /// What a field the object does not have reads as: `None` for an optional field, an error
    /// (`missing field`) for any other.
    fn absent() -> Option<Self> {
        None
    }
}

/// A value that does not fit its type: where (a JSON path) and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// Innermost segment first: segments are added as the error travels outwards, so a
    /// successful decode never builds a path.
    path: Vec<Segment>,
    message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Field(String),
    Index(usize),
}

impl Mismatch {
    /// A mismatch at the value being read.
    pub fn new(message: impl Into<String>) -> Self {
        Mismatch {
            path: Vec::new(),
            message: message.into(),
        }
    }

    fn invalid(value: &Value, expected: &str) -> Self {
        Mismatch::new(format!(
            "invalid type: {}, expected {expected}",
            unexpected(value)
        ))
    }

    fn in_field(mut self, name: &str) -> Self {
        self.path.push(Segment::Field(name.to_string()));
        self
    }

    fn at_index(mut self, index: usize) -> Self {
        self.path.push(Segment::Index(index));
        self
    }

    /// The JSON path of the value, as `serde_path_to_error` writes it (`users[2].emails`;
    /// `.` for the value itself).
    pub fn path(&self) -> String {
        if self.path.is_empty() {
            return ".".into();
        }
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    /// What was wrong, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path(), self.message)
        }
    }
}

impl std::error::Error for Mismatch {}

/// What serde says it found, in serde's words.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(value: &Value) -> Result<Self, Mismatch> {
        match value {
            Value::Null => Ok(None),
            value => T::decode(value).map(Some),
        }
    }

    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: &Value) -> Result<Self, Mismatch> {
        let Value::Array(items) = value else {
            return Err(Mismatch::invalid(value, "a sequence"));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::decode(item).map_err(|e| e.at_index(i)))
            .collect()
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode(value: &Value) -> Result<Self, Mismatch> {
        T::decode(value).map(Box::new)
    }
}

/// The object a generated struct is read from; `expected` names the struct (`struct Name`).
pub fn object<'v>(value: &'v Value, expected: &str) -> Result<&'v Map<String, Value>, Mismatch> {
    match value {
        Value::Object(map) => Ok(map),
        other => Err(Mismatch::invalid(other, expected)),
    }
}

/// A field whose type has a [`Decode`] impl (a generated type, maybe in `Option`/`Vec`).
pub fn field<T: Decode>(object: &Map<String, Value>, name: &str) -> Result<T, Mismatch> {
    match object.get(name) {
        Some(value) => T::decode(value).map_err(|e| e.in_field(name)),
        None => T::absent().ok_or_else(|| missing(name)),
    }
}

/// A field of a scalar type (maybe in `Option`/`Vec`), read with the type's own `Deserialize`;
/// `optional` says whether the field may be missing.
pub fn scalar<T: DeserializeOwned>(
    object: &Map<String, Value>,
    name: &str,
    optional: bool,
) -> Result<T, Mismatch> {
    let value = match object.get(name) {
        Some(value) => value,
        None if optional => &Value::Null,
        None => return Err(missing(name)),
    };
    serde_path_to_error::deserialize(value).map_err(|e| from_serde(&e).in_field(name))
}

fn missing(name: &str) -> Mismatch {
    Mismatch::new(format!("missing field `{name}`"))
}

/// A whole value read with its type's own `Deserialize`, as a [`Decode`] impl for a type of your
/// own that derives serde (an operation's `ResponseData` written by hand):
/// `fn decode(value: &Value) -> Result<Self, Mismatch> { decode::with_serde(value) }`.
pub fn with_serde<T: DeserializeOwned>(value: &Value) -> Result<T, Mismatch> {
    serde_path_to_error::deserialize(value).map_err(|e| from_serde(&e))
}

/// serde_path_to_error's error as a [`Mismatch`], its path kept.
fn from_serde(e: &serde_path_to_error::Error<serde_json::Error>) -> Mismatch {
    let mut mismatch = Mismatch::new(e.inner().to_string());
    // Innermost first, as `Mismatch` keeps them.
    for segment in e.path().iter().collect::<Vec<_>>().into_iter().rev() {
        mismatch = match segment {
            serde_path_to_error::Segment::Seq { index } => mismatch.at_index(*index),
            other => mismatch.in_field(&other.to_string()),
        };
    }
    mismatch
}

/// A schema enum: a string, one of `known`'s or kept as it is by `other`.
pub fn string_enum<T>(
    value: &Value,
    known: fn(&str) -> Option<T>,
    other: fn(String) -> T,
) -> Result<T, Mismatch> {
    match value {
        Value::String(s) => Ok(known(s).unwrap_or_else(|| other(s.clone()))),
        other => Err(Mismatch::invalid(other, "a string")),
    }
}

/// `Deserialize` for a generated type: the JSON value, then [`Decode`].
pub fn deserialize<'de, D: Deserializer<'de>, T: Decode>(deserializer: D) -> Result<T, D::Error> {
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    T::decode(&value).map_err(serde::de::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Email {
        address: String,
    }
    impl Decode for Email {
        fn decode(value: &Value) -> Result<Self, Mismatch> {
            let object = object(value, "struct Email")?;
            Ok(Email {
                address: scalar(object, "address", false)?,
            })
        }
    }
    #[derive(Debug, PartialEq)]
    struct User {
        id: String,
        name: Option<String>,
        emails: Option<Vec<Option<Email>>>,
        tags: Vec<String>,
    }
    impl Decode for User {
        fn decode(value: &Value) -> Result<Self, Mismatch> {
            let object = object(value, "struct User")?;
            Ok(User {
                id: scalar(object, "id", false)?,
                name: scalar(object, "name", true)?,
                emails: field(object, "emails")?,
                tags: scalar(object, "tags", false)?,
            })
        }
    }

    fn error(value: Value) -> String {
        let e = Vec::<User>::decode(&value).unwrap_err();
        format!("{} | {}", e.path(), e.message())
    }

    #[test]
    fn reads_what_serde_would() {
        let users = Vec::<User>::decode(&json!([
            {"id": "u1", "emails": [{"address": "a@x"}, null], "tags": [], "extra": 1},
            {"id": "u2", "name": null, "emails": null, "tags": ["t"]}
        ]))
        .unwrap();
        assert_eq!(users[0].name, None, "a missing optional field is None");
        assert_eq!(
            users[0].emails,
            Some(vec![
                Some(Email {
                    address: "a@x".into()
                }),
                None
            ])
        );
        assert_eq!(users[1].tags, vec!["t".to_string()]);
    }

    #[test]
    fn mismatches_name_their_path_in_serde_path_to_errors_words() {
        assert_eq!(
            error(json!([{"id": "u", "tags": [], "emails": [{"address": null}]}])),
            "[0].emails[0].address | invalid type: null, expected a string"
        );
        assert_eq!(
            error(json!([{"id": "u", "tags": ["a", 5]}])),
            "[0].tags[1] | invalid type: integer `5`, expected a string"
        );
        assert_eq!(error(json!([{"tags": []}])), "[0] | missing field `id`");
        assert_eq!(
            error(json!([{"id": "u", "tags": [], "emails": "x"}])),
            "[0].emails | invalid type: string \"x\", expected a sequence"
        );
        assert_eq!(
            error(json!({"id": 1})),
            ". | invalid type: map, expected a sequence"
        );
        assert_eq!(
            error(json!([7])),
            "[0] | invalid type: integer `7`, expected struct User"
        );
    }

    #[test]
    fn a_serde_type_of_your_own_decodes_through_with_serde() {
        #[derive(Debug, serde::Deserialize)]
        struct Own {
            ids: Vec<String>,
        }
        impl Decode for Own {
            fn decode(value: &Value) -> Result<Self, Mismatch> {
                with_serde(value)
            }
        }
        assert_eq!(Own::decode(&json!({"ids": ["a"]})).unwrap().ids, vec!["a"]);
        let e = Vec::<Own>::decode(&json!([{"ids": ["a", 2]}])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "[0].ids[1]: invalid type: integer `2`, expected a string"
        );
    }

    #[test]
    fn generated_types_stay_deserialize() {
        #[derive(Debug)]
        struct Wrapped(User);
        impl<'de> serde::Deserialize<'de> for Wrapped {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize(d).map(Wrapped)
            }
        }
        let err = serde_json::from_str::<Wrapped>(r#"{"id": "u", "tags": [1]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "tags[0]: invalid type: integer `1`, expected a string"
        );
        let ok = serde_json::from_str::<Wrapped>(r#"{"id": "u", "tags": []}"#).unwrap();
        assert_eq!(ok.0.id, "u");
    }
}
