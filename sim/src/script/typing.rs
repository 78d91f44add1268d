//! `typing`: a person sends a typing notification.

use super::join::RawWhoRoom;
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};
use serde::Serialize;
use toml::Spanned;

/// Sends a typing notification.
#[derive(Clone, Debug, Serialize)]
pub struct Typing {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
}

impl ScriptAction for Typing {
    type Raw = RawWhoRoom;

    fn check(raw: &Spanned<RawWhoRoom>, cx: &mut Check<'_, '_>) -> Option<Typing> {
        let x = raw.get_ref();
        cx.member_action(&x.who, &x.room)
            .then(|| Typing { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        let primary = world.account(who)?.primary();
        world.request(who, &primary.1, "typing", 60)?;
        let mxid = world.account(who)?.mxid.clone();
        let content = event::typing(&[mxid.as_str()])?;
        world.room_edu(who, room, "m.typing", "typing", content)
    }
}
