//! `read`: a person sends a read receipt for the room's latest event.

use super::join::RawWhoRoom;
use super::{Check, ScriptAction};
use crate::event;
use crate::world::{SimError, World};
use serde::Serialize;
use toml::Spanned;

/// Sends a read receipt.
#[derive(Clone, Debug, Serialize)]
pub struct Read {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
}

impl ScriptAction for Read {
    type Raw = RawWhoRoom;

    fn check(raw: &Spanned<RawWhoRoom>, cx: &mut Check<'_, '_>) -> Option<Read> {
        let x = raw.get_ref();
        cx.member_action(&x.who, &x.room).then(|| Read { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        let primary = world.account(who)?.primary();
        world.request(who, &primary.1, "receipt", 80)?;
        let head = world.rooms.get(room).and_then(|r| r.head.clone()).unwrap_or_default();
        let mxid = world.account(who)?.mxid.clone();
        let content = event::receipt(&head, &mxid, world.now.origin_server_ts());
        world.room_edu(who, room, "m.receipt", "receipts_linearized", content)?;
        world.read_notifications(who, room)
    }
}
