//! `reset_identity`: a malicious admin replaces the cross-signing identity of one of its own
//! accounts and signs a device of its own with the new keys (FACTS §3, client defaults in 2026).

use super::inject_device::RawAdminDevice;
use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic, is_device_id};
use crate::world::{SimError, World};
use serde::Serialize;

/// Replaces an account's identity and signs the admin's device with it.
#[derive(Clone, Debug, Serialize)]
pub struct ResetIdentity {
    /// Adversary.
    pub by: String,
    /// Account.
    pub who: String,
    /// The device the new identity signs.
    pub device: String,
    /// Whether the step adds the device (it was not injected before).
    pub adds_device: bool,
}

impl ScriptAction for ResetIdentity {
    type Raw = RawAdminDevice;

    fn check(x: &RawAdminDevice, cx: &mut Check<'_, '_>) -> Option<ResetIdentity> {
        cx.admin_account(&x.by, &x.who)?;
        let who = x.who.get_ref().clone();
        let id = x.id.as_ref().map_or_else(|| "INJECTED".to_owned(), |d| d.get_ref().clone());
        let at_span = x.id.as_ref().map_or(cx.span.clone(), |d| d.span());
        let injected = cx.state.injected.get(&who).is_some_and(|s| s.contains(&id));
        let genuine = cx.state.devices.get(&who).is_some_and(|s| s.contains(&id)) && !injected;
        let lost = cx.state.lost.get(&who).is_some_and(|l| l.contains(&id));
        if genuine {
            return cx.reject(Diagnostic::new(C::ResetSignsOwnDevice, at_span).arg("id", &id).arg("who", &who));
        }
        if !is_device_id(&id) || lost {
            return cx.reject(Diagnostic::new(C::DuplicateDevice, at_span).arg("id", &id));
        }
        if !injected {
            cx.state.devices.entry(who.clone()).or_default().insert(id.clone());
            cx.state.injected.entry(who.clone()).or_default().insert(id.clone());
        }
        Some(ResetIdentity { by: x.by.get_ref().clone(), who, device: id, adds_device: !injected })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if self.adds_device {
            world.new_device(&self.who, &self.device, &self.device, "synapse-admin", Some(&self.by))?;
        }
        world.reset_identity(&self.who, Some(&self.device), Some(&self.by))
    }
}
