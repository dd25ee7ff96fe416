//! `-f KEY=VALUE` and `-F KEY=VALUE`, the fields of both raw `api` commands (Airflow's and
//! Astro's): one parser, so a field means the same whichever API it goes to.

use super::usage;
use serde_json::{Map, Value};

/// Query parameters, in order, a key possibly repeated.
pub type Query = Vec<(String, String)>;

/// The field flags of both raw `api` commands.
#[derive(Debug, Clone, clap::Args)]
pub struct FieldArgs {
    /// A string field KEY=VALUE: a query parameter for GET/DELETE (or with --input), else in the
    /// JSON body; `a[]=v` builds a list (a repeated query key), `a[b]=v` nests
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_fields: Vec<String>,
    /// A typed field KEY=VALUE: true, false, null, numbers and JSON ({…}, […]) are sent as such;
    /// `@FILE` or `@-` (stdin) reads the value
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// The request body from a JSON or YAML file (`-` for stdin); fields then go to the query
    #[arg(long, value_name = "FILE")]
    pub input: Option<String>,
}

impl FieldArgs {
    /// The fields given, parsed; see [`Fields::parse`].
    pub fn parse(&self) -> anyhow::Result<Fields> {
        Fields::parse(&self.raw_fields, &self.fields)
    }

    /// The query parameters and the body of a request: the fields go to the query string of a
    /// `read` (GET, DELETE, HEAD) or when `--input` is the body, else they are the JSON body.
    pub fn request(&self, read: bool) -> anyhow::Result<(Query, Option<Value>)> {
        let fields = self.parse()?;
        let body = match &self.input {
            Some(file) => Some(super::astro::read_document(file)?),
            None => None,
        };
        if read || body.is_some() {
            Ok((fields.query()?, body))
        } else if fields.is_empty() {
            Ok((Vec::new(), None))
        } else {
            Ok((Vec::new(), Some(fields.body()?)))
        }
    }
}

/// The fields of one request, in the order given (`-f` first, then `-F`).
pub struct Fields(Vec<(String, Value)>);

impl Fields {
    /// Parses `-f` (always a string) and `-F` (typed, see [`typed`]); a malformed field is
    /// exit 2 with nothing sent.
    pub fn parse(raw: &[String], typed_fields: &[String]) -> anyhow::Result<Fields> {
        let mut fields = Vec::new();
        for f in raw {
            let (k, v) = split(f, "-f")?;
            fields.push((k, Value::String(v)));
        }
        for f in typed_fields {
            let (k, v) = split(f, "-F")?;
            fields.push((k, typed(&v)?));
        }
        Ok(Fields(fields))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// As query parameters: `key[]` repeats `key`; nested keys and objects belong in a body.
    pub fn query(&self) -> anyhow::Result<Vec<(String, String)>> {
        let mut pairs = Vec::new();
        for (k, v) in &self.0 {
            let key = k.strip_suffix("[]").unwrap_or(k);
            if key.contains('[') {
                return Err(usage(format!(
                    "{k}: nested fields go in a JSON body, not a query string; nothing was sent"
                )));
            }
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                Value::Bool(_) | Value::Number(_) => v.to_string(),
                _ => {
                    return Err(usage(format!(
                        "{k}: a query parameter is a single value; nothing was sent"
                    )));
                }
            };
            pairs.push((key.to_string(), text));
        }
        Ok(pairs)
    }

    /// As a JSON body: `a[b]` nests, `a[]` collects a list, a plain key given twice is refused.
    pub fn body(&self) -> anyhow::Result<Value> {
        let mut object = Map::new();
        for (k, v) in &self.0 {
            insert(&mut object, k, v.clone())?;
        }
        Ok(Value::Object(object))
    }
}

fn split(text: &str, flag: &str) -> anyhow::Result<(String, String)> {
    match text.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(usage(format!(
            "{flag} {text}: a field is KEY=VALUE; nothing was sent"
        ))),
    }
}

/// A `-F` value: `true`, `false`, `null`, a JSON number, object or array as itself (bad JSON is
/// exit 2), `@FILE` or `@-` (stdin) as the text read, anything else a string.
pub fn typed(text: &str) -> anyhow::Result<Value> {
    if let Some(source) = text.strip_prefix('@') {
        let content = if source == "-" {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut s)
                .map_err(|e| usage(format!("-F …=@-: cannot read stdin: {e}")))?;
            s
        } else {
            std::fs::read_to_string(source)
                .map_err(|e| usage(format!("-F …={text}: cannot read {source}: {e}")))?
        };
        return Ok(Value::String(content.trim_end_matches('\n').to_string()));
    }
    if let Ok(n) = serde_json::from_str::<serde_json::Number>(text) {
        return Ok(Value::Number(n));
    }
    if matches!(text, "true" | "false" | "null") || text.starts_with(['{', '[']) {
        return serde_json::from_str(text).map_err(|e| {
            usage(format!(
                "`{text}` is not valid JSON: {e}; use -f for a plain string; nothing was sent"
            ))
        });
    }
    Ok(Value::String(text.to_string()))
}

/// Puts `a[b][]=v` into a JSON object.
fn insert(object: &mut Map<String, Value>, key: &str, value: Value) -> anyhow::Result<()> {
    let (head, tail) = match key.find('[') {
        Some(i) => (&key[..i], &key[i..]),
        None => (key, ""),
    };
    let mut parts = vec![head.to_string()];
    let mut rest = tail;
    while let Some(stripped) = rest.strip_prefix('[') {
        let close = stripped
            .find(']')
            .ok_or_else(|| usage(format!("{key}: a `[` without `]`")))?;
        parts.push(stripped[..close].to_string());
        rest = &stripped[close + 1..];
    }
    if !rest.is_empty() || head.is_empty() {
        return Err(usage(format!("{key}: write key, key[sub] or key[]")));
    }
    let mut target = object;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let next_is_array = parts.get(i + 1).is_some_and(|p| p.is_empty());
        if last {
            if target.contains_key(part) {
                return Err(usage(format!(
                    "{key} is given twice: for a list write {key}[]=VALUE"
                )));
            }
            target.insert(part.clone(), value);
            return Ok(());
        }
        if next_is_array {
            let entry = target
                .entry(part.clone())
                .or_insert_with(|| Value::Array(Vec::new()));
            let Value::Array(list) = entry else {
                return Err(usage(format!(
                    "{key}: {part} is given both as a list and a value"
                )));
            };
            if i + 2 != parts.len() {
                return Err(usage(format!("{key}: [] must come last")));
            }
            list.push(value);
            return Ok(());
        }
        let entry = target
            .entry(part.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(inner) = entry else {
            return Err(usage(format!("{key}: {part} is not an object")));
        };
        target = inner;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn fields_nest_and_lists_collect() {
        let f = Fields::parse(
            &strings(&["name=etl", "contactEmails[]=a@x", "contactEmails[]=b@x"]),
            &strings(&["scheduler[au]=5"]),
        )
        .unwrap();
        assert_eq!(
            f.body().unwrap(),
            json!({"name": "etl", "scheduler": {"au": 5}, "contactEmails": ["a@x", "b@x"]})
        );
        let twice = Fields::parse(&strings(&["name=a", "name=b"]), &[]).unwrap();
        assert!(twice.body().is_err());
        let mixed = Fields::parse(&strings(&["t=a", "t[]=b"]), &[]).unwrap();
        assert!(mixed.body().is_err());
        assert!(Fields::parse(&strings(&["novalue"]), &[]).is_err());
        assert!(Fields::parse(&strings(&["=v"]), &[]).is_err());
        let kept = Fields::parse(&strings(&["k=v=w"]), &[]).unwrap();
        assert_eq!(kept.body().unwrap(), json!({"k": "v=w"}));
    }

    #[test]
    fn typed_values() {
        assert_eq!(typed("true").unwrap(), json!(true));
        assert_eq!(typed("null").unwrap(), json!(null));
        assert_eq!(typed("12").unwrap(), json!(12));
        assert_eq!(typed("0.5").unwrap(), json!(0.5));
        assert_eq!(typed("1.0-3").unwrap(), json!("1.0-3"));
        assert_eq!(typed("{\"a\":1}").unwrap(), json!({"a": 1}));
        assert_eq!(typed("hello").unwrap(), json!("hello"));
        assert!(typed("{bad").is_err());
        assert!(typed("@/no/such/file").is_err());
    }

    #[test]
    fn query_parameters() {
        let f = Fields::parse(
            &strings(&["limit=1", "tags[]=a", "tags[]=b"]),
            &strings(&["on=true"]),
        )
        .unwrap();
        assert_eq!(
            f.query().unwrap(),
            vec![
                ("limit".to_string(), "1".to_string()),
                ("tags".to_string(), "a".to_string()),
                ("tags".to_string(), "b".to_string()),
                ("on".to_string(), "true".to_string()),
            ]
        );
        let nested = Fields::parse(&strings(&["a[b]=1"]), &[]).unwrap();
        assert!(nested.query().is_err());
        let object = Fields::parse(&[], &strings(&["a={\"b\":1}"])).unwrap();
        assert!(object.query().is_err());
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(300))]

        // Issue 12 item 8: any `-f`/`-F` text gives a body or an error that quotes what was
        // wrong; never a panic. (`@` is left out: it reads files and stdin.)
        #[test]
        fn fields_never_panic_and_errors_say_what(
            raw in proptest::collection::vec("[a-z\\[\\]={}\":0-9.,tfrueln -]{0,16}", 0..6),
            typed_fields in proptest::collection::vec("[a-z\\[\\]={}\":0-9.,tfrueln -]{0,16}", 0..6),
        ) {
            match Fields::parse(&raw, &typed_fields) {
                Ok(fields) => {
                    let _ = fields.body();
                    let _ = fields.query();
                }
                Err(e) => {
                    let text = e.to_string();
                    proptest::prop_assert!(text.contains('`') || text.contains("KEY=VALUE"), "{}", text);
                }
            }
        }
    }
}
