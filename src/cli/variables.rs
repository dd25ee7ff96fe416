//! Flags → the variables of whichever operation variant the platform needs.
//!
//! Variants of one operation share variable names (`runtimeVersion` is `runtimeVersion` in every
//! file that has it), so a command collects what the user gave once, as JSON, and each variant
//! takes it, refusing, before anything is sent, a flag its platform cannot honour.

use super::usage;
use houston::houston::Operation;
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

    /// The variables of `Q`, or a usage error naming the flags `Q` does not take on `platform`.
    pub fn for_operation<Q: Operation>(&self, platform: &str) -> anyhow::Result<Q::Variables>
    where
        Q::Variables: DeserializeOwned,
    {
        let declared: Vec<&str> = houston::manifest::find(Q::NAME)
            .map(|op| op.variables.iter().map(|(name, _)| *name).collect())
            .unwrap_or_default();
        let refused: Vec<&str> = self
            .flags
            .iter()
            .filter(|(variable, _)| !declared.contains(variable))
            .map(|(_, flag)| *flag)
            .collect();
        if !refused.is_empty() {
            return Err(usage(format!(
                "{} not available on {platform} (it uses {}); leave {} out",
                refused.join(", ") + if refused.len() == 1 { " is" } else { " are" },
                Q::BASE,
                if refused.len() == 1 { "it" } else { "them" },
            )));
        }
        let mut values = self.values.clone();
        values.retain(|k, _| declared.contains(&k.as_str()));
        serde_json::from_value(Value::Object(values))
            .map_err(|e| usage(format!("{}: {e}", Q::NAME)))
    }
}

/// "Houston 0.28.4" or "this platform" when the version is unknown.
pub fn platform_name(version: Option<houston::houston::Version>) -> String {
    match version {
        Some(v) => format!("Houston {v}"),
        None => "this platform".into(),
    }
}
