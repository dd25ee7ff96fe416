//! The journal of a bulk run: a JSON-lines file, readable by its owner only, that records each
//! change as started before it is sent and with its status once answered.

use serde_json::{Value, json};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a journal belongs to. Two runs share a journal only when every part is equal: the
/// same endpoint, target, command, plan-changing flags and input bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JournalKey {
    /// The API endpoint (`https://houston.example.com/v1`).
    pub endpoint: String,
    /// The workspace or deployment the run changes (its id), or `platform`.
    pub target: String,
    /// The command (`workspace user add`, `apply`).
    pub command: String,
    /// Settings that change the plan (update existing rows, bypass invites, prune).
    pub flags: Vec<String>,
    /// A digest of the input (the file's bytes).
    pub input: u64,
}

impl JournalKey {
    /// A digest of `bytes` for [`JournalKey::input`]; stable within one build of houston,
    /// which is all a resume needs.
    pub fn digest(bytes: &[u8]) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        hasher.finish()
    }

    fn header(&self) -> Value {
        json!({
            "journal": 2,
            "endpoint": self.endpoint,
            "target": self.target,
            "command": self.command,
            "flags": self.flags,
            "input": format!("{:016x}", self.input),
        })
    }
}

/// What an earlier run recorded about one change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowRecord {
    /// The status it ended with; `None` when it was sent and never answered (the process
    /// was killed, the connection lost): it may or may not have been carried out.
    pub status: Option<String>,
}

/// An open journal: what earlier runs of the same key recorded, and the file this run adds to.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    key: JournalKey,
    earlier: HashMap<String, RowRecord>,
    file: Option<std::fs::File>,
    resumed: bool,
}

impl Journal {
    /// Reads the journal at `path` if it belongs to `key`; a journal of another key (another
    /// target, another file content) is ignored and replaced on the first write. Nothing is
    /// written until a change starts.
    pub fn load(path: &Path, key: JournalKey) -> std::io::Result<Journal> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let mut lines = text.lines();
        let same = lines
            .next()
            .and_then(|l| serde_json::from_str::<Value>(l).ok())
            .is_some_and(|h| h == key.header());
        let mut earlier = HashMap::new();
        if same {
            // A line cut short by a kill is not a record.
            for line in lines.filter_map(|l| serde_json::from_str::<Value>(l).ok()) {
                let Some(id) = line["row"].as_str() else {
                    continue;
                };
                let status = line["status"].as_str().map(str::to_string);
                let entry = earlier
                    .entry(id.to_string())
                    .or_insert(RowRecord { status: None });
                if status.is_some() {
                    entry.status = status;
                }
            }
        }
        Ok(Journal {
            path: path.to_path_buf(),
            key,
            earlier,
            file: None,
            resumed: same,
        })
    }

    /// Where the journal is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What an earlier run recorded about `id`, if anything.
    pub fn earlier(&self, id: &str) -> Option<&RowRecord> {
        self.earlier.get(id)
    }

    /// Ids an earlier run sent and never saw answered.
    pub fn unanswered(&self) -> impl Iterator<Item = &str> {
        self.earlier
            .iter()
            .filter(|(_, r)| r.status.is_none())
            .map(|(id, _)| id.as_str())
    }

    fn file(&mut self) -> std::io::Result<&mut std::fs::File> {
        if self.file.is_none() {
            let mut options = std::fs::OpenOptions::new();
            if self.resumed {
                options.append(true);
            } else {
                options.create(true).write(true).truncate(true);
            }
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(&self.path)?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                // A journal left by an older houston keeps its mode through `open`.
                file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            }
            if !self.resumed {
                writeln!(file, "{}", self.key.header())?;
                file.sync_data()?;
                self.resumed = true;
            }
            self.file = Some(file);
        }
        Ok(self.file.as_mut().expect("opened above"))
    }

    /// Records that `id` is about to be sent. One write per line, so a kill loses at most a
    /// partial line; no fsync per line, which would cap a run at the disk's fsync rate.
    pub fn started(&mut self, id: &str) -> std::io::Result<()> {
        let line = format!("{}\n", json!({ "row": id }));
        self.file()?.write_all(line.as_bytes())
    }

    /// Records that `id` was answered with `status`.
    pub fn finished(&mut self, id: &str, status: &str) -> std::io::Result<()> {
        let line = format!("{}\n", json!({ "row": id, "status": status }));
        self.file()?.write_all(line.as_bytes())
    }

    /// Flushes what was written to the disk.
    pub fn sync(&mut self) -> std::io::Result<()> {
        match &self.file {
            Some(f) => f.sync_data(),
            None => Ok(()),
        }
    }

    /// Deletes the journal: the run is complete, and a later run must start from the state
    /// alone (a user removed since is added again, not skipped).
    pub fn remove(mut self) -> std::io::Result<()> {
        self.file = None;
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(target: &str) -> JournalKey {
        JournalKey {
            endpoint: "http://h/v1".into(),
            target: target.into(),
            command: "workspace user add".into(),
            flags: vec![],
            input: JournalKey::digest(b"email\na@b.c\n"),
        }
    }

    #[test]
    fn a_journal_belongs_to_one_target_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let mut j = Journal::load(&path, key("w1")).unwrap();
        j.started("1:a").unwrap();
        j.finished("1:a", "added").unwrap();
        j.started("2:b").unwrap();
        drop(j);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let again = Journal::load(&path, key("w1")).unwrap();
        assert_eq!(
            again.earlier("1:a").unwrap().status.as_deref(),
            Some("added")
        );
        assert_eq!(again.unanswered().collect::<Vec<_>>(), ["2:b"]);
        let other = Journal::load(&path, key("w2")).unwrap();
        assert!(other.earlier("1:a").is_none());
        again.remove().unwrap();
        assert!(!path.exists());
    }
}
