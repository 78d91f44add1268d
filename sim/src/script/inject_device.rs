//! `inject_device`: a malicious admin adds a device of its own to an account on its server.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic, is_device_id};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `inject_device = { by, who, id? }`.
    RawInjectDevice {
        /// Adversary (a malicious admin).
        by: String,
        /// Account on the admin's server.
        who: String,
        /// Device id of the injected device.
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
    type Raw = RawInjectDevice;

    fn check(raw: &RawInjectDevice, cx: &mut Check<'_, '_>) -> Option<InjectDevice> {
        let server = cx.admin(&raw.by)?;
        if !cx.person(&raw.who)? {
            return cx.reject(Diagnostic::new(C::AccountMissing, raw.who.span()).arg("id", raw.who.get_ref()));
        }
        let home = cx.declared.get(raw.who.get_ref()).map(|d| d.server.clone()).unwrap_or_default();
        if home != server {
            let d = Diagnostic::new(C::AdminForeignAccount, raw.who.span()).arg("id", raw.who.get_ref());
            return cx.reject(d.arg("server", &home).arg("admin_server", &server));
        }
        cx.admin_online(&server)?;
        let id = raw.id.as_ref().map_or_else(|| "INJECTED".to_owned(), |d| d.get_ref().clone());
        let was_lost = cx.state.lost.get(raw.who.get_ref()).is_some_and(|l| l.contains(&id));
        let set = cx.state.devices.entry(raw.who.get_ref().clone()).or_default();
        if !is_device_id(&id) || was_lost || !set.insert(id.clone()) {
            let at_span = raw.id.as_ref().map_or(cx.span.clone(), |d| d.span());
            return cx.reject(Diagnostic::new(C::DuplicateDevice, at_span).arg("id", &id));
        }
        Some(InjectDevice { by: raw.by.get_ref().clone(), who: raw.who.get_ref().clone(), device: id })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.new_device(&self.who, &self.device, &self.device, "synapse-admin", Some(&self.by))
    }
}
