//! `houston astro api METHOD PATH`: any Astro API call, like `gh api`, fixing what `astro api`
//! gets wrong: repeated query keys (`-f sorts=a -f sorts=b`, `-F sorts[]=a` → `sorts=a&sorts=b`),
//! `--paginate` that sets a page size and finds the items array by name (not the first array
//! alphabetically, which is `defaultRoles` on roles), keeps `totalCount`, and a token that is
//! masked in `--verbose` and `--dry-run`. Creates (POST) are never retried once they may have
//! reached the server.

use super::json_output;
use crate::astro::{self, ApiVersion, DEFAULT_PAGE_SIZE, RawRequest, Safety};
use crate::cli::fields::FieldArgs;
use crate::cli::{Ctx, usage};
use reqwest::Method;
use serde_json::Value;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// GET, POST or DELETE (any method is sent as given)
    method: String,
    /// The path under the API version, e.g. /organizations/{organizationId}/deployments;
    /// {organizationId} and {workspaceId} are filled in. May start with /v1, /platform/v1beta1
    /// or /iam/v1beta1
    path: String,
    #[command(flatten)]
    fields: FieldArgs,
    /// A request header, 'Key: value' (repeatable)
    #[arg(short = 'H', long = "header", value_name = "KEY: VALUE")]
    headers: Vec<String>,
    /// The API: v1 (default), platform/v1beta1 or iam/v1beta1 (both end in January 2027)
    #[arg(long, value_name = "VERSION", default_value = "v1")]
    api_version: String,
    /// Fetch every page of a list (GET), merged into one {<items>, totalCount}
    #[arg(long)]
    paginate: bool,
    /// Items per page with --paginate (1-1000)
    #[arg(long, value_name = "N", default_value_t = DEFAULT_PAGE_SIZE)]
    page_size: u32,
    /// The items field to page through, when the answer has several arrays
    #[arg(long, value_name = "FIELD")]
    items_field: Option<String>,
    /// Print the request (token masked) and send nothing
    #[arg(long)]
    dry_run: bool,
}

pub async fn run(args: Args, client: &astro::Client, ctx: &Ctx) -> anyhow::Result<()> {
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| usage(format!("`{}` is not an HTTP method", args.method)))?;
    let is_read = method == Method::GET || method == Method::DELETE || method == Method::HEAD;
    let (version, path) = split_version(&args.path, &args.api_version)?;
    if let Some(warning) = version.deprecation() {
        ctx.out.warn(&warning);
    }
    let (path, path_query) = match path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (path, None),
    };
    let path = fill_placeholders(&path, client, ctx)?;
    let (query, body) = args.fields.request(is_read)?;
    if args.paginate && method != Method::GET {
        return Err(usage("--paginate follows pages of a GET list"));
    }
    if !(1..=astro::MAX_PAGE_SIZE).contains(&args.page_size) {
        return Err(usage(format!(
            "--page-size must be 1 to {}",
            astro::MAX_PAGE_SIZE
        )));
    }
    let mut headers = Vec::new();
    for h in &args.headers {
        let (k, v) = h
            .split_once(':')
            .ok_or_else(|| usage(format!("-H {h}: write 'Key: value'")))?;
        let k = k.trim();
        if k.eq_ignore_ascii_case("authorization") {
            return Err(usage(
                "-H Authorization: the token comes from ASTRO_API_TOKEN, --token-stdin or the context",
            ));
        }
        if reqwest::header::HeaderName::from_bytes(k.as_bytes()).is_err()
            || reqwest::header::HeaderValue::from_str(v.trim()).is_err()
        {
            return Err(usage(format!("-H {h}: not a valid header")));
        }
        headers.push((k.to_string(), v.trim().to_string()));
    }

    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let mut url = client.url(version, &segments);
    {
        // A literal query in the path is kept as written; fields are appended as repeated keys.
        let mut pairs = url.query_pairs_mut();
        if let Some(q) = &path_query {
            for (k, v) in url::form_urlencoded::parse(q.as_bytes()) {
                pairs.append_pair(&k, &v);
            }
        }
        for (k, v) in &query {
            pairs.append_pair(k, v);
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    let request = RawRequest {
        method: method.clone(),
        url,
        body: body.map(|b| serde_json::to_vec(&b).expect("a Value always encodes")),
        headers,
    };
    if args.dry_run {
        let text = client.describe(&request)?.text();
        ctx.out.message("Dry run: nothing was sent.");
        return crate::cli::output::write_stdout(&text);
    }
    let safety = match method {
        Method::GET | Method::HEAD | Method::PUT => Safety::Idempotent,
        Method::DELETE => Safety::Delete,
        // A POST may be a create: never repeated once it may have landed.
        _ => Safety::Once,
    };
    let what = format!("{} {}", request.method, path_for_messages(&request.url));
    let out = json_output(ctx);
    if args.paginate {
        return paginate(client, request, &args, &what, &out).await;
    }
    let reply = client.execute(&request, &what, safety).await?;
    match reply.json(&what)? {
        Some(v) => out.data(&v, &[]),
        None => {
            ctx.out.message(&format!("{} (no body)", reply.status));
            Ok(())
        }
    }
}

/// Walks `offset` to `totalCount` and prints one merged envelope.
async fn paginate(
    client: &astro::Client,
    request: RawRequest,
    args: &Args,
    what: &str,
    out: &crate::cli::output::Output,
) -> anyhow::Result<()> {
    let base_pairs: Vec<(String, String)> = request
        .url
        .query_pairs()
        .filter(|(k, _)| k != "offset")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let has_limit = base_pairs.iter().any(|(k, _)| k == "limit");
    let mut offset: u64 = request
        .url
        .query_pairs()
        .find(|(k, _)| k == "offset")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut field = args.items_field.clone();
    let mut items = Vec::new();
    let mut envelope;
    loop {
        let mut url = request.url.clone();
        {
            let mut q = url.query_pairs_mut();
            q.clear();
            for (k, v) in &base_pairs {
                q.append_pair(k, v);
            }
            q.append_pair("offset", &offset.to_string());
            if !has_limit {
                q.append_pair("limit", &args.page_size.to_string());
            }
        }
        let page_request = RawRequest {
            url,
            ..request.clone()
        };
        let reply = client
            .execute(&page_request, what, Safety::Idempotent)
            .await?;
        let Some(Value::Object(mut page)) = reply.json(what)? else {
            return Err(anyhow::anyhow!(
                "Failed {what}: --paginate needs a JSON object with an items array and totalCount"
            ));
        };
        let name = astro::items_field(&page, field.as_deref())
            .map_err(|m| anyhow::anyhow!("Failed {what}: {m}"))?;
        let Some(Value::Array(batch)) = page.remove(&name) else {
            unreachable!("items_field found an array")
        };
        field = Some(name);
        let total = page.get("totalCount").and_then(Value::as_u64);
        let count = batch.len() as u64;
        items.extend(batch);
        offset += count;
        envelope = page;
        if count == 0 || total.is_none_or(|t| offset >= t) {
            break;
        }
    }
    let field = field.unwrap_or_else(|| "items".into());
    envelope.remove("offset");
    envelope.remove("limit");
    envelope.insert(field, Value::Array(items));
    out.data(&Value::Object(envelope), &[])
}

/// `/organizations/x/deployments` for messages (the host is not news).
fn path_for_messages(url: &url::Url) -> String {
    url.path().to_string()
}

/// The API version: a path that starts with one wins over --api-version.
fn split_version(path: &str, flag: &str) -> anyhow::Result<(ApiVersion, String)> {
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    for (prefix, version) in [
        ("/v1/", ApiVersion::V1),
        ("/platform/v1beta1/", ApiVersion::PlatformV1Beta1),
        ("/iam/v1beta1/", ApiVersion::IamV1Beta1),
    ] {
        if let Some(rest) = path.strip_prefix(prefix) {
            return Ok((version, format!("/{rest}")));
        }
    }
    let version = ApiVersion::parse(flag).ok_or_else(|| {
        usage(format!(
            "--api-version {flag}: use v1, platform/v1beta1 or iam/v1beta1"
        ))
    })?;
    Ok((version, path))
}

/// Fills `{organizationId}` and `{workspaceId}` (any case); refuses any other placeholder.
fn fill_placeholders(path: &str, client: &astro::Client, ctx: &Ctx) -> anyhow::Result<String> {
    let mut out = String::new();
    let mut rest = path;
    let mut missing = Vec::new();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return Err(usage(format!("{path}: a `{{` without `}}`")));
        };
        let name = &rest[open + 1..open + close];
        match name.to_ascii_lowercase().as_str() {
            "organizationid" => out.push_str(client.organization()?),
            "workspaceid" => match &ctx.global.workspace {
                Some(w) => out.push_str(w),
                None => missing.push(format!("{{{name}}} (give --workspace)")),
            },
            _ => missing.push(format!("{{{name}}} (write the id into the path)")),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    if !missing.is_empty() {
        return Err(usage(format!(
            "{path}: cannot fill {}; nothing was sent",
            missing.join(", ")
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_from_the_path_or_the_flag() {
        let (v, p) = split_version("/platform/v1beta1/organizations", "v1").unwrap();
        assert_eq!(
            (v, p.as_str()),
            (ApiVersion::PlatformV1Beta1, "/organizations")
        );
        let (v, p) = split_version("organizations", "iam/v1beta1").unwrap();
        assert_eq!((v, p.as_str()), (ApiVersion::IamV1Beta1, "/organizations"));
        assert!(split_version("/x", "v2").is_err());
    }
}
