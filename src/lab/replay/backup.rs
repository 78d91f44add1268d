//! The replay's key backup (Secure Backup): the backup version and secret storage a person with a
//! recovery key set up, and the room keys their client backs up after each step.

use super::{Replay, call_error, escaped};
use crate::lab::LabError;
use glasshouse_sim::scenario::{PersonSpec, Step};
use serde_json::{Value, json};
use std::collections::BTreeMap;

impl Replay<'_> {
    /// Creates the person's key backup (`POST /room_keys/version`) and writes their secret
    /// storage to account data, as the simulator's client did before the run.
    pub(super) fn set_up_backup(&mut self, p: &PersonSpec) -> Result<(), LabError> {
        let Some(server) = self.world.servers().get(&p.server) else { return Ok(()) };
        let mxid = p.mxid();
        let tables = &server.tables;
        let Some(v) = tables.e2e_room_keys_versions.rows().iter().find(|r| r.cols.user_id == mxid) else {
            return Ok(());
        };
        let caller = self.caller(&p.id, None)?;
        let body = json!({ "algorithm": v.cols.algorithm, "auth_data": v.cols.auth_data });
        let path = "/_matrix/client/v3/room_keys/version";
        let created = self.client.call_json(&caller, "POST", path, &body).map_err(|e| call_error(path, &e))?;
        let version = created["version"].as_str().unwrap_or("1").to_owned();
        self.backups.insert(p.id.clone(), version);
        let user = escaped(&self.real(&mxid));
        for r in tables.account_data.rows().iter().filter(|r| r.cols.user_id == mxid) {
            let path = format!("/_matrix/client/v3/user/{user}/account_data/{}", r.cols.account_data_type);
            self.client
                .call_json(&caller, "PUT", &path, &r.cols.content)
                .map_err(|e| call_error("account_data", &e))?;
        }
        Ok(())
    }

    /// Uploads the room keys the simulator's clients backed up at this step
    /// (`PUT /room_keys/keys?version=`), with the simulator's session ids and a placeholder for
    /// the encrypted session data.
    pub(super) fn back_up_keys(&mut self, step: &Step) -> Result<(), LabError> {
        let mut uploads: BTreeMap<String, Value> = BTreeMap::new();
        for server in self.world.servers().values() {
            for r in server.tables.e2e_room_keys.rows().iter().filter(|r| r.at == step.at) {
                let c = &r.cols;
                let Some(account) = self.world.accounts().values().find(|a| a.mxid == c.user_id) else { continue };
                let Some(room) = self.room_ids.get(&c.room_id) else { continue };
                let session = json!({
                    "first_message_index": c.first_message_index,
                    "forwarded_count": c.forwarded_count,
                    "is_verified": c.is_verified,
                    "session_data": c.session_data,
                });
                let body = uploads.entry(account.id.clone()).or_insert_with(|| json!({ "rooms": {} }));
                body["rooms"][room]["sessions"][&c.session_id] = session;
            }
        }
        for (account, body) in uploads {
            let Some(version) = self.backups.get(&account).cloned() else { continue };
            let caller = self.caller(&account, None)?;
            let path = format!("/_matrix/client/v3/room_keys/keys?version={version}");
            self.client.call_json(&caller, "PUT", &path, &body).map_err(|e| call_error("room_keys/keys", &e))?;
        }
        Ok(())
    }
}
