//! `redact`: a person deletes one of their earlier messages (FACTS.md §1 "Redacted events").

use super::{Check, ScriptAction, action_table};
use crate::event;
use crate::scenario::{Param, RawParam};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `redact = { who, room, message, happens? }`.
    RawRedact {
        /// The person deleting the message (its sender, or a moderator).
        who: String,
        /// Room.
        room: String,
        /// Label of the message deleted.
        message: String,
        /// Whether the deletion happens (default `true`); a choice such as `"{delete}"` lets the
        /// learner decide.
        happens: Option<Param>,
    }
}

/// Deletes (redacts) an earlier message: every server in the room gets a redaction event naming
/// it; a server that honours it keeps the original for its retention period, then prunes it
/// from `event_json` (its search index keeps an unencrypted body).
#[derive(Clone, Debug, Serialize)]
pub struct Redact {
    /// The person deleting.
    pub who: String,
    /// Room.
    pub room: String,
    /// Label of the message deleted.
    pub message: String,
    /// Whether the deletion happens in this selection.
    pub happens: bool,
}

impl ScriptAction for Redact {
    type Raw = RawRedact;

    fn check(raw: &RawRedact, cx: &mut Check<'_, '_>) -> Option<Redact> {
        cx.member_action(&raw.who, &raw.room)?;
        cx.message_in(&raw.message, &raw.room)?;
        let happens = cx.builder().boolean(raw.happens.as_ref(), true);
        let (who, room, message) =
            (raw.who.get_ref().clone(), raw.room.get_ref().clone(), raw.message.get_ref().clone());
        Some(Redact { who, room, message, happens })
    }

    fn params(raw: &RawRedact) -> Vec<&RawParam> {
        raw.happens.iter().collect()
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if !self.happens {
            return Ok(());
        }
        let (who, message) = (&self.who, &self.message);
        world.client_request(who, "redact", 120)?;
        let target = world.labels.get(message).cloned().ok_or_else(|| SimError::Unknown(format!("label {message}")))?;
        world.send(&self.room, who, event::redaction(&target)?, None)?;
        Ok(())
    }
}
