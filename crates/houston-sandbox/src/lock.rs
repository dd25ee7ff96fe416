//! The data directory: owner-only, and held by one sandbox at a time.
//!
//! A `serve` (or an in-process `--sandbox`) holds an advisory lock (`flock`) on `DIR/lock` for
//! as long as it serves; the file also names the PID that holds it. A second `serve` and
//! `houston sandbox reset` refuse while it is held, so nobody deletes the store under a server
//! that keeps acknowledging writes. In-process sandboxes take the lock shared, so several
//! `houston --sandbox …` commands can run side by side (SQLite serialises their writes), while a
//! `serve` or a `reset` needs it alone. The kernel drops the lock when the process dies, so a
//! `kill -9` never leaves a stale lock behind.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::Error;

/// The lock file's name in the data directory.
pub const LOCK_FILE: &str = "lock";

/// A held lock on a data directory; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct DataLock {
    _file: File,
    dir: PathBuf,
}

impl DataLock {
    /// The directory this lock holds.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Creates the directory owner-only (0700), or tightens an existing one that group or others
/// can read: it holds password and token hashes. Refuses when it cannot tighten it.
pub fn prepare_dir(dir: &Path) -> Result<(), Error> {
    if !dir.exists() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Io(format!("cannot create {}: {e}", dir.display())))?;
        set_mode(dir, 0o700)?;
        return Ok(());
    }
    if !dir.is_dir() {
        return Err(Error::Io(format!(
            "{} is not a directory: give --data a directory",
            dir.display()
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)
            .map_err(|e| Error::Io(format!("cannot read {}: {e}", dir.display())))?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            set_mode(dir, 0o700).map_err(|_| {
                Error::Io(format!(
                    "{} is readable by other users (mode {:o}) and cannot be made owner-only: \
                     the sandbox keeps password and token hashes there; give --data a directory of your own",
                    dir.display(),
                    mode & 0o777
                ))
            })?;
        }
    }
    Ok(())
}

fn set_mode(path: &Path, mode: u32) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(|e| Error::Io(format!("cannot restrict {}: {e}", path.display())))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Takes the data directory's lock: `exclusive` for `serve` and `reset`, shared for in-process
/// sandboxes. Fails with [`Error::Locked`] (naming the holder's PID) when it is held.
pub fn lock(dir: &Path, exclusive: bool) -> Result<DataLock, Error> {
    let path = dir.join(LOCK_FILE);
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&path)
        .map_err(|e| Error::Io(format!("cannot open {}: {e}", path.display())))?;
    if !try_lock(&file, exclusive) {
        let mut text = String::new();
        let _ = file.read_to_string(&mut text);
        return Err(Error::Locked {
            dir: dir.to_path_buf(),
            pid: text.trim().parse().ok(),
        });
    }
    // Best effort: the PID is for the message of whoever is refused.
    let _ = file.set_len(0);
    let _ = file.rewind();
    let _ = writeln!(file, "{}", std::process::id());
    let _ = file.flush();
    Ok(DataLock {
        _file: file,
        dir: dir.to_path_buf(),
    })
}

#[cfg(unix)]
fn try_lock(file: &File, exclusive: bool) -> bool {
    use std::os::fd::AsRawFd;
    let op = if exclusive {
        libc::LOCK_EX
    } else {
        libc::LOCK_SH
    };
    // SAFETY: flock on a file descriptor we own; no memory is shared.
    unsafe { libc::flock(file.as_raw_fd(), op | libc::LOCK_NB) == 0 }
}

#[cfg(not(unix))]
fn try_lock(_file: &File, _exclusive: bool) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_exclusive_lock_is_refused_with_the_pid() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path(), true).unwrap();
        match lock(dir.path(), true) {
            Err(Error::Locked { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("expected Locked, got {other:?}"),
        }
        assert!(matches!(lock(dir.path(), false), Err(Error::Locked { .. })));
        drop(held);
        let shared = lock(dir.path(), false).unwrap();
        let _second_shared = lock(dir.path(), false).unwrap();
        assert!(matches!(lock(dir.path(), true), Err(Error::Locked { .. })));
        drop(shared);
    }

    #[cfg(unix)]
    #[test]
    fn an_open_directory_is_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("sb");
        std::fs::create_dir(&data).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        prepare_dir(&data).unwrap();
        let mode = std::fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}
