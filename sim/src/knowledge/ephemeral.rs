//! Presence, read receipts and typing notifications.
//!
//! FACTS.md §1 "Presence", "Read receipts", "Typing (in memory only)" and §2 "Typing (EDU), read
//! receipts (EDU), presence (EDU, to everyone who shares a room)" — never encrypted. Typing is
//! never stored, so a compromise learns only what arrives after it.

use super::{Evidence, Fact, Finding, Holdings, Rule};
use crate::server::{Edu, Server, TableRow};
use crate::time::SimTime;

fn edu_findings(
    h: &Holdings<'_>,
    holder: &str,
    s: &Server,
    since: SimTime,
    rooms: Option<&[String]>,
    rule: Rule,
    out: &mut Vec<Finding>,
) {
    let room_ok = |r: &TableRow<Edu>| -> bool {
        match rooms {
            None => true,
            Some(list) => {
                let room_id = r.cols.content["room_id"].as_str().unwrap_or_default();
                list.iter().any(|x| h.world.rooms.get(x).is_some_and(|room| room.room_id == room_id))
            }
        }
    };
    // Upserted: a reader from `since` finds the latest receipt per (room, type, user, thread)
    // at that moment, and every one that replaces it later.
    for r in s.tables.receipts_linearized.rows().iter().filter(|r| r.seen_from(since) && room_ok(r)) {
        let c = &r.cols.content;
        let Some(user) = c["user_id"].as_str() else { continue };
        let Some(account) = h.account_of(user) else { continue };
        let room = room_of(h, c["room_id"].as_str().unwrap_or_default());
        let Some((event_id, _)) = c["content"].as_object().and_then(|m| m.iter().next()) else { continue };
        out.push(h.finding(
            account,
            Fact::ReadReceipt { account: user.to_owned(), room, event_id: event_id.clone(), at: r.at },
            vec![Evidence::Row {
                server: holder.to_owned(),
                table: "receipts_linearized".into(),
                key: format!("{user}|{event_id}"),
            }],
            rule,
        ));
    }
    for r in s.memory.iter().filter(|r| r.at >= since && room_ok(r)) {
        let c = &r.cols.content;
        let Some(user) = c["user_id"].as_str() else { continue };
        let Some(account) = h.account_of(user) else { continue };
        let room = room_of(h, c["room_id"].as_str().unwrap_or_default());
        out.push(h.finding(
            account,
            Fact::Typing { account: user.to_owned(), room, at: r.at },
            vec![Evidence::Edu { holder: holder.to_owned(), edu_type: "m.typing".into(), at: r.at }],
            rule,
        ));
    }
    // Presence: the latest state per user at `since` is in the table; later changes arrive live.
    let rows = s.tables.presence_stream.rows();
    for (i, r) in rows.iter().enumerate() {
        let c = &r.cols.content;
        let Some(user) = c["user_id"].as_str() else { continue };
        let superseded_before =
            r.at < since && rows[i + 1..].iter().any(|n| n.at <= since && n.cols.content["user_id"] == user);
        if superseded_before {
            continue;
        }
        let Some(account) = h.account_of(user) else { continue };
        if let Some(list) = rooms {
            let shares =
                list.iter().any(|x| h.world.rooms.get(x).is_some_and(|room| room.members.contains_key(account)));
            if !shares {
                continue;
            }
        }
        let p = &c["content"];
        out.push(h.finding(
            account,
            Fact::Presence {
                account: user.to_owned(),
                state: p["presence"].as_str().unwrap_or_default().to_owned(),
                status: p["status_msg"].as_str().map(str::to_owned),
                at: r.at,
            },
            vec![Evidence::Edu { holder: holder.to_owned(), edu_type: "m.presence".into(), at: r.at }],
            rule,
        ));
    }
}

fn room_of(h: &Holdings<'_>, room_id: &str) -> String {
    h.world.rooms.iter().find(|(_, r)| r.room_id == room_id).map(|(k, _)| k.clone()).unwrap_or_default()
}

/// Rule [`Rule::FederationEdus`]: receipts and presence stored on a compromised server, and
/// typing notifications it receives after the compromise.
pub(super) fn server_edus(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        edu_findings(h, access.name, access.server, access.since, None, Rule::FederationEdus, out);
    }
}

/// Rules [`Rule::MemberView`] / [`Rule::DeviceStore`]: the same EDUs as a member's client gets
/// them for its rooms.
pub(super) fn member_edus(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in &h.members {
        let Some(acc) = h.world.accounts.get(&m.account) else { continue };
        let Some(server) = h.world.servers.get(&acc.server) else { continue };
        let rooms: Vec<String> =
            h.world.rooms.iter().filter(|(_, r)| r.members.contains_key(&m.account)).map(|(k, _)| k.clone()).collect();
        let mut found = Vec::new();
        edu_findings(h, &format!("device:{}", m.account), server, SimTime::default(), Some(&rooms), m.rule, &mut found);
        found.retain(|f| match &f.fact {
            Fact::Typing { at, .. } | Fact::ReadReceipt { at, .. } | Fact::Presence { at, .. } => *at <= m.until,
            _ => true,
        });
        out.extend(found);
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::FindingCode;
    use crate::knowledge::testing::{BASE, run};

    /// Sam reads the room at 0:03 and again, after a new message, at 0:05.
    fn receipts_about_sam(at: &str) -> (usize, usize) {
        let twice = BASE
            .replacen("compromise = \"{target}\"", &format!("compromise = \"{{target}}\"\nat = \"{at}\""), 1)
            .replacen(
                "[[adversaries]]",
                "[[script]]\nat = \"0:04\"\nsay = { who = \"you\", room = \"r\", text = \"or 8\" }\n\
                 [[script]]\nat = \"0:05\"\nread = { who = \"sam\", room = \"r\" }\n[[adversaries]]",
                1,
            );
        let (w, f) = run(&twice, &[]);
        let found = f.iter().filter(|f| f.code() == FindingCode::ReadReceipt && f.subject == "sam").count();
        let rows = w.servers()["a.example"].dump(w.end())["receipts_linearized"].as_array().map_or(0, Vec::len);
        (found, rows)
    }

    #[test]
    fn receipts_are_upserted_so_a_later_seizure_finds_only_the_latest() {
        // One row per (room, type, user, thread): the database holds the latest receipt only.
        assert_eq!(receipts_about_sam("0:30"), (1, 1));
        // A server compromised before both reads sees each as it arrives.
        assert_eq!(receipts_about_sam("0:02"), (2, 1));
    }

    #[test]
    fn receipts_typing_and_presence_cross_federation_even_when_encrypted() {
        let (_, f) = run(BASE, &["e2ee=true"]);
        for code in [FindingCode::ReadReceipt, FindingCode::Typing, FindingCode::Presence] {
            assert!(f.iter().any(|x| x.code() == code && x.subject == "sam"), "{code:?} about sam missing");
        }
    }
}
