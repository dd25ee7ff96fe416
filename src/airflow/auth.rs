//! How a request proves who sends it, one way per door:
//! APC takes the Houston token or a service-account key raw in `authorization`; Astro takes its
//! API token as `Bearer`; "My Airflow API" keys go as `Token <key>`; a plain Airflow takes a
//! username and password, exchanged for a JWT on Airflow 3 (`POST /auth/token`) or sent as
//! HTTP Basic on Airflow 2, falling back from one to the other as the astro CLI does.

use crate::secret::Token;
use base64::Engine as _;
use reqwest::header::HeaderValue;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The credential a client sends. Every secret is a [`Token`]: never printed, never in `Debug`.
#[derive(Debug, Clone)]
pub enum Auth {
    /// No `Authorization` header (an Airflow with open access, or a proxy that adds it).
    None,
    /// APC: `authorization: <token>`, the Houston JWT or a service-account key as is.
    Raw(Token),
    /// Astro: `Authorization: Bearer <token>`.
    Bearer(Token),
    /// "My Airflow API": `Authorization: Token <key>`.
    ApiKey(Token),
    /// HTTP Basic only (Airflow 2 with the basic_auth backend).
    Basic {
        /// The Airflow user (a Flask-AppBuilder user on 2.x).
        username: String,
        /// Its password.
        password: Token,
    },
    /// A plain Airflow: a JWT from `POST /auth/token` on Airflow 3, refreshed when it expires;
    /// HTTP Basic where that endpoint does not exist (Airflow 2).
    Password {
        /// The Airflow user.
        username: String,
        /// Its password: exchanged for a JWT on 3.x, sent with every request on 2.x.
        password: Token,
    },
}

impl Auth {
    /// The secrets this credential holds, for scrubbing text that came from elsewhere.
    pub fn secrets(&self) -> Vec<&Token> {
        match self {
            Auth::None => vec![],
            Auth::Raw(t) | Auth::Bearer(t) | Auth::ApiKey(t) => vec![t],
            Auth::Basic { password, .. } | Auth::Password { password, .. } => vec![password],
        }
    }

    /// The header for every door that needs no exchange first (`Password` needs a session).
    pub(crate) fn static_header(&self) -> Result<Option<HeaderValue>, String> {
        match self {
            Auth::None | Auth::Password { .. } => Ok(None),
            Auth::Raw(t) => sensitive(t.expose()).map(Some),
            Auth::Bearer(t) => sensitive(&format!("Bearer {}", t.expose())).map(Some),
            Auth::ApiKey(t) => sensitive(&format!("Token {}", t.expose())).map(Some),
            Auth::Basic { username, password } => basic(username, password).map(Some),
        }
    }

    /// The `Authorization` header as a preview or a verbose log shows it: masked.
    pub fn masked(&self) -> Option<String> {
        match self {
            Auth::None => None,
            Auth::Raw(t) => Some(t.masked()),
            Auth::Bearer(t) => Some(format!("Bearer {}", t.masked())),
            Auth::ApiKey(t) => Some(format!("Token {}", t.masked())),
            Auth::Basic { username, .. } => Some(format!("Basic ({username}:****)")),
            Auth::Password { username, .. } => Some(format!(
                "Bearer (a JWT for {username} from /auth/token) or Basic ({username}:****)"
            )),
        }
    }

    /// A short name for messages: never the secret.
    pub fn describe(&self) -> &'static str {
        match self {
            Auth::None => "no credentials",
            Auth::Raw(_) => "the Houston token / service-account key",
            Auth::Bearer(_) => "the bearer token",
            Auth::ApiKey(_) => "the API key (Token)",
            Auth::Basic { .. } => "HTTP Basic",
            Auth::Password { .. } => "username and password",
        }
    }
}

/// What a `Password` door settled on after its first exchange.
#[derive(Debug, Clone)]
pub(crate) enum Session {
    /// Not tried yet.
    Unknown,
    Jwt {
        token: Token,
        expires: Option<SystemTime>,
    },
    /// `/auth/token` does not exist here: Airflow 2, Basic it is.
    Basic,
}

impl Session {
    /// A JWT that expires within this margin is renewed before use, so a long pagination does
    /// not run into a 401 halfway.
    const MARGIN: Duration = Duration::from_secs(30);

    pub(crate) fn usable(&self, now: SystemTime) -> bool {
        match self {
            Session::Unknown => false,
            Session::Basic => true,
            Session::Jwt { expires, .. } => expires.is_none_or(|at| now + Self::MARGIN < at),
        }
    }

    pub(crate) fn header(&self, auth: &Auth) -> Result<Option<HeaderValue>, String> {
        match (self, auth) {
            (Session::Jwt { token, .. }, _) => {
                sensitive(&format!("Bearer {}", token.expose())).map(Some)
            }
            (Session::Basic, Auth::Password { username, password }) => {
                basic(username, password).map(Some)
            }
            _ => Ok(None),
        }
    }
}

fn sensitive(text: &str) -> Result<HeaderValue, String> {
    let mut value = HeaderValue::from_str(text).map_err(|_| {
        "the credential holds characters that cannot go in an HTTP header".to_string()
    })?;
    value.set_sensitive(true);
    Ok(value)
}

fn basic(username: &str, password: &Token) -> Result<HeaderValue, String> {
    let pair = format!("{username}:{}", password.expose());
    sensitive(&format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    ))
}

/// When a JWT expires, from its `exp` claim. The signature is not checked: this only decides
/// when to ask for a new one, the server decides whether it is valid.
pub(crate) fn jwt_expiry(jwt: &str) -> Option<SystemTime> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let exp = claims.get("exp")?.as_u64()?;
    Some(UNIX_EPOCH + Duration::from_secs(exp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_per_door() {
        let t = Token::new("secret-value-1234");
        let h = |a: Auth| {
            a.static_header()
                .unwrap()
                .map(|v| v.to_str().unwrap().to_string())
        };
        assert_eq!(h(Auth::Raw(t.clone())).unwrap(), "secret-value-1234");
        assert_eq!(
            h(Auth::Bearer(t.clone())).unwrap(),
            "Bearer secret-value-1234"
        );
        assert_eq!(
            h(Auth::ApiKey(t.clone())).unwrap(),
            "Token secret-value-1234"
        );
        assert_eq!(
            h(Auth::Basic {
                username: "admin".into(),
                password: Token::new("admin")
            })
            .unwrap(),
            "Basic YWRtaW46YWRtaW4="
        );
        assert!(h(Auth::None).is_none());
        let header = Auth::Raw(t.clone()).static_header().unwrap().unwrap();
        assert!(header.is_sensitive());
        let shown = format!("{:?}", Auth::Bearer(t));
        assert!(!shown.contains("secret-value"), "{shown}");
        assert!(Auth::Raw(Token::new("a\nb")).static_header().is_err());
    }

    #[test]
    fn jwt_expiry_and_margin() {
        // {"alg":"HS512","typ":"JWT"}.{"sub":"admin","exp":2000000000}.sig
        let header = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"alg":"HS512"}"#);
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(r#"{"sub":"admin","exp":2000000000}"#);
        let jwt = format!("{header}.{payload}.c2ln");
        let at = jwt_expiry(&jwt).unwrap();
        assert_eq!(at, UNIX_EPOCH + Duration::from_secs(2_000_000_000));
        assert_eq!(jwt_expiry("not-a-jwt"), None);
        let session = Session::Jwt {
            token: Token::new(jwt),
            expires: Some(at),
        };
        assert!(session.usable(at - Duration::from_secs(60)));
        assert!(!session.usable(at - Duration::from_secs(10)));
        assert!(!Session::Unknown.usable(UNIX_EPOCH));
    }
}
