//! Files that hold secrets (the admin token and password): owner-only, replaced atomically.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` with mode 0600 through a temporary file in the same directory and a
/// rename, so a reader never sees a partial token and a crash never leaves a readable one.
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = std::fs::OpenOptions::new();
    tmp.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut tmp, 0o600);
    let tmp_path = dir.join(format!(".secret.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp_path);
    let mut file = tmp.open(&tmp_path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp_path, path)
}
