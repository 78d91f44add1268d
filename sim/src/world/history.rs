//! Encrypted history shared on invite (MSC4268, Matrix 1.19): the inviter's client bundles the
//! room keys it holds, uploads the bundle encrypted to its homeserver and sends the invitee's
//! devices an Olm-encrypted `m.room_key_bundle`; the invitee's client downloads and imports it
//! when it accepts the invite.

use super::{Hop, HopKind, SimError, ToDevice, World, random_str};
use crate::crypto::{CryptoError, DeviceKey, attachment};
use crate::event;
use crate::scenario::History;
use crate::server::{LocalMedia, RemoteMedia};
use rand::Rng;
use serde_json::{Value, json};
use vodozemac::megolm::ExportedSessionKey;

/// The media type of an encrypted upload: its content is opaque to the server.
const OPAQUE: &str = "application/octet-stream";

/// The device that started a session, from its stable label `<room>/<account>/<device>#<n>`
/// (scenario ids and device ids never contain `/` or `#`).
fn label_sender(label: &str) -> Option<DeviceKey> {
    let (path, _) = label.rsplit_once('#')?;
    let mut parts = path.rsplitn(3, '/');
    let device = parts.next()?.to_owned();
    let account = parts.next()?.to_owned();
    Some((account, device))
}

impl World {
    /// The inviter's client shares the room's encrypted history with the invitee, as 2026
    /// clients do (MSC4268; matrix-rust-sdk `share_room_history`): only in an encrypted room whose
    /// history visibility is `shared` or `world_readable`, only when the inviter's client shares
    /// history and holds keys for the room. It exports those keys, encrypts the bundle as an
    /// attachment, uploads it to its server, then sends each of the invitee's devices its key
    /// policy allows an `m.room_key_bundle` with the file's address and key. Returns the
    /// bundle's `mxc://` address when a device of the invitee was told of it.
    pub(crate) fn share_history_on_invite(
        &mut self,
        room: &str,
        inviter: &str,
        invitee: &str,
    ) -> Result<Option<String>, SimError> {
        let Some(r) = self.rooms.get(room) else { return Ok(None) };
        let shareable = matches!(r.spec.history, History::Shared | History::WorldReadable) && r.spec.encrypted;
        let room_id = r.room_id.clone();
        let acc = self.account(inviter)?.clone();
        if !shareable || !acc.shares_history || acc.puppet_of.is_some() || !acc.can_act() {
            return Ok(None);
        }
        let from = acc.primary();
        // The client opens what reached it first: what it holds is what it can share.
        self.open_devices(std::slice::from_ref(&from))?;
        let keys = self.crypto.export_room_keys_in(&from, room);
        if keys.is_empty() {
            return Ok(None);
        }
        let room_keys: Vec<Value> = keys
            .into_iter()
            .map(|(label, session_id, key)| {
                let sender = label_sender(&label).unwrap_or_else(|| from.clone());
                json!({
                    "algorithm": "m.megolm.v1.aes-sha2",
                    "room_id": room_id,
                    "sender_claimed_keys": { "ed25519": self.crypto.ed25519(&sender) },
                    "sender_key": self.crypto.curve25519(&sender),
                    "session_id": session_id,
                    "session_key": key.to_base64(),
                    // Not part of the spec: the stable label reports name sessions by.
                    "org.glasshouse.label": label,
                })
            })
            .collect();
        let bundle = json!({ "room_keys": room_keys, "withheld": [] }).to_string();
        let (mut key, mut iv) = ([0u8; 32], [0u8; 16]);
        self.rng.fill_bytes(&mut key);
        self.rng.fill_bytes(&mut iv[..8]);
        let sealed = attachment::ctr(&key, &iv, bundle.as_bytes());
        let url = self.upload(inviter, &from, sealed.clone())?;
        let file = attachment::encrypted_file(&url, &key, &iv, &sealed);
        let content = event::room_key_bundle(&room_id, file)?;
        let member = self.account(invitee)?.clone();
        let targets: Vec<DeviceKey> = member
            .devices
            .iter()
            .filter(|d| self.may_share(&acc, &member, d))
            .map(|d| (member.id.clone(), d.id.clone()))
            .collect();
        // MSC4268 requires the sender's device keys in the Olm plaintext (MSC4147).
        let sender_keys = self.device_keys(&from, &acc.mxid);
        let messages = self.olm_plaintexts(&from, &targets, "m.room_key_bundle", &content, Some(&sender_keys))?;
        let sent = !targets.is_empty();
        let sealed_messages = self.crypto.olm_encrypt_many(&from, messages)?;
        for (to, (kind, body)) in targets.into_iter().zip(sealed_messages) {
            let content = event::olm_to_device(&self.crypto.curve25519(&to), kind, body, self.crypto.curve25519(&from));
            self.send_to_device(ToDevice::new(&from, &to, "m.room.encrypted", content))?;
        }
        // The file is uploaded first (as matrix-rust-sdk does); only a device told of it fetches it.
        Ok(sent.then_some(url))
    }

    /// A client uploads an encrypted file to its server (`POST /_matrix/media/v3/upload`): a row
    /// in `local_media_repository`. Returns its `mxc://` address.
    fn upload(&mut self, account: &str, device: &DeviceKey, bytes: Vec<u8>) -> Result<String, SimError> {
        let acc = self.account(account)?.clone();
        self.request(account, &device.1, "media/upload", bytes.len())?;
        let media_id = random_str(&mut self.rng, 24, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        let url = format!("mxc://{}/{media_id}", acc.server);
        let now = self.now;
        if let Some(s) = self.servers.get_mut(&acc.server) {
            let (media_type, media_length, user_id) = (OPAQUE.to_owned(), bytes.len(), acc.mxid.clone());
            s.tables.local_media_repository.insert(now, LocalMedia { media_id, media_type, media_length, user_id });
        }
        self.media.insert(url.clone(), bytes);
        Ok(url)
    }

    /// What a client does right after joining: it pages back through the history the room lets
    /// it see (all of it when shared or world-readable), and, having accepted an invite that came
    /// with a key bundle, downloads the bundle (`GET /_matrix/client/v1/media/download`): a server
    /// other than the uploader's fetches it over federation and keeps a copy
    /// (`remote_media_cache`). The keys are imported when the client opens the message.
    pub(crate) fn after_joining(&mut self, room: &str, who: &str, bundle: Option<&str>) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        if matches!(r.spec.history, History::Shared | History::WorldReadable) {
            let history: Vec<String> = r.timeline.clone();
            for d in acc.devices.iter().filter(|d| !d.lost) {
                let device = (acc.id.clone(), d.id.clone());
                for e in &history {
                    self.device_receive(&device, e);
                }
            }
        }
        let Some(url) = bundle else { return Ok(()) };
        let Some((origin, media_id)) = url.strip_prefix("mxc://").and_then(|rest| rest.split_once('/')) else {
            return Ok(());
        };
        let length = self.media.get(url).map_or(0, Vec::len);
        self.request(who, &acc.primary().1, "media/download", 100)?;
        if origin != acc.server {
            let now = self.now;
            let (from, to) = (origin.to_owned(), acc.server.clone());
            if let Some(s) = self.servers.get_mut(&acc.server) {
                let (media_origin, media_id, media_type) = (from.clone(), media_id.to_owned(), OPAQUE.to_owned());
                let cols = RemoteMedia { media_origin, media_id, media_type, media_length: length };
                s.tables.remote_media_cache.insert(now, cols);
            }
            self.hops.push(Hop { at: now, kind: HopKind::Media, from, to, what: url.to_owned() });
        }
        Ok(())
    }

    /// A device's client imports a key bundle its inviter sent (`content` of the decrypted
    /// `m.room_key_bundle`): it fetches the file, checks its hash, decrypts it and imports each
    /// key for the bundle's room, remembering who shared it. Only for a room it joined (it
    /// accepted the invite). True when a key was new to it.
    pub(crate) fn import_bundle(
        &mut self,
        device: &DeviceKey,
        inviter: &str,
        content: &Value,
    ) -> Result<bool, SimError> {
        let room_id = content["room_id"].as_str().unwrap_or_default();
        let Some((room, _)) = self.rooms.iter().find(|(_, r)| r.room_id == room_id) else { return Ok(false) };
        let room = room.clone();
        if !self.rooms[&room].members.contains_key(&device.0) {
            return Ok(false);
        }
        let url = content["file"]["url"].as_str().unwrap_or_default();
        let Some(plain) = self.media.get(url).and_then(|bytes| attachment::open(&content["file"], bytes)) else {
            return Ok(false);
        };
        let bundle: Value = serde_json::from_slice(&plain).unwrap_or_default();
        let mut new = false;
        for k in bundle["room_keys"].as_array().into_iter().flatten().filter(|k| k["room_id"] == room_id) {
            let key = ExportedSessionKey::from_base64(k["session_key"].as_str().unwrap_or_default())
                .map_err(|e| CryptoError::Olm(e.to_string()))?;
            let label = k["org.glasshouse.label"].as_str().unwrap_or_default();
            new |= self.crypto.import_room_key(device, &room, label, &key, Some(inviter.to_owned()))?;
        }
        Ok(new)
    }

    /// Encrypted files uploaded during the run, by `mxc://` address (what the lab uploads).
    pub fn media(&self) -> &std::collections::BTreeMap<String, Vec<u8>> {
        &self.media
    }
}

#[cfg(test)]
mod tests {
    use super::label_sender;
    use crate::knowledge::testing::run;
    use crate::knowledge::{Fact, Rule};

    /// The stranger's reads of the meeting address in `public-room-insider`, with the rule.
    fn address_reads(src: &str, choose: &[&str]) -> Vec<Rule> {
        let (_, f) = run(src, choose);
        f.into_iter()
            .filter(|f| {
                f.adversary == "helper"
                    && matches!(&f.fact, Fact::MessagePlaintext { text, .. } if text.starts_with("Meeting Thursday"))
            })
            .map(|f| f.rule)
            .collect()
    }

    /// FACTS §3, client defaults in 2026 (MSC4268): invited into an encrypted room whose history is
    /// shared, the stranger gets the keys to earlier messages from the inviter's app and reads the
    /// meeting address; with history from joining, or an inviter's app that does not share, he
    /// does not. (Until 2026-12 the simulator said a newcomer never reads what came before.)
    #[test]
    fn an_invitee_reads_earlier_messages_when_the_inviters_app_shares_history() {
        let src = crate::bundled::get("public-room-insider").unwrap_or_default();
        assert_eq!(address_reads(src, &["follow_up=private"]), [Rule::InviteKeyBundle]);
        assert!(address_reads(src, &["follow_up=private", "history=joined"]).is_empty());
        let no_sharing = src.replacen("display_name = \"Kai\"", "display_name = \"Kai\"\nshares_history = false", 1);
        assert_ne!(no_sharing, src);
        assert!(address_reads(&no_sharing, &["follow_up=private"]).is_empty());
    }

    /// The bundle travels as the spec describes: uploaded encrypted to the inviter's server, an
    /// Olm-encrypted to-device message to the invitee's device, and a copy fetched by the
    /// invitee's server when the client downloads it.
    #[test]
    fn the_bundle_is_uploaded_sent_to_the_device_and_fetched() {
        let src = crate::bundled::get("public-room-insider").unwrap_or_default();
        let (w, _) = run(src, &["follow_up=private"]);
        let tiny = &w.servers["tiny.example"].tables;
        let upload = tiny.local_media_repository.rows().first().map(|r| r.cols.clone());
        assert!(upload.as_ref().is_some_and(|u| u.user_id == "@kai:tiny.example" && u.media_length > 0));
        let harbour = &w.servers["harbour.example"].tables;
        let copy = harbour.remote_media_cache.rows().first().map(|r| r.cols.clone());
        assert!(copy.is_some_and(
            |c| c.media_origin == "tiny.example" && Some(c.media_length) == upload.map(|u| u.media_length)
        ));
        let inbox = harbour.device_inbox.rows().iter();
        assert!(inbox.clone().any(|r| r.cols.sender == "@kai:tiny.example" && r.cols.event_type == "m.room.encrypted"));
        let (w, _) = run(src, &["follow_up=private", "history=joined"]);
        assert!(w.servers["tiny.example"].tables.local_media_repository.is_empty());
        assert!(w.media.is_empty());
    }

    /// An inviter's app whose policy gives the invitee's devices no keys still uploads the bundle
    /// (matrix-rust-sdk uploads first), but tells no device of it, so nobody fetches it.
    #[test]
    fn a_bundle_no_device_may_have_is_uploaded_but_never_fetched() {
        let src = crate::bundled::get("public-room-insider").unwrap_or_default();
        let strict = src.replacen("display_name = \"Kai\"", "display_name = \"Kai\"\nsends_to = \"verified\"", 1);
        let (w, f) = run(&strict, &["follow_up=private"]);
        assert!(!w.servers["tiny.example"].tables.local_media_repository.is_empty());
        assert!(w.servers["harbour.example"].tables.remote_media_cache.is_empty());
        assert!(!f.iter().any(|f| f.rule == Rule::InviteKeyBundle));
    }

    #[test]
    fn a_session_label_names_the_device_that_started_it() {
        let key = label_sender("follow-up/kai/DESKTOP#2");
        assert_eq!(key, Some(("kai".to_owned(), "DESKTOP".to_owned())));
        assert_eq!(label_sender("no-number"), None);
    }
}
