//! Fault injection: rules that make some requests slow or broken the way real proxies and
//! overloaded servers break them, to test clients and try scripts.
//!
//! A rule is a comma-separated list of `key=value`:
//!
//! | key | meaning |
//! |---|---|
//! | `kind` | `latency`, `502`, `503` (or any status 400–599), `html` (502 with an HTML error page), `drop` (close the connection without answering), `truncate` (run the request, send half of the JSON) |
//! | `op` | only requests whose operation name is this (default: every request) |
//! | `rate` | fire for this fraction of matching requests, e.g. `0.25` |
//! | `nth` | fire only for the Nth matching request (1-based) |
//! | `ms` | delay for `latency` (default 1000) |
//! | `retry-after` | seconds to put in a `Retry-After` header of a status answer |
//!
//! Without `rate` or `nth` a rule fires for every matching request.
//! Example: `kind=503,op=workspaces,nth=1,retry-after=2`.

use std::fmt;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// What a fired rule does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Latency(Duration),
    Status { code: u16, retry_after: Option<u64> },
    Html { code: u16 },
    Drop,
    Truncate,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum When {
    Always,
    Rate(f64),
    Nth(u64),
}

/// One `--fault` rule.
#[derive(Debug)]
pub struct Rule {
    text: String,
    op: Option<String>,
    action: Action,
    when: When,
    matched: AtomicU64,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Why a rule did not parse.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("bad fault rule `{rule}`: {reason} (e.g. `kind=503,op=workspaces,rate=0.5,retry-after=1`)")]
pub struct RuleError {
    pub rule: String,
    pub reason: String,
}

impl FromStr for Rule {
    type Err = RuleError;

    fn from_str(text: &str) -> Result<Rule, RuleError> {
        let err = |reason: String| RuleError {
            rule: text.to_string(),
            reason,
        };
        let mut kind = None;
        let mut op = None;
        let mut when = When::Always;
        let mut ms = 1000u64;
        let mut retry_after = None;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| err(format!("`{part}` is not key=value")))?;
            let number = |what: &str| -> Result<u64, RuleError> {
                value
                    .parse()
                    .map_err(|_| err(format!("{what} must be a whole number, not `{value}`")))
            };
            match key.trim() {
                "kind" => kind = Some(value.trim().to_string()),
                "op" => op = Some(value.trim().to_string()),
                "rate" => {
                    let rate: f64 = value
                        .parse()
                        .ok()
                        .filter(|r: &f64| (0.0..=1.0).contains(r))
                        .ok_or_else(|| {
                            err(format!("rate must be between 0 and 1, not `{value}`"))
                        })?;
                    when = When::Rate(rate);
                }
                "nth" => {
                    let n = number("nth")?;
                    if n == 0 {
                        return Err(err("nth counts from 1".into()));
                    }
                    when = When::Nth(n);
                }
                "ms" => ms = number("ms")?,
                "retry-after" => retry_after = Some(number("retry-after")?),
                other => {
                    return Err(err(format!(
                        "unknown key `{other}` (known: kind, op, rate, nth, ms, retry-after)"
                    )));
                }
            }
        }
        let kind = kind.ok_or_else(|| err("missing kind=".into()))?;
        let action = match kind.as_str() {
            "latency" => Action::Latency(Duration::from_millis(ms)),
            "html" => Action::Html { code: 502 },
            "drop" => Action::Drop,
            "truncate" => Action::Truncate,
            code => match code.parse::<u16>() {
                Ok(code) if (400..=599).contains(&code) => Action::Status { code, retry_after },
                _ => {
                    return Err(err(format!(
                        "unknown kind `{code}` (latency, 502, 503, html, drop, truncate)"
                    )));
                }
            },
        };
        Ok(Rule {
            text: text.to_string(),
            op,
            action,
            when,
            matched: AtomicU64::new(0),
        })
    }
}

impl Rule {
    /// Counts a request against the rule and says whether the rule fires for it.
    fn fires(&self, operation: Option<&str>) -> bool {
        if let Some(op) = &self.op
            && operation != Some(op.as_str())
        {
            return false;
        }
        let n = self.matched.fetch_add(1, Ordering::SeqCst) + 1;
        match self.when {
            When::Always => true,
            When::Rate(rate) => super::store::random_fraction() < rate,
            When::Nth(nth) => n == nth,
        }
    }
}

/// The faults to apply to one request: a total delay, then at most one breaking action.
#[derive(Debug, Default, PartialEq)]
pub struct Plan {
    pub delay: Duration,
    pub action: Option<Action>,
}

/// Evaluates every rule (each counts the request) and combines what fired.
pub fn plan(rules: &[Rule], operation: Option<&str>) -> Plan {
    let mut plan = Plan::default();
    for rule in rules {
        if !rule.fires(operation) {
            continue;
        }
        match &rule.action {
            Action::Latency(d) => plan.delay += *d,
            other => {
                if plan.action.is_none() {
                    plan.action = Some(other.clone());
                }
            }
        }
    }
    plan
}

/// Reads rules from a file: one per line, `#` starts a comment.
pub fn parse_file(text: &str) -> Result<Vec<Rule>, RuleError> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::parse)
        .collect()
}

/// The HTML page an ingress shows when Houston is down.
pub const HTML_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules() {
        let r: Rule = "kind=503,op=workspaces,nth=2,retry-after=3"
            .parse()
            .unwrap();
        assert_eq!(
            r.action,
            Action::Status {
                code: 503,
                retry_after: Some(3)
            }
        );
        assert_eq!(r.op.as_deref(), Some("workspaces"));
        assert_eq!(r.when, When::Nth(2));
        let r: Rule = "kind=latency,ms=250,rate=0.5".parse().unwrap();
        assert_eq!(r.action, Action::Latency(Duration::from_millis(250)));
        assert_eq!(r.when, When::Rate(0.5));
        for bad in [
            "",
            "kind=teapot",
            "kind=503,rate=2",
            "kind=drop,nth=0",
            "kind=drop,foo=1",
            "op=x",
        ] {
            assert!(bad.parse::<Rule>().is_err(), "{bad}");
        }
    }

    #[test]
    fn nth_fires_once_and_op_filters() {
        let rules = vec!["kind=drop,op=a,nth=2".parse::<Rule>().unwrap()];
        assert_eq!(plan(&rules, Some("b")).action, None);
        assert_eq!(plan(&rules, Some("a")).action, None);
        assert_eq!(plan(&rules, Some("a")).action, Some(Action::Drop));
        assert_eq!(plan(&rules, Some("a")).action, None);
    }

    #[test]
    fn latency_adds_up_and_first_breaker_wins() {
        let rules =
            parse_file("kind=latency,ms=5\nkind=latency,ms=7 # two\n\nkind=html\nkind=drop\n")
                .unwrap();
        let p = plan(&rules, None);
        assert_eq!(p.delay, Duration::from_millis(12));
        assert_eq!(p.action, Some(Action::Html { code: 502 }));
    }
}
