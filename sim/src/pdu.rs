//! A PDU as servers store it: hashed and signed by its origin server, the signature made on a spare core.
//!
//! Spec (server-server API, "Signing events"): the origin server adds the content hash
//! (`hashes.sha256`, over the canonical JSON without `signatures` and `unsigned`) and signs the
//! event with its Ed25519 key. Every server then stores the same signed JSON. Nothing the
//! simulation decides depends on the signature, so it is computed in the background while the
//! world goes on, and anyone reading the stored event gets the signed JSON (waiting for it, or
//! computing it, if it is not ready yet). The bytes are the same whichever thread signs.

use serde::{Serialize, Serializer};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// A homeserver's signing key.
pub struct ServerKey {
    /// The server's name (`signatures` is keyed by it).
    pub server: String,
    /// Key id, `ed25519:…`.
    pub key_id: String,
    secret: vodozemac::Ed25519SecretKey,
}

impl ServerKey {
    /// A server's key from its 32 secret bytes.
    pub fn new(server: &str, key_id: String, secret: &[u8; 32]) -> ServerKey {
        ServerKey { server: server.to_owned(), key_id, secret: vodozemac::Ed25519SecretKey::from_slice(secret) }
    }

    /// The public key (base64), as published at `/_matrix/key/v2/server`.
    pub fn public_key(&self) -> String {
        self.secret.public_key().to_base64()
    }
}

/// A PDU: the event as built, and the same event hashed and signed by its origin server.
pub struct Pdu {
    built: Value,
    key: Arc<ServerKey>,
    signed: OnceLock<Value>,
}

impl Pdu {
    /// A PDU to be signed with `key`; on a native build the signature starts at once on
    /// whichever core is free.
    pub fn new(built: Value, key: Arc<ServerKey>) -> Arc<Pdu> {
        let pdu = Arc::new(Pdu { built, key, signed: OnceLock::new() });
        #[cfg(not(target_arch = "wasm32"))]
        {
            let p = Arc::clone(&pdu);
            rayon::spawn(move || {
                p.json();
            });
        }
        pdu
    }

    /// The event as built, before hashing and signing: every field but `hashes` and
    /// `signatures`, for reading during the run without waiting for the signature.
    pub fn built(&self) -> &Value {
        &self.built
    }

    /// The event as stored: with its content hash and its origin server's signature.
    pub fn json(&self) -> &Value {
        self.signed.get_or_init(|| sign(&self.built, &self.key))
    }
}

/// Adds the content hash, then the server's signature over the hashed event.
fn sign(built: &Value, key: &ServerKey) -> Value {
    let mut json = built.clone();
    let hash = vodozemac::base64_encode(Sha256::digest(canonical_json(&json).as_bytes()));
    if let Some(map) = json.as_object_mut() {
        map.insert("hashes".into(), json!({ "sha256": hash }));
    }
    let signature = key.secret.sign(canonical_json(&json).as_bytes()).to_base64();
    if let Some(map) = json.as_object_mut() {
        map.insert("signatures".into(), json!({ key.server.as_str(): { key.key_id.as_str(): signature } }));
    }
    json
}

impl std::ops::Deref for Pdu {
    type Target = Value;

    fn deref(&self) -> &Value {
        self.json()
    }
}

impl Serialize for Pdu {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.json().serialize(serializer)
    }
}

impl fmt::Debug for Pdu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.json().fmt(f)
    }
}

/// Canonical JSON (sorted keys, no spaces) of an event without `signatures` and `unsigned`:
/// the text a server hashes and signs.
pub fn canonical_json(v: &Value) -> String {
    /// Writes `v` with keys sorted at every level, skipping `skip` keys of the top object.
    fn write(v: &Value, out: &mut String, skip: &[&str]) {
        match v {
            Value::Object(m) => {
                let mut entries: Vec<(&String, &Value)> =
                    m.iter().filter(|(k, _)| !skip.contains(&k.as_str())).collect();
                entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    push_json_string(out, k);
                    out.push(':');
                    write(v, out, &[]);
                }
                out.push('}');
            }
            Value::Array(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(v, out, &[]);
                }
                out.push(']');
            }
            Value::String(text) => push_json_string(out, text),
            other => out.push_str(&other.to_string()),
        }
    }
    /// A JSON string literal; plain text is copied as is, anything needing escapes goes through
    /// serde_json.
    fn push_json_string(out: &mut String, text: &str) {
        if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
            out.push('"');
            out.push_str(text);
            out.push('"');
        } else {
            out.push_str(&Value::String(text.to_owned()).to_string());
        }
    }
    let mut out = String::with_capacity(512);
    write(v, &mut out, &["signatures", "unsigned"]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Arc<ServerKey> {
        Arc::new(ServerKey::new("example.org", "ed25519:abc".into(), &[7; 32]))
    }

    #[test]
    fn the_stored_event_carries_a_hash_and_a_signature_that_verifies() {
        let k = key();
        let pdu = Pdu::new(json!({ "type": "m.room.message", "content": { "body": "hi" } }), Arc::clone(&k));
        let stored = pdu.json();
        assert_eq!(stored["content"]["body"], "hi");
        let mut unsigned = stored.clone();
        let signature = unsigned.as_object_mut().and_then(|m| m.remove("signatures")).expect("signatures");
        let sig = signature["example.org"]["ed25519:abc"].as_str().expect("signature");
        let sig = vodozemac::Ed25519Signature::from_base64(sig).expect("base64");
        let public = vodozemac::Ed25519PublicKey::from_base64(&k.public_key()).expect("key");
        assert!(public.verify(canonical_json(&unsigned).as_bytes(), &sig).is_ok());
        let mut built = unsigned.clone();
        built.as_object_mut().map(|m| m.remove("hashes"));
        let hash = vodozemac::base64_encode(Sha256::digest(canonical_json(&built).as_bytes()));
        assert_eq!(stored["hashes"]["sha256"], hash.as_str());
        assert!(pdu.built().get("signatures").is_none());
    }

    #[test]
    fn the_signature_is_the_same_whichever_thread_computes_it() {
        let k = key();
        let built =
            json!({ "type": "m.room.member", "state_key": "@a:example.org", "content": { "membership": "join" } });
        let here = sign(&built, &k);
        let pdus: Vec<_> = (0..16).map(|_| Pdu::new(built.clone(), Arc::clone(&k))).collect();
        for p in &pdus {
            assert_eq!(p.json(), &here);
        }
    }
}
