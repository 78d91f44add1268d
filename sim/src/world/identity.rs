//! Cross-signing identities: a reset (the person's own, or one a malicious server forces), what
//! it changes in every client that had verified the person, and the record the knowledge engine
//! reads ("identity changed" warnings).

use super::{Hop, HopKind, SimError, World};
use crate::server::{CrossSigningKey, CrossSigningSignature};
use crate::time::SimTime;
use serde::Serialize;
use std::collections::BTreeSet;

/// A cross-signing identity replaced during the run, as the clients around it see it.
#[derive(Clone, Debug, Serialize)]
pub struct IdentityReset {
    /// The account whose identity changed.
    pub account: String,
    /// When.
    pub at: SimTime,
    /// The malicious admin that forced it, or `None` when the person reset it themselves.
    pub by: Option<String>,
    /// Accounts that had verified the old identity: their clients now refuse to give the person
    /// room keys until they verify again (a client that had not verified only warns).
    pub had_verified: BTreeSet<String>,
    /// The device the new identity signed.
    pub signed: Option<String>,
}

impl World {
    /// Replaces an account's cross-signing identity with a new one that signs only `signed`
    /// (the person's new device, or the admin's own); the person's other devices are no longer
    /// cross-signed. Every client that had verified the person now holds an "identity changed"
    /// warning that blocks key sharing until it verifies again. A reset `by` a malicious server
    /// also leaves the person's own clients holding the old identity (they no longer trust their
    /// account's devices); a reset by the person clears their own verifications (their new
    /// user-signing key has signed nobody). The new master and self-signing keys go to the
    /// account's server and, as `m.signing_key_update`, to every server sharing a room with it.
    pub(crate) fn reset_identity(&mut self, who: &str, signed: Option<&str>, by: Option<&str>) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        let mut had_verified = BTreeSet::new();
        for a in self.accounts.values_mut().filter(|a| a.id != who) {
            let verified = a.verified.remove(&acc.owner) | a.verified.remove(who);
            if verified {
                had_verified.insert(a.id.clone());
                a.changed.insert(who.to_owned());
            }
        }
        if let Some(a) = self.accounts.get_mut(who) {
            if by.is_some() {
                a.changed.insert(who.to_owned());
            } else {
                a.verified.clear();
                a.changed.remove(who);
            }
            for d in a.devices.iter_mut().chain(a.lost.iter_mut()) {
                d.cross_signed = Some(d.id.as_str()) == signed;
            }
        }
        let now = self.now;
        let mxid = acc.mxid.clone();
        let remote: Vec<String> = self.servers_sharing_rooms(who).into_iter().filter(|s| *s != acc.server).collect();
        if let Some(s) = self.servers.get_mut(&acc.server) {
            for keytype in ["master", "self_signing", "user_signing"] {
                let cols = CrossSigningKey { user_id: mxid.clone(), keytype: keytype.into(), reset: true };
                s.tables.e2e_cross_signing_keys.insert(now, cols);
            }
            if let Some(device) = signed {
                let (user_id, target_user_id) = (mxid.clone(), mxid.clone());
                let target_device_id = Some(device.to_owned());
                let cols = CrossSigningSignature {
                    user_id,
                    target_user_id,
                    target_device_id,
                    key_type: "self_signing".into(),
                };
                s.tables.e2e_cross_signing_signatures.insert(now, cols);
            }
        }
        // Remote servers keep a remote user's master and self-signing keys (Synapse
        // `process_cross_signing_key_update`).
        for server in remote {
            if let Some(s) = self.servers.get_mut(&server) {
                for keytype in ["master", "self_signing"] {
                    let cols = CrossSigningKey { user_id: mxid.clone(), keytype: keytype.into(), reset: true };
                    s.tables.e2e_cross_signing_keys.insert(now, cols);
                }
            }
            let (from, what) = (acc.server.clone(), "m.signing_key_update".to_owned());
            self.hops.push(Hop { at: now, kind: HopKind::Edu, from, to: server, what });
        }
        self.identity_resets.push(IdentityReset {
            account: who.to_owned(),
            at: now,
            by: by.map(str::to_owned),
            had_verified,
            signed: signed.map(str::to_owned),
        });
        Ok(())
    }
}
