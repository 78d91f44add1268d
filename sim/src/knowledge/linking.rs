//! Linking two accounts to one person.
//!
//! `docs/rules.md` "Linking" (guide part 1, with FACTS.md §1–§2 as the inputs): an adversary that
//! knows two accounts' localparts, display names, avatars, IP addresses or bound email/phone can
//! link them when these are equal. Avatars are compared by their pictures, not their media ids,
//! which are random per upload (FACTS §2 "Avatars"): whoever sees the avatar URL in a member
//! event can download the picture. VPN and Tor exits are shared by many people and link nothing.

use super::{Evidence, Fact, Finding, FindingCode, Holdings, IpKind, LinkVia, Rule};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default)]
struct Known {
    mxid: String,
    names: BTreeSet<String>,
    avatars: BTreeSet<String>,
    avatar_urls: BTreeSet<String>,
    ips: BTreeSet<String>,
    contacts: BTreeSet<String>,
    from: BTreeSet<FindingCode>,
}

/// The picture an account's avatar shows, as anyone who downloads it sees it: the scenario's
/// picture name stands for the image's content.
fn picture_of<'w>(h: &Holdings<'w>, mxid: &str) -> Option<&'w str> {
    h.world.setup.people.get(h.account_of(mxid)?)?.avatar.as_deref()
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
                // Media ids are random per upload, so equal pictures have different ids: whoever
                // sees the avatar's URL downloads the picture and compares it with the others.
                if let Some(url) = avatar
                    && let Some(picture) = picture_of(h, account)
                {
                    k.avatars.insert(picture.to_owned());
                    k.avatar_urls.insert(url.clone());
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
            let mut evidence = vec![Evidence::Derived { from }];
            if via.contains(&LinkVia::SameAvatar) {
                let urls = ka.avatar_urls.iter().chain(&kb.avatar_urls).cloned().collect();
                evidence.push(Evidence::ComparedPictures { urls });
            }
            out.push(h.finding(
                a,
                Fact::AccountLink {
                    account: ka.mxid.clone(),
                    other: (*b).clone(),
                    other_account: kb.mxid.clone(),
                    via,
                },
                evidence,
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
        links_in(TWO, c)
    }

    /// How the findings of a run of `src` link "you-private" to the learner's other account.
    fn links_in(src: &str, c: &[&str]) -> Vec<LinkVia> {
        run(src, c)
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

    #[test]
    fn the_same_picture_links_although_its_media_ids_differ() {
        // Each upload gets its own media id; the link comes from comparing the pictures.
        let (w, f) = run(TWO, &["avatar=fox.png"]);
        let ids: Vec<String> = ["you", "you-private"]
            .iter()
            .filter_map(|a| w.accounts.get(*a)?.avatar.as_ref()?.rsplit('/').next().map(str::to_owned))
            .collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1], "media ids are random per upload");
        let link = f.iter().find(|f| matches!(&f.fact, Fact::AccountLink { via, .. } if via == &[LinkVia::SameAvatar]));
        let compared = link.and_then(|l| {
            l.evidence.iter().find_map(|e| match e {
                crate::knowledge::Evidence::ComparedPictures { urls } => Some(urls.clone()),
                _ => None,
            })
        });
        assert_eq!(compared.map(|u| u.len()), Some(2), "the evidence names both pictures: {link:?}");
    }

    #[test]
    fn the_same_email_on_two_servers_links_for_whoever_holds_both() {
        let src = TWO
            .replace("avatar = \"fox.png\"\n", "avatar = \"fox.png\"\nemail = \"k@mail.example\"\nbind_email = true\n")
            .replace("avatar = \"{avatar}\"\n", "avatar = \"{avatar}\"\nemail = \"k@mail.example\"\nbind_email = true\n")
            .replace("compromise = \"priv.example\"", "compromise = {choice = \"seized\", cases = { one = \"priv.example\", both = [\"priv.example\", \"pub.example\"] } }")
            .replace("[choices]\n", "[choices]\nseized = { values = [\"one\", \"both\"], default = \"one\" }\n");
        let links = |c: &[&str]| links_in(&src, c);
        assert_eq!(links(&[]), Vec::<LinkVia>::new(), "one server holds one of the two addresses");
        assert!(links(&["seized=both"]).contains(&LinkVia::SameContact));
    }
}
