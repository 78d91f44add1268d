//! Room membership, profiles and the social graph.
//!
//! FACTS.md §2 "State: membership … display name + avatar in `m.room.member`" — never encrypted,
//! held by every participating server; §5: members see the member list.

use super::{Evidence, Fact, Finding, FindingCode, Holdings, Rule};
use crate::server::StoredEvent;
use crate::time::SimTime;
use std::collections::{BTreeMap, BTreeSet};

fn member_findings(h: &Holdings<'_>, holder: &str, e: &StoredEvent, at: SimTime, rule: Rule, out: &mut Vec<Finding>) {
    if e.json.built()["type"] != "m.room.member" {
        return;
    }
    let Some(user) = e.json.built()["state_key"].as_str() else { return };
    let Some(account) = h.account_of(user) else { return };
    let membership = e.json.built()["content"]["membership"].as_str().unwrap_or_default().to_owned();
    let ev = vec![Evidence::Event { holder: holder.to_owned(), event_id: e.event_id.clone() }];
    out.push(h.finding(
        account,
        Fact::RoomMembership {
            account: user.to_owned(),
            room: e.room.clone(),
            membership: membership.clone(),
            since: at,
        },
        ev.clone(),
        rule,
    ));
    if membership == "join"
        && let Some(name) = e.json.built()["content"]["displayname"].as_str()
    {
        let avatar = e.json.built()["content"]["avatar_url"].as_str().map(str::to_owned);
        out.push(h.finding(
            account,
            Fact::Profile { account: user.to_owned(), display_name: name.to_owned(), avatar },
            ev,
            rule,
        ));
    }
}

/// Rule [`Rule::FederationState`]: member events stored on a compromised server.
pub(super) fn server_membership(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        for e in &access.server.events {
            let at = h.world.events.get(&e.event_id).map_or(e.received_at, |m| m.at);
            member_findings(h, access.name, e, at, Rule::FederationState, out);
        }
    }
}

/// Events a member account's client shows, up to `until`, per the room's history visibility.
pub(super) fn visible_events<'w>(h: &Holdings<'w>, account: &str, until: SimTime) -> Vec<(&'w StoredEvent, String)> {
    let w = h.world;
    let Some(acc) = w.accounts.get(account) else { return Vec::new() };
    let Some(server) = w.servers.get(&acc.server) else { return Vec::new() };
    let mut out = Vec::new();
    for e in &server.events {
        let Some(room) = w.rooms.get(&e.room) else { continue };
        let Some(m) = room.members.get(account) else { continue };
        if e.received_at > until || m.joined > until {
            continue;
        }
        let sent = w.events.get(&e.event_id).map_or(e.received_at, |x| x.at);
        let after_leave = m.left.is_some_and(|l| sent > l);
        // The room's state (member list, name, topic…) reaches a newcomer whatever the history
        // visibility; it hides only the messages from before they joined.
        let before_join = sent < m.joined
            && e.json.built().get("state_key").is_none()
            && matches!(room.spec.history, crate::scenario::History::Joined | crate::scenario::History::Invited);
        // A message deleted before this member's client fetched it shows as deleted; one they
        // had already seen stays on their screen (and in their memory).
        let deleted_first = e.redacted_at.is_some_and(|r| e.received_at.max(m.joined) >= r);
        if !after_leave && !before_join && !deleted_first {
            out.push((e, format!("device:{}", account)));
        }
    }
    out
}

/// Rule [`Rule::MemberView`] / [`Rule::DeviceStore`]: the member list a client shows.
pub(super) fn member_membership(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in &h.members {
        for (e, holder) in visible_events(h, &m.account, m.until) {
            let at = h.world.events.get(&e.event_id).map_or(e.received_at, |x| x.at);
            member_findings(h, &holder, e, at, m.rule, out);
        }
    }
}

/// Rule [`Rule::FederationState`] (or the member view): accounts the adversary saw joined to the
/// same rooms are each other's contacts. Derived from the membership findings already made.
pub(super) fn social_links(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let mut rooms: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut rule_of: BTreeMap<String, Rule> = BTreeMap::new();
    for f in out.iter() {
        if let Fact::RoomMembership { account, room, membership, .. } = &f.fact
            && membership == "join"
        {
            rooms.entry(room.clone()).or_default().insert((f.subject.clone(), account.clone()));
            rule_of.entry(room.clone()).or_insert(f.rule);
        }
    }
    let mut contacts: BTreeMap<(String, String), (BTreeSet<String>, BTreeSet<String>, Rule)> = BTreeMap::new();
    for (room, members) in &rooms {
        for (subject, mxid) in members {
            let entry = contacts.entry((subject.clone(), mxid.clone())).or_insert((
                BTreeSet::new(),
                BTreeSet::new(),
                rule_of[room],
            ));
            entry.1.insert(room.clone());
            for (_, other) in members.iter().filter(|(_, o)| o != mxid) {
                entry.0.insert(other.clone());
            }
        }
    }
    for ((subject, mxid), (others, rooms, rule)) in contacts {
        if others.is_empty() {
            continue;
        }
        out.push(h.finding(
            &subject,
            Fact::SocialLink {
                account: mxid,
                contacts: others.into_iter().collect(),
                rooms: rooms.into_iter().collect(),
            },
            vec![Evidence::Derived { from: vec![FindingCode::RoomMembership] }],
            rule,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, run};
    use crate::knowledge::{Fact, FindingCode};

    #[test]
    fn membership_and_contacts_are_visible_even_in_an_encrypted_room() {
        let (_, f) = run(BASE, &["e2ee=true", "target=b.example"]);
        assert!(f.iter().any(|f| f.code() == FindingCode::RoomMembership && f.subject == "you"));
        let link = f.iter().find(|f| f.code() == FindingCode::SocialLink && f.subject == "you");
        match link.map(|f| &f.fact) {
            Some(Fact::SocialLink { contacts, .. }) => assert_eq!(contacts, &["@sam:b.example"]),
            other => panic!("no social link: {other:?}"),
        }
    }
}
