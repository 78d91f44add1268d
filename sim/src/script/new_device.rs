//! `new_device`: a person logs in on a new device.

use super::{Check, ScriptAction, action_table};
use crate::scenario::DeviceSpec;
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `new_device = { who, id, name?, user_agent? }`.
    RawNewDevice {
        /// Person.
        who: String,
        /// Device id.
        id: String,
        /// Display name.
        name: Option<String>,
        /// User agent.
        user_agent: Option<String>,
    }
}

/// Logs in on a new device.
#[derive(Clone, Debug, Serialize)]
pub struct NewDevice {
    /// Person.
    pub who: String,
    /// The device.
    pub device: DeviceSpec,
}

impl ScriptAction for NewDevice {
    type Raw = RawNewDevice;

    fn check(raw: &RawNewDevice, cx: &mut Check<'_, '_>) -> Option<NewDevice> {
        cx.acting(&raw.who)?;
        let device = cx.log_in(&raw.who, &raw.id, raw.name.as_ref(), raw.user_agent.as_ref())?;
        Some(NewDevice { who: raw.who.get_ref().clone(), device })
    }

    fn logs_in(&self) -> Option<&DeviceSpec> {
        Some(&self.device)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let d = &self.device;
        world.new_device(&self.who, &d.id, &d.name, &d.user_agent, None)
    }
}
