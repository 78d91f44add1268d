//! What the push gateway behind a person's phone (Apple's or Google's push service) sees.
//!
//! FACTS.md §5 "Push gateway (Apple/Google)": the push token, and unless the pusher asks for
//! `event_id_only`, the sender's display name and the room's name. Each notification also shows
//! when the person got a message, and in which room (by id).

use super::{Evidence, Fact, Finding, Holdings, Rule};
use crate::scenario::PushFormat;

/// Rule [`Rule::PushGateway`]: every notification pushed to the watched person's accounts from
/// the adversary's start on.
pub(super) fn push_gateway(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let Some((person, since)) = &h.pushes_to else { return };
    for p in h.world.pushes.iter().filter(|p| p.at >= *since) {
        let Some(acc) = h.world.accounts.get(&p.to) else { continue };
        if &acc.owner != person {
            continue;
        }
        let full = p.format == PushFormat::Full;
        out.push(h.finding(
            &acc.id,
            Fact::PushNotification {
                account: acc.mxid.clone(),
                room: p.room.clone(),
                event_id: p.event_id.clone(),
                at: p.at,
                sender_name: if full { Some(p.sender_name.clone()) } else { None },
                room_name: if full { p.room_name.clone() } else { None },
            },
            vec![Evidence::Push { person: person.clone(), at: p.at }],
            Rule::PushGateway,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Fact;
    use crate::knowledge::testing::{BASE, facts};

    fn pushes(format: &str) -> Vec<(Option<String>, Option<String>)> {
        let src = BASE
            .replace("id = \"sam\"", &format!("id = \"sam\"\npush = \"{format}\""))
            .replace("[choices]", "[[adversaries]]\nid = \"gw\"\npush_gateway = \"sam\"\n[choices]");
        facts(&src, &[], |f| match f.fact {
            Fact::PushNotification { sender_name, room_name, .. } if f.adversary == "gw" => {
                Some((sender_name, room_name))
            }
            _ => None,
        })
    }

    #[test]
    fn the_gateway_sees_names_only_without_event_id_only() {
        assert!(pushes("off").is_empty());
        let ids_only = pushes("event-id-only");
        assert!(!ids_only.is_empty() && ids_only.iter().all(|(s, r)| s.is_none() && r.is_none()), "{ids_only:?}");
        let full = pushes("full");
        assert!(!full.is_empty() && full.iter().all(|(s, _)| s.is_some()), "{full:?}");
    }
}
