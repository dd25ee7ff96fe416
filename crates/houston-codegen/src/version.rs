//! Platform versions as operation file names (`op@0.29.0.graphql`) and servers (`appConfig.version`)
//! spell them: parsed the same way at build time and at run time, with no dependency.

/// Parses `X.Y.Z` (a pre-release suffix such as `-rc.1` is ignored, as the astro CLI does).
pub fn parse_version(text: &str) -> Option<(u64, u64, u64)> {
    let core = text.trim().trim_start_matches('v');
    let core = core.split(['-', '+']).next()?;
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some((major, minor, patch))
}
