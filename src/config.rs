//! Where houston finds a Houston and a token: flags > environment > `.env` in the working
//! directory > the config file's current context. The `.env` file is read, never loaded into
//! the process environment.

use crate::http::HttpOptions;
use crate::secret::Token;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A configuration problem, found before anything was sent.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file exists but could not be read or is not valid TOML.
    #[error("cannot read {path}: {message}")]
    Read {
        /// The config file.
        path: PathBuf,
        /// What went wrong (the I/O error, or the TOML error with its line).
        message: String,
    },
    /// The config file could not be written (saving a context or a token).
    #[error("cannot write {path}: {message}")]
    Write {
        /// The config file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A setting names something that does not exist (a context that is not in the file).
    #[error("{0}")]
    Invalid(String),
    /// The endpoint came from somewhere else than the saved token: the token is not sent there.
    #[error(
        "the {service} URL {url} comes from {origin}, but the token is context `{context}`'s, saved for {saved_for}: a saved token is only sent to the endpoint it was saved with"
    )]
    TokenElsewhere {
        /// Which API: `Houston`, `Airflow` or `Astro API`.
        service: &'static str,
        /// The context whose token it is.
        context: String,
        /// The endpoint the context names.
        saved_for: String,
        /// Where the command would go.
        url: String,
        /// Where that URL came from (`HOUSTON_URL in .env`).
        origin: String,
    },
}

/// One saved Houston: where it is, how to reach it, and the token for it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Context {
    /// The full endpoint (`https://houston.example.com/v1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The platform's base domain (`example.com`), when no URL is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The Houston token for this endpoint (a user JWT from `https://app.<domain>/token`, or a
    /// service-account key). Sent only to this context's URL or domain.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "token_text")]
    pub token: Option<Token>,
    /// The workspace commands use when none is given (id or label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<String>,
    /// A PEM bundle of a private CA to trust.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// Accept any TLS certificate (a test platform with a self-signed one); prefer `ca_cert`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
    /// An Astro API token for `houston astro` (Astro is a different control plane).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "token_text")]
    pub astro_token: Option<Token>,
    /// The Astro organization id `houston astro` commands use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub astro_organization: Option<String>,
    /// The Astro API host `astro_token` was saved for, when it is not the default
    /// (`https://api.astronomer.io`); the token is sent nowhere else unless a flag says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub astro_api_url: Option<String>,
}

impl PartialEq for Token {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

/// The config file: named contexts and the current one.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ConfigFile {
    /// The context used when neither a flag nor `HOUSTON_CONTEXT` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// Every saved context, by name.
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

impl ConfigFile {
    /// `$HOUSTON_CONFIG`, else `$XDG_CONFIG_HOME/houston/config.toml` (`~/.config/…`).
    pub fn default_path(env: &dyn Fn(&str) -> Option<String>) -> PathBuf {
        if let Some(path) = env("HOUSTON_CONFIG").filter(|p| !p.is_empty()) {
            return PathBuf::from(path);
        }
        let base = env("XDG_CONFIG_HOME")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(dirs::config_dir)
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("houston").join("config.toml")
    }

    /// Reads the file; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<ConfigFile, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
            Err(e) => {
                return Err(ConfigError::Read {
                    path: path.into(),
                    message: e.to_string(),
                });
            }
        };
        toml::from_str(&text).map_err(|e| ConfigError::Read {
            path: path.into(),
            message: format!("not a houston config file: {}", e.message()),
        })
    }

    /// Writes the file with mode 0600 (it holds tokens), atomically: a crash leaves the old
    /// file or the new one, never half of one.
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let text = toml::to_string_pretty(self).map_err(|e| ConfigError::Write {
            path: path.into(),
            message: e.to_string(),
        })?;
        write_private(path, text.as_bytes()).map_err(|e| ConfigError::Write {
            path: path.into(),
            message: e.to_string(),
        })
    }
}

/// Writes `bytes` to `path` readable by the owner only (0600), through a temporary file and a
/// rename so readers never see a partial file.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.exists() {
        std::fs::create_dir_all(dir)?;
        // a directory we create for secrets is ours alone
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("houston"),
        std::process::id()
    ));
    let written = write_then_rename(&tmp, path, bytes);
    if written.is_err() {
        // The temporary file may hold a secret: never leave it behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

fn write_then_rename(tmp: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An existing temp file keeps its old mode through `open`; force it.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(tmp, path)
}

mod token_text {
    use crate::secret::Token;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(token: &Option<Token>, s: S) -> Result<S::Ok, S::Error> {
        match token {
            Some(t) => s.serialize_str(t.expose()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Token>, D::Error> {
        Ok(Option::<String>::deserialize(d)?
            .map(Token::new)
            .filter(|t| !t.is_empty()))
    }
}

/// What the command line said, before any lookup.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// The context to use instead of `HOUSTON_CONTEXT` or the file's current one.
    pub context: Option<String>,
    /// The Houston endpoint; wins over everything, and may take a saved token elsewhere.
    pub url: Option<String>,
    /// The platform's base domain, when no URL is given.
    pub domain: Option<String>,
    /// The token, instead of `HOUSTON_TOKEN` or the context's.
    pub token: Option<Token>,
    /// The workspace (id or label), instead of `HOUSTON_WORKSPACE` or the context's.
    pub workspace: Option<String>,
    /// A PEM bundle of a private CA, instead of `HOUSTON_CA_CERT` or the context's.
    pub ca_cert: Option<PathBuf>,
    /// Accept any TLS certificate (also on when the context says so).
    pub insecure: bool,
    /// The whole-request timeout, instead of the default.
    pub timeout: Option<Duration>,
    /// The connect timeout, instead of the default.
    pub connect_timeout: Option<Duration>,
}

/// Everything needed to build a Houston client, resolved.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The context used, if any.
    pub context: Option<String>,
    /// What the user gave: a URL or a domain (see [`crate::houston::endpoint`]).
    pub url: Option<String>,
    /// The token to send, if any was found.
    pub token: Option<Token>,
    /// The endpoint the context's saved token belongs to, when `token` is that saved token
    /// (not one given by a flag or the environment): other APIs reached with it (an APC
    /// deployment's Airflow) must belong to the same platform.
    pub token_saved_for: Option<String>,
    /// The default workspace (id or label), if any.
    pub workspace: Option<String>,
    /// Timeouts and TLS settings for the client.
    pub http: HttpOptions,
}

/// Looks a variable up in the process environment (or a stand-in for tests).
type Lookup = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// The environment as houston sees it: the process environment first, then `.env`.
pub struct Environment {
    process: Lookup,
    dotenv: HashMap<String, String>,
    dotenv_problem: Option<String>,
}

impl Environment {
    /// The real environment, with `.env` read from the working directory if present.
    pub fn from_process() -> Environment {
        let (dotenv, dotenv_problem) = read_dotenv(std::path::Path::new(".env"));
        Environment {
            process: Box::new(|k| std::env::var(k).ok()),
            dotenv,
            dotenv_problem,
        }
    }

    /// Why `.env` was not (or only partly) read, when it exists but is a directory, unreadable
    /// or malformed; the caller decides how to tell the user.
    pub fn dotenv_problem(&self) -> Option<&str> {
        self.dotenv_problem.as_deref()
    }

    /// An environment from explicit maps (tests).
    pub fn from_maps(process: HashMap<String, String>, dotenv: HashMap<String, String>) -> Self {
        Environment {
            process: Box::new(move |k| process.get(k).cloned()),
            dotenv,
            dotenv_problem: None,
        }
    }

    /// A variable: the process environment wins over `.env`; empty means unset.
    pub fn get(&self, key: &str) -> Option<String> {
        (self.process)(key)
            .filter(|v| !v.is_empty())
            .or_else(|| self.dotenv.get(key).cloned())
            .filter(|v| !v.is_empty())
    }

    /// Where `key`'s value comes from, for messages: `KEY in the environment` or `KEY in .env`.
    pub fn source(&self, key: &str) -> Option<String> {
        if (self.process)(key).is_some_and(|v| !v.is_empty()) {
            Some(format!("{key} in the environment"))
        } else if self.dotenv.get(key).is_some_and(|v| !v.is_empty()) {
            Some(format!("{key} in .env"))
        } else {
            None
        }
    }
}

/// Reads a `.env` file: its variables, and what was wrong with it. dotenvy's iterator repeats
/// an I/O error forever (a directory gives EISDIR on every call), so reading stops at the first
/// error; the lines before it are kept.
fn read_dotenv(path: &std::path::Path) -> (HashMap<String, String>, Option<String>) {
    let mut vars = HashMap::new();
    if path.is_dir() {
        return (
            vars,
            Some(format!("{} is a directory, not a file", path.display())),
        );
    }
    let iter = match dotenvy::from_path_iter(path) {
        Ok(iter) => iter,
        Err(e) if e.not_found() => return (vars, None),
        Err(e) => return (vars, Some(format!("cannot read {}: {e}", path.display()))),
    };
    for item in iter {
        match item {
            Ok((k, v)) => {
                vars.insert(k, v);
            }
            Err(e) => {
                // dotenvy names the line by its text and a column; say which line it is
                let at = match &e {
                    dotenvy::Error::LineParse(line, _) => {
                        let first = line.lines().next().unwrap_or_default();
                        std::fs::read(path)
                            .ok()
                            .and_then(|bytes| {
                                String::from_utf8_lossy(&bytes)
                                    .lines()
                                    .position(|l| l.contains(first))
                            })
                            .map(|n| format!(":{}", n + 1))
                            .unwrap_or_default()
                    }
                    _ => String::new(),
                };
                return (
                    vars,
                    Some(format!(
                        "{}{at}: {e}; the lines after it were ignored",
                        path.display()
                    )),
                );
            }
        }
    }
    (vars, None)
}

/// Resolves the context to use: flags > environment > `.env` > config file.
pub fn resolve(
    flags: &Overrides,
    env: &Environment,
    file: &ConfigFile,
) -> Result<Resolved, ConfigError> {
    let context_name = flags
        .context
        .clone()
        .or_else(|| env.get("HOUSTON_CONTEXT"))
        .or_else(|| file.current.clone());
    let context = match &context_name {
        Some(name) => Some(file.contexts.get(name).cloned().ok_or_else(|| {
            let known: Vec<_> = file.contexts.keys().cloned().collect();
            ConfigError::Invalid(if known.is_empty() {
                format!("no context named `{name}`: there are none yet")
            } else {
                format!("no context named `{name}` (known: {})", known.join(", "))
            })
        })?),
        None => None,
    }
    .unwrap_or_default();

    let from_env = env
        .get("HOUSTON_URL")
        .map(|u| (u, "HOUSTON_URL"))
        .or_else(|| env.get("HOUSTON_DOMAIN").map(|d| (d, "HOUSTON_DOMAIN")));
    let url = flags
        .url
        .clone()
        .or_else(|| flags.domain.clone())
        .or_else(|| from_env.as_ref().map(|(u, _)| u.clone()))
        .or(context.url.clone())
        .or(context.domain.clone());
    let given_token = flags
        .token
        .clone()
        .or_else(|| env.get("HOUSTON_TOKEN").map(Token::new));
    // A URL from the environment or a `.env` (which a repository can carry) never receives a
    // saved token meant for another endpoint; a URL typed as a flag is the user's own choice.
    if given_token.is_none()
        && context.token.is_some()
        && flags.url.is_none()
        && flags.domain.is_none()
        && let (Some((env_url, key)), Some(name)) = (&from_env, &context_name)
    {
        let saved = context.url.clone().or(context.domain.clone());
        let same = saved.as_deref().is_some_and(|s| same_endpoint(s, env_url));
        if !same {
            return Err(ConfigError::TokenElsewhere {
                service: "Houston",
                context: name.clone(),
                saved_for: saved.unwrap_or_else(|| "no URL".into()),
                url: env_url.clone(),
                origin: env.source(key).unwrap_or_else(|| key.to_string()),
            });
        }
    }
    let token_saved_for = match (&given_token, &context.token) {
        (None, Some(_)) => context.url.clone().or(context.domain.clone()),
        _ => None,
    };
    let token = given_token.or(context.token.clone());
    let workspace = flags
        .workspace
        .clone()
        .or_else(|| env.get("HOUSTON_WORKSPACE"))
        .or(context.workspace.clone());
    let mut http = HttpOptions {
        ca_cert: flags
            .ca_cert
            .clone()
            .or_else(|| env.get("HOUSTON_CA_CERT").map(PathBuf::from))
            .or(context.ca_cert.clone()),
        insecure: flags.insecure || context.insecure,
        ..HttpOptions::default()
    };
    if let Some(t) = flags.timeout {
        http.timeout = t;
    }
    if let Some(t) = flags.connect_timeout {
        http.connect_timeout = t;
    }
    Ok(Resolved {
        context: context_name,
        url,
        token,
        token_saved_for,
        workspace,
        http,
    })
}

/// True when two ways of writing an Astro API host name the same one (scheme and host compared
/// case-insensitively, a trailing `/` ignored).
pub fn same_astro_host(a: &str, b: &str) -> bool {
    let norm = |s: &str| match url::Url::parse(s.trim()) {
        Ok(u) => u.as_str().trim_end_matches('/').to_string(),
        Err(_) => s.trim().trim_end_matches('/').to_ascii_lowercase(),
    };
    norm(a) == norm(b)
}

/// True when two ways of writing a Houston endpoint name the same one.
fn same_endpoint(a: &str, b: &str) -> bool {
    match (crate::houston::endpoint(a), crate::houston::endpoint(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a.trim() == b.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_private_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // Renaming onto a directory fails after the temporary file holds the secret.
        let target = dir.path().join("taken");
        std::fs::create_dir(&target).unwrap();
        assert!(write_private(&target, b"secret").is_err());
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("taken")]);
        write_private(&dir.path().join("ok.key"), b"secret").unwrap();
        assert_eq!(std::fs::read(dir.path().join("ok.key")).unwrap(), b"secret");
    }

    #[test]
    fn a_saved_token_is_not_sent_where_the_environment_points() {
        let mut file = file();
        let prod = file.contexts.get_mut("prod").unwrap();
        prod.token = Some(Token::new("saved-token-0123456789"));
        prod.url = Some("https://houston.prod.example.com/v1".into());
        let refused = resolve(
            &Overrides::default(),
            &env(&[], &[("HOUSTON_URL", "http://other/v1")]),
            &file,
        )
        .unwrap_err();
        assert!(matches!(refused, ConfigError::TokenElsewhere { .. }));
        let text = refused.to_string();
        assert!(text.contains("HOUSTON_URL in .env"), "{text}");
        assert!(!text.contains("saved-token"), "{text}");
        // the same endpoint written another way, a token from the same place, or a flag: fine
        for (process, dotenv, flags) in [
            (
                vec![],
                vec![("HOUSTON_URL", "https://houston.prod.example.com")],
                Overrides::default(),
            ),
            (
                vec![],
                vec![
                    ("HOUSTON_URL", "http://other/v1"),
                    ("HOUSTON_TOKEN", "t-0123456789"),
                ],
                Overrides::default(),
            ),
            (
                vec![],
                vec![],
                Overrides {
                    url: Some("http://other/v1".into()),
                    ..Overrides::default()
                },
            ),
        ] {
            resolve(&flags, &env(&process, &dotenv), &file).unwrap();
        }
    }

    fn env(pairs: &[(&str, &str)], dotenv: &[(&str, &str)]) -> Environment {
        let m = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        Environment::from_maps(m(pairs), m(dotenv))
    }

    fn file() -> ConfigFile {
        let mut f = ConfigFile {
            current: Some("prod".into()),
            ..Default::default()
        };
        f.contexts.insert(
            "prod".into(),
            Context {
                domain: Some("prod.example.com".into()),
                token: Some(Token::new("file-token")),
                workspace: Some("ops".into()),
                ..Default::default()
            },
        );
        f.contexts.insert(
            "dev".into(),
            Context {
                url: Some("http://127.0.0.1:8871/v1".into()),
                ..Default::default()
            },
        );
        f
    }

    #[test]
    fn precedence_flags_env_dotenv_file() {
        let f = file();
        let r = resolve(&Overrides::default(), &env(&[], &[]), &f).unwrap();
        assert_eq!(r.url.as_deref(), Some("prod.example.com"));
        assert_eq!(r.token.unwrap().expose(), "file-token");
        assert_eq!(r.workspace.as_deref(), Some("ops"));

        let r = resolve(
            &Overrides::default(),
            &env(&[], &[("HOUSTON_TOKEN", "dot")]),
            &f,
        )
        .unwrap();
        assert_eq!(r.token.unwrap().expose(), "dot");
        let r = resolve(
            &Overrides::default(),
            &env(&[("HOUSTON_TOKEN", "proc")], &[("HOUSTON_TOKEN", "dot")]),
            &f,
        )
        .unwrap();
        assert_eq!(r.token.unwrap().expose(), "proc");
        let flags = Overrides {
            token: Some(Token::new("flag")),
            url: Some("http://x/v1".into()),
            ..Default::default()
        };
        let r = resolve(
            &flags,
            &env(&[("HOUSTON_TOKEN", "proc"), ("HOUSTON_URL", "y")], &[]),
            &f,
        )
        .unwrap();
        assert_eq!(r.token.unwrap().expose(), "flag");
        assert_eq!(r.url.as_deref(), Some("http://x/v1"));

        let r = resolve(
            &Overrides::default(),
            &env(&[], &[("HOUSTON_CONTEXT", "dev")]),
            &f,
        )
        .unwrap();
        assert_eq!(r.url.as_deref(), Some("http://127.0.0.1:8871/v1"));
        assert!(r.token.is_none());
    }

    #[test]
    fn unknown_context_lists_the_known_ones() {
        let flags = Overrides {
            context: Some("nope".into()),
            ..Default::default()
        };
        let err = resolve(&flags, &env(&[], &[]), &file())
            .unwrap_err()
            .to_string();
        assert!(err.contains("known: dev, prod"), "{err}");
    }

    #[test]
    fn saved_0600_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("houston/config.toml");
        let f = file();
        f.save(&path).unwrap();
        assert_eq!(ConfigFile::load(&path).unwrap(), f);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        assert!(!format!("{f:?}").contains("file-token"));
    }

    #[test]
    fn an_empty_variable_does_not_hide_dotenv() {
        // Issue 12 item 8: `HOUSTON_URL=` in the environment hid the `.env` value.
        let e = env(
            &[("HOUSTON_URL", "")],
            &[("HOUSTON_URL", "http://dotenv/v1")],
        );
        assert_eq!(e.get("HOUSTON_URL").as_deref(), Some("http://dotenv/v1"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(300))]

        // Issue 12 item 8: whatever a `.env` holds, reading it ends (no panic, no spin) and a
        // problem names the file and, for a line that does not parse, its line number.
        #[test]
        fn any_dotenv_reads_or_says_where(
            lines in proptest::collection::vec("[A-Z_=a-z0-9 \"'#$\\{}\t\u{feff}é-]{0,24}", 0..8),
            junk in proptest::collection::vec(proptest::num::u8::ANY, 0..3),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join(".env");
            let mut bytes = lines.join("\n").into_bytes();
            bytes.extend(&junk);
            std::fs::write(&file, &bytes).unwrap();
            let (_, problem) = read_dotenv(&file);
            if let Some(problem) = problem {
                let name = file.display().to_string();
                proptest::prop_assert!(problem.starts_with(&name), "{}", problem);
                if problem.contains("Error parsing line") {
                    proptest::prop_assert!(
                        problem[name.len()..].starts_with(':'),
                        "no line number: {}",
                        problem
                    );
                }
            }
        }
    }

    #[test]
    fn a_dotenv_directory_or_bad_line_is_reported_not_spun_on() {
        let dir = tempfile::tempdir().unwrap();
        // A directory made every command spin on EISDIR forever.
        let (vars, problem) = read_dotenv(dir.path());
        assert!(vars.is_empty());
        assert!(problem.unwrap().contains("is a directory"));
        let file = dir.path().join(".env");
        std::fs::write(
            &file,
            "HOUSTON_URL=http://a/v1\nthis is not a line\nHOUSTON_TOKEN=t\n",
        )
        .unwrap();
        let (vars, problem) = read_dotenv(&file);
        assert_eq!(
            vars.get("HOUSTON_URL").map(String::as_str),
            Some("http://a/v1")
        );
        let problem = problem.unwrap();
        assert!(problem.contains("ignored"), "{problem}");
        assert!(problem.contains(".env:2: "), "the line number: {problem}");
        let (_, problem) = read_dotenv(&dir.path().join("absent"));
        assert!(problem.is_none());
    }
}
