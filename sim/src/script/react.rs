//! `react`: a person reacts to a message.

use super::{Check, ScriptAction, action_table};
use crate::event;
use crate::world::{SimError, World};

action_table! {
    /// `react = { who, room, to, key }`.
    RawReact =>
    /// Reacts to a message.
    React {
        /// Reacting person.
        who: String,
        /// Room.
        room: String,
        /// Label of the message reacted to.
        to: String,
        /// The reaction, e.g. an emoji.
        key: String,
    }
}

impl ScriptAction for React {
    type Raw = RawReact;

    fn check(raw: &RawReact, cx: &mut Check<'_, '_>) -> Option<React> {
        cx.member_action(&raw.who, &raw.room)?;
        cx.message_in(&raw.to, &raw.room)?;
        Some(React::new(raw))
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, to) = (&self.who, &self.to);
        world.client_request(who, "send", 120)?;
        let target = world.labels.get(to).cloned().ok_or_else(|| SimError::Unknown(format!("label {to}")))?;
        world.send(&self.room, who, event::reaction(&target, &self.key)?, None)?;
        Ok(())
    }
}
