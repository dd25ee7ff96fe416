//! What build.rs recorded about every checked-in operation, for `houston query list|show` and
//! `houston schema check`.

/// One operation file under `queries/`.
#[derive(Debug, Clone, Copy)]
pub struct OperationInfo {
    /// The operation's name (`upsertDeployment_1_0_1` for a variant file).
    pub name: &'static str,
    /// The name without the version suffix.
    pub base: &'static str,
    /// The minimum platform version of a variant file (`NAME@X.Y.Z.graphql`).
    pub min_version: Option<&'static str>,
    /// `query`, `mutation` or `subscription`.
    pub kind: &'static str,
    /// The path under the crate root.
    pub file: &'static str,
    /// The document, exactly as checked in.
    pub text: &'static str,
    /// Declared variables: name and GraphQL type.
    pub variables: &'static [(&'static str, &'static str)],
    /// The root fields the operation selects.
    pub root_fields: &'static [&'static str],
}

pub use crate::operations::MANIFEST;

/// The operation named `name` (its full name or, for variants, the base name of the newest).
pub fn find(name: &str) -> Option<&'static OperationInfo> {
    MANIFEST.iter().find(|op| op.name == name).or_else(|| {
        MANIFEST
            .iter()
            .filter(|op| op.base == name)
            .max_by_key(|op| op.min_version.and_then(crate::houston::Version::parse))
    })
}
