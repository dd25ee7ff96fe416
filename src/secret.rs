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
    let set = Secrets::default();
    for secret in secrets {
        set.add((*secret).clone());
    }
    set.scrub(text)
}

/// Every secret in play for one client, shared by its clones: the one scrubber that every byte
/// of server text passes before it reaches an error, an output or a log. Secrets learnt at run
/// time (a JWT from a login exchange) are added as they arrive.
///
/// Each secret is also looked for in the forms a server is likely to echo it in: JSON-escaped
/// and percent-encoded.
#[derive(Clone, Default)]
pub struct Secrets(Arc<std::sync::RwLock<Vec<Form>>>);

/// One way a secret may appear in text, and its mask.
type Form = (Vec<u8>, String);

impl fmt::Debug for Secrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secrets({} forms)", self.read().len())
    }
}

impl Secrets {
    /// A set holding `tokens`.
    pub fn new<'a>(tokens: impl IntoIterator<Item = &'a Token>) -> Secrets {
        let set = Secrets::default();
        for token in tokens {
            set.add(token.clone());
        }
        set
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<Form>> {
        // a panic elsewhere while holding the lock leaves the list intact: use it anyway
        self.0.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a secret (and its escaped forms). Secrets shorter than four characters are not
    /// looked for: masking every `a` in a text would show more than it hides.
    pub fn add(&self, token: Token) {
        let value = token.expose();
        if value.len() < 4 {
            return;
        }
        let mask = token.masked();
        let json = serde_json::to_string(value).unwrap_or_default();
        let json = json.trim_matches('"').to_string();
        let percent: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
        let mut list = self.0.write().unwrap_or_else(|e| e.into_inner());
        for form in [value.to_string(), json, percent] {
            if !list.iter().any(|(known, _)| known == form.as_bytes()) {
                list.push((form.into_bytes(), mask.clone()));
            }
        }
        // the longest form first, so a secret that contains another is masked whole
        list.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    }

    /// True when no secret is known.
    pub fn is_empty(&self) -> bool {
        self.read().is_empty()
    }

    /// `text` with every known secret masked.
    pub fn scrub(&self, text: &str) -> String {
        match self.scrub_bytes(text.as_bytes()) {
            std::borrow::Cow::Borrowed(_) => text.to_string(),
            // masks are ASCII and replace whole UTF-8 substrings: still UTF-8
            std::borrow::Cow::Owned(bytes) => String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        }
    }

    /// `bytes` with every known secret masked; borrowed when nothing matched.
    pub fn scrub_bytes<'a>(&self, bytes: &'a [u8]) -> std::borrow::Cow<'a, [u8]> {
        let list = self.read();
        let mut out = std::borrow::Cow::Borrowed(bytes);
        for (form, mask) in list.iter() {
            if memchr::memmem::find(&out, form).is_none() {
                continue;
            }
            let finder = memchr::memmem::Finder::new(form);
            let mut next = Vec::with_capacity(out.len());
            let mut last = 0;
            for at in finder.find_iter(&out) {
                if at < last {
                    continue;
                }
                next.extend_from_slice(&out[last..at]);
                next.extend_from_slice(mask.as_bytes());
                last = at + form.len();
            }
            next.extend_from_slice(&out[last..]);
            out = std::borrow::Cow::Owned(next);
        }
        out
    }
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
        let set = Secrets::new([&Token::new("pa\"ss/wo rd")]);
        assert_eq!(
            set.scrub(r#"{"p":"pa\"ss/wo rd","q":"pa%22ss%2Fwo+rd"}"#),
            r#"{"p":"****","q":"****"}"#
        );
        assert_eq!(set.scrub("nothing here"), "nothing here");
        set.add(Token::new("runtime-jwt-0123456789abcdef"));
        assert_eq!(
            set.scrub_bytes(b"x runtime-jwt-0123456789abcdef y")
                .as_ref(),
            b"x ****cdef y"
        );
    }
}
