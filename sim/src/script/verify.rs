//! `verify`: a person verifies another (a cross-signing signature on their server).

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::server::CrossSigningSignature;
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `verify = { who, whom }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawVerify {
    /// Person verifying.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Person verified.
    #[schemars(with = "String")]
    pub whom: Spanned<String>,
}

/// Verifies another person.
#[derive(Clone, Debug, Serialize)]
pub struct Verify {
    /// Person verifying.
    pub who: String,
    /// Person verified.
    pub whom: String,
}

impl ScriptAction for Verify {
    type Raw = RawVerify;

    fn check(raw: &Spanned<RawVerify>, cx: &mut Check<'_, '_>) -> Option<Verify> {
        let x = raw.get_ref();
        if !cx.exists(&x.who) || !cx.exists(&x.whom) {
            return None;
        }
        if x.who.get_ref() == x.whom.get_ref() {
            cx.push(Diagnostic::new(C::SelfVerification, x.whom.span()).arg("id", x.who.get_ref()));
            return None;
        }
        Some(Verify { who: x.who.get_ref().clone(), whom: x.whom.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
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
        world.request(who, &acc.primary().1, "keys/signatures/upload", 400)?;
        let now = world.now;
        if let Some(s) = world.servers.get_mut(&acc.server) {
            let (user_id, key_type) = (acc.mxid.clone(), "user_signing".to_owned());
            let cols = CrossSigningSignature { user_id, target_user_id: target, target_device_id: None, key_type };
            s.tables.e2e_cross_signing_signatures.insert(now, cols);
        }
        Ok(())
    }
}
