//! The GraphQL explorer a browser gets at `GET /v1`: GraphiQL, vendored from its npm package
//! (see `explorer/README.md`) and served from `/explorer/…`, so it works offline and loads
//! nothing from a CDN. The page embeds no token: the user pastes one into its token field.

use std::io::Read;

use axum::body::Body;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

const INDEX: &str = include_str!("../explorer/index.html");

/// (name, content type, bytes, gzip-compressed).
const ASSETS: &[(&str, &str, &[u8], bool)] = &[
    (
        "graphiql.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../explorer/graphiql.min.js.gz"),
        true,
    ),
    (
        "graphiql.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../explorer/graphiql.min.css.gz"),
        true,
    ),
    (
        "react.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../explorer/react.production.min.js.gz"),
        true,
    ),
    (
        "react-dom.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../explorer/react-dom.production.min.js.gz"),
        true,
    ),
    (
        "explorer.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../explorer/explorer.js"),
        false,
    ),
    (
        "explorer.css",
        "text/css; charset=utf-8",
        include_bytes!("../explorer/explorer.css"),
        false,
    ),
    (
        "LICENSE-graphiql",
        "text/plain; charset=utf-8",
        include_bytes!("../explorer/LICENSE-graphiql"),
        false,
    ),
    (
        "LICENSE-react",
        "text/plain; charset=utf-8",
        include_bytes!("../explorer/LICENSE-react"),
        false,
    ),
];

/// Only our own files: scripts and styles from this origin, requests to this origin. GraphiQL
/// sets inline styles (React `style` props) and ships its fonts and icons as data URIs.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
    img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// Whether a `GET` comes from a browser: Apollo Server 2 serves its playground when the
/// client's `Accept` ranks `text/html` above `application/json` (the `accepts` package: the
/// first of the two in preference order, wildcards not counted).
pub fn prefers_html(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mut ranked: Vec<(f32, usize, &str)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let media = pieces.next()?.trim();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, i, media))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .iter()
        .find(|(_, _, m)| {
            m.eq_ignore_ascii_case("text/html") || m.eq_ignore_ascii_case("application/json")
        })
        .is_some_and(|(_, _, m)| m.eq_ignore_ascii_case("text/html"))
}

/// The explorer page.
pub fn page() -> Response {
    Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::CONTENT_SECURITY_POLICY, CSP)
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::REFERRER_POLICY, "no-referrer")
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::from(INDEX))
        .expect("static response")
}

/// `GET /explorer/{file}`: the page's scripts and styles, gzip-encoded when the client accepts
/// it (every browser does), decompressed otherwise.
pub async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let Some((_, content_type, bytes, gzipped)) = ASSETS.iter().find(|(name, ..)| *name == file)
    else {
        return Response::builder()
            .status(StatusCode::NOT_FOUND)
            .header(header::CONTENT_TYPE, "text/plain; charset=utf-8")
            .body(Body::from("no such explorer file\n"))
            .expect("static response");
    };
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    let builder = Response::builder()
        .header(header::CONTENT_TYPE, *content_type)
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .header(header::VARY, "Accept-Encoding");
    let response = if !gzipped {
        builder.body(Body::from(*bytes))
    } else if accepts_gzip {
        builder
            .header(header::CONTENT_ENCODING, "gzip")
            .body(Body::from(*bytes))
    } else {
        let mut plain = Vec::new();
        if flate2::read::GzDecoder::new(*bytes)
            .read_to_end(&mut plain)
            .is_err()
        {
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::from("a vendored explorer file is corrupt\n"))
                .expect("static response");
        }
        builder.body(Body::from(plain))
    };
    response.expect("static response")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, value.parse().unwrap());
        h
    }

    #[test]
    fn browsers_get_the_page_and_api_clients_do_not() {
        let chrome =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assert!(prefers_html(&accept(chrome)));
        assert!(!prefers_html(&accept("*/*")));
        assert!(!prefers_html(&accept("application/json")));
        assert!(!prefers_html(&accept("application/json, text/html")));
        assert!(prefers_html(&accept("application/json;q=0.5, text/html")));
        assert!(!prefers_html(&HeaderMap::new()));
    }

    #[test]
    fn every_vendored_asset_decompresses() {
        for (name, _, bytes, gzipped) in ASSETS {
            if *gzipped {
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(*bytes)
                    .read_to_end(&mut out)
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(out.len() > bytes.len(), "{name}");
            }
        }
        assert!(
            !INDEX.contains("authorization\":"),
            "the page embeds no token"
        );
    }
}
