//! `recover`: a person gets back into their account on a new device, with their password or an
//! email reset (which signs every other device out).

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DeviceSpec, Param, RawParam, named_enum};
use crate::world::{SimError, World};
use serde::Serialize;
use std::collections::BTreeSet;

action_table! {
    /// `recover = { who, id, name?, user_agent?, via? }`.
    RawRecover {
        /// Person.
        who: String,
        /// Id of the new device.
        id: String,
        /// Display name of the new device.
        name: Option<String>,
        /// User agent of the new device.
        user_agent: Option<String>,
        /// `password` (they still know it; default) or `email-reset` (they forgot it and reset it
        /// through the email bound to the account — impossible without one; the reset logs out every
        /// other device, Synapse's default).
        via: Option<Param>,
    }
}

named_enum! {
    /// How a person gets back into their account on a new device.
    pub enum RecoverVia / RECOVER_VIA {
        /// They still know the password.
        Password => "password",
        /// They reset it through the email bound to the account.
        EmailReset => "email-reset",
    }
}

/// Recovers an account on a new device.
#[derive(Clone, Debug, Serialize)]
pub struct Recover {
    /// Person.
    pub who: String,
    /// The new device.
    pub device: DeviceSpec,
    /// How.
    pub via: RecoverVia,
}

impl ScriptAction for Recover {
    type Raw = RawRecover;

    fn check(raw: &RawRecover, cx: &mut Check<'_, '_>) -> Option<Recover> {
        cx.acting(&raw.who)?;
        let via = cx.builder().one_of(raw.via.as_ref(), RECOVER_VIA, RecoverVia::Password);
        let device = cx.log_in(&raw.who, &raw.id, raw.name.as_ref(), raw.user_agent.as_ref())?;
        let who = raw.who.get_ref().clone();
        if via == RecoverVia::EmailReset {
            // The reset signs every other device out; their ids stay taken.
            let signed_out = cx.state.devices.insert(who.clone(), BTreeSet::from([device.id.clone()]));
            let lost = cx.state.lost.entry(who.clone()).or_default();
            lost.extend(signed_out.unwrap_or_default().into_iter().filter(|d| *d != device.id));
        }
        Some(Recover { who, device, via })
    }

    fn params(raw: &RawRecover) -> Vec<&RawParam> {
        raw.via.iter().collect()
    }

    fn acts_without_device(&self) -> bool {
        true
    }

    fn needs_device(&self) -> bool {
        false
    }

    fn logs_in(&self) -> Option<&DeviceSpec> {
        Some(&self.device)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.recover(&self.who, &self.device, self.via)
    }
}
