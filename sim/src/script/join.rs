//! `join`: a person joins a room (invited first unless it is public: by `by`, or the creator);
//! the inviter's client may share the keys to earlier messages (MSC4268).

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};

action_table! {
    /// `join = { who, room, by? }`.
    RawJoin =>
    /// Joins a room.
    Join {
        /// Person joining.
        who: String,
        /// Room.
        room: String,
        /// The member who invites them into a room that is not public (default: the room's
        /// creator). Their client may send the keys to earlier messages with the invite (MSC4268,
        /// see `shares_history`). A public room is joined without an invite, and `by` is not used.
        #[serde(skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    }
}

impl ScriptAction for Join {
    type Raw = RawJoin;

    fn check(raw: &RawJoin, cx: &mut Check<'_, '_>) -> Option<Join> {
        cx.acting(&raw.who)?;
        cx.room_ref(&raw.room)?;
        if let Some(by) = &raw.by {
            cx.member_action(by, &raw.room)?;
        }
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
        // Into a room that is not public, a member invites first (the creator unless `by`), and
        // their client may send the keys to the room's earlier messages with the invite.
        let inviter = self.by.clone().or_else(|| world.rooms.get(room).and_then(|r| r.spec.members.first().cloned()));
        let mut bundle = None;
        if let Some(inviter) = &inviter
            && world.invite_if_needed(room, inviter, who)?
        {
            bundle = world.share_history_on_invite(room, inviter, who)?;
        }
        world.join(room, who, false)?;
        world.after_joining(room, who, bundle.as_deref())
    }
}
