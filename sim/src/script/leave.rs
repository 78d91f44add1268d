//! `leave`: a person leaves a room.

use super::who_room::{Leave, RawWhoRoom};
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};

impl ScriptAction for Leave {
    type Raw = RawWhoRoom;

    fn check(raw: &RawWhoRoom, cx: &mut Check<'_, '_>) -> Option<Leave> {
        cx.member_action(&raw.who, &raw.room)?;
        cx.state.members.entry(raw.room.get_ref().clone()).or_default().remove(raw.who.get_ref());
        Some(Leave::new(raw))
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        world.client_request(who, "leave", 100)?;
        let mxid = world.account(who)?.mxid.clone();
        world.send(room, who, event::member(&mxid, "leave", None, None)?, None)?;
        let now = world.now;
        if let Some(r) = world.rooms.get_mut(room)
            && let Some(m) = r.members.get_mut(who)
        {
            m.left = Some(now);
        }
        Ok(())
    }
}
