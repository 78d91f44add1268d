//! `say`: a person sends a message to a room.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};

action_table! {
    /// `say = { who, room, text, label?, reply_to? }`.
    RawSay =>
    /// Sends a message.
    Say {
        /// Sender.
        who: String,
        /// Room.
        room: String,
        /// Message text.
        text: String,
        /// A name other steps use to refer to this message.
        label: Option<String>,
        /// Label of the message replied to.
        reply_to: Option<String>,
    }
}

impl ScriptAction for Say {
    type Raw = RawSay;

    fn check(raw: &RawSay, cx: &mut Check<'_, '_>) -> Option<Say> {
        cx.member_action(&raw.who, &raw.room)?;
        if let Some(r) = &raw.reply_to {
            cx.message_in(r, &raw.room)?;
        }
        if let Some(l) = &raw.label
            && cx.state.labels.insert(l.get_ref().clone(), raw.room.get_ref().clone()).is_some()
        {
            cx.push(Diagnostic::new(C::DuplicateId, l.span()).arg("id", l.get_ref()).arg("kind", "message"));
        }
        Some(Say::new(raw))
    }

    fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.say(&self.who, &self.room, &self.text, self.label.as_deref(), self.reply_to.as_deref())
    }
}
