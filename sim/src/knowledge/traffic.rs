//! What a network observer near a person sees: where their connections go, when, how much.
//!
//! FACTS.md §5 "Network observer near the user": TLS hides content, not the destination, timing
//! or volume; through a VPN the destination is the VPN, through Tor it is the Tor network.

use super::{Evidence, Fact, Finding, Holdings, Rule};
use crate::time::SimTime;
use std::collections::BTreeMap;

/// Rule [`Rule::NetworkObserver`]: packets of every account the watched person holds (they share
/// the home connection), grouped by visible destination.
pub(super) fn network_observer(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let Some((person, since)) = &h.observes else { return };
    let mut by_dest: BTreeMap<(String, String, &'static str), (usize, usize, SimTime, SimTime)> = BTreeMap::new();
    for p in h.world.packets.iter().filter(|p| p.at >= *since) {
        let Some(acc) = h.world.accounts.get(&p.account) else { continue };
        if &acc.owner != person {
            continue;
        }
        let e = by_dest
            .entry((acc.id.clone(), p.destination.clone(), p.destination_kind.as_str()))
            .or_insert((0, 0, p.at, p.at));
        e.0 += 1;
        e.1 += p.bytes;
        e.2 = e.2.min(p.at);
        e.3 = e.3.max(p.at);
    }
    for ((account, destination, kind), (requests, bytes, first, last)) in by_dest {
        out.push(h.finding(
            &account,
            Fact::Traffic { destination, destination_kind: kind.to_owned(), requests, bytes, first, last },
            vec![Evidence::Packets { person: person.clone(), count: requests }],
            Rule::NetworkObserver,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Fact;
    use crate::knowledge::testing::{BASE, facts};

    #[test]
    fn the_observer_sees_the_homeserver_unless_tor_hides_it() {
        let src = BASE.replace(
            "compromise = \"{target}\"",
            "network_observer = \"you\"\n[[adversaries]]\nid = \"srv\"\ncompromise = \"{target}\"",
        );
        let dest = |c: &[&str]| -> Vec<String> {
            facts(&src, c, |f| match f.fact {
                Fact::Traffic { destination, .. } => Some(destination),
                _ => None,
            })
        };
        assert_eq!(dest(&[]), ["a.example"]);
        assert_eq!(dest(&["via=tor"]), ["tor"]);
    }
}
