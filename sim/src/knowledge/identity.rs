//! Who an account is: bound email and phone, access tokens, and usernames that match public
//! handles.
//!
//! FACTS.md §1 "Email / phone bound to the account (3PIDs)" (cleartext `user_threepids`);
//! §1 "Observed": access tokens are stored in the clear; `docs/rules.md` "Linking": a username or
//! display name equal to a handle the person uses in public ties the account to that identity.

use super::{Evidence, Fact, Finding, Holdings, Rule};
use std::collections::BTreeMap;

/// Rule [`Rule::ServerThreepid`]: every 3PID row of a compromised server.
pub(super) fn server_threepids(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        for r in access.server.tables.user_threepids.rows() {
            let (user, medium, address) = (r.cols.user_id.as_str(), r.cols.medium.as_str(), r.cols.address.as_str());
            let Some(account) = h.account_of(user) else { continue };
            let ev = Evidence::Row {
                server: access.name.to_owned(),
                table: "user_threepids".into(),
                key: format!("{user}|{medium}"),
            };
            out.push(h.finding(
                account,
                Fact::ContactDetail {
                    account: user.to_owned(),
                    medium: medium.to_owned(),
                    address: address.to_owned(),
                },
                vec![ev],
                Rule::ServerThreepid,
            ));
        }
    }
}

/// Rule [`Rule::DeviceStore`]: a seized, logged-in client shows its account's email and phone in
/// its settings.
pub(super) fn member_threepids(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in h.members.iter().filter(|m| m.rule == Rule::DeviceStore) {
        let Some(acc) = h.world.accounts.get(&m.account) else { continue };
        let Some(server) = h.world.servers.get(&acc.server) else { continue };
        let threepids = server.tables.user_threepids.rows().iter();
        for r in threepids.filter(|r| r.cols.user_id == acc.mxid && r.at <= m.until) {
            let (medium, address) = (r.cols.medium.clone(), r.cols.address.clone());
            let ev = Evidence::Row {
                server: format!("device:{}/{}", acc.id, m.devices.first().map(|d| d.1.as_str()).unwrap_or("")),
                table: "account_settings".into(),
                key: medium.clone(),
            };
            out.push(h.finding(
                &acc.id,
                Fact::ContactDetail { account: acc.mxid.clone(), medium, address },
                vec![ev],
                Rule::DeviceStore,
            ));
        }
    }
}

/// Rule [`Rule::ServerAccessToken`]: the compromised server's `access_tokens` let it act as each
/// local account.
pub(super) fn server_access_tokens(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        let mut by_user: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for r in access.server.tables.access_tokens.rows().iter().filter(|r| r.seen_from(access.since)) {
            by_user.entry(&r.cols.user_id).or_default().push(r.cols.device_id.clone());
        }
        for (user, devices) in by_user {
            let Some(account) = h.account_of(user) else { continue };
            let ev =
                Evidence::Row { server: access.name.to_owned(), table: "access_tokens".into(), key: user.to_owned() };
            out.push(h.finding(
                account,
                Fact::SessionToken { account: user.to_owned(), devices },
                vec![ev],
                Rule::ServerAccessToken,
            ));
        }
    }
}

/// Rule [`Rule::DeviceStore`]: a seized device holds its own access token.
pub(super) fn device_access_tokens(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in h.members.iter().filter(|m| m.rule == Rule::DeviceStore) {
        let Some(acc) = h.world.accounts.get(&m.account) else { continue };
        let devices: Vec<String> = m.devices.iter().map(|d| d.1.clone()).collect();
        let ev = Evidence::Row {
            server: format!("device:{}/{}", acc.id, devices.join(",")),
            table: "session".into(),
            key: acc.mxid.clone(),
        };
        out.push(h.finding(
            &acc.id,
            Fact::SessionToken { account: acc.mxid.clone(), devices },
            vec![ev],
            Rule::DeviceStore,
        ));
    }
}

/// Rule [`Rule::Linking`]: an account whose localpart or display name equals one of its owner's
/// public handles is tied to that public identity, once the adversary knows the account.
pub(super) fn public_handles(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let known: Vec<(String, String)> =
        out.iter().filter_map(|f| Some((f.subject.clone(), f.fact.account()?.to_owned()))).collect();
    let mut done = std::collections::BTreeSet::new();
    for (subject, mxid) in known {
        if !done.insert(subject.clone()) {
            continue;
        }
        let Some(acc) = h.world.accounts.get(&subject) else { continue };
        let Some(person) = h.world.setup.people.get(&acc.owner).or_else(|| h.world.setup.people.get(&acc.id)) else {
            continue;
        };
        let own = h.world.setup.people.get(&acc.id).map(|p| &p.public_handles);
        let handles = own.into_iter().flatten().chain(person.public_handles.iter());
        let localpart = mxid.trim_start_matches('@').split(':').next().unwrap_or_default().to_owned();
        for handle in handles {
            let norm = handle.trim_start_matches('@').to_lowercase();
            if norm == localpart || norm == acc.display_name.to_lowercase() {
                out.push(h.finding(
                    &subject,
                    Fact::PublicHandle { account: mxid.clone(), handle: handle.clone() },
                    vec![Evidence::Derived { from: vec![super::FindingCode::RoomMembership] }],
                    Rule::Linking,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::FindingCode;
    use crate::knowledge::testing::{BASE, run};

    #[test]
    fn a_bound_email_is_read_from_user_threepids() {
        let count = |c: &[&str]| {
            run(BASE, c).1.iter().filter(|f| f.code() == FindingCode::ContactDetail && f.subject == "you").count()
        };
        assert_eq!(count(&[]), 0);
        assert_eq!(count(&["email=true"]), 1);
        assert_eq!(count(&["email=true", "target=b.example"]), 0, "3PIDs never leave the home server");
    }

    #[test]
    fn the_compromised_server_holds_tokens_of_its_own_users_only() {
        let (_, f) = run(BASE, &[]);
        let subjects: Vec<_> =
            f.iter().filter(|f| f.code() == FindingCode::SessionToken).map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, ["you"]);
    }

    #[test]
    fn a_username_equal_to_a_public_handle_is_linked() {
        let src = BASE.replace("username = \"you\"\n", "username = \"you\"\npublic_handles = [\"@you\"]\n");
        let (_, f) = run(&src, &["target=b.example"]);
        assert!(f.iter().any(|f| f.code() == FindingCode::PublicHandle && f.subject == "you"));
    }
}
