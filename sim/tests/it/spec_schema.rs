//! Every event and EDU the servers store, in every bundled run, parses with ruma and matches the Matrix spec's JSON schemas.

use glasshouse_sim::bundled::BUNDLED;
use glasshouse_sim::server::{Edu, TableRow};
use glasshouse_sim::{Scenario, World};
use ruma_events::AnySyncTimelineEvent;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The spec checkout (matrix-org/matrix-spec), beside the project. Absent on a fresh clone.
const SPEC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/matrix-spec");

/// Event types the bundled scenarios produce; each must have its client-format schema checked.
const EVENT_TYPES: &[&str] = &[
    "m.room.create",
    "m.room.member",
    "m.room.power_levels",
    "m.room.join_rules",
    "m.room.history_visibility",
    "m.room.encryption",
    "m.room.name",
    "m.room.topic",
    "m.room.canonical_alias",
    "m.room.message",
    "m.room.encrypted",
    "m.reaction",
    "m.room.redaction",
];

/// Server tables holding EDUs, with the EDU type each holds. Typing lives in `Server::memory`.
const EDU_TABLES: &[(&str, &str)] = &[
    ("receipts_linearized", "m.receipt"),
    ("presence_stream", "m.presence"),
    ("device_lists_remote_cache", "m.device_list_update"),
];

/// What one server stored in one run.
struct Stored {
    /// `scenario [choices] @ server`.
    label: String,
    /// PDUs as stored.
    events: Vec<Value>,
    /// (table or `memory`, row columns `{edu_type, origin, content}`).
    edus: Vec<(String, Value)>,
}

/// Runs every bundled scenario with every combination of choices, once for the whole binary.
fn stored() -> &'static [Stored] {
    static STORED: OnceLock<Vec<Stored>> = OnceLock::new();
    STORED.get_or_init(|| {
        let mut out = Vec::new();
        for (name, text) in BUNDLED {
            let scenario = Scenario::check(text).unwrap_or_else(|d| panic!("bundled scenario {name} invalid: {d:?}"));
            for selection in scenario.combinations() {
                let choices: Vec<String> = selection.iter().map(|(k, v)| format!("{k}={v}")).collect();
                let world =
                    World::run(&scenario.setup(&selection).unwrap_or_else(|d| panic!("{name}: {d:?}")), scenario.seed)
                        .unwrap_or_else(|e| panic!("{name} [{}] failed: {e}", choices.join(" ")));
                for (server_name, server) in world.servers() {
                    let t = &server.tables;
                    let tables = [
                        ("receipts_linearized", &t.receipts_linearized),
                        ("presence_stream", &t.presence_stream),
                        ("device_lists_remote_cache", &t.device_lists_remote_cache),
                    ];
                    let edu = |r: &TableRow<Edu>| serde_json::to_value(&r.cols).unwrap_or_default();
                    let mut edus: Vec<(String, Value)> = tables
                        .iter()
                        .flat_map(|(table, rows)| rows.rows().iter().map(move |r| ((*table).to_owned(), edu(r))))
                        .collect();
                    edus.extend(server.memory.iter().map(|r| ("memory".to_owned(), edu(r))));
                    out.push(Stored {
                        label: format!("{name} [{}] @ {server_name}", choices.join(" ")),
                        events: server.events.iter().map(|e| (*e.json).clone()).collect(),
                        edus,
                    });
                }
            }
        }
        out
    })
}

/// The event as a client gets it from `/sync`: no PDU fields, empty `unsigned`.
fn client_view(pdu: &Value) -> Value {
    let mut v = json!({
        "content": pdu["content"],
        "event_id": pdu["event_id"],
        "origin_server_ts": pdu["origin_server_ts"],
        "sender": pdu["sender"],
        "type": pdu["type"],
        "unsigned": {},
    });
    if let (Some(key), Some(map)) = (pdu.get("state_key"), v.as_object_mut()) {
        map.insert("state_key".into(), key.clone());
    }
    v
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

#[test]
fn stored_events_parse_with_ruma_and_have_every_pdu_field() {
    let mut count = 0usize;
    for s in stored() {
        for pdu in &s.events {
            let client = client_view(pdu);
            let parsed: AnySyncTimelineEvent = serde_json::from_value(client.clone())
                .unwrap_or_else(|e| panic!("{}: ruma rejects the event: {e}\n{}", s.label, pretty(&client)));
            for (field, parsed_value) in
                [("type", parsed.event_type().to_string()), ("event_id", parsed.event_id().to_string())]
            {
                let stored = pdu[field].as_str().unwrap_or_default();
                assert_eq!(parsed_value, stored, "{}: {field} changed\n{}", s.label, pretty(pdu));
            }
            assert_eq!(
                matches!(parsed, AnySyncTimelineEvent::State(_)),
                pdu.get("state_key").is_some(),
                "{}: state or not\n{}",
                s.label,
                pretty(pdu)
            );
            let has = |ok: bool, what: &str| assert!(ok, "{}: PDU lacks {what}\n{}", s.label, pretty(pdu));
            has(pdu["room_id"].as_str().is_some_and(|r| r.starts_with('!')), "room_id");
            has(pdu["sender"].as_str().is_some_and(|r| r.starts_with('@')), "sender");
            has(pdu["origin_server_ts"].is_u64(), "origin_server_ts");
            has(pdu["depth"].as_u64().is_some_and(|d| d >= 1), "depth");
            has(pdu["prev_events"].as_array().is_some_and(|a| a.iter().all(Value::is_string)), "prev_events");
            has(pdu["auth_events"].as_array().is_some_and(|a| a.iter().all(Value::is_string)), "auth_events");
            has(pdu["hashes"]["sha256"].as_str().is_some_and(|h| !h.is_empty()), "hashes.sha256");
            has(
                pdu["signatures"]
                    .as_object()
                    .is_some_and(|m| !m.is_empty() && m.values().all(|k| k.as_object().is_some_and(|k| !k.is_empty()))),
                "signatures",
            );
            count += 1;
        }
    }
    assert!(count > 0, "no stored events at all");
    println!("ruma parsed {count} stored events from {} server stores", stored().len());
}

/// Loads spec YAML and inlines every relative `$ref`, so the `jsonschema` crate needs no retriever.
struct SchemaLoader {
    root: PathBuf,
    files: BTreeMap<PathBuf, Value>,
}

impl SchemaLoader {
    fn file(&mut self, path: &Path) -> Value {
        if let Some(v) = self.files.get(path) {
            return v.clone();
        }
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read schema {}: {e}", path.display()));
        let v: Value =
            serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("cannot parse schema {}: {e}", path.display()));
        self.files.insert(path.to_owned(), v.clone());
        v
    }

    /// The schema at `rel` (relative to the spec root) with every `$ref` inlined.
    fn load(&mut self, rel: &str) -> Value {
        let path = self.root.join(rel);
        let doc = self.file(&path);
        let mut schema = self.resolve(&doc, &doc, &path, false, &mut Vec::new());
        if let Some(map) = schema.as_object_mut() {
            map.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
        }
        schema
    }

    /// Resolves `v` (part of `doc`, the file at `path`). `names` is true when `v` is a map from
    /// property names to schemas, whose keys are data, not keywords. `stack` catches cycles.
    fn resolve(&mut self, v: &Value, doc: &Value, path: &Path, names: bool, stack: &mut Vec<String>) -> Value {
        match v {
            Value::Array(items) => {
                Value::Array(items.iter().map(|i| self.resolve(i, doc, path, false, stack)).collect())
            }
            Value::Object(map) if names => {
                Value::Object(map.iter().map(|(k, s)| (k.clone(), self.resolve(s, doc, path, false, stack))).collect())
            }
            Value::Object(map) => {
                let mut out = Map::new();
                let mut inlined = None;
                for (k, child) in map {
                    match k.as_str() {
                        // Annotations only; their `$ref`s point at example files the spec repo
                        // keeps elsewhere. Nested `$schema`s are dropped: the root sets the draft.
                        "example" | "examples" | "$schema" => {}
                        k if k.starts_with("x-") => {}
                        "$ref" => {
                            let target =
                                child.as_str().unwrap_or_else(|| panic!("non-string $ref in {}", path.display()));
                            inlined = Some(self.follow(target, doc, path, stack));
                        }
                        _ => {
                            let names = matches!(
                                k.as_str(),
                                "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas"
                            );
                            out.insert(k.clone(), self.resolve(child, doc, path, names, stack));
                        }
                    }
                }
                match inlined {
                    Some(target) if out.is_empty() => target,
                    Some(target) => {
                        // `$ref` beside other keywords: both apply (2020-12 semantics).
                        let all = out.entry("allOf").or_insert_with(|| json!([]));
                        if let Some(list) = all.as_array_mut() {
                            list.push(target);
                        }
                        Value::Object(out)
                    }
                    None => Value::Object(out),
                }
            }
            other => other.clone(),
        }
    }

    /// Inlines `file#/pointer`, `file` or `#/pointer`, relative to the referencing file.
    fn follow(&mut self, target: &str, doc: &Value, path: &Path, stack: &mut Vec<String>) -> Value {
        let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
        let (target_path, target_doc) = if file.is_empty() {
            (path.to_owned(), doc.clone())
        } else {
            let dir = path.parent().unwrap_or(Path::new("."));
            let p = normalise(&dir.join(file));
            let d = self.file(&p);
            (p, d)
        };
        let key = format!("{}#{fragment}", target_path.display());
        assert!(!stack.contains(&key), "recursive $ref {key} (stack: {stack:?})");
        let node = if fragment.is_empty() {
            target_doc.clone()
        } else {
            target_doc
                .pointer(fragment)
                .cloned()
                .unwrap_or_else(|| panic!("$ref {target} from {}: no such fragment", path.display()))
        };
        stack.push(key);
        let resolved = self.resolve(&node, &target_doc, &target_path, false, stack);
        stack.pop();
        resolved
    }
}

/// `a/b/../c` → `a/c`, so one file is loaded once whatever path reaches it.
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn compile(schema: &Value, name: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        // `mx-user-id`, `mx-room-id`, `mx-event-id`, `mx-mxc-uri`, `int64` are the spec's own.
        .should_ignore_unknown_formats(true)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"))
}

fn check(validator: &jsonschema::Validator, instance: &Value, what: &str, label: &str) {
    let errors: Vec<String> =
        validator.iter_errors(instance).map(|e| format!("  at {}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{label}: {what} does not match the spec:\n{}\n{}", errors.join("\n"), pretty(instance));
}

/// The federation EDU whose `content` the spec schema describes, rebuilt from a stored row
/// (Synapse keeps receipts, presence and typing per user; the wire carries them per room/batch).
fn federation_edu(edu_type: &str, content: &Value) -> Value {
    let c = match edu_type {
        "m.typing" => {
            let user = &content["user_id"];
            let typing = content["content"]["user_ids"].as_array().is_some_and(|ids| ids.contains(user));
            json!({ "room_id": content["room_id"], "user_id": user, "typing": typing })
        }
        "m.receipt" => {
            let mut users = Map::new();
            for (event_id, receipts) in content["content"].as_object().into_iter().flatten() {
                for (user, r) in receipts["m.read"].as_object().into_iter().flatten() {
                    users.insert(user.clone(), json!({ "event_ids": [event_id], "data": r }));
                }
            }
            let room = content["room_id"].as_str().unwrap_or_default();
            json!({ room: { "m.read": users } })
        }
        "m.presence" => {
            let mut update = content["content"].clone();
            if let Some(map) = update.as_object_mut() {
                map.insert("user_id".into(), content["user_id"].clone());
            }
            json!({ "push": [update] })
        }
        _ => content.clone(),
    };
    json!({ "edu_type": edu_type, "content": c })
}

/// The same EDU as a client receives it in `/sync` (the client-server event schemas).
fn client_edu(edu_type: &str, content: &Value) -> Option<Value> {
    match edu_type {
        "m.typing" | "m.receipt" => {
            Some(json!({ "type": edu_type, "room_id": content["room_id"], "content": content["content"] }))
        }
        "m.presence" => Some(json!({ "type": edu_type, "sender": content["user_id"], "content": content["content"] })),
        _ => None,
    }
}

/// A loader for the spec checkout, or `None` (with the reason printed) when it is absent.
fn spec_loader(test: &str) -> Option<SchemaLoader> {
    let root = PathBuf::from(SPEC_DIR);
    if !root.join("data").is_dir() {
        eprintln!(
            "{test}: skipped, no Matrix spec checkout at {} (clone matrix-org/matrix-spec there to run it)",
            root.display()
        );
        return None;
    }
    Some(SchemaLoader { root: normalise(&root), files: BTreeMap::new() })
}

#[test]
fn the_inlined_schemas_still_reject_broken_events() {
    let Some(mut loader) = spec_loader("the_inlined_schemas_still_reject_broken_events") else { return };
    let pdu = compile(&loader.load("data/api/server-server/definitions/pdu_v11.yaml"), "pdu_v11");
    let message = compile(&loader.load("data/event-schemas/schema/m.room.message.yaml"), "m.room.message");
    let member = compile(&loader.load("data/event-schemas/schema/m.room.member.yaml"), "m.room.member");
    let typing = compile(&loader.load("data/api/server-server/definitions/event-schemas/m.typing.yaml"), "m.typing");
    let good = json!({
        "room_id": "!r:a.example", "event_id": "$e", "sender": "@u:a.example", "origin_server_ts": 1,
        "type": "m.room.message", "content": { "msgtype": "m.text", "body": "hi" }, "unsigned": {},
        "depth": 1, "prev_events": [], "auth_events": [], "hashes": { "sha256": "x" },
        "signatures": { "a.example": { "ed25519:k": "s" } },
    });
    assert!(pdu.is_valid(&good) && message.is_valid(&good), "a well-formed event must pass");
    let with = |key: &str, value: Option<Value>| {
        let mut v = good.clone();
        if let Some(m) = v.as_object_mut() {
            match value {
                Some(x) => m.insert(key.to_owned(), x),
                None => m.remove(key),
            };
        }
        v
    };
    // Each requirement below comes from a referenced file: a lost `$ref` shows here.
    assert!(!pdu.is_valid(&with("auth_events", None)), "components/auth_events_prev_events_v4.yaml not applied");
    assert!(!pdu.is_valid(&with("room_id", None)), "components/room_id_before_v12.yaml not applied");
    assert!(!pdu.is_valid(&with("hashes", Some(json!({})))), "components/event_hash.yaml not applied");
    assert!(!message.is_valid(&with("event_id", None)), "core-event-schema/sync_room_event.yaml not applied");
    assert!(!message.is_valid(&with("room_id", None)), "core-event-schema/room_event.yaml not applied");
    assert!(!message.is_valid(&with("content", Some(json!({ "msgtype": "m.text" })))), "body is required");
    let mut join = with("type", Some(json!("m.room.member")));
    join["content"] = json!({ "membership": "join" });
    assert!(!member.is_valid(&join), "core-event-schema/state_event.yaml not applied: state_key is required");
    join["state_key"] = json!("@u:a.example");
    assert!(member.is_valid(&join));
    join["content"]["membership"] = json!("lurking");
    assert!(!member.is_valid(&join), "membership is an enum");
    assert!(!typing.is_valid(&json!({ "edu_type": "m.typing", "content": { "room_id": "!r:a", "user_id": "@u:a" } })));
    assert!(
        !typing.is_valid(&json!({ "content": { "room_id": "!r:a", "user_id": "@u:a", "typing": true } })),
        "edu.yaml not applied"
    );
}

#[test]
fn stored_events_and_edus_match_the_spec_schemas() {
    let Some(mut loader) = spec_loader("stored_events_and_edus_match_the_spec_schemas") else { return };
    let pdu = compile(&loader.load("data/api/server-server/definitions/pdu_v11.yaml"), "pdu_v11");
    let events: BTreeMap<&str, jsonschema::Validator> = EVENT_TYPES
        .iter()
        .map(|t| (*t, compile(&loader.load(&format!("data/event-schemas/schema/{t}.yaml")), t)))
        .collect();
    let edu_types = ["m.typing", "m.receipt", "m.presence", "m.device_list_update"];
    let edus: BTreeMap<&str, jsonschema::Validator> = edu_types
        .iter()
        .map(|t| (*t, compile(&loader.load(&format!("data/api/server-server/definitions/event-schemas/{t}.yaml")), t)))
        .collect();
    let client_edus: BTreeMap<&str, jsonschema::Validator> = ["m.typing", "m.receipt", "m.presence"]
        .iter()
        .map(|t| (*t, compile(&loader.load(&format!("data/event-schemas/schema/{t}.yaml")), t)))
        .collect();

    let (mut n_events, mut n_edus) = (0usize, 0usize);
    let mut seen_types: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen_edus: BTreeMap<String, usize> = BTreeMap::new();
    for s in stored() {
        for e in &s.events {
            check(&pdu, e, "PDU (pdu_v11.yaml)", &s.label);
            let t = e["type"].as_str().unwrap_or_default();
            let schema = events
                .get(t)
                .unwrap_or_else(|| panic!("{}: event type {t} has no schema in the list\n{}", s.label, pretty(e)));
            let mut client = client_view(e);
            if let Some(map) = client.as_object_mut() {
                map.insert("room_id".into(), e["room_id"].clone());
            }
            check(schema, &client, &format!("client event ({t}.yaml)"), &s.label);
            *seen_types.entry(t.to_owned()).or_default() += 1;
            n_events += 1;
        }
        for (table, cols) in &s.edus {
            let edu_type = cols["edu_type"].as_str().unwrap_or_default();
            let expected = EDU_TABLES.iter().find(|(t, _)| t == table).map_or("m.typing", |(_, e)| *e);
            assert_eq!(edu_type, expected, "{}: row in {table} holds the wrong EDU\n{}", s.label, pretty(cols));
            let schema = &edus[edu_type];
            check(schema, &federation_edu(edu_type, &cols["content"]), &format!("EDU ({edu_type}.yaml)"), &s.label);
            if let Some(client) = client_edu(edu_type, &cols["content"]) {
                check(&client_edus[edu_type], &client, &format!("client EDU ({edu_type}.yaml)"), &s.label);
            }
            *seen_edus.entry(edu_type.to_owned()).or_default() += 1;
            n_edus += 1;
        }
    }
    for t in EVENT_TYPES {
        assert!(seen_types.contains_key(*t), "no bundled run stored a {t} event: the list is stale ({seen_types:?})");
    }
    for t in edu_types {
        assert!(seen_edus.contains_key(t), "no bundled run stored a {t} EDU ({seen_edus:?})");
    }
    println!(
        "spec schemas: validated {n_events} stored events (as PDU and client event) and {n_edus} EDUs over {} server stores; events {seen_types:?}; EDUs {seen_edus:?}",
        stored().len()
    );
}

/// The to-device contents of encrypted history sharing (Matrix 1.19, MSC4268) as the simulator
/// builds them: `m.room_key` with `shared_history`, and `m.room_key_bundle` with its
/// `EncryptedFile`, against the spec's event schemas.
#[test]
fn room_keys_and_key_bundles_match_the_spec_schemas() {
    use glasshouse_sim::crypto::attachment;
    use glasshouse_sim::event;
    let Some(mut loader) = spec_loader("room_keys_and_key_bundles_match_the_spec_schemas") else { return };
    let room = "!abcdefghijklmnopqr:tiny.example";
    let key = event::room_key(room, "sessionid", "c2Vzc2lvbmtleQ", true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(key["shared_history"], json!(true));
    let schema = compile(&loader.load("data/event-schemas/schema/m.room_key.yaml"), "m.room_key");
    check(&schema, &json!({ "type": "m.room_key", "content": key }), "m.room_key", "room_key");
    let sealed = attachment::ctr(&[3; 32], &[9; 16], b"{\"room_keys\":[],\"withheld\":[]}");
    let file = attachment::encrypted_file("mxc://tiny.example/AbCdEf", &[3; 32], &[9; 16], &sealed);
    let bundle = event::room_key_bundle(room, file).unwrap_or_else(|e| panic!("{e}"));
    let schema = compile(&loader.load("data/event-schemas/schema/m.room_key_bundle.yaml"), "m.room_key_bundle");
    check(&schema, &json!({ "type": "m.room_key_bundle", "content": bundle }), "m.room_key_bundle", "bundle");
}

/// The call signalling events (`m.call.invite`, `m.call.candidates`, `m.call.answer`,
/// `m.call.hangup`) of an unencrypted 1:1 call match the spec's schemas, as a PDU and as a client
/// event; each candidates event carries the address its sender's client offered (docs/rules.md A17).
#[test]
fn call_events_match_the_spec_schemas() {
    let Some(mut loader) = spec_loader("call_events_match_the_spec_schemas") else { return };
    let pdu = compile(&loader.load("data/api/server-server/definitions/pdu_v11.yaml"), "pdu_v11");
    let types = ["m.call.invite", "m.call.candidates", "m.call.answer", "m.call.hangup"];
    let schemas: BTreeMap<&str, jsonschema::Validator> =
        types.iter().map(|t| (*t, compile(&loader.load(&format!("data/event-schemas/schema/{t}.yaml")), t))).collect();
    let text = include_str!("../fixtures/two-servers.toml").replace(
        "[[adversaries]]",
        "[[script]]\nat = \"0:10\"\ncall = { who = \"you\", room = \"r\" }\n[[adversaries]]",
    );
    let scenario = Scenario::parse(&text).unwrap_or_else(|d| panic!("{d:?}"));
    let selection = scenario.select(["via=vpn"]).unwrap_or_else(|e| panic!("{e}"));
    let world = World::run(&scenario.setup(&selection).unwrap_or_else(|d| panic!("{d:?}")), 1)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut seen: Vec<String> = Vec::new();
    for e in world.servers()["b.example"].events.iter().map(|e| e.json.json()) {
        let t = e["type"].as_str().unwrap_or_default().to_owned();
        let Some(schema) = schemas.get(t.as_str()) else { continue };
        check(&pdu, e, "PDU (pdu_v11.yaml)", "call");
        let mut client = client_view(e);
        if let Some(map) = client.as_object_mut() {
            map.insert("room_id".into(), e["room_id"].clone());
        }
        check(schema, &client, &format!("client event ({t}.yaml)"), "call");
        if t == "m.call.candidates" {
            let lines: Vec<&str> = e["content"]["candidates"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["candidate"].as_str())
                .collect();
            assert!(
                lines.iter().any(|l| l.contains(" typ srflx") && l.split_whitespace().nth(4).is_some()),
                "{lines:?}"
            );
        }
        seen.push(t);
    }
    assert_eq!(seen, ["m.call.invite", "m.call.candidates", "m.call.answer", "m.call.candidates", "m.call.hangup"]);
    let vpn = &world.setup().network.vpn_exit;
    let caller = world.calls().first().map(|c| c.ends[0].offered.clone());
    assert_eq!(caller.as_ref(), Some(vpn), "the caller's candidates offer the VPN's exit");
}
