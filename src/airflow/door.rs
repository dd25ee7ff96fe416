//! Which Airflow, through which door: turns what the user has (a release name in the current
//! Houston context, an Astro deployment's `webServerAirflowApiUrl`, a URL plus key from
//! "My Airflow API", a plain Airflow's URL and username) into a root URL and an [`Auth`].
//! Pure functions, so every rule is unit-tested without a network.

use super::ApiVersion;
use super::auth::Auth;
use super::error::Error;
use crate::http::FromUnanswered as _;
use crate::secret::Token;
use url::Url;

/// Where requests go and how they authenticate.
#[derive(Debug, Clone)]
pub struct Target {
    /// The Airflow root, without the `/api/...` part: `https://deployments.example.com/rel/airflow`.
    pub root: Url,
    /// The credential every request carries.
    pub auth: Auth,
    /// An API version implied by the URL the user gave (`…/api/v1`), used unless overridden.
    pub api_hint: Option<ApiVersion>,
}

/// Everything the door can be chosen from, already read from flags, environment and context.
#[derive(Debug, Clone, Default)]
pub struct DoorSpec {
    /// An APC deployment's release name, reached through the Houston context's platform.
    pub deployment: Option<String>,
    /// Any Airflow root or API URL; the scheme may be missing (Astro's
    /// `webServerAirflowApiUrl` has none).
    pub airflow_url: Option<String>,
    /// The Houston context's URL or domain (needed with `deployment`).
    pub houston_url: Option<String>,
    /// The Houston context's token: a user JWT or a service-account key, sent raw.
    pub houston_token: Option<Token>,
    /// Airflow username and password (plain Airflow: JWT on 3.x, Basic on 2.x).
    pub username: Option<String>,
    /// The password that goes with `username`.
    pub password: Option<Token>,
    /// An API key sent as `Authorization: Token <key>` (`AIRFLOW_API_KEY`).
    pub api_key: Option<Token>,
    /// A bearer token (the Astro API token, `ASTRO_API_TOKEN`).
    pub bearer: Option<Token>,
    /// "My Airflow API": `MY_AIRFLOW_API_URL` and `MY_AIRFLOW_API_KEY`.
    pub my_airflow_url: Option<String>,
    /// The key that goes with `my_airflow_url`, sent as `Authorization: Token <key>`.
    pub my_airflow_key: Option<Token>,
}

/// Picks the door. Order: `deployment` (APC), then `airflow_url` with whichever credential
/// was given, then `MY_AIRFLOW_API_URL` + key.
pub fn resolve(spec: &DoorSpec) -> Result<Target, Error> {
    if let Some(release) = &spec.deployment {
        if spec.airflow_url.is_some() {
            return Err(Error::argument(
                "airflow_url",
                "both a deployment and an Airflow URL were given: one door at a time".into(),
            ));
        }
        let houston = spec.houston_url.as_deref().ok_or_else(|| Error::argument("houston_url", format!(
                "deployment {release}: the platform's domain is unknown (no Houston URL was given)"
            )))?;
        let root = apc_deployment_url(houston, release)?;
        let auth = match (&spec.api_key, &spec.houston_token) {
            // a deployment service-account key given for this call wins over the context's token
            (Some(key), _) => Auth::Raw(key.clone()),
            (None, Some(token)) => Auth::Raw(token.clone()),
            (None, None) => {
                return Err(Error::argument(
                    "houston_token",
                    format!(
                        "deployment {release}: there is no Houston token or deployment API key to send"
                    ),
                ));
            }
        };
        return Ok(Target {
            root,
            auth,
            api_hint: None,
        });
    }
    if let Some(given) = &spec.airflow_url {
        let (root, api_hint) = airflow_root(given)?;
        let auth = if let Some(user) = &spec.username {
            let password = spec.password.clone().ok_or_else(|| {
                Error::argument(
                    "password",
                    format!("the username {user} came without a password"),
                )
            })?;
            Auth::Password {
                username: user.clone(),
                password,
            }
        } else if let Some(key) = &spec.api_key {
            if is_apc_deployment(&root) {
                Auth::Raw(key.clone())
            } else {
                Auth::ApiKey(key.clone())
            }
        } else if let Some(token) = &spec.bearer {
            Auth::Bearer(token.clone())
        } else if let (true, Some(token)) = (is_apc_deployment(&root), &spec.houston_token) {
            Auth::Raw(token.clone())
        } else {
            Auth::None
        };
        return Ok(Target {
            root,
            auth,
            api_hint,
        });
    }
    if let Some(given) = &spec.my_airflow_url {
        let (root, api_hint) = airflow_root(given)?;
        let key = spec.my_airflow_key.clone().ok_or_else(|| {
            Error::invalid(
                "MY_AIRFLOW_API_URL is set but MY_AIRFLOW_API_KEY is not: set both (in the environment or .env)".into(),
            )
        })?;
        return Ok(Target {
            root,
            auth: Auth::ApiKey(key),
            api_hint,
        });
    }
    Err(Error::argument(
        "door",
        "which Airflow? no deployment, Airflow URL or MY_AIRFLOW_API_URL was given".into(),
    ))
}

/// `https://deployments.<base-domain>/<release>/airflow`, the base domain taken from what the
/// Houston context holds: a domain (`example.com`), the Houston host (`houston.example.com`),
/// or the Houston URL (`https://houston.example.com/v1`).
pub fn apc_deployment_url(houston: &str, release: &str) -> Result<Url, Error> {
    let release = release.trim();
    if release.is_empty()
        || !release
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::invalid(format!(
            "`{release}` is not a deployment release name (letters, digits and dashes, like `celestial-comet-1234`)"
        )));
    }
    let houston = houston.trim();
    let host = if houston.contains("://") {
        let url = Url::parse(houston)
            .map_err(|e| Error::invalid(format!("the Houston URL `{houston}` is invalid: {e}")))?;
        url.host_str().unwrap_or_default().to_string()
    } else {
        houston.split('/').next().unwrap_or_default().to_string()
    };
    let domain = host.strip_prefix("houston.").unwrap_or(&host);
    if domain.is_empty() || domain.parse::<std::net::IpAddr>().is_ok() || !domain.contains('.') {
        return Err(Error::argument(
            "houston_url",
            format!(
                "cannot derive the deployments URL of {release} from the Houston address `{houston}` (it is not houston.<base-domain>)"
            ),
        ));
    }
    Url::parse(&format!("https://deployments.{domain}/{release}/airflow"))
        .map_err(|e| Error::invalid(format!("bad deployments URL for `{domain}`: {e}")))
}

fn is_apc_deployment(root: &Url) -> bool {
    root.host_str()
        .is_some_and(|h| h.starts_with("deployments."))
}

/// The Airflow root from any URL a user has: with or without scheme (`https://` is assumed,
/// `http://` for loopback), with or without a query (cut, as the astro CLI does), ending in
/// `/api/v1`, `/api/v2` or `/api/experimental` (cut, and remembered as a hint), or at the root.
pub fn airflow_root(given: &str) -> Result<(Url, Option<ApiVersion>), Error> {
    let given = given.trim();
    let mut text = given
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string();
    if !text.contains("://") {
        let loopback =
            text.starts_with("localhost") || text.starts_with("127.") || text.starts_with("[::1]");
        text = format!("{}://{text}", if loopback { "http" } else { "https" });
    }
    let mut url = Url::parse(&text)
        .map_err(|e| Error::invalid(format!("`{given}` is not an Airflow URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(Error::invalid(format!(
            "`{given}` is not an http(s) URL of an Airflow"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::invalid(
            "put credentials in AIRFLOW_USERNAME/AIRFLOW_PASSWORD or AIRFLOW_API_KEY, not in the URL (it shows up in messages)".into(),
        ));
    }
    let mut path = url.path().trim_end_matches('/').to_string();
    let mut hint = None;
    for (suffix, version) in [
        ("/api/v1", ApiVersion::V1),
        ("/api/v2", ApiVersion::V2),
        ("/api/experimental", ApiVersion::Experimental),
    ] {
        if let Some(stripped) = path.strip_suffix(suffix) {
            path = stripped.to_string();
            hint = Some(version);
            break;
        }
    }
    url.set_path(&path);
    Ok((url, hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(s: &str) -> Option<Token> {
        Some(Token::new(s))
    }

    #[test]
    fn apc_url_from_every_houston_form() {
        for houston in [
            "example.com",
            "houston.example.com",
            "https://houston.example.com/v1",
            "https://houston.example.com:443/v1/",
        ] {
            assert_eq!(
                apc_deployment_url(houston, "celestial-comet-1234")
                    .unwrap()
                    .as_str(),
                "https://deployments.example.com/celestial-comet-1234/airflow",
                "{houston}"
            );
        }
        assert!(apc_deployment_url("http://127.0.0.1:8871/v1", "r").is_err());
        assert!(apc_deployment_url("example.com", "a/b").is_err());
        assert!(apc_deployment_url("example.com", "").is_err());
    }

    #[test]
    fn roots_from_any_url() {
        let r = |s| {
            let (u, h) = airflow_root(s).unwrap();
            (u.to_string(), h)
        };
        // Astro's webServerAirflowApiUrl: no scheme, ends in /api/v1, sometimes a query
        assert_eq!(
            r("clx1.astronomer.run/d8xyz/api/v1?x=1"),
            (
                "https://clx1.astronomer.run/d8xyz".into(),
                Some(ApiVersion::V1)
            )
        );
        assert_eq!(
            r("http://127.0.0.1:8080/"),
            ("http://127.0.0.1:8080/".into(), None)
        );
        assert_eq!(
            r("localhost:8080/api/v2"),
            ("http://localhost:8080/".into(), Some(ApiVersion::V2))
        );
        assert_eq!(
            r("https://deployments.x.io/rel/airflow/api/experimental/"),
            (
                "https://deployments.x.io/rel/airflow".into(),
                Some(ApiVersion::Experimental)
            )
        );
        assert!(airflow_root("ftp://x").is_err());
        assert!(airflow_root("https://admin:admin@x").is_err());
    }

    #[test]
    fn door_choice() {
        let apc = resolve(&DoorSpec {
            deployment: Some("rel-1".into()),
            houston_url: Some("houston.example.com".into()),
            houston_token: tok("houston-jwt"),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            apc.root.as_str(),
            "https://deployments.example.com/rel-1/airflow"
        );
        assert!(matches!(apc.auth, Auth::Raw(ref t) if t.expose() == "houston-jwt"));

        let no_token = resolve(&DoorSpec {
            deployment: Some("rel-1".into()),
            houston_url: Some("example.com".into()),
            ..Default::default()
        });
        assert!(matches!(
            no_token.unwrap_err(),
            Error::Unanswered(crate::http::Unanswered::Argument {
                field: "houston_token",
                ..
            })
        ));

        let astro = resolve(&DoorSpec {
            airflow_url: Some("clx.astronomer.run/d1/api/v1".into()),
            bearer: tok("astro"),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(astro.auth, Auth::Bearer(_)));
        assert_eq!(astro.api_hint, Some(ApiVersion::V1));

        let plain = resolve(&DoorSpec {
            airflow_url: Some("http://127.0.0.1:8080".into()),
            username: Some("admin".into()),
            password: tok("admin"),
            bearer: tok("ignored"),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(plain.auth, Auth::Password { ref username, .. } if username == "admin"));
        assert!(
            resolve(&DoorSpec {
                airflow_url: Some("http://127.0.0.1:8080".into()),
                username: Some("admin".into()),
                ..Default::default()
            })
            .unwrap_err()
            .to_string()
            .contains("without a password")
        );

        // an explicit deployments URL with the context token: the APC door without a release
        let apc_url = resolve(&DoorSpec {
            airflow_url: Some("https://deployments.x.io/rel/airflow".into()),
            houston_token: tok("sa-key"),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(apc_url.auth, Auth::Raw(_)));

        let mine = resolve(&DoorSpec {
            my_airflow_url: Some("https://deployments.x.io/rel/airflow/api/v1".into()),
            my_airflow_key: tok("k"),
            ..Default::default()
        })
        .unwrap();
        assert!(matches!(mine.auth, Auth::ApiKey(_)));
        assert!(
            resolve(&DoorSpec {
                my_airflow_url: Some("https://x".into()),
                ..Default::default()
            })
            .is_err()
        );
        assert!(
            resolve(&DoorSpec::default())
                .unwrap_err()
                .to_string()
                .contains("which Airflow?")
        );
    }
}
