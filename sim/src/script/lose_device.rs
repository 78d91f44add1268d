//! `lose_device`: a person loses a device (stolen, broken); it stays signed in.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `lose_device = { who, device }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLoseDevice {
    /// Person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Device id.
    #[schemars(with = "String")]
    pub device: Spanned<String>,
}

/// Loses a device.
#[derive(Clone, Debug, Serialize)]
pub struct LoseDevice {
    /// Person.
    pub who: String,
    /// Device id.
    pub device: String,
}

impl ScriptAction for LoseDevice {
    type Raw = RawLoseDevice;

    fn check(raw: &Spanned<RawLoseDevice>, cx: &mut Check<'_, '_>) -> Option<LoseDevice> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) {
            return None;
        }
        let set = cx.state.devices.entry(x.who.get_ref().clone()).or_default();
        if !set.remove(x.device.get_ref()) {
            let known = set.iter().cloned().collect::<Vec<_>>().join(", ");
            cx.push(
                Diagnostic::new(C::UnknownDevice, x.device.span())
                    .arg("device", x.device.get_ref())
                    .arg("id", x.who.get_ref())
                    .arg("known", known),
            );
            return None;
        }
        cx.state.lost.entry(x.who.get_ref().clone()).or_default().insert(x.device.get_ref().clone());
        Some(LoseDevice { who: x.who.get_ref().clone(), device: x.device.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    /// Losing the last device is allowed.
    fn needs_device(&self) -> bool {
        false
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if let Some(a) = world.accounts.get_mut(&self.who)
            && let Some(d) = a.devices.iter_mut().find(|d| d.id == self.device)
        {
            d.lost = true;
        }
        Ok(())
    }
}
