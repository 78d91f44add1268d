//! The small HTTP pieces the class server needs: form bodies and query strings
//! (`application/x-www-form-urlencoded`), cookies, and responses that always carry the security
//! headers (a strict Content-Security-Policy, no sniffing, no framing, no caching, no referrer).

use std::collections::BTreeMap;
use std::io::Cursor;
use tiny_http::{Header, Response};

/// The headers every response carries.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
];

/// The learner's session cookie.
pub const LEARNER_COOKIE: &str = "gh_learner";
/// The trainer's cookie.
pub const TRAINER_COOKIE: &str = "gh_trainer";

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// A response with the security headers.
pub fn respond(status: u16, content_type: &str, body: String) -> Response<Cursor<Vec<u8>>> {
    let mut r = Response::from_data(body.into_bytes()).with_status_code(status);
    for (k, v) in SECURITY_HEADERS.iter().copied().chain([("Content-Type", content_type)]) {
        if let Some(h) = header(k, v) {
            r.add_header(h);
        }
    }
    r
}

/// An HTML page.
pub fn html(status: u16, body: String) -> Response<Cursor<Vec<u8>>> {
    respond(status, "text/html; charset=utf-8", body)
}

/// A redirect after a form (303 See Other), optionally setting a cookie.
pub fn see_other(to: &str, cookie: Option<(&str, &str)>) -> Response<Cursor<Vec<u8>>> {
    let mut r = respond(303, "text/plain; charset=utf-8", String::new());
    if let Some(h) = header("Location", to) {
        r.add_header(h);
    }
    if let Some((name, value)) = cookie
        && let Some(h) = header("Set-Cookie", &format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict"))
    {
        r.add_header(h);
    }
    r
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Decodes one `application/x-www-form-urlencoded` component (`+` is a space); bytes that are not
/// UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The fields of a form body or query string; a repeated name keeps its first value.
pub fn form(s: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for pair in s.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        out.entry(decode(k)).or_insert_with(|| decode(v));
    }
    out
}

/// A cookie's value from the request's `Cookie` headers.
pub fn cookie(headers: &[Header], name: &str) -> Option<String> {
    headers
        .iter()
        .filter(|h| h.field.equiv("Cookie"))
        .flat_map(|h| h.value.as_str().split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A header's value.
pub fn header_value(headers: &[Header], name: &str) -> Option<String> {
    headers.iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str().to_owned())
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode_percent_plus_and_broken_escapes() {
        let f = form("a=1+2&b=%3Cscript%3E&c=%E2%80%AE&d=%zz%&a=dup");
        assert_eq!(f["a"], "1 2");
        assert_eq!(f["b"], "<script>");
        assert_eq!(f["c"], "\u{202E}");
        assert_eq!(f["d"], "%zz%");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert!(same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab"));
    }
}
