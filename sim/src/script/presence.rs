//! `presence`: a person sets their presence and status message.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{PRESENCE_STATES, PresenceState};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `presence = { who, state, status? }`.
    RawPresence {
        /// Person.
        who: String,
        /// `online`, `unavailable`, `offline`.
        state: String,
        /// Status message.
        status: Option<String>,
    }
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

    fn check(raw: &RawPresence, cx: &mut Check<'_, '_>) -> Option<Presence> {
        cx.acting(&raw.who)?;
        let state = cx.builder().lookup(raw.state.get_ref(), raw.state.span(), PRESENCE_STATES)?;
        Some(Presence {
            who: raw.who.get_ref().clone(),
            state,
            status: raw.status.as_ref().map(|s| s.get_ref().clone()),
        })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.client_request(&self.who, "presence", 80)?;
        world.presence(&self.who, self.state, self.status.as_deref())
    }
}
