//! Tests of Olm and Megolm sharing, decryption and rotation.

use super::*;

fn dk(a: &str) -> DeviceKey {
    (a.to_owned(), "D".to_owned())
}

fn received(device: DeviceKey, label: &str, session_key: &str, session_id: &str) -> ReceivedRoomKey {
    ReceivedRoomKey {
        device,
        room: "r".into(),
        label: label.into(),
        session_key: session_key.into(),
        session_id: session_id.into(),
    }
}

#[test]
fn a_shared_room_key_decrypts_and_an_unshared_one_does_not() {
    let mut c = CryptoStore::default();
    for d in ["alice", "bob", "eve"] {
        c.add_device(dk(d));
    }
    let recipients: BTreeSet<DeviceKey> = [dk("bob")].into();
    let (label, sid, skey, rotated) = c.ensure_outbound("r", &dk("alice"), &recipients);
    assert!(rotated);
    let key = crate::event::room_key("!r:example.org", &sid, &skey, false).map(|v| v.to_string()).unwrap_or_default();
    let (t, body) = c.olm_encrypt(&dk("alice"), &dk("bob"), &key).expect("olm encrypt");
    let sender_key = c.curve25519(&dk("alice"));
    let delivery = OlmDelivery { to: dk("bob"), from: dk("alice"), sender_key, kind: t, body };
    let plain = c.olm_decrypt(&delivery).expect("olm decrypt");
    let v: serde_json::Value = serde_json::from_slice(&plain).expect("json");
    let got = v["session_key"].as_str().unwrap_or_default().to_owned();
    c.receive_room_key(&received(dk("bob"), &label, &got, &sid)).expect("install");
    let (ct, idx) = c.megolm_encrypt("r", &dk("alice"), r#"{"body":"hi"}"#).expect("megolm");
    assert_eq!(idx, 0);
    let d = c.megolm_decrypt(&dk("bob"), &sid, &ct).expect("bob decrypts");
    assert_eq!(d.payload["body"], "hi");
    assert!(c.megolm_decrypt(&dk("eve"), &sid, &ct).is_none(), "eve never got the key");
}

/// A message is opened with the sender key it carried, even if the sending device's account
/// was replaced before the recipient opened it.
#[test]
fn an_olm_message_opens_with_the_sender_key_it_carried() {
    let mut c = CryptoStore::default();
    c.add_device(dk("alice"));
    c.add_device(dk("bob"));
    let (kind, body) = c.olm_encrypt(&dk("alice"), &dk("bob"), "{}").expect("olm encrypt");
    let sender_key = c.curve25519(&dk("alice"));
    c.add_device(dk("alice"));
    assert_ne!(c.curve25519(&dk("alice")), sender_key);
    let delivery = OlmDelivery { to: dk("bob"), from: dk("alice"), sender_key, kind, body };
    assert_eq!(c.olm_decrypt(&delivery).expect("olm decrypt"), b"{}");
}

#[test]
fn a_recipient_leaving_rotates_the_session_and_a_newcomer_does_not() {
    let mut c = CryptoStore::default();
    c.add_device(dk("alice"));
    let bob: BTreeSet<DeviceKey> = [dk("bob")].into();
    let bob_and_carol: BTreeSet<DeviceKey> = [dk("bob"), dk("carol")].into();
    let carol: BTreeSet<DeviceKey> = [dk("carol")].into();
    let (l1, s1, _, r1) = c.ensure_outbound("r", &dk("alice"), &bob);
    assert!(r1, "the first session is new");
    c.mark_shared("r", &dk("alice"), dk("bob"));
    // Carol joins: she gets the current session (from its current index), no rotation.
    let (l2, s2, _, r2) = c.ensure_outbound("r", &dk("alice"), &bob_and_carol);
    assert_eq!((l2, s2.clone(), r2), (l1.clone(), s1.clone(), false));
    c.mark_shared("r", &dk("alice"), dk("carol"));
    // A device told the key was withheld does not count as holding it.
    c.mark_withheld("r", &dk("alice"), dk("dave"));
    let (_, s3, _, r3) = c.ensure_outbound("r", &dk("alice"), &bob_and_carol);
    assert_eq!((s3, r3), (s1.clone(), false));
    // Bob leaves (or his device is signed out, or no longer trusted): a new session.
    let (l4, s4, _, r4) = c.ensure_outbound("r", &dk("alice"), &carol);
    assert!(r4);
    assert_ne!(s1, s4);
    assert!(l4.ends_with("#2"));
    assert!(c.outbound("r", &dk("alice")).is_some_and(|o| o.shared_with.is_empty() && o.withheld.is_empty()));
}

#[test]
fn a_room_key_already_held_is_not_installed_twice() {
    let mut c = CryptoStore::default();
    c.add_device(dk("alice"));
    let (label, sid, skey, _) = c.ensure_outbound("r", &dk("alice"), &BTreeSet::new());
    let key = received(dk("alice"), &label, &skey, &sid);
    c.receive_room_key(&key).expect("install");
    c.receive_room_key(&key).expect("again");
    assert_eq!(c.ops.inbound_sessions, 1);
    assert_eq!(c.held_labels(&dk("alice")).len(), 1);
}
