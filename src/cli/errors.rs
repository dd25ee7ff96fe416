//! The one place errors become words, hints and exit codes: 0 ok, 1 the server (or the way to
//! it) refused or failed, 2 bad input found before anything was sent. The library's messages
//! say what happened; the hints here say which flag or command changes it, since only the CLI
//! knows its flags.

use super::{BrokenPipe, ExitQuietly, Interrupted, UsageError};
use houston::http::{FailureKind, TransportError};
use std::process::ExitCode;

/// Prints an error (and its hints) on stderr and picks the exit code.
pub fn report(error: &anyhow::Error) -> ExitCode {
    if error.downcast_ref::<BrokenPipe>().is_some() {
        return ExitCode::SUCCESS;
    }
    if let Some(ExitQuietly(code)) = error.downcast_ref::<ExitQuietly>() {
        return ExitCode::from(*code);
    }
    eprintln!("error: {error}");
    for hint in hints(error) {
        eprintln!("hint: {hint}");
    }
    ExitCode::from(exit_code(error))
}

/// 2 for input refused before sending, 130 for a run stopped by Ctrl-C, 1 for everything else.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    if error.downcast_ref::<Interrupted>().is_some() {
        return 130;
    }
    let invalid = error.downcast_ref::<UsageError>().is_some()
        || error
            .downcast_ref::<houston::Error>()
            .is_some_and(houston::Error::is_invalid)
        || error
            .downcast_ref::<houston::airflow::Error>()
            .is_some_and(houston::airflow::Error::is_invalid)
        || error
            .downcast_ref::<houston::astro::Error>()
            .is_some_and(houston::astro::Error::is_invalid);
    if invalid { 2 } else { 1 }
}

/// What to try next, in the CLI's words (flags, commands), for errors the library describes
/// without them.
pub fn hints(error: &anyhow::Error) -> Vec<String> {
    let mut hints = Vec::new();
    for cause in error.chain() {
        if let Some(transport) = cause.downcast_ref::<TransportError>() {
            hints.extend(transport_hint(transport));
        }
        if let Some(houston::Error::TooOld { .. }) = cause.downcast_ref::<houston::Error>() {
            hints.push(
                "if the platform's version is misreported, say which it is with --platform-version"
                    .into(),
            );
        }
    }
    hints.dedup();
    hints
}

fn transport_hint(error: &TransportError) -> Option<String> {
    match error.kind {
        FailureKind::Tls(_) => Some(
            "trust the server's CA with --ca-cert FILE (a PEM bundle; or HOUSTON_CA_CERT, or ca_cert in the context); --insecure skips verification, which lets anyone on the path read the token".into(),
        ),
        FailureKind::Timeout if error.sent => Some("give it longer with --timeout (e.g. --timeout 5m)".into()),
        FailureKind::Timeout => Some("give the connection longer with --connect-timeout".into()),
        _ => None,
    }
}

/// A configuration problem as a usage error (exit 2), with what to do about it.
pub fn config(error: houston::config::ConfigError) -> anyhow::Error {
    let mut text = error.to_string();
    if let houston::config::ConfigError::TokenElsewhere { service, .. } = error {
        text.push_str(match service {
            "Airflow" => {
                "\nhint: give a credential for that Airflow beside the URL (AIRFLOW_API_KEY, or AIRFLOW_USERNAME and AIRFLOW_PASSWORD), use --deployment RELEASE for this context's platform, or, to send this context's Houston token there deliberately, pass the URL with --airflow-url"
            }
            "Astro API" => {
                "\nhint: give the token for that host too (ASTRO_API_TOKEN beside ASTRO_API_URL, or --token-stdin), or, to send this context's Astro token there deliberately, pass the host with --api-url (`houston astro login --api-url URL` saves a token for it)"
            }
            _ => {
                "\nhint: give the token for that endpoint too (HOUSTON_TOKEN beside the URL, or a context of its own: `houston context add` and `houston login`), or, to send this context's token there deliberately, pass the URL with --url"
            }
        });
    }
    UsageError(text).into()
}
