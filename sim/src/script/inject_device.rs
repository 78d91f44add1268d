//! `inject_device`: a malicious admin adds a device of its own to an account on its server.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic, is_device_id};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `{ by, who, id? }`: a malicious admin acting on a device of its own in one of its accounts
    /// (`inject_device`, `reset_identity`).
    RawAdminDevice {
        /// Adversary (a malicious admin).
        by: String,
        /// Account on the admin's server.
        who: String,
        /// Device id of the admin's device (default `INJECTED`): the device `inject_device` adds, or
        /// the one `reset_identity` signs with the new identity (injected earlier, or added then).
        id: Option<String>,
    }
}

/// Injects a device into an account.
#[derive(Clone, Debug, Serialize)]
pub struct InjectDevice {
    /// Adversary.
    pub by: String,
    /// Account.
    pub who: String,
    /// Device id.
    pub device: String,
}

impl ScriptAction for InjectDevice {
    type Raw = RawAdminDevice;

    fn check(raw: &RawAdminDevice, cx: &mut Check<'_, '_>) -> Option<InjectDevice> {
        cx.admin_account(&raw.by, &raw.who)?;
        let id = raw.id.as_ref().map_or_else(|| "INJECTED".to_owned(), |d| d.get_ref().clone());
        let was_lost = cx.state.lost.get(raw.who.get_ref()).is_some_and(|l| l.contains(&id));
        let set = cx.state.devices.entry(raw.who.get_ref().clone()).or_default();
        if !is_device_id(&id) || was_lost || !set.insert(id.clone()) {
            let at_span = raw.id.as_ref().map_or(cx.span.clone(), |d| d.span());
            return cx.reject(Diagnostic::new(C::DuplicateDevice, at_span).arg("id", &id));
        }
        cx.state.injected.entry(raw.who.get_ref().clone()).or_default().insert(id.clone());
        Some(InjectDevice { by: raw.by.get_ref().clone(), who: raw.who.get_ref().clone(), device: id })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.new_device(&self.who, &self.device, &self.device, "synapse-admin", Some(&self.by))
    }
}
