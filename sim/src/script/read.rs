//! `read`: a person sends a read receipt for the room's latest event.

use super::who_room::{RawWhoRoom, Read};
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};

impl ScriptAction for Read {
    type Raw = RawWhoRoom;

    fn check(raw: &RawWhoRoom, cx: &mut Check<'_, '_>) -> Option<Read> {
        Read::by_member(raw, cx)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        world.client_request(who, "receipt", 80)?;
        let head = world.rooms.get(room).and_then(|r| r.head.clone()).unwrap_or_default();
        let mxid = world.account(who)?.mxid.clone();
        let content = event::receipt(&head, &mxid, world.now.origin_server_ts());
        world.room_edu(who, room, "m.receipt", "receipts_linearized", content)?;
        world.read_notifications(who, room)
    }
}
