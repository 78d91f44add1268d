//! `lose_device`: a person loses a device (stolen, broken); it stays signed in.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};

action_table! {
    /// `lose_device = { who, device }`.
    RawLoseDevice =>
    /// Loses a device.
    LoseDevice {
        /// Person.
        who: String,
        /// Device id.
        device: String,
    }
}

impl ScriptAction for LoseDevice {
    type Raw = RawLoseDevice;

    fn check(raw: &RawLoseDevice, cx: &mut Check<'_, '_>) -> Option<LoseDevice> {
        cx.acting(&raw.who)?;
        let set = cx.state.devices.entry(raw.who.get_ref().clone()).or_default();
        if !set.remove(raw.device.get_ref()) {
            let known = set.iter().cloned().collect::<Vec<_>>().join(", ");
            let d = Diagnostic::new(C::UnknownDevice, raw.device.span()).arg("device", raw.device.get_ref());
            return cx.reject(d.arg("id", raw.who.get_ref()).arg("known", known));
        }
        cx.state.lost.entry(raw.who.get_ref().clone()).or_default().insert(raw.device.get_ref().clone());
        Some(LoseDevice::new(raw))
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
