//! `inject_device`: a malicious admin adds a device of its own to an account on its server.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic, is_device_id};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `{ by, who, id? }`: a malicious admin acting on a device of its own in one of its accounts
/// (`inject_device`, `reset_identity`).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAdminDevice {
    /// Adversary (a malicious admin).
    #[schemars(with = "String")]
    pub by: Spanned<String>,
    /// Account on the admin's server.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Device id of the admin's device (default `INJECTED`): the device `inject_device` adds, or
    /// the one `reset_identity` signs with the new identity (injected earlier, or added then).
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
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

    fn check(raw: &Spanned<RawAdminDevice>, cx: &mut Check<'_, '_>) -> Option<InjectDevice> {
        let x = raw.get_ref();
        cx.admin_account(&x.by, &x.who)?;
        let id = x.id.as_ref().map_or_else(|| "INJECTED".to_owned(), |d| d.get_ref().clone());
        let was_lost = cx.state.lost.get(x.who.get_ref()).is_some_and(|l| l.contains(&id));
        let set = cx.state.devices.entry(x.who.get_ref().clone()).or_default();
        if !is_device_id(&id) || was_lost || !set.insert(id.clone()) {
            let at_span = x.id.as_ref().map_or(cx.span.clone(), |d| d.span());
            cx.push(Diagnostic::new(C::DuplicateDevice, at_span).arg("id", &id));
            return None;
        }
        cx.state.injected.entry(x.who.get_ref().clone()).or_default().insert(id.clone());
        Some(InjectDevice { by: x.by.get_ref().clone(), who: x.who.get_ref().clone(), device: id })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.new_device(&self.who, &self.device, &self.device, "synapse-admin", Some(&self.by))
    }
}
