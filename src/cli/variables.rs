//! Flags → the variables of whichever operation variant the platform needs.
//!
//! A command collects what the user gave once, as JSON, into the union of an operation's
//! variants' variables; the generated `versioned` call picks the variant and refuses, before
//! anything is sent, a value its platform cannot honour, which [`Given::explain`] names by flag.

use super::usage;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// What the user gave: variable name → value, and the flag that set it (for messages).
#[derive(Debug, Default, Clone)]
pub struct Given {
    values: Map<String, Value>,
    flags: Vec<(&'static str, &'static str)>,
}

impl Given {
    /// Records `value` for `variable` if the user gave it (`None` and JSON null are skipped).
    pub fn set(
        &mut self,
        variable: &'static str,
        flag: &'static str,
        value: Option<impl Into<Value>>,
    ) -> &mut Self {
        if let Some(v) = value.map(Into::into)
            && !v.is_null()
        {
            self.values.insert(variable.to_string(), v);
            self.flags.push((variable, flag));
        }
        self
    }

    /// Sets a variable the command itself supplies (ids it resolved): never the user's fault.
    pub fn fixed(&mut self, variable: &'static str, value: impl Into<Value>) -> &mut Self {
        self.values.insert(variable.to_string(), value.into());
        self
    }

    /// The variables of a versioned call (the union of every variant's): the generated call
    /// picks the variant and refuses what it cannot carry (see [`Given::explain`]).
    pub fn variables<V: DeserializeOwned>(&self) -> anyhow::Result<V> {
        serde_json::from_value(Value::Object(self.values.clone()))
            .map_err(|e| usage(format!("{e}")))
    }

    /// `error` in the user's words: variables the platform's variant has no place for become
    /// the flags that set them.
    pub fn explain(&self, error: crate::Error) -> anyhow::Error {
        let crate::Error::NotCarried {
            operation,
            variables,
            platform,
        } = &error
        else {
            return error.into();
        };
        let refused: Vec<&str> = self
            .flags
            .iter()
            .filter(|(variable, _)| variables.iter().any(|v| v == variable))
            .map(|(_, flag)| *flag)
            .collect();
        if refused.is_empty() {
            // a value the command itself supplied: a bug here, not the user's flag
            return error.into();
        }
        usage(format!(
            "{} not available on {} (it uses {operation}); leave {} out",
            refused.join(", ") + if refused.len() == 1 { " is" } else { " are" },
            platform_name(*platform),
            if refused.len() == 1 { "it" } else { "them" },
        ))
    }
}

/// "Houston 0.28.4" or "this platform" when the version is unknown.
pub fn platform_name(version: Option<crate::houston::Version>) -> String {
    match version {
        Some(v) => format!("Houston {v}"),
        None => "this platform".into(),
    }
}
