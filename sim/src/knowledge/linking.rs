//! Linking two accounts to one person.
//!
//! `docs/rules.md` "Linking" (guide part 1, with FACTS.md §1–§2 as the inputs): an adversary that
//! knows two accounts' localparts, display names, avatars, IP addresses or bound email/phone can
//! link them when these are equal. VPN and Tor exits are shared by many people and link nothing.

use super::{Evidence, Fact, Finding, FindingCode, Holdings, IpKind, LinkVia, Rule};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default)]
struct Known {
    mxid: String,
    names: BTreeSet<String>,
    avatars: BTreeSet<String>,
    ips: BTreeSet<String>,
    contacts: BTreeSet<String>,
    from: BTreeSet<FindingCode>,
}

/// Rule [`Rule::Linking`]: one finding per ordered pair of linked accounts, naming every reason.
pub(super) fn account_links(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let mut known: BTreeMap<String, Known> = BTreeMap::new();
    for f in out.iter() {
        let k = known.entry(f.subject.clone()).or_default();
        match &f.fact {
            Fact::Profile { account, display_name, avatar } => {
                k.mxid = account.clone();
                k.names.insert(display_name.to_lowercase());
                // Same picture, same media hash: compare the media id without the server.
                if let Some(a) = avatar.as_ref().and_then(|a| a.rsplit('/').next()) {
                    k.avatars.insert(a.to_owned());
                }
                k.from.insert(FindingCode::Profile);
            }
            Fact::IpAddress { account, ip, ip_kind: IpKind::Home, .. } => {
                k.mxid = account.clone();
                k.ips.insert(ip.clone());
                k.from.insert(FindingCode::IpAddress);
            }
            Fact::ContactDetail { account, address, .. } => {
                k.mxid = account.clone();
                k.contacts.insert(address.to_lowercase());
                k.from.insert(FindingCode::ContactDetail);
            }
            Fact::RoomMembership { account, .. } => {
                k.mxid = account.clone();
                k.from.insert(FindingCode::RoomMembership);
            }
            _ => {}
        }
    }
    let localpart = |m: &str| m.trim_start_matches('@').split(':').next().unwrap_or_default().to_owned();
    let server = |m: &str| m.split_once(':').map(|(_, s)| s.to_owned()).unwrap_or_default();
    let accounts: Vec<(&String, &Known)> = known.iter().filter(|(_, k)| !k.mxid.is_empty()).collect();
    for (a, ka) in &accounts {
        for (b, kb) in &accounts {
            if a == b {
                continue;
            }
            let mut via = Vec::new();
            if localpart(&ka.mxid) == localpart(&kb.mxid) && server(&ka.mxid) != server(&kb.mxid) {
                via.push(LinkVia::SameLocalpart);
            }
            if !ka.names.is_disjoint(&kb.names) {
                via.push(LinkVia::SameDisplayName);
            }
            if !ka.avatars.is_disjoint(&kb.avatars) {
                via.push(LinkVia::SameAvatar);
            }
            if !ka.ips.is_disjoint(&kb.ips) {
                via.push(LinkVia::SameIp);
            }
            if !ka.contacts.is_disjoint(&kb.contacts) {
                via.push(LinkVia::SameContact);
            }
            if via.is_empty() {
                continue;
            }
            let from: Vec<FindingCode> = ka.from.union(&kb.from).copied().collect();
            out.push(h.finding(
                a,
                Fact::AccountLink {
                    account: ka.mxid.clone(),
                    other: (*b).clone(),
                    other_account: kb.mxid.clone(),
                    via,
                },
                vec![Evidence::Derived { from }],
                Rule::Linking,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::run;
    use crate::knowledge::{Fact, LinkVia};

    const TWO: &str = include_str!("../../tests/fixtures/linked-accounts.toml");

    fn links(c: &[&str]) -> Vec<LinkVia> {
        run(TWO, c)
            .1
            .into_iter()
            .filter(|f| f.subject == "you-private")
            .flat_map(|f| match f.fact {
                Fact::AccountLink { via, .. } => via,
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn separate_names_and_pictures_leave_no_link() {
        assert_eq!(links(&[]), Vec::<LinkVia>::new());
    }

    #[test]
    fn a_shared_name_localpart_or_avatar_links_the_accounts() {
        assert_eq!(links(&["name=wren"]), [LinkVia::SameDisplayName]);
        assert_eq!(links(&["second=kestrel"]), [LinkVia::SameLocalpart]);
        assert_eq!(links(&["avatar=fox.png"]), [LinkVia::SameAvatar]);
    }
}
