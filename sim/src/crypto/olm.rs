//! Olm: device identity keys, and pairwise sessions sealing and opening to-device messages.

use super::{CryptoError, CryptoStore, DeviceCrypto, DeviceKey, parallel};
use serde_json::Value;
use std::collections::BTreeMap;
use vodozemac::olm::{Account, OlmMessage, Session, SessionConfig as OlmConfig};

/// A device's identity keys as its client uploads them (`/keys/upload`, spec `DeviceKeys`),
/// with the self-signature the spec requires: the account's Ed25519 signature over the keys'
/// canonical JSON (`DeviceKeys.signatures`).
pub(super) fn signed_keys(account: &Account, key: &DeviceKey, user: &str) -> Value {
    let mut keys = serde_json::json!({
        "user_id": user,
        "device_id": key.1,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {
            format!("curve25519:{}", key.1): account.curve25519_key().to_base64(),
            format!("ed25519:{}", key.1): account.ed25519_key().to_base64(),
        },
    });
    let signature = account.sign(crate::world::canonical_json(&keys).as_bytes()).to_base64();
    if let Some(map) = keys.as_object_mut() {
        map.insert("signatures".into(), serde_json::json!({ user: { format!("ed25519:{}", key.1): signature } }));
    }
    keys
}

/// An Olm message on its way to one device.
#[derive(Debug, Clone)]
pub struct OlmDelivery {
    /// The recipient device.
    pub to: DeviceKey,
    /// The sending device.
    pub from: DeviceKey,
    /// The sender's Curve25519 identity key as the message carried it (`sender_key`).
    pub sender_key: String,
    /// Olm message type (0 pre-key, 1 normal).
    pub kind: usize,
    /// Base64 body.
    pub body: String,
}

/// The sender opens an Olm session with one of the recipient's one-time keys (which the
/// recipient generates and publishes, as `/keys/claim` hands it out once).
pub(super) fn handshake(sender: &Account, recipient: &mut Account) -> Result<Session, CryptoError> {
    recipient.generate_one_time_keys(1);
    let otk =
        recipient.one_time_keys().into_values().next().ok_or_else(|| CryptoError::Olm("no one-time key".into()))?;
    recipient.mark_keys_as_published();
    sender
        .create_outbound_session(OlmConfig::version_1(), recipient.curve25519_key(), otk)
        .map_err(|e| CryptoError::Olm(e.to_string()))
}

/// The recipient decrypts with the session it has with the sender, or creates the inbound
/// session from a pre-key message.
pub(super) fn receive_olm(
    recipient: &mut DeviceCrypto,
    d: &OlmDelivery,
    sender_identity: vodozemac::Curve25519PublicKey,
) -> Result<Vec<u8>, CryptoError> {
    let bytes = vodozemac::base64_decode(&d.body).map_err(|e| CryptoError::Olm(e.to_string()))?;
    let message = OlmMessage::from_parts(d.kind, &bytes).map_err(|e| CryptoError::Olm(e.to_string()))?;
    if let Some(session) = recipient.inbound_olm.get_mut(&d.from)
        && let Ok(plain) = session.decrypt(&message)
    {
        return Ok(plain);
    }
    let OlmMessage::PreKey(prekey) = &message else {
        return Err(CryptoError::Olm("no session for a normal message".into()));
    };
    let result = recipient
        .account
        .create_inbound_session(OlmConfig::version_1(), sender_identity, prekey)
        .map_err(|e| CryptoError::Olm(e.to_string()))?;
    recipient.inbound_olm.insert(d.from.clone(), result.session);
    Ok(result.plaintext)
}

impl CryptoStore {
    /// The device keys a client uploads (`/keys/upload`), signed by the device
    /// (`Value::Null` for an unknown device).
    pub fn signed_device_keys(&mut self, key: &DeviceKey, user: &str) -> Value {
        let Ok(d) = self.device(key) else { return Value::Null };
        let keys = signed_keys(&d.account, key, user);
        self.ops.signatures += 1;
        keys
    }

    /// Olm-encrypts `plaintext` from one device to another, establishing a session with one of the
    /// recipient's one-time keys the first time. Returns (message type, base64 body).
    pub fn olm_encrypt(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        plaintext: &str,
    ) -> Result<(usize, String), CryptoError> {
        let mut out = self.olm_encrypt_many(from, vec![(to.clone(), plaintext.to_owned())])?;
        out.pop().ok_or_else(|| CryptoError::Olm("no message".into()))
    }

    /// Olm-encrypts one message from `from` to each recipient, in order. The recipients that have
    /// no session with the sender yet get one (one of their one-time keys, X3DH). Each
    /// recipient's handshake and encryptions are independent of the others' and run in parallel
    /// — most of the work of sharing a room key with a large room. Returns (message type, base64
    /// body) per message.
    pub fn olm_encrypt_many(
        &mut self,
        from: &DeviceKey,
        messages: Vec<(DeviceKey, String)>,
    ) -> Result<Vec<(usize, String)>, CryptoError> {
        self.ops.olm_encrypts += messages.len();
        let total = messages.len();
        // Each recipient's messages, in order, with their place in the batch.
        let mut by_recipient: BTreeMap<DeviceKey, Vec<(usize, String)>> = BTreeMap::new();
        for (i, (to, plaintext)) in messages.into_iter().enumerate() {
            by_recipient.entry(to).or_default().push((i, plaintext));
        }
        if by_recipient.contains_key(from) {
            return Err(CryptoError::Olm("a device cannot open an Olm session with itself".into()));
        }
        // The sender's account is read by every handshake while each recipient's is written; each
        // job takes the session the sender already has with its recipient, if any.
        let mut sender =
            self.devices.remove(from).ok_or_else(|| CryptoError::UnknownDevice(from.0.clone(), from.1.clone()))?;
        let jobs: Vec<_> = by_recipient
            .into_iter()
            .map(|(to, queued)| {
                let session = sender.outbound_olm.remove(&to);
                (to, (session, queued))
            })
            .collect();
        let recipients: Vec<DeviceKey> = jobs.iter().map(|(to, _)| to.clone()).collect();
        let account = &sender.account;
        // A job hands its session back even when it fails, so the sender keeps it.
        let done = self.each_device(jobs, parallel::HANDSHAKES, |recipient, (session, queued)| {
            let fresh = session.is_none();
            let mut session = match session {
                Some(s) => s,
                None => match handshake(account, &mut recipient.account) {
                    Ok(s) => s,
                    Err(e) => return (None, fresh, Err(e)),
                },
            };
            let mut sealed = Vec::with_capacity(queued.len());
            for (i, plaintext) in queued {
                match session.encrypt(&plaintext) {
                    Ok(message) => {
                        let (kind, bytes) = message.to_parts();
                        sealed.push((i, kind, vodozemac::base64_encode(bytes)));
                    }
                    Err(e) => return (Some(session), fresh, Err(CryptoError::Olm(e.to_string()))),
                }
            }
            (Some(session), fresh, Ok(sealed))
        });
        let mut out: Vec<Option<(usize, String)>> = (0..total).map(|_| None).collect();
        let mut error = None;
        for (to, result) in recipients.into_iter().zip(done) {
            let Some((session, fresh, sealed)) = result else {
                error = error.or(Some(CryptoError::UnknownDevice(to.0, to.1)));
                continue;
            };
            if let Some(session) = session {
                self.ops.olm_sessions += usize::from(fresh);
                sender.outbound_olm.insert(to, session);
            }
            match sealed {
                Ok(sealed) => {
                    for (i, kind, body) in sealed {
                        out[i] = Some((kind, body));
                    }
                }
                Err(e) => error = error.or(Some(e)),
            }
        }
        self.devices.insert(from.clone(), sender);
        if let Some(e) = error {
            return Err(e);
        }
        out.into_iter().map(|m| m.ok_or_else(|| CryptoError::Olm("a message was not sealed".into()))).collect()
    }

    /// Decrypts an Olm message at the recipient (a first message creates the inbound session:
    /// X3DH again).
    pub fn olm_decrypt(&mut self, delivery: &OlmDelivery) -> Result<Vec<u8>, CryptoError> {
        self.ops.olm_decrypts += 1;
        let identity = vodozemac::Curve25519PublicKey::from_base64(&delivery.sender_key)
            .map_err(|e| CryptoError::Olm(e.to_string()))?;
        receive_olm(self.device_mut(&delivery.to)?, delivery, identity)
    }
}
