//! The lab's `homeserver.log`: the logging configuration each Synapse gets, and the reading of its
//! request lines into the dump's `homeserver.log` (user, address, user agent per line).
//!
//! Synapse writes one "Processed request" line per request through the `synapse.access.*`
//! loggers (`synapse/http/site.py`, `SynapseRequest._finished_processing`): the client's address
//! (with `x_forwarded`, the one in `X-Forwarded-For`), the listener's tag, `{requester}`, timings,
//! the request line and the user agent. The lab keeps Synapse's default format and level (INFO)
//! but writes straight to the file, without the default's 5-second buffer or rotation: a replay
//! lasts minutes. A server whose scenario turns request logging off (`log_days = 0`) gets the
//! `synapse.access` loggers at WARNING, as an operator would.

use super::config::ServerPlan;
use serde_json::{Value, json};
use std::path::PathBuf;

/// Where the lab's Synapse writes its log.
pub fn log_file(plan: &ServerPlan) -> PathBuf {
    plan.dir.join("homeserver.log")
}

/// Where the lab writes the logging configuration it gives Synapse (`log_config`).
pub fn log_config_file(plan: &ServerPlan) -> PathBuf {
    plan.dir.join("lab.log.config")
}

/// The logging configuration (JSON, which Python's YAML reader takes).
pub fn log_config(plan: &ServerPlan) -> Value {
    let mut loggers = json!({ "synapse.storage.SQL": { "level": "INFO" } });
    if !plan.request_log {
        loggers["synapse.access"] = json!({ "level": "WARNING" });
    }
    json!({
        "version": 1,
        "formatters": {
            "precise": { "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s" }
        },
        "handlers": {
            "file": {
                "class": "logging.FileHandler",
                "formatter": "precise",
                "filename": log_file(plan).display().to_string(),
                "encoding": "utf8",
            }
        },
        "loggers": loggers,
        "root": { "level": "INFO", "handlers": ["file"] },
        "disable_existing_loggers": false,
    })
}

/// One "Processed request" line as (address, requester, user agent); `None` for any other line
/// and for requests no user made (`{None}`).
pub fn parse_line(line: &str) -> Option<(String, String, String)> {
    let (head, tail) = line.split_once(" Processed request: ")?;
    let (before, requester) = head.rsplit_once(" - {")?;
    let requester = requester.strip_suffix('}')?;
    // `{authenticated entity|user}` is an admin acting as someone else, not that person's app;
    // `{None}` a request no user made.
    let user = requester;
    if !user.starts_with('@') || user.contains('|') {
        return None;
    }
    // `… - <address> - <listener tag>` ends the part before the requester.
    let mut fields = before.rsplit(" - ");
    let _tag = fields.next()?;
    let ip = fields.next()?;
    let end = tail.rfind("\" [")?;
    let start = tail[..end].rfind("\" \"")? + 3;
    Some((ip.to_owned(), user.to_owned(), tail[start..end].to_owned()))
}

/// The request lines of the server's `homeserver.log`, in the dump's shape (missing file: none).
pub fn read(plan: &ServerPlan) -> Value {
    let text = std::fs::read_to_string(log_file(plan)).unwrap_or_default();
    Value::Array(
        text.lines()
            .filter_map(parse_line)
            .map(|(ip, user, ua)| json!({ "ip": ip, "user_id": user, "user_agent": ua }))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_synapse_request_line() {
        let line = r#"2026-12-02 12:00:01,234 - synapse.access.http.40002 - 465 - INFO - PUT-12 - 203.0.113.45 - 40002 - {@tern:127.0.0.1:40001} Processed request: 0.012sec/0.000sec ru=(0.010sec, 0.001sec) db=(0.001sec/0.004sec/9) 59B 200 "PUT /_matrix/client/v3/rooms/!a:127.0.0.1:40001/send/m.room.encrypted/1 HTTP/1.1" "Mozilla/5.0 (X11; Linux x86_64) Element/1.11.97" [0 dbevts]"#;
        assert_eq!(
            parse_line(line),
            Some((
                "203.0.113.45".into(),
                "@tern:127.0.0.1:40001".into(),
                "Mozilla/5.0 (X11; Linux x86_64) Element/1.11.97".into()
            ))
        );
        let anonymous = line.replace("{@tern:127.0.0.1:40001}", "{None}");
        assert_eq!(parse_line(&anonymous), None);
        let puppeted = line.replace("{@tern:127.0.0.1:40001}", "{@admin:127.0.0.1:40001|@tern:127.0.0.1:40001}");
        assert_eq!(parse_line(&puppeted), None);
        assert_eq!(parse_line("2026-12-02 - synapse.storage - 1 - INFO - - something else"), None);
    }

    #[test]
    fn request_logging_off_raises_the_access_loggers() {
        let mut plan = ServerPlan {
            sim_name: "a.example".into(),
            federation_port: 1,
            client_port: 2,
            dir: PathBuf::from("/tmp/x"),
            presence: true,
            device_names: false,
            push_include_content: true,
            request_log: true,
        };
        assert!(log_config(&plan)["loggers"].get("synapse.access").is_none());
        plan.request_log = false;
        assert_eq!(log_config(&plan)["loggers"]["synapse.access"]["level"], "WARNING");
        assert_eq!(log_config(&plan)["handlers"]["file"]["filename"], "/tmp/x/homeserver.log");
    }
}
