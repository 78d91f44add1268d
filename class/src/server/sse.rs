//! The event stream for live pages (Server-Sent Events): written straight to the connection so
//! each update leaves at once, with a comment every 15 seconds to keep the connection open. An
//! update carries the phase and counts only.

use super::App;
use std::io::Write;
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::time::Duration;

/// How often an idle stream sends a keep-alive comment.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// Serves one event stream until the client goes or the server stops.
pub(super) fn stream(app: &App, req: tiny_http::Request) {
    let (tx, rx) = sync_channel::<String>(32);
    let first = app.update(&app.state());
    super::lock(&app.subscribers).push(tx);
    let mut w = req.into_writer();
    let mut head =
        String::from("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nConnection: close\r\n");
    for (k, v) in super::http::SECURITY_HEADERS {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\nretry: 2000\n\n");
    let mut send = |text: &str| w.write_all(text.as_bytes()).and_then(|()| w.flush()).is_ok();
    if !send(&head) || !send(&format!("event: update\ndata: {first}\n\n")) {
        return;
    }
    loop {
        let ok = match rx.recv_timeout(KEEPALIVE) {
            Ok(update) => send(&format!("event: update\ndata: {update}\n\n")),
            Err(RecvTimeoutError::Timeout) => send(": keep-alive\n\n"),
            Err(RecvTimeoutError::Disconnected) => false,
        };
        if !ok {
            return;
        }
    }
}
