//! `leave`: a person leaves a room.

use super::join::RawWhoRoom;
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};
use serde::Serialize;
use toml::Spanned;

/// Leaves a room.
#[derive(Clone, Debug, Serialize)]
pub struct Leave {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
}

impl ScriptAction for Leave {
    type Raw = RawWhoRoom;

    fn check(raw: &Spanned<RawWhoRoom>, cx: &mut Check<'_, '_>) -> Option<Leave> {
        let x = raw.get_ref();
        if !cx.member_action(&x.who, &x.room) {
            return None;
        }
        cx.state.members.entry(x.room.get_ref().clone()).or_default().remove(x.who.get_ref());
        Some(Leave { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        let acc = world.account(who)?.clone();
        world.request(who, &acc.primary().1, "leave", 100)?;
        world.send(room, who, event::member(&acc.mxid, "leave", None, None)?, None)?;
        let now = world.now;
        if let Some(r) = world.rooms.get_mut(room)
            && let Some(m) = r.members.get_mut(who)
        {
            m.left = Some(now);
        }
        Ok(())
    }
}
