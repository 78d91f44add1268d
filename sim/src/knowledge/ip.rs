//! IP addresses a compromised server holds about its own users.
//!
//! FACTS.md §1 row "IP address + user agent per device": `user_ips` keeps a row per (user, token,
//! IP) for `user_ips_max_age` (default 28 days) and `devices` keeps the last IP while the device
//! exists; §1 "Observed": the registration IP is kept in `ui_auth_sessions_ips`, which Synapse
//! deletes with the session 48 hours after it started; §5: through a VPN or Tor the server
//! records the exit's address. Outside the database, the logs and MAS (`logs.rs`) add theirs to
//! the same findings.

use super::{Evidence, Fact, Finding, Holdings, IpKind, Rule};
use crate::time::SimTime;
use std::collections::BTreeMap;

/// What kind of address `ip` is for the account's owner.
pub(super) fn ip_kind(h: &Holdings<'_>, ip: &str) -> IpKind {
    let net = &h.world.setup.network;
    if ip == net.tor_exit {
        IpKind::Tor
    } else if ip == net.vpn_exit {
        IpKind::Vpn
    } else {
        IpKind::Home
    }
}

/// Where an address was found, best first: the rule a finding cites is its best source's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Source {
    /// `user_ips` or `devices`.
    Database,
    /// `ui_auth_sessions_ips`.
    Registration,
    /// MAS's sessions or sign-ups.
    Mas,
    /// A log file.
    Log,
}

/// What one compromised server holds about one (account, address): user agents, last seen,
/// evidence and the best source.
pub(super) type Seen = BTreeMap<(String, String), (Vec<String>, SimTime, Vec<Evidence>, Source)>;

/// Adds one sighting of `ip` for `account`.
pub(super) fn note(seen: &mut Seen, account: &str, ip: &str, uas: &[&str], at: SimTime, ev: Evidence, src: Source) {
    let e = seen.entry((account.to_owned(), ip.to_owned())).or_insert((Vec::new(), at, Vec::new(), src));
    for ua in uas {
        if !e.0.iter().any(|u| u == ua) {
            e.0.push((*ua).to_owned());
        }
    }
    e.1 = e.1.max(at);
    e.2.push(ev);
    e.3 = e.3.min(src);
}

/// Rule [`Rule::ServerIpLog`] / [`Rule::ServerSeesExit`] / [`Rule::ServerRegistrationIp`] /
/// [`Rule::MasSessionIp`] / [`Rule::ServerRequestLog`]: requests still in `user_ips` at the
/// compromise (younger than the retention) or made after it, each device's last IP at the
/// compromise (when the server keeps it), the registration IP, MAS's sessions and sign-ups, and
/// the lines of the server's logs. One finding per (account, address), with every source as
/// evidence.
pub(super) fn server_ip_log(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        let mut seen = Seen::new();
        from_database(h, access, &mut seen);
        super::logs::from_mas(h, access, &mut seen);
        super::logs::from_logs(h, access, &mut seen);
        for ((account, ip), (mut user_agents, last_seen, evidence, source)) in seen {
            let kind = ip_kind(h, &ip);
            let rule = match (kind, source) {
                (IpKind::Vpn | IpKind::Tor, _) => Rule::ServerSeesExit,
                (IpKind::Home, Source::Database) => Rule::ServerIpLog,
                (IpKind::Home, Source::Registration) => Rule::ServerRegistrationIp,
                (IpKind::Home, Source::Mas) => Rule::MasSessionIp,
                (IpKind::Home, Source::Log) => Rule::ServerRequestLog,
            };
            user_agents.sort();
            let mxid = h.world.accounts.get(&account).map(|a| a.mxid.clone()).unwrap_or_default();
            out.push(h.finding(
                &account,
                Fact::IpAddress { account: mxid, ip, ip_kind: kind, user_agents, last_seen },
                evidence,
                rule,
            ));
        }
    }
}

/// `user_ips`, `devices` and `ui_auth_sessions_ips` (deleted with the session 48 hours after it
/// started).
fn from_database(h: &Holdings<'_>, access: &super::ServerAccess<'_>, seen: &mut Seen) {
    let s = access.server;
    let row = |table: &str, key: String| Evidence::Row { server: access.name.to_owned(), table: table.into(), key };
    for r in s.requests.iter().filter(|r| r.at >= s.ip_horizon(access.since)) {
        let Some(account) = h.account_of(&r.user) else { continue };
        let key = format!("{}|{}|{}", r.user, r.device, r.ip);
        note(seen, account, &r.ip, &[&r.user_agent], r.at, row("user_ips", key), Source::Database);
    }
    if s.spec.keeps_device_ip {
        for d in s.devices(access.since).into_iter().filter(|d| d.seen_from(access.since)) {
            let (user, Some(ip)) = (d.cols.user_id.as_str(), d.cols.ip.as_deref()) else { continue };
            let Some(account) = h.account_of(user) else { continue };
            let ua = d.cols.user_agent.as_deref().unwrap_or_default();
            let key = format!("{}|{}", user, d.cols.device_id);
            note(seen, account, ip, &[ua], d.at, row("devices", key), Source::Database);
        }
    }
    for r in s.tables.ui_auth_sessions_ips.rows().iter().filter(|r| r.seen_from(access.since)) {
        let (user, ip) = (r.cols.user_id.as_str(), r.cols.ip.as_str());
        let Some(account) = h.account_of(user) else { continue };
        let ev = row("ui_auth_sessions_ips", user.to_owned());
        note(seen, account, ip, &[r.cols.user_agent.as_str()], r.at, ev, Source::Registration);
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, run};
    use crate::knowledge::{Fact, FindingCode, IpKind, Rule};

    fn ips(choose: &[&str]) -> Vec<(String, IpKind, Rule)> {
        let (_, f) = run(BASE, choose);
        f.into_iter()
            .filter(|f| f.code() == FindingCode::IpAddress && f.subject == "you")
            .map(|f| match f.fact {
                Fact::IpAddress { ip, ip_kind, .. } => (ip, ip_kind, f.rule),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_direct_connection_gives_the_home_ip_to_the_server() {
        assert_eq!(ips(&[]), vec![("203.0.113.7".into(), IpKind::Home, Rule::ServerIpLog)]);
    }

    #[test]
    fn tor_shows_only_the_exit() {
        assert_eq!(ips(&["via=tor"]), vec![("198.51.100.66".into(), IpKind::Tor, Rule::ServerSeesExit)]);
    }

    /// The tables that back the raid's finding of your home address, for a raid at `at`.
    fn evidence_tables(at: &str) -> Vec<String> {
        let src = BASE.replacen("compromise = \"{target}\"", &format!("compromise = \"{{target}}\"\nat = \"{at}\""), 1);
        let (_, f) = run(&src, &[]);
        let home = f.iter().find(|f| f.code() == FindingCode::IpAddress && f.subject == "you");
        let mut tables: Vec<String> = home
            .into_iter()
            .flat_map(|f| &f.evidence)
            .filter_map(|e| match e {
                crate::knowledge::Evidence::Row { table, .. } => Some(table.clone()),
                _ => None,
            })
            .collect();
        tables.dedup();
        tables
    }

    #[test]
    fn the_sign_up_address_goes_with_its_session_after_48_hours() {
        assert!(evidence_tables("1d 23:00").contains(&"ui_auth_sessions_ips".to_owned()));
        let later = evidence_tables("2d 1:00");
        assert!(!later.contains(&"ui_auth_sessions_ips".to_owned()), "{later:?}");
        assert!(later.contains(&"user_ips".to_owned()), "the 28-day log still has it: {later:?}");
    }

    #[test]
    fn a_remote_server_never_learns_the_ip() {
        assert!(ips(&["target=b.example"]).is_empty());
    }
}
