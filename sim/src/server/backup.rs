//! The rows of a key backup and of secret storage (FACTS.md §1 "Key backup", "Secret storage").

use serde::Serialize;
use serde_json::Value;

/// `e2e_room_keys_versions`: a user's key backup (Secure Backup), created with
/// `POST /_matrix/client/v3/room_keys/version`.
#[derive(Clone, Debug, Serialize)]
pub struct RoomKeysVersion {
    /// Matrix user id.
    pub user_id: String,
    /// Backup version.
    pub version: u64,
    /// `m.megolm_backup.v1.curve25519-aes-sha2`.
    pub algorithm: String,
    /// The backup's public key and its signatures.
    pub auth_data: Value,
}

/// `e2e_room_keys`: one backed-up Megolm session (`PUT /room_keys/keys?version=`). Everything
/// but `session_data` is in the clear.
#[derive(Clone, Debug, Serialize)]
pub struct BackedUpRoomKey {
    /// Matrix user id of the backup's owner.
    pub user_id: String,
    /// Backup version.
    pub version: u64,
    /// Matrix room id.
    pub room_id: String,
    /// Megolm session id.
    pub session_id: String,
    /// The first message the key decrypts.
    pub first_message_index: u32,
    /// How often the key was forwarded before it reached the owner.
    pub forwarded_count: u32,
    /// Whether the owner's device had verified the device the key came from.
    pub is_verified: bool,
    /// The session key, encrypted to the backup's public key (not simulated: a placeholder).
    pub session_data: Value,
}

/// `account_data`: a user's account data; here the secret-storage entries a client writes when
/// it sets up recovery.
#[derive(Clone, Debug, Serialize)]
pub struct AccountData {
    /// Matrix user id.
    pub user_id: String,
    /// `m.secret_storage.default_key`, `m.secret_storage.key.<id>`, `m.megolm_backup.v1` …
    pub account_data_type: String,
    /// Content as uploaded.
    pub content: Value,
}
