//! `recover`: a person gets back into their account on a new device, with their password or an
//! email reset (which signs every other device out).

use super::{Check, ScriptAction};
use crate::scenario::{DeviceSpec, Param, RawDevice, RawParam};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use toml::Spanned;

/// `recover = { who, id, name?, user_agent?, via? }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRecover {
    /// Person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Id of the new device.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Display name of the new device.
    #[schemars(with = "Option<String>")]
    pub name: Option<Spanned<String>>,
    /// User agent of the new device.
    #[schemars(with = "Option<String>")]
    pub user_agent: Option<Spanned<String>>,
    /// `password` (they still know it; default) or `email-reset` (they forgot it and reset it
    /// through the email bound to the account — impossible without one; the reset logs out every
    /// other device, Synapse's default).
    #[schemars(with = "Option<Param>")]
    pub via: Option<RawParam>,
}

/// How a person gets back into their account on a new device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecoverVia {
    /// They still know the password.
    Password,
    /// They reset it through the email bound to the account.
    EmailReset,
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

    fn check(raw: &Spanned<RawRecover>, cx: &mut Check<'_, '_>) -> Option<Recover> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) {
            return None;
        }
        let via = cx.builder().one_of(
            x.via.as_ref(),
            &[("password", RecoverVia::Password), ("email-reset", RecoverVia::EmailReset)],
            RecoverVia::Password,
        );
        let device = RawDevice { id: x.id.clone(), name: x.name.clone(), user_agent: x.user_agent.clone() };
        let device = cx.log_in(&x.who, device)?;
        let who = x.who.get_ref().clone();
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

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
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
