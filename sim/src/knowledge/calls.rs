//! 1:1 calls: the address each end's media comes from, as the other party, the servers of an
//! unencrypted room and a TURN relay see it.
//!
//! FACTS.md §5 "The other party of a 1:1 call" (peer-to-peer by default in Element Web/Desktop,
//! `webRtcAllowPeerToPeer`; the TURN relay sees both sides) and §2 (an unencrypted room's events
//! are cleartext on every server in it). How the calls themselves are played: `world/calls.rs`.
//! docs/rules.md A18.

use super::{Evidence, Fact, Finding, Holdings, Rule, ip::ip_kind};
use crate::scenario::CallMode;
use crate::world::{Call, CallEnd};

fn address_fact(h: &Holdings<'_>, end: &CallEnd, ip: &str, call: &Call) -> Option<Fact> {
    let acc = h.world.accounts.get(&end.person)?;
    Some(Fact::IpAddress {
        account: acc.mxid.clone(),
        ip: ip.to_owned(),
        ip_kind: ip_kind(h, ip),
        user_agents: Vec::new(),
        last_seen: call.at,
    })
}

/// Rule [`Rule::CallPeer`]: a member the adversary holds (an insider, a seized device before the
/// seizure) took part in a call; the other end allowed peer-to-peer, so its candidates carried
/// its address and its media came from there.
pub(super) fn call_peers(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in &h.members {
        for call in h.world.calls().iter().filter(|c| c.at <= m.until) {
            if !call.ends.iter().any(|e| e.person == m.account) || call.ends.len() < 2 {
                continue;
            }
            for other in call.ends.iter().filter(|e| e.person != m.account && e.mode == CallMode::P2p) {
                let Some(fact) = address_fact(h, other, &other.address, call) else { continue };
                let device = m.devices.first().map_or("", |d| d.1.as_str());
                let ev = Evidence::Event {
                    holder: format!("device:{}/{device}", m.account),
                    event_id: other.candidates_event.clone(),
                };
                out.push(h.finding(&other.person, fact, vec![ev], Rule::CallPeer));
            }
        }
    }
}

/// Rules [`Rule::CallCandidatesCleartext`] (a held server stores an unencrypted room's
/// `m.call.candidates`, whose peer-to-peer candidates name the address) and [`Rule::TurnRelay`]
/// (a held server's TURN relay carried a call while the adversary watched: it sees the address
/// of its own user and of a peer-to-peer other end).
pub(super) fn call_servers(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        for call in h.world.calls() {
            let encrypted = h.world.rooms.get(&call.room).is_some_and(|r| r.spec.encrypted);
            for end in call.ends.iter().filter(|e| e.mode == CallMode::P2p && !encrypted) {
                if !access.server.events.iter().any(|e| e.event_id == end.candidates_event) {
                    continue;
                }
                let Some(fact) = address_fact(h, end, &end.address, call) else { continue };
                let ev = Evidence::Event { holder: access.name.to_owned(), event_id: end.candidates_event.clone() };
                out.push(h.finding(&end.person, fact, vec![ev], Rule::CallCandidatesCleartext));
            }
            if access.since > call.at {
                continue;
            }
            for end in call.ends.iter().filter(|e| e.relay.as_deref() == Some(access.name)) {
                let others = call.ends.iter().filter(|o| o.person != end.person && o.mode == CallMode::P2p);
                for seen in std::iter::once(end).chain(others) {
                    let Some(fact) = address_fact(h, seen, &seen.address, call) else { continue };
                    let ev = Evidence::TurnRelay { server: access.name.to_owned(), at: call.at };
                    out.push(h.finding(&seen.person, fact, vec![ev], Rule::TurnRelay));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{BASE, facts};
    use crate::knowledge::{Fact, IpKind, Rule};

    /// BASE with a call from the learner to Sam at 0:10, Sam's client as an insider, and the
    /// learner's calls setting.
    fn scenario(calls: &str) -> String {
        BASE.replace("learner = true", &format!("learner = true\ncalls = \"{calls}\"")).replace(
            "[[adversaries]]",
            "[[script]]\nat = \"0:10\"\ncall = { who = \"you\", room = \"r\" }\n[[adversaries]]",
        ) + "\n[[adversaries]]\nid = \"sam-app\"\ninsider = \"sam\"\n"
    }

    fn ips(calls: &str, choose: &[&str]) -> Vec<(String, String, IpKind, Rule)> {
        facts(&scenario(calls), choose, |f| match f.fact {
            Fact::IpAddress { ip, ip_kind, .. }
                if f.subject == "you"
                    && matches!(f.rule, Rule::CallPeer | Rule::CallCandidatesCleartext | Rule::TurnRelay) =>
            {
                Some((f.adversary, ip, ip_kind, f.rule))
            }
            _ => None,
        })
    }

    #[test]
    fn peer_to_peer_gives_the_other_party_and_a_cleartext_room_your_address() {
        assert_eq!(
            ips("p2p", &["target=b.example"]),
            vec![
                ("adv".into(), "203.0.113.7".into(), IpKind::Home, Rule::CallCandidatesCleartext),
                ("sam-app".into(), "203.0.113.7".into(), IpKind::Home, Rule::CallPeer),
            ]
        );
    }

    #[test]
    fn tor_does_not_carry_the_call_but_a_vpn_does() {
        let kinds = |via: &str| -> Vec<IpKind> {
            ips("p2p", &[&format!("via={via}"), "e2ee=true"]).into_iter().map(|f| f.2).collect()
        };
        assert_eq!(kinds("tor"), vec![IpKind::Home]);
        assert_eq!(kinds("vpn"), vec![IpKind::Vpn]);
    }

    #[test]
    fn relay_only_hides_your_address_from_the_other_party_not_from_your_relay() {
        // The compromise of your server starts at 0:00: its TURN relay is watched during the call.
        assert_eq!(ips("relay", &[]), vec![("adv".into(), "203.0.113.7".into(), IpKind::Home, Rule::TurnRelay),]);
    }
}
