//! Tests of the world: clients opened late read the same as clients opened by the run.

use super::canonical_json;
use crate::time::SimTime;
use serde_json::json;

/// Sam's and Kim's server is down when the first message is sent; Sam is an insider.
const LATE_SERVER: &str = include_str!("../../tests/fixtures/late-server.toml");

fn decrypted(w: &super::World, device: &(String, String)) -> Vec<(SimTime, String)> {
    let view = &w.devices[device];
    let mut out: Vec<_> = view.decrypted.values().map(|(at, text, _)| (*at, text.clone())).collect();
    out.sort();
    out
}

#[test]
fn a_client_opens_what_reached_it_when_its_view_is_read() {
    let (mut w, _) = crate::knowledge::testing::run(LATE_SERVER, &[]);
    let sam = ("sam".to_owned(), w.accounts["sam"].primary().1);
    let kim = ("kim".to_owned(), w.accounts["kim"].primary().1);
    let (at2, at4, at5) = (SimTime::parse("0:02"), SimTime::parse("0:04"), SimTime::parse("0:05"));
    let (Some(at2), Some(at4), Some(at5)) = (at2, at4, at5) else { panic!("times") };
    // The insider's client was opened by the run: the first message (key and event caught up
    // when the server returned) is dated 0:04, not when it was sent.
    let expected = vec![(at4, "first".to_owned()), (at5, "second".to_owned())];
    assert_eq!(decrypted(&w, &sam), expected);
    assert!(w.events.values().any(|m| m.at == at2));
    // Nobody reads Kim's client, so it has not decrypted anything yet; opened, it reads the
    // same as Sam's, with the same dates, through vodozemac.
    assert!(decrypted(&w, &kim).is_empty());
    let before = w.crypto.ops.megolm_decrypts;
    w.open_devices(std::slice::from_ref(&kim)).expect("open");
    assert_eq!(decrypted(&w, &kim), expected);
    assert_eq!(w.crypto.ops.megolm_decrypts, before + 2);
    // Opening again changes nothing.
    w.open_all().expect("open all");
    assert_eq!(decrypted(&w, &kim), expected);
    assert_eq!(w.crypto.ops.megolm_decrypts, before + 2, "the learner's own client was opened by the run");
}

#[test]
fn canonical_json_sorts_every_level_and_drops_top_level_signatures() {
    let v = json!({
        "b": { "z": 1, "a": [ { "y": "é\n", "x": null } ] },
        "a": true,
        "signatures": { "s": 1 },
        "unsigned": { "age": 3 },
    });
    assert_eq!(canonical_json(&v), r#"{"a":true,"b":{"a":[{"x":null,"y":"é\n"}],"z":1}}"#);
    let nested = json!({ "content": { "signatures": 1 } });
    assert_eq!(canonical_json(&nested), r#"{"content":{"signatures":1}}"#);
}
