//! The replay's key traffic beyond room keys: a key bundle shared on invite (MSC4268: the
//! encrypted upload, its download) and a malicious admin's identity reset.

use super::{Replay, call_error};
use crate::lab::{LabError, err};
use glasshouse_sim::scenario::Step;
use ruma_client_api::{authenticated_media::get_content::v1 as get_content, media::create_content::v3 as upload};
use serde_json::{Value, json};

impl Replay<'_> {
    /// Uploads, as the inviter, the encrypted key bundle the simulator's inviter uploaded at this
    /// step (the same bytes), if it did; returns the real `mxc://` address.
    pub(super) fn upload_bundle(&mut self, step: &Step, inviter: &str) -> Result<Option<String>, LabError> {
        let Some(acc) = self.world.accounts().get(inviter) else { return Ok(None) };
        let (server, mxid) = (acc.server.clone(), acc.mxid.clone());
        let row = self.world.servers().get(&server).and_then(|s| {
            let rows = s.tables.local_media_repository.rows().iter();
            rows.rev().find(|r| r.at == step.at && r.cols.user_id == mxid).map(|r| r.cols.media_id.clone())
        });
        let Some(media_id) = row else { return Ok(None) };
        let sim_url = format!("mxc://{server}/{media_id}");
        let Some(bytes) = self.world.media().get(&sim_url).cloned() else { return Ok(None) };
        let mut request = upload::Request::new(bytes);
        request.content_type = Some("application/octet-stream".into());
        let caller = self.caller(inviter, None)?;
        let response = self.client.call(&caller, request).map_err(|e| call_error("media/upload", &e))?;
        let real = response.content_uri.to_string();
        self.media.insert(sim_url, real.clone());
        Ok(Some(real))
    }

    /// Whether the simulator's inviter sent one of the invitee's devices a to-device message at
    /// this step (the `m.room_key_bundle`, Olm-encrypted).
    pub(super) fn bundle_told(&self, step: &Step, inviter: &str, invitee: &str) -> bool {
        let mxid = |a: &str| self.world.accounts().get(a).map(|x| x.mxid.clone()).unwrap_or_default();
        let (from, to) = (mxid(inviter), mxid(invitee));
        self.world.servers().values().any(|s| {
            s.tables
                .device_inbox
                .rows()
                .iter()
                .any(|r| r.at == step.at && r.cols.sender == from && r.cols.user_id == to)
        })
    }

    /// Downloads a key bundle as the invitee's client does after accepting the invite: its
    /// server fetches a remote file over federation and keeps a copy.
    pub(super) fn download(&mut self, who: &str, real_mxc: &str) -> Result<(), LabError> {
        let Some((server, media_id)) = real_mxc.strip_prefix("mxc://").and_then(|r| r.split_once('/')) else {
            return Ok(());
        };
        let server = server.try_into().map_err(|_| err("lab-error-internal", &[("error", real_mxc.to_owned())]))?;
        let caller = self.caller(who, None)?;
        let request = get_content::Request::new(media_id.to_owned(), server);
        self.client.call(&caller, request).map_err(|e| call_error("media/download", &e))?;
        Ok(())
    }

    /// A malicious admin resets an account's cross-signing identity: its device is added first if
    /// the step adds it, then new master, self-signing and user-signing keys are uploaded as the
    /// account (a token from the admin API's "log in as user"), completing the interactive auth
    /// with the account's password if Synapse asks for it. The admin's device has no keys in the
    /// lab, so the new identity's signature on it cannot be uploaded; the note says so.
    pub(super) fn reset_identity(&mut self, step: &Step, who: &str, device: &str, adds: bool) -> Result<(), LabError> {
        if adds {
            self.admin_device(who, device)?;
        }
        let server = self.server_of(who)?;
        let admin = self.admin(&server)?;
        let as_user = self.login_as(&admin, who)?;
        let mxid = self.world.accounts().get(who).map(|a| a.mxid.clone()).unwrap_or_default();
        let real = self.real(&mxid);
        let mut body = glasshouse_sim::crypto::cross_signing::new_identity_upload(&real);
        let path = "/_matrix/client/v3/keys/device_signing/upload";
        if let Err(e) = self.client.call_json(&as_user, "POST", path, &body) {
            let session =
                serde_json::from_str::<Value>(&e.body).ok().and_then(|v| v["session"].as_str().map(str::to_owned));
            let Some(session) = session.filter(|_| e.status == 401) else {
                return Err(call_error("keys/device_signing/upload", &e));
            };
            let localpart = real.trim_start_matches('@').split(':').next().unwrap_or_default().to_owned();
            body["auth"] = json!({
                "type": "m.login.password",
                "identifier": { "type": "m.id.user", "user": localpart },
                "password": Self::password(who),
                "session": session,
            });
            self.client
                .call_json(&as_user, "POST", path, &body)
                .map_err(|e| call_error("keys/device_signing/upload", &e))?;
        }
        self.note(step, "lab-note-reset-identity");
        Ok(())
    }
}
