//! Platform versions and the astro CLI's "greatest lower bound" rule for operation variants.

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

#[cfg(test)]
mod tests {
    use super::*;

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
