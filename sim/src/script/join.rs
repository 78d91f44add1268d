//! `join`: a person joins a room (invited first unless it is public: by `by`, or the creator);
//! the inviter's client may share the keys to earlier messages (MSC4268).

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `{ who, room }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWhoRoom {
    /// Acting person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Room.
    #[schemars(with = "String")]
    pub room: Spanned<String>,
}

/// `join = { who, room, by? }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJoin {
    /// Person joining.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// Room.
    #[schemars(with = "String")]
    pub room: Spanned<String>,
    /// The member who invites them into a room that is not public (default: the room's
    /// creator). Their client may send the keys to earlier messages with the invite (MSC4268,
    /// see `shares_history`). A public room is joined without an invite, and `by` is not used.
    #[schemars(with = "Option<String>")]
    pub by: Option<Spanned<String>>,
}

/// Joins a room.
#[derive(Clone, Debug, Serialize)]
pub struct Join {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
    /// Who invites them (outside a public room), if not the room's creator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl ScriptAction for Join {
    type Raw = RawJoin;

    fn check(raw: &Spanned<RawJoin>, cx: &mut Check<'_, '_>) -> Option<Join> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) || !cx.room_ref(&x.room) {
            return None;
        }
        if let Some(by) = &x.by
            && !cx.member_action(by, &x.room)
        {
            return None;
        }
        let set = cx.state.members.entry(x.room.get_ref().clone()).or_default();
        if !set.insert(x.who.get_ref().clone()) {
            cx.push(
                Diagnostic::new(C::AlreadyMember, x.who.span())
                    .arg("id", x.who.get_ref())
                    .arg("room", x.room.get_ref()),
            );
            return None;
        }
        let by = x.by.as_ref().map(|b| b.get_ref().clone());
        Some(Join { who: x.who.get_ref().clone(), room: x.room.get_ref().clone(), by })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        let primary = world.account(who)?.primary();
        world.request(who, &primary.1, "join", 100)?;
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
