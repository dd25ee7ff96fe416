//! `houston airflow api METHOD PATH`: any REST call on the same client (doors, retries, errors),
//! like `gh api` and `astro api airflow`.

use super::{Batches, Ctx, print_list};
use crate::airflow::{Client, Pages};
use crate::cli::fields::FieldArgs;
use crate::cli::output::{self, Format};
use crate::cli::usage;
use reqwest::Method;
use serde_json::Value;

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
    #[command(flatten)]
    fields: FieldArgs,
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
    let read = method == Method::GET || method == Method::DELETE;
    let (query, body) = args.fields.request(read)?;
    let mut url = client.url_for_path(&args.path).await?;
    url.query_pairs_mut().extend_pairs(query);
    if url.query() == Some("") {
        url.set_query(None);
    }
    let body = body.map(|b| serde_json::to_vec(&b)).transpose()?;

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
    async fn batch(&mut self) -> Result<Option<Vec<Value>>, crate::airflow::Error> {
        Ok(self.0.next_page().await?.map(|p| p.items))
    }
}
