//! `typing`: a person sends a typing notification.

use super::who_room::{RawWhoRoom, Typing};
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};

impl ScriptAction for Typing {
    type Raw = RawWhoRoom;

    fn check(raw: &RawWhoRoom, cx: &mut Check<'_, '_>) -> Option<Typing> {
        Typing::by_member(raw, cx)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.client_request(&self.who, "typing", 60)?;
        let mxid = world.account(&self.who)?.mxid.clone();
        let content = event::typing(&[mxid.as_str()])?;
        world.room_edu(&self.who, &self.room, "m.typing", "typing", content)
    }
}
