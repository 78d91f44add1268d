//! What whoever relays a person's push notifications sees: the app's push gateway with Google's or Apple's push service, or the person's UnifiedPush distributor.
//!
//! FACTS.md §5 "Push gateway", §1 "Push tokens; what goes to the push gateway": exactly what
//! the homeserver posts (`crate::world::Push`). Every notification shows that the person got
//! one, when, in which room (by id) and their unread count; an update of the count alone shows
//! when they read. With the full format it also shows the event's type, sender, the sender's
//! display name and the room's name, and with the server's `push.include_content` the content:
//! the words of an unencrypted message, only ciphertext for an encrypted one.

use super::{Evidence, Fact, Finding, Holdings, OutcomeDetail, PushContent, Rule};

/// Whether a push notification's outcome `a` shows no more than `b`: the same carrier, room and
/// time, and every name or content `a` shows, `b` shows too (an `event_id_only` notification
/// shows no more than the full one of the same message; another carrier is another party). For
/// the rule that a counterfactual names only changes after which the adversary knows strictly
/// less (issue 16, item 10).
pub fn shows_no_more_than(a: &OutcomeDetail, b: &OutcomeDetail) -> bool {
    let within = |x: &Option<String>, y: &Option<String>| x.is_none() || x == y;
    match (a, b) {
        (
            OutcomeDetail::Push { service: s1, room: r1, at: t1, names: (n1, m1), content: (c1, x1) },
            OutcomeDetail::Push { service: s2, room: r2, at: t2, names: (n2, m2), content: (c2, x2) },
        ) => {
            s1 == s2
                && r1 == r2
                && t1 == t2
                && within(n1, n2)
                && within(m1, m2)
                && (c1.is_none() || c1 == c2)
                && within(x1, x2)
        }
        _ => false,
    }
}

/// Rule [`Rule::PushGateway`]: every notification posted for the watched person's accounts
/// from the adversary's start on.
pub(super) fn push_gateway(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    let Some((person, since)) = &h.pushes_to else { return };
    for p in h.world.pushes.iter().filter(|p| p.at >= *since) {
        let Some(acc) = h.world.accounts.get(&p.to) else { continue };
        if &acc.owner != person {
            continue;
        }
        let e = p.event.as_ref();
        let content = e.and_then(|e| e.content.as_ref()).map(|c| match c["body"].as_str() {
            _ if e.is_some_and(|e| e.encrypted) => (PushContent::Ciphertext, None),
            Some(body) => (PushContent::Plaintext, Some(body.to_owned())),
            None => (PushContent::Membership, None),
        });
        out.push(h.finding(
            &acc.id,
            Fact::PushNotification {
                account: acc.mxid.clone(),
                service: p.service,
                distributor: p.distributor.clone(),
                format: p.format,
                at: p.at,
                unread_only: e.is_none(),
                room: e.map(|e| e.room.clone()),
                event_id: e.map(|e| e.event_id.clone()),
                unread: p.unread,
                event_type: e.and_then(|e| e.event_type.clone()),
                sender: e.and_then(|e| e.sender.clone()),
                sender_name: e.and_then(|e| e.sender_name.clone()),
                room_name: e.and_then(|e| e.room_name.clone()),
                content: content.as_ref().map(|(c, _)| *c),
                text: content.and_then(|(_, t)| t),
            },
            vec![Evidence::Push { person: person.clone(), at: p.at }],
            Rule::PushGateway,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, run};
    use crate::knowledge::{Fact, PushContent};
    use crate::knowledge::{Finding, OutcomeDetail};
    use crate::scenario::PushFormat;

    /// Sam's notifications as the gateway saw them: (room, sender name, room name, content, text).
    type Seen = (Option<String>, Option<String>, Option<String>, Option<PushContent>, Option<String>);

    fn pushes(person: &str, server: &str, choose: &[&str]) -> Vec<Seen> {
        let src = BASE
            .replace("id = \"sam\"", &format!("id = \"sam\"\n{person}"))
            .replace("name = \"b.example\"", &format!("name = \"b.example\"\n{server}"))
            .replace("[choices]", "[[adversaries]]\nid = \"gw\"\npush_gateway = \"sam\"\n[choices]");
        run(&src, choose)
            .1
            .into_iter()
            .filter(|f| f.adversary == "gw")
            .filter_map(|f| match f.fact {
                Fact::PushNotification { room, sender_name, room_name, content, text, .. } => {
                    Some((room, sender_name, room_name, content, text))
                }
                _ => None,
            })
            .collect()
    }

    /// Sam is invited, gets the message, then reads the room: the gateway gets the invite's
    /// and the message's notifications, then the unread count alone.
    #[test]
    fn ids_only_by_default_names_and_words_with_the_full_format() {
        assert!(pushes("", "", &[]).is_empty(), "no pusher, nothing pushed");
        let ids = pushes("push = \"google\"", "", &[]);
        assert_eq!(ids.len(), 3, "{ids:?}");
        assert_eq!(ids[1], (Some("r".into()), None, None, None, None), "event_id_only is the default");
        assert_eq!(ids[2].0, None, "then the unread count alone, when Sam reads");
        let full = pushes("push = \"google\"\npush_format = \"full\"", "", &[]);
        assert_eq!(full[0].3, Some(PushContent::Membership), "the invite");
        assert_eq!(full[1].1.as_deref(), Some("you"), "the sender's display name");
        assert_eq!(full[1].3, Some(PushContent::Plaintext));
        assert_eq!(full[1].4.as_deref(), Some("meet at 7"), "include_content is on by default");
        let no_content = pushes("push = \"google\"\npush_format = \"full\"", "push_include_content = false", &[]);
        assert_eq!((no_content[1].3, no_content[1].4.clone()), (None, None));
        assert_eq!(no_content[1].1.as_deref(), Some("you"), "still the names");
        let encrypted = pushes("push = \"google\"\npush_format = \"full\"", "", &["e2ee=true"]);
        assert_eq!((encrypted[1].3, encrypted[1].4.clone()), (Some(PushContent::Ciphertext), None));
    }

    #[test]
    fn the_pusher_row_says_what_the_app_asked_for() {
        let src = BASE.replace("id = \"sam\"", "id = \"sam\"\npush = \"unifiedpush\"\npush_distributor = \"ntfy.sh\"");
        let (w, _) = run(&src, &[]);
        let rows = w.server("b.example").map(|s| s.tables.pushers.rows().to_vec()).unwrap_or_default();
        assert_eq!(rows.len(), 1);
        let row = &rows[0].cols;
        assert_eq!(row.data["format"], "event_id_only");
        assert_eq!(row.data["url"], "https://ntfy.sh/_matrix/push/v1/notify");
        assert!(row.pushkey.starts_with("https://ntfy.sh/up"), "{}", row.pushkey);
        assert!(w.pushes().iter().all(|p| p.format == PushFormat::EventIdOnly));
        let message = w.pushes()[1].notification();
        assert_eq!(message["notification"]["counts"]["unread"], 1);
        assert_eq!(message["notification"]["prio"], "high", "a one-to-one room sounds");
        assert!(message["notification"].get("sender").is_none(), "{message}");
        assert!(message["notification"]["devices"][0].get("tweaks").is_none(), "event_id_only drops the tweaks");
    }

    #[test]
    fn ids_only_shows_no_more_than_the_full_notification_of_the_same_message() {
        let key = |format: &str, service: &str| {
            let person = format!("push = \"{service}\"\npush_format = \"{format}\"\npush_distributor = \"ntfy.sh\"");
            let src = BASE
                .replace("id = \"sam\"", &format!("id = \"sam\"\n{person}"))
                .replace("[choices]", "[[adversaries]]\nid = \"gw\"\npush_gateway = \"sam\"\n[choices]");
            let found = run(&src, &[]).1;
            let message = found.iter().filter(|f| f.adversary == "gw").nth(1).map(Finding::outcome_key);
            message.map(|k| k.detail).unwrap_or(OutcomeDetail::None)
        };
        let (ids, full, elsewhere) =
            (key("event-id-only", "google"), key("full", "google"), key("full", "unifiedpush"));
        assert!(super::shows_no_more_than(&ids, &full));
        assert!(!super::shows_no_more_than(&full, &ids), "the full format shows the names");
        assert!(!super::shows_no_more_than(&ids, &elsewhere), "another carrier is another party");
    }
}
