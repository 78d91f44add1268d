//! `join`: a person joins a room (the creator invites them first unless it is public).

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

/// Joins a room.
#[derive(Clone, Debug, Serialize)]
pub struct Join {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
}

impl ScriptAction for Join {
    type Raw = RawWhoRoom;

    fn check(raw: &Spanned<RawWhoRoom>, cx: &mut Check<'_, '_>) -> Option<Join> {
        let x = raw.get_ref();
        if !cx.acting(&x.who) || !cx.room_ref(&x.room) {
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
        Some(Join { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() })
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (who, room) = (&self.who, &self.room);
        let primary = world.account(who)?.primary();
        world.request(who, &primary.1, "join", 100)?;
        // Into a room that is not public, the room's creator invites first.
        let creator = world.rooms.get(room).and_then(|r| r.spec.members.first().cloned());
        if let Some(c) = creator {
            world.invite_if_needed(room, &c, who)?;
        }
        world.join(room, who, false)
    }
}
