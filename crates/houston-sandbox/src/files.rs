//! Files that hold secrets (the admin token and password): owner-only, replaced atomically.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` with mode 0600 through a temporary file in the same directory and a
/// rename, so a reader never sees a partial token and a crash never leaves a readable one.
/// tempfile creates the file 0600 under a random name (two writers never share one) and deletes
/// it if anything fails before the rename.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
