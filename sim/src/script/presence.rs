//! `presence`: a person sets their presence and status message.

use super::{Check, ScriptAction};
use crate::scenario::PresenceState;
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `presence = { who, state, status? }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPresence {
    /// Person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// `online`, `unavailable`, `offline`.
    #[schemars(with = "String")]
    pub state: Spanned<String>,
    /// Status message.
    #[schemars(with = "Option<String>")]
    pub status: Option<Spanned<String>>,
}

/// Sets presence.
#[derive(Clone, Debug, Serialize)]
pub struct Presence {
    /// Person.
    pub who: String,
    /// New state.
    pub state: PresenceState,
    /// Status message.
    pub status: Option<String>,
}

impl ScriptAction for Presence {
    type Raw = RawPresence;

    fn check(raw: &Spanned<RawPresence>, cx: &mut Check<'_, '_>) -> Option<Presence> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) {
            return None;
        }
        let state = cx.builder().lookup(
            x.state.get_ref(),
            x.state.span(),
            &[
                ("online", PresenceState::Online),
                ("unavailable", PresenceState::Unavailable),
                ("offline", PresenceState::Offline),
            ],
        )?;
        Some(Presence { who: x.who.get_ref().clone(), state, status: x.status.as_ref().map(|s| s.get_ref().clone()) })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let primary = world.account(&self.who)?.primary();
        world.request(&self.who, &primary.1, "presence", 80)?;
        world.presence(&self.who, self.state, self.status.as_deref())
    }
}
