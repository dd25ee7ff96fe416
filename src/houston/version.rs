//! Platform versions and the astro CLI's "greatest lower bound" rule for operation variants.

use super::Error;
use crate::http::FromUnanswered as _;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt;

/// A platform version as `appConfig.version` reports it (`0.34.1`, `1.0.5`, `2.1.0-rc.1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version(pub u64, pub u64, pub u64);

impl Version {
    /// Parses `X.Y.Z`, ignoring a pre-release or build suffix and a leading `v`.
    pub fn parse(text: &str) -> Option<Version> {
        houston_codegen::version::parse_version(text).map(|(a, b, c)| Version(a, b, c))
    }
}

impl From<(u64, u64, u64)> for Version {
    fn from((a, b, c): (u64, u64, u64)) -> Self {
        Version(a, b, c)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Picks the variant for `platform` among `variants` (their minimum versions): the highest one
/// not above the platform. Like the astro CLI, an unknown platform, or one older than every
/// variant, gets the newest variant; callers that must refuse old platforms check
/// [`crate::houston::Operation::MIN_VERSION`] separately.
pub fn pick_variant(variants: &[Version], platform: Option<Version>) -> Option<usize> {
    let newest = variants
        .iter()
        .enumerate()
        .max_by_key(|(_, v)| **v)
        .map(|(i, _)| i)?;
    let Some(platform) = platform else {
        return Some(newest);
    };
    variants
        .iter()
        .enumerate()
        .filter(|(_, v)| **v <= platform)
        .max_by_key(|(_, v)| **v)
        .map(|(i, _)| i)
        .or(Some(newest))
}

/// True when the variant declaring `declared` and requiring `required` (GraphQL names) can be
/// sent with `all` (a union of variants' variables): every value given is declared, and every
/// required variable has one. Used by generated code to decide whether the newest variant can
/// be sent before the platform's version is known.
pub fn carries(all: &impl Serialize, declared: &[&str], required: &[&str]) -> bool {
    match serde_json::to_value(all) {
        Ok(Value::Object(given)) => {
            given
                .iter()
                .all(|(k, v)| v.is_null() || declared.contains(&k.as_str()))
                && required
                    .iter()
                    .all(|r| given.get(*r).is_some_and(|v| !v.is_null()))
        }
        _ => true,
    }
}

/// The variables of one version variant, taken from the union of every variant's variables
/// (what a generated `versioned::<operation>::call` is given). Refused before anything is sent:
/// a value given for a variable the variant does not declare, as [`Error::NotCarried`] (a
/// platform that has no place for it would drop it silently or reject the document), and a
/// variable the variant requires left `None`, as [`Error::MissingVariable`].
///
/// `declared` is the variant's variables by GraphQL name, `required` those of them that are
/// non-null with no default; `base` names the operation in the error. Used by generated code;
/// the conversion goes through JSON because every variant has its own generated Rust types for
/// the same GraphQL input types.
pub fn carry<V: DeserializeOwned>(
    all: &impl Serialize,
    declared: &[&str],
    required: &[&str],
    base: &str,
    platform: Option<Version>,
) -> Result<V, Error> {
    let encoded = serde_json::to_value(all)
        .map_err(|e| Error::invalid(format!("{base}: cannot encode variables: {e}")))?;
    let mut given = match encoded {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    given.retain(|_, v| !v.is_null());
    let lacking: Vec<String> = given
        .keys()
        .filter(|k| !declared.contains(&k.as_str()))
        .cloned()
        .collect();
    if !lacking.is_empty() {
        return Err(Error::NotCarried {
            operation: base.to_string(),
            variables: lacking,
            platform,
        });
    }
    let missing: Vec<String> = required
        .iter()
        .filter(|r| !given.contains_key(**r))
        .map(|r| r.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(Error::MissingVariable {
            operation: base.to_string(),
            variables: missing,
            platform,
        });
    }
    // A variant without variables has a unit `Variables`, which serde reads from null.
    let given = if declared.is_empty() {
        Value::Null
    } else {
        Value::Object(given)
    };
    serde_json::from_value(given).map_err(|e| Error::invalid(format!("{base}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Union {
        #[serde(rename = "clusterId")]
        cluster_id: Option<String>,
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct NoVariables;

    #[test]
    fn carry_refuses_what_a_variant_lacks_or_requires_and_reads_a_variant_without_variables() {
        let none = Union { cluster_id: None };
        let some = Union {
            cluster_id: Some("c".into()),
        };
        // The variant without variables (a unit struct), from a union with nothing given.
        let unit = carry::<NoVariables>(&none, &[], &[], "op", None);
        assert_eq!(unit.unwrap(), NoVariables);
        assert!(carries(&none, &[], &[]));
        // A value it has no place for.
        match carry::<NoVariables>(&some, &[], &[], "op", None) {
            Err(Error::NotCarried { variables, .. }) => assert_eq!(variables, ["clusterId"]),
            other => panic!("{other:?}"),
        }
        assert!(!carries(&some, &[], &[]));
        // A variable it requires, left out.
        let platform = Some(Version(1, 0, 0));
        match carry::<Value>(&none, &["clusterId"], &["clusterId"], "op", platform) {
            Err(Error::MissingVariable {
                operation,
                variables,
                platform: p,
            }) => {
                assert_eq!((operation.as_str(), p), ("op", platform));
                assert_eq!(variables, ["clusterId"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(!carries(&none, &["clusterId"], &["clusterId"]));
        assert!(carries(&some, &["clusterId"], &["clusterId"]));
        let taken = carry::<Value>(&some, &["clusterId"], &["clusterId"], "op", platform);
        assert_eq!(taken.unwrap(), serde_json::json!({"clusterId": "c"}));
    }

    #[test]
    fn greatest_lower_bound() {
        let v = [Version(0, 25, 0), Version(0, 29, 0), Version(1, 0, 0)];
        assert_eq!(pick_variant(&v, Version::parse("0.28.3")), Some(0));
        assert_eq!(pick_variant(&v, Version::parse("0.29.0")), Some(1));
        assert_eq!(pick_variant(&v, Version::parse("1.0.5-rc.1")), Some(2));
        assert_eq!(pick_variant(&v, Version::parse("0.16.0")), Some(2));
        assert_eq!(pick_variant(&v, None), Some(2));
        assert_eq!(pick_variant(&[], None), None);
        assert_eq!(Version::parse("v2.1"), Some(Version(2, 1, 0)));
        assert_eq!(Version::parse("abc"), None);
    }
}
