//! Messages: their text, their envelope, and the relations between them.
//!
//! FACTS.md §2: message text is cleartext unless the room is end-to-end encrypted (then an
//! `m.room.encrypted` event whose ciphertext length shows); every envelope (sender, room, time,
//! type) is cleartext; `m.relates_to` and reactions stay cleartext. §1 "Observed": cleartext
//! bodies are also indexed in `event_search`. §3.1: a device or puppet a malicious server plants
//! receives room keys from senders who share with every device. §3 (2026 defaults): a member
//! invited into a room with shared history may hold the keys to earlier messages, sent by the
//! inviter's app (MSC4268). Every plaintext of an encrypted event here comes from a vodozemac
//! decryption by a device the adversary holds.

use super::{Evidence, Fact, Finding, Holdings, ReadVia, Rule};
use crate::crypto::DeviceKey;
use crate::server::StoredEvent;
use crate::time::SimTime;

fn relation(h: &Holdings<'_>, holder: &str, e: &StoredEvent, rule: Rule, out: &mut Vec<Finding>) {
    let rel = &e.json.built()["content"]["m.relates_to"];
    let (rel_type, target, key) = if let Some(t) = rel["m.in_reply_to"]["event_id"].as_str() {
        ("reply", t, None)
    } else if let (Some(kind), Some(t)) = (rel["rel_type"].as_str(), rel["event_id"].as_str()) {
        (kind, t, rel["key"].as_str().map(str::to_owned))
    } else {
        return;
    };
    let Some(sender) = e.json.built()["sender"].as_str() else { return };
    let Some(account) = h.account_of(sender) else { return };
    out.push(h.finding(
        account,
        Fact::Relation {
            account: sender.to_owned(),
            room: e.room.clone(),
            event_id: e.event_id.clone(),
            rel_type: rel_type.to_owned(),
            target: target.to_owned(),
            key,
        },
        vec![Evidence::Event { holder: holder.to_owned(), event_id: e.event_id.clone() }],
        rule,
    ));
}

fn sent_at(h: &Holdings<'_>, e: &StoredEvent) -> SimTime {
    h.world.events.get(&e.event_id).map_or(e.received_at, |m| m.at)
}

/// Plaintext a set of held devices decrypted (by vodozemac, when the run opened their clients)
/// up to `until`.
fn decrypted_by(
    h: &Holdings<'_>,
    devices: &[DeviceKey],
    event_id: &str,
    until: SimTime,
) -> Option<(DeviceKey, String, String)> {
    devices.iter().find_map(|d| {
        let view = h.world.opened_view(d)?;
        let (at, text, session) = view.decrypted.get(event_id)?;
        (*at <= until).then(|| (d.clone(), text.clone(), session.clone()))
    })
}

/// What reading a message's text tells: who sent what, where.
fn plaintext(h: &Holdings<'_>, sender: &str, e: &StoredEvent, text: String, via: ReadVia) -> Fact {
    Fact::MessagePlaintext {
        account: sender.to_owned(),
        room: e.room.clone(),
        event_id: e.event_id.clone(),
        at: sent_at(h, e),
        text,
        via,
    }
}

/// What an event's envelope tells: who sent what type of event where, when, and how large.
fn envelope(h: &Holdings<'_>, sender: &str, e: &StoredEvent, event_type: &str, size: usize) -> Fact {
    Fact::MessageMetadata {
        account: sender.to_owned(),
        room: e.room.clone(),
        event_id: e.event_id.clone(),
        at: sent_at(h, e),
        event_type: event_type.to_owned(),
        encrypted: event_type == "m.room.encrypted",
        size,
    }
}

/// A redacted event whose original the server had pruned from `event_json` before the
/// adversary copied it (FACTS.md §1 "Redacted events"): the envelope stays, and Synapse's
/// search index still holds an unencrypted body (`_censor_redactions` rewrites `event_json`
/// only).
fn censored_findings(h: &Holdings<'_>, access: &super::ServerAccess<'_>, e: &StoredEvent, out: &mut Vec<Finding>) {
    let Some(sender) = e.json.built()["sender"].as_str() else { return };
    let Some(account) = h.account_of(sender) else { return };
    let (holder, event_id) = (access.name, e.event_id.as_str());
    match e.json.built()["type"].as_str() {
        Some("m.room.message") => {
            let search = access.server.tables.event_search.rows().iter();
            let Some(row) = search.map(|r| &r.cols).find(|c| c.event_id == event_id && c.key == "content.body") else {
                return;
            };
            let evidence = vec![Evidence::Row {
                server: holder.to_owned(),
                table: "event_search".into(),
                key: event_id.to_owned(),
            }];
            let fact = plaintext(h, sender, e, row.value.clone(), ReadVia::Cleartext);
            out.push(h.finding(account, fact, evidence, Rule::FederationCleartextBody));
        }
        Some("m.room.encrypted") => {
            let ev = Evidence::Event { holder: holder.to_owned(), event_id: event_id.to_owned() };
            out.push(h.finding(
                account,
                envelope(h, sender, e, "m.room.encrypted", 0),
                vec![ev],
                Rule::FederationEnvelope,
            ));
        }
        _ => {}
    }
}

fn message_findings(
    h: &Holdings<'_>,
    holder: &str,
    e: &StoredEvent,
    devices: &[DeviceKey],
    until: SimTime,
    rules: (Rule, Rule, Rule, Rule),
    out: &mut Vec<Finding>,
) {
    let (cleartext_rule, envelope_rule, relation_rule, key_rule) = rules;
    let Some(sender) = e.json.built()["sender"].as_str() else { return };
    let Some(account) = h.account_of(sender) else { return };
    let ev = Evidence::Event { holder: holder.to_owned(), event_id: e.event_id.clone() };
    match e.json.built()["type"].as_str() {
        Some("m.room.message") => {
            let text = e.json.built()["content"]["body"].as_str().unwrap_or_default().to_owned();
            let mut evidence = vec![ev];
            if !holder.starts_with("device:") {
                evidence.push(Evidence::Row {
                    server: holder.to_owned(),
                    table: "event_search".into(),
                    key: e.event_id.clone(),
                });
            }
            out.push(h.finding(account, plaintext(h, sender, e, text, ReadVia::Cleartext), evidence, cleartext_rule));
            relation(h, holder, e, relation_rule, out);
        }
        Some("m.room.encrypted") => {
            let size = e.json.built()["content"]["ciphertext"].as_str().map_or(0, str::len);
            out.push(h.finding(
                account,
                envelope(h, sender, e, "m.room.encrypted", size),
                vec![ev.clone()],
                envelope_rule,
            ));
            relation(h, holder, e, relation_rule, out);
            // Only a message has words to read (a call's signalling is not one: knowledge/calls.rs).
            let message = h.world.events.get(&e.event_id).is_some_and(|m| m.text.is_some());
            if let Some((device, text, session)) = decrypted_by(h, devices, &e.event_id, until).filter(|_| message) {
                // A member who read history thanks to a key bundle on invite: that is the rule.
                let bundled = key_rule == Rule::MemberView && h.world.crypto.shared_by(&device, &session).is_some();
                let rule = if bundled { Rule::InviteKeyBundle } else { key_rule };
                out.push(h.finding(
                    account,
                    plaintext(h, sender, e, text, ReadVia::RoomKey),
                    vec![ev, Evidence::RoomKey { device: format!("{}/{}", device.0, device.1), session }],
                    rule,
                ));
            }
        }
        Some("m.reaction") => relation(h, holder, e, relation_rule, out),
        // A deletion is itself an event, in the clear: who deleted a message of theirs, when.
        Some("m.room.redaction") => {
            out.push(h.finding(account, envelope(h, sender, e, "m.room.redaction", 0), vec![ev], envelope_rule));
        }
        _ => {}
    }
}

/// Rules [`Rule::FederationCleartextBody`], [`Rule::FederationEnvelope`],
/// [`Rule::FederationRelations`] and [`Rule::MaliciousDeviceOrPuppet`] over a compromised server's
/// stored events.
pub(super) fn server_messages(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        for e in &access.server.events {
            if !access.server.original_at(e, access.since) {
                censored_findings(h, access, e, out);
                continue;
            }
            message_findings(
                h,
                access.name,
                e,
                &h.planted,
                h.world.end,
                (
                    Rule::FederationCleartextBody,
                    Rule::FederationEnvelope,
                    Rule::FederationRelations,
                    Rule::MaliciousDeviceOrPuppet,
                ),
                out,
            );
        }
    }
    // A puppet's client sees nothing its server does not: the puppet lives on this server, which
    // stores every event the puppet's client shows. Its decryptions are counted above (`planted`);
    // reading its client view again would only repeat the server's findings under another rule.
}

/// Rules [`Rule::MemberView`] / [`Rule::DeviceStore`]: what a member's client shows.
pub(super) fn member_messages(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for m in &h.members {
        for (e, holder) in super::rooms::visible_events(h, &m.account, m.until) {
            message_findings(h, &holder, e, &m.devices, m.until, (m.rule, m.rule, m.rule, m.rule), out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::testing::{BASE, facts, run};
    use crate::knowledge::{Fact, FindingCode, ReadVia};

    fn plaintexts(choose: &[&str]) -> Vec<(String, ReadVia)> {
        facts(BASE, choose, |f| match f.fact {
            Fact::MessagePlaintext { text, via, .. } => Some((text, via)),
            _ => None,
        })
    }

    #[test]
    fn an_unencrypted_message_is_read_by_every_participating_server() {
        assert_eq!(plaintexts(&[]), vec![("meet at 7".to_owned(), ReadVia::Cleartext)]);
        assert_eq!(plaintexts(&["target=b.example"]), vec![("meet at 7".to_owned(), ReadVia::Cleartext)]);
    }

    #[test]
    fn an_encrypted_message_leaves_only_metadata_and_relations() {
        assert!(plaintexts(&["e2ee=true"]).is_empty());
        let (_, f) = run(BASE, &["e2ee=true", "target=b.example"]);
        let meta = f.iter().find(|f| f.code() == FindingCode::MessageMetadata).map(|f| f.fact.clone());
        match meta {
            Some(Fact::MessageMetadata { encrypted: true, size, .. }) => assert!(size > 0),
            other => panic!("expected metadata, got {other:?}"),
        }
        assert!(f.iter().any(|f| matches!(&f.fact, Fact::Relation { rel_type, key: Some(k), .. } if rel_type == "m.annotation" && k == "ok")));
    }

    fn plan_readers(choose: &[&str], adversary: &str) -> Vec<crate::knowledge::Rule> {
        let src = crate::bundled::get("high-trust-room").unwrap_or_default().replace(
            "[choices]",
            "[[adversaries]]\nid = \"thief\"\nseized_device = \"kit\"\nat = \"0:09\"\n\n[choices]",
        );
        let (_, f) = run(&src, choose);
        f.into_iter()
            .filter(|f| {
                f.adversary == adversary
                    && matches!(&f.fact, Fact::MessagePlaintext { text, .. } if text.starts_with("The plan"))
            })
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn an_injected_device_reads_only_when_keys_go_to_every_device() {
        use crate::knowledge::Rule;
        assert_eq!(plan_readers(&["sends_to=all"], "shady-admin"), [Rule::MaliciousDeviceOrPuppet]);
        assert!(plan_readers(&["sends_to=verified"], "shady-admin").is_empty());
    }

    /// FACTS §3, client defaults in 2026: a 2026 app (`cross-signed`, the default) refuses the
    /// device the admin slipped in; once the admin resets Dana's identity and signs that device
    /// with the new keys, the app gives it the plan's key, unless you had verified Dana (then it
    /// blocks her until you verify again).
    #[test]
    fn an_identity_reset_beats_a_2026_app_unless_you_had_verified_the_person() {
        use crate::knowledge::Rule;
        let checkin = |choose: &[&str]| {
            let src = crate::bundled::get("high-trust-room").unwrap_or_default();
            let (_, f) = run(src, choose);
            f.into_iter().any(|f| {
                f.adversary == "shady-admin"
                    && matches!(&f.fact, Fact::MessagePlaintext { text, .. } if text.starts_with("Check-in"))
            })
        };
        assert!(!checkin(&["verified=kit"]), "the injected device got a key from a cross-signed sender");
        assert!(checkin(&["sends_to=all"]), "the older behaviour hands the injected device the key");
        assert!(plan_readers(&[], "shady-admin").is_empty(), "you had verified Dana: the app blocks her");
        assert_eq!(plan_readers(&["verified=kit"], "shady-admin"), [Rule::MaliciousDeviceOrPuppet]);
        // Dana's own screen is her own devices, not the one the admin slipped into her account.
        assert!(plan_readers(&["verified=kit"], "dana-view").is_empty(), "Dana's view read through GHOST");
    }

    #[test]
    fn a_seized_device_reads_what_it_had_decrypted_before_the_seizure() {
        use crate::knowledge::Rule;
        assert_eq!(plan_readers(&["sends_to=verified"], "thief"), [Rule::DeviceStore]);
    }

    #[test]
    fn no_adversary_learns_the_same_fact_twice() {
        for name in crate::bundled::names() {
            let (_, f) = run(crate::bundled::get(name).unwrap_or_default(), &[]);
            let mut seen = std::collections::BTreeSet::new();
            for x in &f {
                assert!(seen.insert((&x.adversary, &x.subject, &x.fact)), "{name}: {x:?} twice");
            }
        }
    }

    #[test]
    fn a_puppet_adds_only_what_its_keys_decrypt() {
        // forty-members: the malicious admin's puppet used to re-read its own server's events,
        // repeating every envelope and relation the server stored, under the puppet's rule.
        use crate::knowledge::Evidence;
        let (_, f) = run(crate::bundled::get("forty-members").unwrap_or_default(), &[]);
        for x in f.iter().filter(|f| f.adversary == "shady-admin") {
            let from_puppet =
                x.evidence.iter().any(|e| matches!(e, Evidence::Event { holder, .. } if holder.starts_with("device:")));
            let decrypted = matches!(x.fact, Fact::MessagePlaintext { via: ReadVia::RoomKey, .. });
            assert!(!from_puppet || decrypted, "{x:?}");
        }
    }
}
