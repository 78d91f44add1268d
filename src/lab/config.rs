//! One lab homeserver's settings: ports, names and the Synapse configuration that overrides the generated one.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Where one scenario server runs in the lab.
#[derive(Clone, Debug)]
pub struct ServerPlan {
    /// The scenario's name for the server (e.g. `bigchat.example`).
    pub sim_name: String,
    /// Port of the federation listener (TLS); also part of the real server name.
    pub federation_port: u16,
    /// Port of the client listener (plain HTTP, `x_forwarded`).
    pub client_port: u16,
    /// Folder with its configuration, keys, database and logs.
    pub dir: PathBuf,
    /// Presence enabled (the scenario's setting).
    pub presence: bool,
    /// Device names sent to other servers (the scenario's `shares_device_names`).
    pub device_names: bool,
    /// Synapse's `push.include_content` (the scenario's setting).
    pub push_include_content: bool,
    /// Request lines in `homeserver.log` (the scenario's `log_days` is not 0).
    pub request_log: bool,
}

impl ServerPlan {
    /// The real server name: `127.0.0.1:PORT`, the part after `:` in its users' ids.
    pub fn server_name(&self) -> String {
        format!("127.0.0.1:{}", self.federation_port)
    }

    /// Base URL of the Client-Server API.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.client_port)
    }

    /// The SQLite database Synapse writes (the generated configuration puts it in the folder).
    pub fn database(&self) -> PathBuf {
        self.dir.join("homeserver.db")
    }

    /// The generated configuration.
    pub fn generated_config(&self) -> PathBuf {
        self.dir.join("homeserver.yaml")
    }

    /// The lab's overrides, loaded after the generated configuration.
    pub fn lab_config(&self) -> PathBuf {
        self.dir.join("lab.yaml")
    }
}

/// A generous rate limit (Synapse's `per_second`/`burst_count` pair).
fn unlimited() -> Value {
    json!({ "per_second": 10000, "burst_count": 10000 })
}

/// Federation timing for a scenario with an outage. A replay takes seconds where the scenario's
/// outage lasts hours, so the lab compresses what Synapse would do over those hours: a
/// transaction to a server that is off fails after two quick retries instead of ten over
/// about eight minutes (`max_long_retries`, `max_long_retry_delay`), and the first failure
/// backs off for two hours instead of ten minutes (`destination_min_retry_interval`). A back-off
/// over an hour is what Synapse treats as a significant outage: it drops the receipts, presence
/// and typing queued for that server and catches it up on events later (Synapse's
/// `per_destination_queue.py`, `CATCHUP_RETRY_INTERVAL`). To-device messages and device-list
/// updates wait in the database either way.
fn long_outage() -> Value {
    json!({ "max_long_retries": 2, "max_long_retry_delay": 500, "destination_min_retry_interval": "2h" })
}

/// The lab's settings for one server, as JSON (which is YAML, so Synapse reads it as a second
/// `--config-path`; top-level keys replace the generated ones). `whitelist` lists every lab
/// server's real name; `shared_secret` lets the lab register its admin account; `outages`
/// compresses federation's retry timing for a scenario in which a server goes down
/// ([`long_outage`]).
pub fn overrides(plan: &ServerPlan, whitelist: &[String], shared_secret: &str, outages: bool) -> Value {
    let dir = plan.dir.display().to_string();
    let file = |name: &str| Path::new(&dir).join(name).display().to_string();
    let mut config = json!({
        "listeners": [
            {
                "port": plan.federation_port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": true,
                "resources": [{ "names": ["federation"], "compress": false }],
            },
            {
                "port": plan.client_port, "bind_addresses": ["127.0.0.1"], "type": "http", "tls": false,
                "x_forwarded": true,
                "resources": [{ "names": ["client"], "compress": false }],
            },
        ],
        "tls_certificate_path": file("tls.crt"),
        "tls_private_key_path": file("tls.key"),
        "database": { "name": "sqlite3", "args": { "database": plan.database().display().to_string() } },
        "enable_registration": true,
        "enable_registration_without_verification": true,
        "registration_shared_secret": shared_secret,
        "trusted_key_servers": [],
        "federation_verify_certificates": false,
        "federation_domain_whitelist": whitelist,
        // Required on loopback: without it every 127.0.0.1 destination is refused (an allow-list
        // alone is not enough) and a failed attempt leaves a long retry back-off.
        "ip_range_blacklist": [],
        "presence": { "enabled": plan.presence },
        "allow_device_name_lookup_over_federation": plan.device_names,
        "push": { "include_content": plan.push_include_content },
        "log_config": super::logs::log_config_file(plan).display().to_string(),
        "report_stats": false,
        "suppress_key_server_warning": true,
        "rc_message": unlimited(),
        "rc_registration": unlimited(),
        "rc_registration_token_validity": unlimited(),
        "rc_login": { "address": unlimited(), "account": unlimited(), "failed_attempts": unlimited() },
        "rc_admin_redaction": unlimited(),
        "rc_joins": { "local": unlimited(), "remote": unlimited() },
        "rc_joins_per_room": unlimited(),
        "rc_invites": { "per_room": unlimited(), "per_user": unlimited(), "per_issuer": unlimited() },
        "rc_3pid_validation": unlimited(),
        "rc_third_party_invite": unlimited(),
        "rc_presence": { "per_user": unlimited() },
        "rc_delayed_event_mgmt": unlimited(),
        "rc_reports": unlimited(),
        "rc_room_creation": unlimited(),
        "rc_send_to_device": unlimited(),
        "rc_key_requests": unlimited(),
        "rc_media_create": unlimited(),
        "rc_federation": { "window_size": 1000, "sleep_limit": 10000, "sleep_delay": 1, "reject_limit": 10000, "concurrent": 100 },
    });
    if outages {
        config["federation"] = long_outage();
    }
    config
}

/// Free ports on 127.0.0.1, `count` of them, all different (bound, then released).
pub fn free_ports(count: usize) -> std::io::Result<Vec<u16>> {
    let listeners: Vec<std::net::TcpListener> =
        (0..count).map(|_| std::net::TcpListener::bind("127.0.0.1:0")).collect::<Result<_, _>>()?;
    listeners.iter().map(|l| l.local_addr().map(|a| a.port())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> ServerPlan {
        ServerPlan {
            sim_name: "bigchat.example".into(),
            federation_port: 40001,
            client_port: 40002,
            dir: PathBuf::from("/tmp/lab/bigchat"),
            presence: false,
            device_names: true,
            push_include_content: false,
            request_log: true,
        }
    }

    #[test]
    fn overrides_federate_on_loopback_with_the_settings_that_work() {
        let names = vec!["127.0.0.1:40001".to_owned(), "127.0.0.1:40003".to_owned()];
        let c = overrides(&plan(), &names, "secret", false);
        assert!(c.get("federation").is_none(), "stock retry timing without an outage");
        assert_eq!(plan().server_name(), "127.0.0.1:40001");
        assert_eq!(c["listeners"][0]["port"], 40001);
        assert_eq!(c["listeners"][0]["tls"], true);
        assert_eq!(c["listeners"][1]["port"], 40002);
        assert_eq!(c["listeners"][1]["x_forwarded"], true);
        assert_eq!(c["listeners"][1]["tls"], false);
        assert_eq!(c["trusted_key_servers"], json!([]));
        assert_eq!(c["ip_range_blacklist"], json!([]));
        assert_eq!(c["federation_verify_certificates"], false);
        assert_eq!(c["federation_domain_whitelist"], json!(names));
        assert_eq!(c["enable_registration_without_verification"], true);
        assert_eq!(c["presence"]["enabled"], false);
        assert_eq!(c["allow_device_name_lookup_over_federation"], true);
        assert_eq!(c["push"]["include_content"], false);
        assert_eq!(c["tls_certificate_path"], "/tmp/lab/bigchat/tls.crt");
        assert_eq!(c["database"]["args"]["database"], "/tmp/lab/bigchat/homeserver.db");
        // Every rate limit is raised.
        for (key, v) in c.as_object().into_iter().flatten().filter(|(k, _)| k.starts_with("rc_")) {
            let text = v.to_string();
            assert!(text.contains("10000") || text.contains("1000"), "{key} is not raised: {text}");
        }
    }

    #[test]
    fn an_outage_compresses_the_retry_timing_past_synapses_hour() {
        let c = overrides(&plan(), &[], "secret", true);
        assert_eq!(c["federation"]["max_long_retries"], 2);
        assert_eq!(c["federation"]["destination_min_retry_interval"], "2h");
    }

    #[test]
    fn free_ports_are_distinct() {
        let ports = free_ports(4).expect("bind on loopback");
        let set: std::collections::BTreeSet<_> = ports.iter().collect();
        assert_eq!(set.len(), 4);
    }
}
