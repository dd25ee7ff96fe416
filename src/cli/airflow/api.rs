//! `houston airflow api METHOD PATH`: any REST call on the same client (doors, retries, errors),
//! like `gh api` and `astro api airflow`.

use super::{Batches, Ctx, print_list};
use crate::cli::output::{self, Format};
use crate::cli::usage;
use houston::airflow::{Client, Pages};
use reqwest::Method;
use serde_json::{Map, Value};

#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  houston airflow api GET /dags -f limit=5
  houston airflow api GET /dags/~/dagRuns -f state=failed -f state=queued --paginate
  houston airflow api PATCH /dags/my_dag -F is_paused=true
  houston airflow api POST /variables --input var.json
  houston airflow api GET /api/v2/monitor/health")]
pub struct Args {
    /// GET, POST, PATCH, PUT or DELETE
    method: String,
    /// Under the detected /api/vN (`/dags`), or from the root (`/api/v1/…`, `/auth/…`)
    path: String,
    /// A string field: the query string for GET/DELETE, the JSON body otherwise;
    /// `key[]=v` builds a list, a repeated key in a query repeats it
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    raw_fields: Vec<String>,
    /// A typed field: true, false, null, numbers and JSON ({…}, […]) are sent as such;
    /// `@file` reads the value from a file
    #[arg(short = 'F', long = "field", value_name = "KEY=VALUE")]
    fields: Vec<String>,
    /// The request body from a file (`-` for stdin); fields then go to the query string
    #[arg(long, value_name = "FILE")]
    input: Option<String>,
    /// Follow limit/offset through every page (GET only) and print one list of the items
    #[arg(long)]
    paginate: bool,
    /// Print the request (credentials masked) instead of sending it
    #[arg(long, conflicts_with = "paginate")]
    dry_run: bool,
}

pub async fn run(args: Args, client: &Client, ctx: &Ctx) -> anyhow::Result<()> {
    let method = match args.method.to_ascii_uppercase().as_str() {
        "GET" => Method::GET,
        "POST" => Method::POST,
        "PATCH" => Method::PATCH,
        "PUT" => Method::PUT,
        "DELETE" => Method::DELETE,
        other => {
            return Err(usage(format!(
                "`{other}` is not a method this API uses: GET, POST, PATCH, PUT or DELETE"
            )));
        }
    };
    if args.paginate && method != Method::GET {
        return Err(usage("--paginate follows pages of a GET only"));
    }
    let mut pairs = Vec::new();
    for f in &args.raw_fields {
        let (k, v) = split_field(f)?;
        pairs.push((k, Value::String(v)));
    }
    for f in &args.fields {
        let (k, v) = split_field(f)?;
        pairs.push((k, typed(&v)?));
    }
    let in_query = method == Method::GET || method == Method::DELETE || args.input.is_some();
    let mut url = client.url_for_path(&args.path).await?;
    let body = if in_query {
        {
            let mut q = url.query_pairs_mut();
            for (k, v) in &pairs {
                let key = k.strip_suffix("[]").unwrap_or(k);
                match v {
                    Value::String(s) => q.append_pair(key, s),
                    other => q.append_pair(key, &other.to_string()),
                };
            }
        }
        if url.query() == Some("") {
            url.set_query(None);
        }
        match &args.input {
            Some(file) => Some(read_input(file)?),
            None => None,
        }
    } else if pairs.is_empty() {
        None
    } else {
        Some(serde_json::to_vec(&body_of(pairs)?)?)
    };

    let json_out = if ctx.out.format == Format::Table {
        output::Output {
            format: Format::Json,
            ..ctx.out.clone()
        }
    } else {
        ctx.out.clone()
    };
    if args.dry_run {
        let preview = client.describe(method, url, body);
        ctx.out.message("Dry run: nothing was sent.");
        return output::write_stdout(&format!(
            "{}\n# the same request with curl (the Authorization value comes from $AIRFLOW_AUTHORIZATION):\n{}\n",
            preview.text(),
            preview.curl()
        ));
    }
    if args.paginate {
        let pages: Pages<'_, Value> = Pages::new(client, url, None);
        return print_list(&json_out, Raw(pages), &[]).await;
    }
    let reply = client.send(method, url, body).await?;
    if reply.body.is_empty() {
        return Ok(());
    }
    let is_json = reply
        .content_type
        .as_deref()
        .is_none_or(|ct| ct.contains("json"));
    if !is_json {
        let text = String::from_utf8_lossy(&reply.body);
        return output::write_stdout(&format!("{}\n", text.trim_end()));
    }
    let value: Value = reply.json()?;
    json_out.data(&value, &[])
}

/// Pages of arbitrary items.
struct Raw<'c>(Pages<'c, Value>);

impl Batches<Value> for Raw<'_> {
    async fn batch(&mut self) -> Result<Option<Vec<Value>>, houston::airflow::Error> {
        Ok(self.0.next_page().await?.map(|p| p.items))
    }
}

fn split_field(field: &str) -> anyhow::Result<(String, String)> {
    match field.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(usage(format!(
            "`{field}`: a field is KEY=VALUE; nothing was sent"
        ))),
    }
}

/// `-F`: JSON literals as themselves, `@file` as the file's text, anything else a string.
fn typed(text: &str) -> anyhow::Result<Value> {
    if let Some(path) = text.strip_prefix('@') {
        return std::fs::read_to_string(path)
            .map(|s| Value::String(s.trim_end_matches('\n').to_string()))
            .map_err(|e| usage(format!("cannot read {path}: {e}")));
    }
    let looks_json = matches!(text, "true" | "false" | "null")
        || text.starts_with(['{', '['])
        || text.parse::<f64>().is_ok();
    if looks_json {
        return serde_json::from_str(text).map_err(|e| {
            usage(format!(
                "`{text}` is not valid JSON: {e}; use -f for a plain string; nothing was sent"
            ))
        });
    }
    Ok(Value::String(text.to_string()))
}

/// The JSON body from fields; `key[]` appends to a list.
fn body_of(pairs: Vec<(String, Value)>) -> anyhow::Result<Value> {
    let mut body = Map::new();
    for (k, v) in pairs {
        if let Some(list) = k.strip_suffix("[]") {
            match body
                .entry(list.to_string())
                .or_insert_with(|| Value::Array(Vec::new()))
            {
                Value::Array(items) => items.push(v),
                _ => {
                    return Err(usage(format!(
                        "`{list}` is given both as a list and a value"
                    )));
                }
            }
        } else if body.insert(k.clone(), v).is_some() {
            return Err(usage(format!(
                "`{k}` is given twice; use `{k}[]=…` for a list"
            )));
        }
    }
    Ok(Value::Object(body))
}

fn read_input(file: &str) -> anyhow::Result<Vec<u8>> {
    if file == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| usage(format!("--input: cannot read stdin: {e}")))?;
        Ok(buf)
    } else {
        std::fs::read(file).map_err(|e| usage(format!("--input: cannot read {file}: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields() {
        assert_eq!(typed("true").unwrap(), json!(true));
        assert_eq!(typed("12").unwrap(), json!(12));
        assert_eq!(typed("{\"a\":1}").unwrap(), json!({"a": 1}));
        assert_eq!(typed("hello").unwrap(), json!("hello"));
        assert!(typed("{bad").is_err());
        let body = body_of(vec![
            ("a".into(), json!(1)),
            ("t[]".into(), json!("x")),
            ("t[]".into(), json!("y")),
        ])
        .unwrap();
        assert_eq!(body, json!({"a": 1, "t": ["x", "y"]}));
        assert!(body_of(vec![("a".into(), json!(1)), ("a".into(), json!(2))]).is_err());
        assert!(split_field("novalue").is_err());
        assert_eq!(
            split_field("k=v=w").unwrap(),
            ("k".to_string(), "v=w".to_string())
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(300))]

        // Issue 12 item 8: any `-F`/`-f` text answers a body or an error that quotes what was
        // wrong (and, for JSON, the column); never a panic.
        #[test]
        fn fields_never_panic_and_errors_say_where(
            fields in proptest::collection::vec("[a-z\\[\\]={}\":0-9.,tfrueln -]{0,16}", 0..6)
        ) {
            let mut pairs = Vec::new();
            for field in &fields {
                match split_field(field) {
                    Ok((key, value)) => match typed(&value) {
                        Ok(v) => pairs.push((key, v)),
                        Err(e) => {
                            let text = e.to_string();
                            proptest::prop_assert!(text.contains(&format!("`{value}`")), "{}", text);
                            proptest::prop_assert!(text.contains("column"), "{}", text);
                        }
                    },
                    Err(e) => {
                        let quoted = format!("`{field}`");
                        proptest::prop_assert!(e.to_string().contains(&quoted), "{}", e);
                    }
                }
            }
            if let Err(e) = body_of(pairs) {
                proptest::prop_assert!(e.to_string().contains('`'));
            }
        }
    }
}
