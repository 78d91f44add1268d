//! `new_device`: a person logs in on a new device.

use super::{Check, ScriptAction};
use crate::scenario::{DeviceSpec, RawDevice};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `new_device = { who, id, name?, user_agent? }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNewDevice {
    /// Person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Device id.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Display name.
    #[schemars(with = "Option<String>")]
    pub name: Option<Spanned<String>>,
    /// User agent.
    #[schemars(with = "Option<String>")]
    pub user_agent: Option<Spanned<String>>,
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

    fn check(raw: &Spanned<RawNewDevice>, cx: &mut Check<'_, '_>) -> Option<NewDevice> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) {
            return None;
        }
        let device = RawDevice { id: x.id.clone(), name: x.name.clone(), user_agent: x.user_agent.clone() };
        let device = cx.log_in(&x.who, device)?;
        Some(NewDevice { who: x.who.get_ref().clone(), device })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn logs_in(&self) -> Option<&DeviceSpec> {
        Some(&self.device)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let d = &self.device;
        world.new_device(&self.who, &d.id, &d.name, &d.user_agent, None)
    }
}
