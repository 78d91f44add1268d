//! Addresses a compromised server holds outside its database: the lines of `homeserver.log` and
//! of its reverse proxy's access log, and MAS's sessions and sign-ups.
//!
//! FACTS.md §1 "Observed": "Outside the database" — both logs record client IPs under their own
//! rotation, and a seizure takes them, whatever `user_ips_max_age` says; "Login via Matrix
//! Authentication Service" — MAS keeps each session's last IP until 30 days after its last
//! activity and each sign-up's IP and user agent for 30 days.

use super::ip::{Seen, Source, note};
use super::{Evidence, Holdings, ServerAccess};
use crate::server::LogFile;
use crate::time::SimTime;
use std::collections::BTreeMap;

/// Requests the proxy's access log ties to an account although it names no user: each put an
/// event in a room, whose sender and `origin_server_ts` the database keeps, and the logged URL
/// names the room and the time matches.
const ATTRIBUTABLE: [&str; 3] = ["send", "join", "leave"];

/// The lines of both logs the adversary finds, grouped per (account, address) into one piece of
/// evidence per log file.
pub(super) fn from_logs(h: &Holdings<'_>, access: &ServerAccess<'_>, seen: &mut Seen) {
    for log in [LogFile::Homeserver, LogFile::Proxy] {
        // (account, ip) → (user agents, lines, first, last)
        let mut lines: BTreeMap<(&str, &str), (Vec<&str>, usize, SimTime, SimTime)> = BTreeMap::new();
        for r in access.server.log_lines(log, access.since) {
            if log == LogFile::Proxy && !ATTRIBUTABLE.contains(&r.what) {
                continue;
            }
            let Some(account) = h.account_of(&r.user) else { continue };
            let e = lines.entry((account, &r.ip)).or_insert((Vec::new(), 0, r.at, r.at));
            if !e.0.contains(&r.user_agent.as_str()) {
                e.0.push(&r.user_agent);
            }
            e.1 += 1;
            e.3 = r.at;
        }
        for ((account, ip), (uas, count, first, last)) in lines {
            let ev = Evidence::LogLines {
                server: access.name.to_owned(),
                log: log.name().to_owned(),
                lines: count,
                first,
                last,
            };
            note(seen, account, ip, &uas, last, ev, Source::Log);
        }
    }
}

/// MAS's sessions at the compromise (the last address of each, for 30 days after its last
/// activity) and its sign-up records (30 days).
pub(super) fn from_mas(h: &Holdings<'_>, access: &ServerAccess<'_>, seen: &mut Seen) {
    let s = access.server;
    let row = |table: &str, key: String| Evidence::Row { server: access.name.to_owned(), table: table.into(), key };
    for r in s.mas_sessions(access.since) {
        let (c, Some(ip)) = (&r.cols, r.cols.last_active_ip.as_deref()) else { continue };
        let Some(account) = h.account_of(&c.user_id) else { continue };
        let ev = row("mas.oauth2_sessions", format!("{}|{}", c.user_id, c.device_id));
        note(seen, account, ip, &[c.user_agent.as_str()], r.at, ev, Source::Mas);
    }
    for r in s.mas_registrations(access.since) {
        let c = &r.cols;
        let Some(account) = h.account_of(&c.user_id) else { continue };
        let ev = row("mas.user_registrations", c.user_id.clone());
        note(seen, account, &c.ip_address, &[c.user_agent.as_str()], r.at, ev, Source::Mas);
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::run;
    use crate::knowledge::{Evidence, Fact, FindingCode, IpKind, Rule};

    /// One server that keeps no addresses in its database; you slip once, from home, on day 1,
    /// then use a VPN; the server is seized at `at`. `extra` adds server settings.
    fn scenario(extra: &str, at: &str) -> String {
        format!(
            r#"id = "t"
[[servers]]
name = "a.example"
keeps_ip_days = 0
keeps_device_ip = false
{extra}
[[people]]
id = "you"
learner = true
server = "a.example"
username = "you"
home_ip = "203.0.113.7"
connects = "vpn"
[[people]]
id = "sam"
server = "a.example"
username = "sam"
[[rooms]]
id = "r"
members = ["you", "sam"]
[[script]]
at = "1d 10:00"
connect = {{ who = "you", via = "direct" }}
[[script]]
at = "1d 10:01"
say = {{ who = "you", room = "r", text = "hi" }}
[[script]]
at = "1d 10:05"
connect = {{ who = "you", via = "vpn" }}
[[script]]
at = "1d 11:00"
say = {{ who = "you", room = "r", text = "later" }}
[[adversaries]]
id = "adv"
compromise = "a.example"
at = "{at}"
"#
        )
    }

    /// Your home-address findings: (rule, the tables and logs of their evidence).
    fn home(src: &str) -> Vec<(Rule, Vec<String>)> {
        let (_, f) = run(src, &[]);
        f.into_iter()
            .filter(|f| f.subject == "you" && f.code() == FindingCode::IpAddress)
            .filter(|f| matches!(f.fact, Fact::IpAddress { ip_kind: IpKind::Home, .. }))
            .map(|f| {
                let mut places: Vec<String> = f
                    .evidence
                    .iter()
                    .filter_map(|e| match e {
                        Evidence::Row { table, .. } => Some(table.clone()),
                        Evidence::LogLines { log, .. } => Some(log.clone()),
                        _ => None,
                    })
                    .collect();
                places.sort();
                places.dedup();
                (f.rule, places)
            })
            .collect()
    }

    #[test]
    fn the_logs_keep_what_the_database_forgets() {
        // Day 3, 6:00: homeserver.log still has day 1 (today + 3 old files), and so does the
        // access log (today + 14).
        let both = vec!["access.log".to_owned(), "homeserver.log".to_owned()];
        assert_eq!(home(&scenario("", "3d 6:00")), vec![(Rule::ServerRequestLog, both)]);
        // Day 5: homeserver.log has rotated day 1 out; the access log has not.
        assert_eq!(home(&scenario("", "5d 6:00")), vec![(Rule::ServerRequestLog, vec!["access.log".to_owned()])]);
        // Day 16: both gone.
        assert_eq!(home(&scenario("", "16d 6:00")), vec![]);
    }

    #[test]
    fn a_server_with_its_logs_off_hands_over_nothing() {
        assert_eq!(home(&scenario("log_days = 0\nproxy_log_days = 0", "3d 6:00")), vec![]);
    }

    #[test]
    fn an_address_the_database_holds_gets_the_logs_as_more_evidence() {
        let src = scenario("", "3d 6:00").replacen("keeps_ip_days = 0", "keeps_ip_days = 28", 1);
        let found = home(&src);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Rule::ServerIpLog);
        assert_eq!(found[0].1, ["access.log", "homeserver.log", "user_ips"]);
    }

    #[test]
    fn the_access_log_ties_only_requests_that_left_an_event() {
        // Without the message sent from home, only the sync of the slip is in the access log: it
        // names no user, so nothing ties it to you.
        let src = scenario("log_days = 0", "3d 6:00").replacen(
            "[[script]]\nat = \"1d 10:01\"\nsay = { who = \"you\", room = \"r\", text = \"hi\" }\n",
            "",
            1,
        );
        assert_eq!(home(&src), vec![]);
    }

    #[test]
    fn mas_keeps_a_sessions_last_address_and_the_sign_up_for_30_days() {
        // Direct from the start, silent after day 1: Synapse (no IP history, no device IP,
        // logs off) keeps nothing by day 20; MAS keeps the session's last address and the
        // sign-up's, for 30 days.
        let quiet = |auth: &str, at: &str| {
            scenario(&format!("log_days = 0\nproxy_log_days = 0\nauth = \"{auth}\""), at)
                .replacen("connects = \"vpn\"", "connects = \"direct\"", 1)
                .replace("connect = { who = \"you\", via = \"vpn\" }", "connect = { who = \"you\", via = \"direct\" }")
        };
        assert_eq!(home(&quiet("synapse", "20d 6:00")), vec![]);
        let mas = vec!["mas.oauth2_sessions".to_owned(), "mas.user_registrations".to_owned()];
        assert_eq!(home(&quiet("mas", "20d 6:00")), vec![(Rule::MasSessionIp, mas)]);
        // Day 30, 6:00: the sign-up (day 0) has expired, the session (last seen day 1) has not.
        assert_eq!(home(&quiet("mas", "30d 6:00")), vec![(Rule::MasSessionIp, vec!["mas.oauth2_sessions".to_owned()])]);
        assert_eq!(home(&quiet("mas", "32d 6:00")), vec![]);
    }

    #[test]
    fn with_mas_the_sign_up_address_is_not_in_synapse() {
        let src = scenario("auth = \"mas\"", "0:30");
        let (w, _) = run(&src, &[]);
        assert!(w.servers()["a.example"].tables.ui_auth_sessions_ips.rows().is_empty());
    }
}
