//! Tokens are secrets from the moment they are read: this type never shows its value in
//! `Debug`, `Display` or serialisation; code that must send it calls [`Token::expose`].

use secrecy::{ExposeSecret, SecretString};
use std::fmt;
use std::sync::Arc;

/// A bearer of authority: a Houston JWT, a service-account API key, an Astro API token, an
/// Airflow password. Cheap to clone (shared), impossible to print by accident.
#[derive(Clone)]
pub struct Token(Arc<SecretString>);

impl Token {
    /// Wraps a token as given. Surrounding whitespace (a trailing newline from a file or stdin)
    /// is not part of any token and is dropped.
    pub fn new(value: impl Into<String>) -> Self {
        let value: String = value.into();
        Token(Arc::new(SecretString::from(value.trim().to_string())))
    }

    /// The token's text, for the one place that puts it on the wire or on disk.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// At most the last four characters, for telling tokens apart in `context list`.
    pub fn masked(&self) -> String {
        let value = self.expose();
        let count = value.chars().count();
        if count < 16 {
            "****".into()
        } else {
            let tail: String = value.chars().skip(count - 4).collect();
            format!("****{tail}")
        }
    }

    /// True for an empty token (treated as no token at all).
    pub fn is_empty(&self) -> bool {
        self.expose().is_empty()
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(")?;
        f.write_str(&self.masked())?;
        f.write_str(")")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Replaces every occurrence of each secret in `text` with a mask: the last line of defence for
/// text that came from elsewhere (a server echoing a header back, a URL with credentials).
pub fn scrub(text: &str, secrets: &[&Token]) -> String {
    let mut out = text.to_string();
    for secret in secrets {
        let value = secret.expose();
        if value.len() >= 4 {
            out = out.replace(value, &secret.masked());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_printed() {
        let t = Token::new("canary-9f8e7d6c5b4a39281706\n");
        assert_eq!(t.expose(), "canary-9f8e7d6c5b4a39281706");
        for shown in [format!("{t:?}"), format!("{t}"), t.masked()] {
            assert!(!shown.contains("canary"), "{shown}");
        }
        assert_eq!(t.masked(), "****1706");
        assert_eq!(Token::new("short").masked(), "****");
        assert_eq!(
            scrub("echo canary-9f8e7d6c5b4a39281706!", &[&t]),
            "echo ****1706!"
        );
    }
}
