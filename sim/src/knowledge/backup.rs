//! Key backup and secret storage on a seized server (FACTS.md §1 "Key backup", "Secret storage
//! (recovery)"): which rooms a person holds keys for and how many sessions, and whether the
//! passphrase behind their recovery can be guessed offline.

use super::{Evidence, Fact, Finding, Holdings, Rule};
use crate::scenario::RecoveryPassphrase;
use std::collections::BTreeMap;

/// Rule [`Rule::ServerKeyBackup`]: `e2e_room_keys` keeps each backed-up session's room and
/// session id in the clear — per room, how many conversations' keys a person holds, even where
/// no message of theirs is stored.
pub(super) fn server_key_backups(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        let mut per_room: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
        for r in access.server.tables.e2e_room_keys.rows().iter().filter(|r| r.seen_from(access.since)) {
            per_room.entry((&r.cols.user_id, &r.cols.room_id)).or_default().push(&r.cols.session_id);
        }
        for ((mxid, room_id), sessions) in per_room {
            let (Some(account), Some(room)) = (h.account_of(mxid), room_of(h, room_id)) else { continue };
            let evidence = vec![Evidence::Row {
                server: access.name.to_owned(),
                table: "e2e_room_keys".into(),
                key: format!("{mxid}|{room_id}"),
            }];
            let fact = Fact::KeyBackup { account: mxid.to_owned(), room, sessions: sessions.len() };
            out.push(h.finding(account, fact, evidence, Rule::ServerKeyBackup));
        }
    }
}

fn room_of(h: &Holdings<'_>, room_id: &str) -> Option<String> {
    h.world.rooms.iter().find(|(_, r)| r.room_id == room_id).map(|(id, _)| id.clone())
}

/// Rule [`Rule::ServerSecretStorage`]: a secret-storage key derived from a passphrase keeps the
/// PBKDF2 salt and iteration count in account data, beside the encrypted backup key. A copy of
/// the database lets the adversary try passphrases offline, at its own pace; a weak one falls,
/// and with it every key in the backup.
pub(super) fn server_secret_storage(h: &Holdings<'_>, out: &mut Vec<Finding>) {
    for access in &h.servers {
        let tables = &access.server.tables;
        for r in tables.account_data.rows().iter().filter(|r| r.seen_from(access.since)) {
            let Some(iterations) = r.cols.content["passphrase"]["iterations"].as_u64() else { continue };
            let mxid = r.cols.user_id.as_str();
            let Some(account) = h.account_of(mxid) else { continue };
            let weak =
                h.world.setup.people.get(account).is_some_and(|p| p.recovery_passphrase == RecoveryPassphrase::Weak);
            let sessions = tables.e2e_room_keys.rows().iter().filter(|k| k.cols.user_id == mxid).count();
            let evidence = vec![Evidence::Row {
                server: access.name.to_owned(),
                table: "account_data".into(),
                key: format!("{mxid}|{}", r.cols.account_data_type),
            }];
            let fact = Fact::RecoveryPassphrase { account: mxid.to_owned(), iterations, weak, sessions };
            out.push(h.finding(account, fact, evidence, Rule::ServerSecretStorage));
        }
    }
}
