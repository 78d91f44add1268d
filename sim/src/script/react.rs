//! `react`: a person reacts to a message.

use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `react = { who, room, to, key }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReact {
    /// Reacting person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Room.
    #[schemars(with = "String")]
    pub room: Spanned<String>,
    /// Label of the message reacted to.
    #[schemars(with = "String")]
    pub to: Spanned<String>,
    /// The reaction, e.g. an emoji.
    #[schemars(with = "String")]
    pub key: Spanned<String>,
}

/// Reacts to a message.
#[derive(Clone, Debug, Serialize)]
pub struct React {
    /// Reacting person.
    pub who: String,
    /// Room.
    pub room: String,
    /// Label of the message reacted to.
    pub to: String,
    /// The reaction.
    pub key: String,
}

impl ScriptAction for React {
    type Raw = RawReact;

    fn check(raw: &Spanned<RawReact>, cx: &mut Check<'_, '_>) -> Option<React> {
        let x = raw.get_ref();
        if !cx.member_action(&x.who, &x.room) || !cx.message_in(&x.to, &x.room) {
            return None;
        }
        Some(React {
            who: x.who.get_ref().clone(),
            room: x.room.get_ref().clone(),
            to: x.to.get_ref().clone(),
            key: x.key.get_ref().clone(),
        })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, to) = (&self.who, &self.to);
        let primary = world.account(who)?.primary();
        world.request(who, &primary.1, "send", 120)?;
        let target = world.labels.get(to).cloned().ok_or_else(|| SimError::Unknown(format!("label {to}")))?;
        world.send(&self.room, who, event::reaction(&target, &self.key)?, None)?;
        Ok(())
    }
}
