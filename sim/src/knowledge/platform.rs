//! What the operator of a centralised service of the guide's appendix may learn.
//!
//! FACTS.md §6: a Signal-like operator never sees message content (every chat is end-to-end
//! encrypted), profiles or contact lists (encrypted, SGX contact discovery), and keeps almost
//! nothing: asked for stored data, it could give only the phone number's account creation date and
//! last connection. What it does see is live traffic: every request's IP address, and each group
//! message going out as ONE multi-recipient request listing every recipient, from the sender's IP
//! (sealed sender hides the sender's name, not their address). An operator watching from the
//! adversary's start time therefore infers who is in a group and when it talks. Telegram-like and
//! Discord-like operators see everything a Matrix server with unencrypted rooms stores, which the
//! validator arranges by forcing their rooms unencrypted; they need no filter.

use super::{Evidence, Fact, Finding, FindingCode, Holdings, IpKind, Rule, ServerAccess};
use crate::scenario::Platform;
use crate::time::SimTime;
use std::collections::{BTreeMap, BTreeSet};

/// Event types a client sends to the whole group as one message (a reaction is a message too).
const GROUP_MESSAGES: &[&str] = &["m.room.encrypted", "m.room.message", "m.reaction"];

/// Whether the adversary reads only Signal-like servers, as their operator (not through a member
/// or a planted device: a Matrix server elsewhere in the scenario keeps its own rules).
fn signal_like(h: &Holdings<'_>) -> bool {
    !h.servers.is_empty()
        && h.servers.iter().all(|s| s.server.spec.platform == Platform::SignalLike)
        && h.members.is_empty()
        && h.planted.is_empty()
}

/// Replaces what the Matrix rules read from a Signal-like server's tables by what its operator
/// has: the phone number bound to each account (stored) and what it watched live from the
/// compromise on ([`Rule::OperatorLiveView`]). Runs before the derived rules (social links,
/// linking), which then work from these findings alone.
pub(super) fn operator_view(h: &Holdings<'_>, found: &mut Vec<Finding>) {
    if !signal_like(h) {
        return;
    }
    found.retain(|f| f.code() == FindingCode::ContactDetail);
    for access in &h.servers {
        live_addresses(h, access, found);
        group_sends(h, access, found);
    }
}

/// Every request from the compromise on shows its IP address and user agent.
fn live_addresses(h: &Holdings<'_>, access: &ServerAccess<'_>, out: &mut Vec<Finding>) {
    // (account, ip) → (user agents, last seen, requests)
    let mut seen: BTreeMap<(&str, &str), (BTreeSet<&str>, SimTime, usize)> = BTreeMap::new();
    for r in access.server.requests.iter().filter(|r| r.at >= access.since) {
        let Some(account) = h.account_of(&r.user) else { continue };
        let e = seen.entry((account, &r.ip)).or_insert((BTreeSet::new(), r.at, 0));
        e.0.insert(&r.user_agent);
        e.1 = e.1.max(r.at);
        e.2 += 1;
    }
    for ((account, ip), (agents, last_seen, count)) in seen {
        let mxid = h.world.accounts.get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        out.push(h.finding(
            account,
            Fact::IpAddress {
                account: mxid,
                ip: ip.to_owned(),
                ip_kind: super::ip::ip_kind(h, ip),
                user_agents: agents.into_iter().map(str::to_owned).collect(),
                last_seen,
            },
            vec![Evidence::Packets { person: account.to_owned(), count }],
            Rule::OperatorLiveView,
        ));
    }
}

/// Each group message sent from the compromise on: its recipients are members of the group, and
/// when it comes from the sender's home address the operator, which sees that address on the
/// sender's own requests, knows who wrote and when.
fn group_sends(h: &Holdings<'_>, access: &ServerAccess<'_>, out: &mut Vec<Finding>) {
    let w = h.world;
    for meta in w.events.values().filter(|m| m.at >= access.since && GROUP_MESSAGES.contains(&m.event_type.as_str())) {
        let Some(room) = w.rooms.get(&meta.room) else { continue };
        let Some(sender) = w.accounts.get(&meta.sender) else { continue };
        if sender.server != access.name {
            continue;
        }
        let in_room = |m: &crate::world::Membership| m.joined <= meta.at && m.left.is_none_or(|l| l > meta.at);
        let recipients: Vec<&String> =
            room.members.iter().filter(|(id, m)| *id != &meta.sender && in_room(m)).map(|(id, _)| id).collect();
        let Some(ip) =
            access.server.requests.iter().rev().find(|r| r.user == sender.mxid && r.at <= meta.at).map(|r| &r.ip)
        else {
            continue;
        };
        let evidence = vec![Evidence::GroupSend {
            holder: access.name.to_owned(),
            from_ip: ip.clone(),
            recipients: recipients.iter().filter_map(|r| w.accounts.get(*r).map(|a| a.mxid.clone())).collect(),
            at: meta.at,
        }];
        let mut members: Vec<&String> = recipients.clone();
        if super::ip::ip_kind(h, ip) == IpKind::Home {
            members.push(&meta.sender);
        }
        // A message with a ciphertext (not a reaction) from a home address: who wrote, and when.
        if let (IpKind::Home, Some(ciphertext)) = (super::ip::ip_kind(h, ip), &meta.ciphertext) {
            out.push(h.finding(
                &meta.sender,
                Fact::MessageMetadata {
                    account: sender.mxid.clone(),
                    room: meta.room.clone(),
                    event_id: meta.event_id.clone(),
                    at: meta.at,
                    event_type: meta.event_type.clone(),
                    encrypted: true,
                    size: ciphertext.len(),
                },
                evidence.clone(),
                Rule::OperatorLiveView,
            ));
        }
        for member in members {
            let Some(acc) = w.accounts.get(member) else { continue };
            out.push(h.finding(
                member,
                Fact::RoomMembership {
                    account: acc.mxid.clone(),
                    room: meta.room.clone(),
                    membership: "join".into(),
                    since: room.members.get(member).map_or(meta.at, |m| m.joined),
                },
                evidence.clone(),
                Rule::OperatorLiveView,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, run};
    use crate::knowledge::{FindingCode, Rule};

    fn codes(platform: &str, at: &str) -> Vec<(String, FindingCode)> {
        let src = BASE
            .replace("name = \"a.example\"", &format!("name = \"a.example\"\nplatform = \"{platform}\""))
            .replace("name = \"b.example\"", &format!("name = \"b.example\"\nplatform = \"{platform}\""))
            .replace("email = \"you@mail.example\"", "email = \"you@mail.example\"\nphone = \"+15550100\"")
            .replace("username = \"sam\"", "username = \"sam\"\nphone = \"+15550101\"\nemail = \"sam@mail.example\"")
            .replace("compromise = \"{target}\"", &format!("compromise = \"{{target}}\"\nat = \"{at}\""))
            .replace("server = \"b.example\"", "server = \"a.example\"");
        let mut c: Vec<(String, FindingCode)> =
            run(&src, &[]).1.into_iter().map(|f| (f.subject.clone(), f.code())).collect();
        c.dedup();
        c
    }

    #[test]
    fn a_signal_like_operator_watching_live_learns_the_group_but_not_the_words() {
        let signal = codes("signal-like", "0:00");
        let has = |who: &str, code| signal.contains(&(who.to_owned(), code));
        assert!(has("you", FindingCode::IpAddress) && has("you", FindingCode::ContactDetail));
        // One multi-recipient request per message, from the sender's address: who is in the
        // group, and when it talks.
        assert!(has("you", FindingCode::RoomMembership) && has("sam", FindingCode::RoomMembership), "{signal:?}");
        assert!(has("you", FindingCode::MessageMetadata), "{signal:?}");
        assert!(has("you", FindingCode::SocialLink), "{signal:?}");
        for (_, c) in &signal {
            assert!(
                ![FindingCode::MessagePlaintext, FindingCode::Profile, FindingCode::Relation, FindingCode::Presence]
                    .contains(c),
                "{signal:?}"
            );
        }
        let telegram = codes("telegram-like", "0:00");
        assert!(telegram.iter().any(|(_, c)| *c == FindingCode::MessagePlaintext), "{telegram:?}");
    }

    #[test]
    fn a_seizure_after_the_talk_finds_only_the_phone_numbers() {
        let seized = codes("signal-like", "1:00");
        assert!(seized.iter().all(|(_, c)| *c == FindingCode::ContactDetail), "{seized:?}");
        assert!(!seized.is_empty());
    }

    #[test]
    fn the_live_view_cites_its_own_rule() {
        let src = crate::bundled::get("other-platforms").unwrap_or_default();
        let (_, f) = run(src, &["service=signal-like"]);
        let group: Vec<_> = f.iter().filter(|f| f.code() == FindingCode::RoomMembership).collect();
        assert!(group.iter().any(|f| f.subject == "you"), "hide-the-group cannot be met on a Signal-like service");
        assert!(group.iter().all(|f| f.rule == Rule::OperatorLiveView));
    }
}
