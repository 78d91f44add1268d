//! Cross-signing keys as a client uploads them (`POST /keys/device_signing/upload`, spec:
//! client-server API, "Cross-signing"): a master key, and self-signing and user-signing keys
//! signed by it. The simulator tracks identities by state; these real keys are for the lab,
//! which replays an identity reset against Synapse, which checks the signatures.

use serde_json::{Value, json};
use vodozemac::Ed25519SecretKey;

/// One key object (`CrossSigningKey`), signed by `signer` when given.
fn key(user_id: &str, usage: &str, public: &str, signer: Option<&Ed25519SecretKey>) -> Value {
    let mut k = json!({ "user_id": user_id, "usage": [usage], "keys": { format!("ed25519:{public}"): public } });
    if let Some(master) = signer {
        let signature = master.sign(crate::world::canonical_json(&k).as_bytes()).to_base64();
        let id = format!("ed25519:{}", master.public_key().to_base64());
        k["signatures"] = json!({ user_id: { id: signature } });
    }
    k
}

/// A fresh identity for `user_id`: the body of a `/keys/device_signing/upload` request (keys
/// from the operating system's random generator).
pub fn new_identity_upload(user_id: &str) -> Value {
    let master = Ed25519SecretKey::new();
    let (ssk, usk) = (Ed25519SecretKey::new(), Ed25519SecretKey::new());
    json!({
        "master_key": key(user_id, "master", &master.public_key().to_base64(), None),
        "self_signing_key": key(user_id, "self_signing", &ssk.public_key().to_base64(), Some(&master)),
        "user_signing_key": key(user_id, "user_signing", &usk.public_key().to_base64(), Some(&master)),
    })
}

#[cfg(test)]
mod tests {
    use super::new_identity_upload;

    #[test]
    fn the_master_key_signs_the_other_two() {
        let body = new_identity_upload("@dana:shady.example");
        let master = body["master_key"]["keys"].as_object().and_then(|m| m.keys().next().cloned());
        let master = master.unwrap_or_default();
        for k in ["self_signing_key", "user_signing_key"] {
            assert!(body[k]["signatures"]["@dana:shady.example"][master.as_str()].is_string(), "{k} is not signed");
        }
    }
}
