//! `call`: a person calls the other member of a two-person room (a 1:1 call).

use super::{Check, ScriptAction, action_table};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `call = { who, room }`.
    RawCall {
        /// Caller.
        who: String,
        /// A room of exactly two members (a direct message): the other member is called.
        room: String,
    }
}

/// A 1:1 call: the signalling events in the room, each client's ICE candidates, the media
/// peer-to-peer or through a TURN relay (each person's `calls` setting).
#[derive(Clone, Debug, Serialize)]
pub struct Call {
    /// Caller.
    pub who: String,
    /// The room.
    pub room: String,
    /// The other member, who answers.
    pub to: String,
}

impl ScriptAction for Call {
    type Raw = RawCall;

    fn check(raw: &RawCall, cx: &mut Check<'_, '_>) -> Option<Call> {
        cx.member_action(&raw.who, &raw.room)?;
        let members: Vec<String> = cx.state.members.get(raw.room.get_ref()).into_iter().flatten().cloned().collect();
        let others: Vec<&String> = members.iter().filter(|m| *m != raw.who.get_ref()).collect();
        let [to] = others.as_slice() else {
            return cx.reject(
                Diagnostic::new(C::CallNotOneToOne, raw.room.span())
                    .arg("room", raw.room.get_ref())
                    .arg("count", members.len()),
            );
        };
        Some(Call { who: raw.who.get_ref().clone(), room: raw.room.get_ref().clone(), to: (*to).clone() })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        world.call(&self.who, &self.room, &self.to)
    }
}
