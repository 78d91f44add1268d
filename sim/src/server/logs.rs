//! What a homeserver keeps outside its database: `homeserver.log`, its reverse proxy's access log,
//! and, with Matrix Authentication Service, MAS's sessions and sign-ups (FACTS.md §1 "Observed":
//! "Outside the database", "Login via Matrix Authentication Service").

use super::{Request, Server, TableRow};
use crate::scenario::Auth;
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Old files of `homeserver.log` Synapse keeps by default: its generated log config uses a
/// `TimedRotatingFileHandler` with `when: midnight` and `backupCount: 3` (syn:
/// synapse/config/logger.py `DEFAULT_LOG_CONFIG`).
pub const LOG_DAYS: u32 = 3;

/// Old files of the reverse proxy's access log kept by default: Debian's nginx package rotates
/// `/var/log/nginx/*.log` daily and keeps 14 (`/etc/logrotate.d/nginx`).
pub const PROXY_LOG_DAYS: u32 = 14;

/// Days MAS keeps a session's last-seen address after its last activity, and a sign-up's
/// address and user agent: 30, not configurable (element-hq/matrix-authentication-service
/// docs/topics/data-retention.md).
pub const MAS_IP_DAYS: u64 = 30;

/// Which log file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum LogFile {
    /// Synapse's `homeserver.log`: one line per request naming the user, address and user agent.
    Homeserver,
    /// The reverse proxy's access log: address, time, request line and user agent, no user.
    Proxy,
}

impl LogFile {
    /// The file's name, as evidence shows it.
    pub fn name(self) -> &'static str {
        match self {
            LogFile::Homeserver => "homeserver.log",
            LogFile::Proxy => "access.log",
        }
    }
}

/// The oldest request still in a log that rotates at midnight and keeps `days` old files
/// besides today's, at `now`; `None` when that log is off (`days == 0`).
pub fn log_horizon(days: u32, now: SimTime) -> Option<SimTime> {
    (days > 0).then(|| SimTime((now.0 / SimTime::DAY).saturating_sub(u64::from(days)) * SimTime::DAY))
}

/// A MAS session (`oauth2_sessions`, one per logged-in client) as it stands at a moment.
#[derive(Clone, Debug, Serialize)]
pub struct MasSession {
    /// The Matrix user.
    pub user_id: String,
    /// The device the session backs.
    pub device_id: String,
    /// User agent seen when the session was created.
    pub user_agent: String,
    /// Address it was last seen from; cleared 30 days after its last activity.
    pub last_active_ip: Option<String>,
}

/// A MAS sign-up record (`user_registrations`), kept 30 days.
#[derive(Clone, Debug, Serialize)]
pub struct MasRegistration {
    /// The Matrix user.
    pub user_id: String,
    /// Address of the sign-up.
    pub ip_address: String,
    /// User agent of the sign-up.
    pub user_agent: String,
}

impl Server {
    /// The requests whose lines someone who takes the server at `since` finds in `log`: those
    /// still in the rotation then, and every one written after.
    pub fn log_lines(&self, log: LogFile, since: SimTime) -> impl Iterator<Item = &Request> {
        let days = match log {
            LogFile::Homeserver => self.spec.log_days,
            LogFile::Proxy => self.spec.proxy_log_days,
        };
        let horizon = log_horizon(days, since);
        self.requests.iter().filter(move |r| horizon.is_some_and(|h| r.at >= h))
    }

    /// MAS's sessions at `now` (none unless the server logs in through MAS): one per device,
    /// with the user agent of its first request and the address of its last, cleared 30 days
    /// after that. MAS learns the address from the client's own calls (login, token refresh,
    /// every few minutes while it is active), not from Synapse's introspection.
    pub fn mas_sessions(&self, now: SimTime) -> Vec<TableRow<MasSession>> {
        if self.spec.auth != Auth::Mas {
            return Vec::new();
        }
        let mut sessions: BTreeMap<(&str, &str), (&Request, &Request)> = BTreeMap::new();
        for r in self.requests.iter().filter(|r| r.at <= now) {
            sessions.entry((&r.user, &r.device)).and_modify(|(_, last)| *last = r).or_insert((r, r));
        }
        let fresh = SimTime(now.0.saturating_sub(MAS_IP_DAYS * SimTime::DAY));
        sessions
            .into_values()
            .map(|(first, last)| TableRow {
                at: last.at,
                cols: MasSession {
                    user_id: first.user.clone(),
                    device_id: first.device.clone(),
                    user_agent: first.user_agent.clone(),
                    last_active_ip: (last.at >= fresh).then(|| last.ip.clone()),
                },
                deleted_at: None,
            })
            .collect()
    }

    /// MAS's sign-up records at `now` (none unless the server logs in through MAS): each user's
    /// first request, the sign-up, for 30 days.
    pub fn mas_registrations(&self, now: SimTime) -> Vec<TableRow<MasRegistration>> {
        if self.spec.auth != Auth::Mas {
            return Vec::new();
        }
        let fresh = SimTime(now.0.saturating_sub(MAS_IP_DAYS * SimTime::DAY));
        let mut first: BTreeMap<&str, &Request> = BTreeMap::new();
        for r in self.requests.iter().filter(|r| r.at <= now) {
            first.entry(&r.user).or_insert(r);
        }
        first
            .into_values()
            .filter(|r| r.at >= fresh)
            .map(|r| TableRow {
                at: r.at,
                cols: MasRegistration {
                    user_id: r.user.clone(),
                    ip_address: r.ip.clone(),
                    user_agent: r.user_agent.clone(),
                },
                deleted_at: None,
            })
            .collect()
    }

    /// The logs and MAS's tables as they stand at `now`, for `--dump`: `homeserver.log` and
    /// `access.log` one entry per line, `mas.oauth2_sessions` and `mas.user_registrations`.
    pub(super) fn dump_outside(&self, now: SimTime, out: &mut BTreeMap<String, Value>) {
        for log in [LogFile::Homeserver, LogFile::Proxy] {
            let horizon = log_horizon(
                match log {
                    LogFile::Homeserver => self.spec.log_days,
                    LogFile::Proxy => self.spec.proxy_log_days,
                },
                now,
            );
            let lines: Vec<Value> = self
                .requests
                .iter()
                .filter(|r| r.at <= now && horizon.is_some_and(|h| r.at >= h))
                .map(|r| match log {
                    LogFile::Homeserver => json!({
                        "ts": r.at.origin_server_ts(), "ip": r.ip, "user_id": r.user,
                        "user_agent": r.user_agent, "request": r.what,
                    }),
                    LogFile::Proxy => json!({
                        "ts": r.at.origin_server_ts(), "ip": r.ip, "user_agent": r.user_agent, "request": r.what,
                    }),
                })
                .collect();
            out.insert(log.name().to_owned(), Value::Array(lines));
        }
        if self.spec.auth == Auth::Mas {
            let sessions = self.mas_sessions(now).into_iter().map(|r| json!(r.cols)).collect();
            out.insert("mas.oauth2_sessions".to_owned(), Value::Array(sessions));
            let sign_ups = self.mas_registrations(now).into_iter().map(|r| json!(r.cols)).collect();
            out.insert("mas.user_registrations".to_owned(), Value::Array(sign_ups));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_keeps_today_and_its_old_files() {
        let now = SimTime(30 * SimTime::DAY + 6 * 3600);
        assert_eq!(log_horizon(3, now), Some(SimTime(27 * SimTime::DAY)));
        assert_eq!(log_horizon(0, now), None);
        assert_eq!(log_horizon(90, now), Some(SimTime(0)));
    }
}
