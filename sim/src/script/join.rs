//! `join`: a person joins a room (the creator invites them first unless it is public).

use super::who_room::{Join, RawWhoRoom};
use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};

impl ScriptAction for Join {
    type Raw = RawWhoRoom;

    fn check(raw: &RawWhoRoom, cx: &mut Check<'_, '_>) -> Option<Join> {
        cx.acting(&raw.who)?;
        cx.room_ref(&raw.room)?;
        let set = cx.state.members.entry(raw.room.get_ref().clone()).or_default();
        if !set.insert(raw.who.get_ref().clone()) {
            let d = Diagnostic::new(C::AlreadyMember, raw.who.span()).arg("id", raw.who.get_ref());
            return cx.reject(d.arg("room", raw.room.get_ref()));
        }
        Some(Join::new(raw))
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        world.client_request(who, "join", 100)?;
        // Into a room that is not public, the room's creator invites first.
        let creator = world.rooms.get(room).and_then(|r| r.spec.members.first().cloned());
        if let Some(c) = creator {
            world.invite_if_needed(room, &c, who)?;
        }
        world.join(room, who, false)
    }
}
