//! Secure Backup on the server: the backup version and secret storage a client sets up, and
//! each room key its devices back up (FACTS.md §1 "Key backup", "Secret storage (recovery)").

use super::{SimError, World, hex};
use crate::crypto::DeviceKey;
use crate::scenario::RecoveryPassphrase;
use crate::server::{AccountData, BackedUpRoomKey, RoomKeysVersion};
use serde_json::json;
use sha2::{Digest, Sha256};

/// PBKDF2 iterations matrix-js-sdk and Element use to derive a recovery key from a passphrase
/// (matrix-js-sdk `src/crypto-api/key-passphrase.ts`, 500 000), stored in the clear beside the salt.
pub const PBKDF2_ITERATIONS: u64 = 500_000;

/// The id of the secret-storage key (random per account in a real client; fixed here).
const SSSS_KEY_ID: &str = "recovery";

impl World {
    /// A person with a recovery key set it up before the run: their server holds the backup's
    /// version (`e2e_room_keys_versions`) and the secret-storage entries in account data — the
    /// key's description (with the passphrase's salt and iteration count, when the key comes from
    /// a passphrase) and the backup key, encrypted.
    pub(crate) fn set_up_backup(&mut self, who: &str) -> Result<(), SimError> {
        let Some(p) = self.setup.people.get(who).filter(|p| p.recovery_key) else { return Ok(()) };
        let (mxid, passphrase) = (p.mxid(), p.recovery_passphrase);
        let server = self.server_of(who)?;
        let now = self.now;
        let digest = Sha256::digest(format!("{mxid}\nsalt").as_bytes());
        let mut key = json!({ "algorithm": "m.secret_storage.v1.aes-hmac-sha2", "iv": "<iv>", "mac": "<mac>" });
        if passphrase != RecoveryPassphrase::None {
            key["passphrase"] =
                json!({ "algorithm": "m.pbkdf2", "salt": hex(&digest[..16]), "iterations": PBKDF2_ITERATIONS });
        }
        let encrypted =
            json!({ "encrypted": { SSSS_KEY_ID: { "iv": "<iv>", "ciphertext": "<encrypted>", "mac": "<mac>" } } });
        let s = self.servers.get_mut(&server).ok_or_else(|| SimError::Unknown(server.clone()))?;
        let auth_data = json!({ "public_key": "<curve25519>", "signatures": {} });
        s.tables.e2e_room_keys_versions.insert(
            now,
            RoomKeysVersion {
                user_id: mxid.clone(),
                version: 1,
                algorithm: "m.megolm_backup.v1.curve25519-aes-sha2".into(),
                auth_data,
            },
        );
        for (kind, content) in [
            ("m.secret_storage.default_key".to_owned(), json!({ "key": SSSS_KEY_ID })),
            (format!("m.secret_storage.key.{SSSS_KEY_ID}"), key),
            ("m.megolm_backup.v1".to_owned(), encrypted),
        ] {
            s.tables.account_data.insert(now, AccountData { user_id: mxid.clone(), account_data_type: kind, content });
        }
        Ok(())
    }

    /// A device of an account with a backup got a room key: its client uploads it to the backup
    /// on its server, once per session (an upsert on user, room and session). `sender` is the
    /// account whose device made the session. A server that is down gets nothing (the client
    /// would retry later; no bundled scenario has a backup behind an outage).
    pub(crate) fn back_up_room_key(
        &mut self,
        device: &DeviceKey,
        room: &str,
        session_id: &str,
        first_message_index: u32,
        sender: &str,
    ) -> Result<(), SimError> {
        let acc = self.account(&device.0)?;
        // A lost phone at the bottom of a river uploads nothing.
        let usable = acc.devices.iter().any(|d| d.id == device.1 && !d.lost);
        if !acc.recovery_key || acc.puppet_of.is_some() || !usable {
            return Ok(());
        }
        let is_verified = sender == acc.id || acc.verified.contains(sender);
        let (mxid, server) = (acc.mxid.clone(), acc.server.clone());
        let Some(room_id) = self.rooms.get(room).map(|r| r.room_id.clone()) else { return Ok(()) };
        let now = self.now;
        let Some(s) = self.servers.get_mut(&server).filter(|s| s.online) else { return Ok(()) };
        let table = &mut s.tables.e2e_room_keys;
        if table.rows().iter().any(|r| r.cols.user_id == mxid && r.cols.session_id == session_id) {
            return Ok(());
        }
        let session_data = json!({ "ephemeral": "<curve25519>", "ciphertext": "<encrypted>", "mac": "<mac>" });
        let row = BackedUpRoomKey {
            user_id: mxid,
            version: 1,
            room_id,
            session_id: session_id.to_owned(),
            first_message_index,
            forwarded_count: 0,
            is_verified,
            session_data,
        };
        table.insert(now, row);
        Ok(())
    }
}
