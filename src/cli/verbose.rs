//! `--verbose`: every exchange of every client (Houston, Airflow, Astro) on stderr. The
//! transport has already masked `Authorization` and scrubbed every secret it knows from headers
//! and bodies; bodies additionally have `token` fields and the values of secret variables
//! masked, which the transport cannot know to be secrets.

use crate::http::{Event, Observer};
use crate::secret::Token;
use serde_json::Value;
use std::sync::Arc;

/// The observer every client gets under `--verbose`.
pub fn observer() -> Observer {
    Arc::new(|event: &Event<'_>| eprint!("{}", describe(event)))
}

fn describe(event: &Event<'_>) -> String {
    let mut text = String::new();
    match event {
        Event::Request {
            method,
            url,
            headers,
            body,
        } => {
            text.push_str(&format!("> {method} {url}\n"));
            for (k, v) in headers {
                text.push_str(&format!("> {k}: {v}\n"));
            }
            if let Some(body) = body {
                text.push_str(&format!("> {}\n", redacted_body(body)));
            }
        }
        Event::Response {
            status,
            headers,
            elapsed,
            body,
        } => {
            text.push_str(&format!(
                "< {status} ({})\n",
                crate::http::human_duration(*elapsed)
            ));
            for (k, v) in headers.iter() {
                text.push_str(&format!("< {k}: {}\n", v.to_str().unwrap_or("(binary)")));
            }
            if !body.is_empty() {
                text.push_str(&format!(
                    "< {}\n",
                    crate::http::truncate(&redacted_body(body), 2000)
                ));
            }
        }
        Event::Retry { after, reason } => text.push_str(&format!(
            "* retrying in {}: {reason}\n",
            crate::http::human_duration(*after)
        )),
    }
    text
}

/// A body for `--verbose`: token values and secret variables masked.
fn redacted_body(body: &[u8]) -> String {
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            redact(&mut v);
            v.to_string()
        }
        Err(_) => crate::http::body_excerpt(body),
    }
}

/// Masks `token` (and `password`) fields and the `value` of objects marked `isSecret`.
pub fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let secret = map.get("isSecret") == Some(&Value::Bool(true));
            for (k, v) in map.iter_mut() {
                if (k == "token" || k == "password" || (secret && k == "value")) && v.is_string() {
                    *v = Value::String(Token::new(v.as_str().unwrap_or("")).masked());
                } else {
                    redact(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}
