//! `say`: a person sends a message to a room.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `say = { who, room, text, label?, reply_to? }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSay {
    /// Sender.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Room.
    #[schemars(with = "String")]
    pub room: Spanned<String>,
    /// Message text.
    #[schemars(with = "String")]
    pub text: Spanned<String>,
    /// A name other steps use to refer to this message.
    #[schemars(with = "Option<String>")]
    pub label: Option<Spanned<String>>,
    /// Label of the message replied to.
    #[schemars(with = "Option<String>")]
    pub reply_to: Option<Spanned<String>>,
}

/// Sends a message.
#[derive(Clone, Debug, Serialize)]
pub struct Say {
    /// Sender.
    pub who: String,
    /// Room.
    pub room: String,
    /// Message text.
    pub text: String,
    /// Label other steps refer to it by.
    pub label: Option<String>,
    /// Label of the message replied to.
    pub reply_to: Option<String>,
}

impl ScriptAction for Say {
    type Raw = RawSay;

    fn check(raw: &Spanned<RawSay>, cx: &mut Check<'_, '_>) -> Option<Say> {
        let x = raw.get_ref();
        if !cx.member_action(&x.who, &x.room) {
            return None;
        }
        let reply_to = match &x.reply_to {
            Some(r) if cx.message_in(r, &x.room) => Some(r.get_ref().clone()),
            Some(_) => return None,
            None => None,
        };
        if let Some(l) = &x.label
            && cx.state.labels.insert(l.get_ref().clone(), x.room.get_ref().clone()).is_some()
        {
            cx.push(Diagnostic::new(C::DuplicateId, l.span()).arg("id", l.get_ref()).arg("kind", "message"));
        }
        Some(Say {
            who: x.who.get_ref().clone(),
            room: x.room.get_ref().clone(),
            text: x.text.get_ref().clone(),
            label: x.label.as_ref().map(|l| l.get_ref().clone()),
            reply_to,
        })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn label(&self) -> Option<&str> {
        self.label.as_deref()
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.say(&self.who, &self.room, &self.text, self.label.as_deref(), self.reply_to.as_deref())
    }
}
