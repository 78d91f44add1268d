//! Device lists and device display names, and changed cross-signing identities.
//!
//! FACTS.md §1 "Device list + device display names" (the `devices` table; the names reach other
//! servers only where the owner's server allows device-name look-up over federation, off by
//! default) and §2 "Device list updates of members" (`m.device_list_update` crosses federation
//! to every server sharing a room, with ids and keys); §5: room members can query each other's
//! devices, through their own server.
//! §3 (client defaults in 2026): a member's app warns when someone's identity changes, and
//! blocks for those it had verified.

use super::{DeviceInfo, Evidence, Fact, Finding, Holdings, Rule};
use std::collections::BTreeMap;

/// Rules [`Rule::ServerDeviceList`] (local accounts), [`Rule::FederationDeviceList`] (remote
/// members) and the members' own view.
pub(super) fn device_lists(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        let mut local: BTreeMap<String, Vec<DeviceInfo>> = BTreeMap::new();
        for r in access.server.devices(h.world.end).into_iter().filter(|r| r.seen_from(access.since)) {
            let (user, id, name) = (r.cols.user_id, r.cols.device_id, r.cols.display_name);
            local.entry(user).or_default().push(DeviceInfo { id, name: Some(name) });
        }
        let mut remote: BTreeMap<String, Vec<DeviceInfo>> = BTreeMap::new();
        for r in access.server.tables.device_lists_remote_cache.rows() {
            let c = &r.cols.content;
            let (Some(user), Some(id)) = (c["user_id"].as_str(), c["device_id"].as_str()) else { continue };
            // Present only when the sending server shares device names over federation.
            let name = c["device_display_name"].as_str().map(str::to_owned);
            let list = remote.entry(user.to_owned()).or_default();
            if !list.iter().any(|d| d.id == id) {
                list.push(DeviceInfo { id: id.to_owned(), name });
            }
        }
        for (table, rule, lists) in [
            ("devices", Rule::ServerDeviceList, local),
            ("device_lists_remote_cache", Rule::FederationDeviceList, remote),
        ] {
            for (user, mut devices) in lists {
                let Some(account) = h.account_of(&user) else { continue };
                devices.sort();
                let ev = Evidence::Row { server: access.name.to_owned(), table: table.into(), key: user.clone() };
                out.push(h.finding(account, Fact::DeviceList { account: user, devices }, vec![ev], rule));
            }
        }
    }
    for m in &h.members {
        let viewer_server = h.world.accounts.get(&m.account).map(|a| a.server.as_str());
        for room in h.world.rooms.values() {
            let Some(mine) = room.members.get(&m.account) else { continue };
            if mine.joined > m.until {
                continue;
            }
            for (other, membership) in &room.members {
                if membership.joined > m.until {
                    continue;
                }
                let Some(acc) = h.world.accounts.get(other) else { continue };
                // A client asks its own server, which has the names of its own users' devices
                // and, for other servers' users, only what those servers share.
                let named = viewer_server == Some(acc.server.as_str())
                    || h.world.servers.get(&acc.server).is_some_and(|s| s.spec.shares_device_names);
                let mut devices: Vec<DeviceInfo> = acc
                    .devices
                    .iter()
                    .filter(|d| d.added_at <= m.until)
                    .map(|d| DeviceInfo { id: d.id.clone(), name: named.then(|| d.name.clone()) })
                    .collect();
                devices.sort();
                let ev = Evidence::Row {
                    server: format!("device:{}", m.account),
                    table: "keys/query".into(),
                    key: acc.mxid.clone(),
                };
                out.push(h.finding(other, Fact::DeviceList { account: acc.mxid.clone(), devices }, vec![ev], m.rule));
            }
        }
    }
}

/// Rule [`Rule::MemberView`] / [`Rule::DeviceStore`]: a member's app shows that someone in a
/// room it shares has a new cross-signing identity ("identity changed"), and whether it had
/// verified them (then it stops sending them keys until verified again).
pub(super) fn identity_changes(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let w = h.world;
    let present = |room: &crate::world::RoomState, account: &str, at| {
        room.members.get(account).is_some_and(|m| m.joined <= at && m.left.is_none_or(|l| l > at))
    };
    for m in &h.members {
        for reset in w.identity_resets.iter().filter(|r| r.at <= m.until && r.account != m.account) {
            if !w.rooms.values().any(|r| present(r, &m.account, reset.at) && present(r, &reset.account, reset.at)) {
                continue;
            }
            let Some(acc) = w.accounts.get(&reset.account) else { continue };
            let ev = Evidence::Row {
                server: format!("device:{}", m.account),
                table: "keys/query".into(),
                key: format!("{}|master", acc.mxid),
            };
            let verified = reset.had_verified.contains(&m.account);
            let fact = Fact::IdentityChanged { account: acc.mxid.clone(), at: reset.at, verified };
            out.push(h.finding(&reset.account, fact, vec![ev], m.rule));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, run};
    use crate::knowledge::{DeviceInfo, Fact, FindingCode, Rule};

    /// The compromised server's device list of you, with the rule that found it.
    fn your_devices(src: &str, target: &str) -> (Vec<DeviceInfo>, Rule) {
        let (_, f) = run(src, &[&format!("target={target}")]);
        let mine = f.iter().find(|f| f.code() == FindingCode::DeviceList && f.subject == "you");
        match mine.map(|f| (&f.fact, f.rule)) {
            Some((Fact::DeviceList { devices, .. }, rule)) => (devices.clone(), rule),
            other => panic!("expected a device list, got {other:?}"),
        }
    }

    #[test]
    fn other_servers_get_device_ids_and_names_only_where_the_owners_server_shares_them() {
        // By default (Synapse ≥ 1.59) another server in the room gets the id, not the name.
        let (remote, rule) = your_devices(BASE, "b.example");
        assert_eq!(rule, Rule::FederationDeviceList);
        assert_eq!(remote.iter().map(|d| (d.id.as_str(), d.name.is_some())).collect::<Vec<_>>(), [("PRIMARY", false)]);
        // Your own server always has the name.
        let (local, rule) = your_devices(BASE, "a.example");
        assert_eq!(rule, Rule::ServerDeviceList);
        assert!(local.iter().all(|d| d.name.is_some()), "{local:?}");
        // A server that allows device-name look-up over federation sends the names along.
        let sharing = BASE.replacen("keeps_ip_days = 28", "keeps_ip_days = 28\nshares_device_names = true", 1);
        let (shared, _) = your_devices(&sharing, "b.example");
        assert!(shared.iter().all(|d| d.name.is_some()), "{shared:?}");
    }

    /// FACTS §3, client defaults in 2026: after the admin resets Dana's identity, your app shows
    /// that it changed, and blocks only if you had verified her.
    #[test]
    fn a_member_sees_an_identity_change_and_whether_it_had_verified() {
        let src = crate::bundled::get("high-trust-room").unwrap_or_default();
        let warning = |choose: &[&str]| {
            let (_, f) = run(src, choose);
            f.into_iter().filter(|f| f.adversary == "your-screen" && f.subject == "dana").find_map(|f| match f.fact {
                Fact::IdentityChanged { verified, at, .. } => Some((verified, at)),
                _ => None,
            })
        };
        let at = crate::time::SimTime(7 * 60);
        assert_eq!(warning(&[]), Some((true, at)));
        assert_eq!(warning(&["verified=kit"]), Some((false, at)));
    }
}
