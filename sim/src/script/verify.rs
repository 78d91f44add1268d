//! `verify`: a person verifies another (a cross-signing signature on their server).

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::server::CrossSigningSignature;
use crate::world::{SimError, World};

action_table! {
    /// `verify = { who, whom }`.
    RawVerify =>
    /// Verifies another person.
    Verify {
        /// Person verifying.
        who: String,
        /// Person verified.
        whom: String,
    }
}

impl ScriptAction for Verify {
    type Raw = RawVerify;

    fn check(raw: &RawVerify, cx: &mut Check<'_, '_>) -> Option<Verify> {
        cx.exists(&raw.who)?;
        cx.exists(&raw.whom)?;
        if raw.who.get_ref() == raw.whom.get_ref() {
            return cx.reject(Diagnostic::new(C::SelfVerification, raw.whom.span()).arg("id", raw.who.get_ref()));
        }
        Some(Verify::new(raw))
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, whom) = (&self.who, &self.whom);
        if let Some(a) = world.accounts.get_mut(who) {
            a.verified.insert(whom.clone());
            // Verifying again settles an "identity changed" warning.
            a.changed.remove(whom);
        }
        let acc = world.account(who)?.clone();
        let target = world.account(whom)?.mxid.clone();
        world.client_request(who, "keys/signatures/upload", 400)?;
        let now = world.now;
        if let Some(s) = world.servers.get_mut(&acc.server) {
            let (user_id, key_type) = (acc.mxid.clone(), "user_signing".to_owned());
            let cols = CrossSigningSignature { user_id, target_user_id: target, target_device_id: None, key_type };
            s.tables.e2e_cross_signing_signatures.insert(now, cols);
        }
        Ok(())
    }
}
