//! The shape three actions share, a person acting in a room: `{ who, room }` as written, and
//! [`WhoRoom`] checked. [`Leave`], [`Read`] and [`Typing`] are each a `WhoRoom` with its own
//! marker, so each implements [`ScriptAction`](super::ScriptAction) in its own file.

use super::Check;
use crate::scenario::Spanned;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// `{ who, room }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWhoRoom {
    /// Acting person.
    pub who: Spanned<String>,
    /// Room.
    pub room: Spanned<String>,
}

/// A person acting in a room; `A` says which action it is.
#[derive(Clone, Debug, Serialize)]
pub struct WhoRoom<A> {
    /// Person.
    pub who: String,
    /// Room.
    pub room: String,
    #[serde(skip)]
    action: PhantomData<A>,
}

impl<A> WhoRoom<A> {
    /// The step as written.
    pub(crate) fn new(raw: &RawWhoRoom) -> Self {
        WhoRoom { who: raw.who.get_ref().clone(), room: raw.room.get_ref().clone(), action: PhantomData }
    }

    /// The step of a member of the room who can act, which is all `read` and `typing` check.
    pub(crate) fn by_member(raw: &RawWhoRoom, cx: &mut Check<'_, '_>) -> Option<Self> {
        cx.member_action(&raw.who, &raw.room)?;
        Some(Self::new(raw))
    }
}

/// Leaves a room (`leave.rs`).
pub type Leave = WhoRoom<LeaveMarker>;
/// Sends a read receipt (`read.rs`).
pub type Read = WhoRoom<ReadMarker>;
/// Sends a typing notification (`typing.rs`).
pub type Typing = WhoRoom<TypingMarker>;

/// Makes a [`WhoRoom`] a [`Leave`].
#[derive(Clone, Debug)]
pub struct LeaveMarker;

/// Makes a [`WhoRoom`] a [`Read`].
#[derive(Clone, Debug)]
pub struct ReadMarker;

/// Makes a [`WhoRoom`] a [`Typing`].
#[derive(Clone, Debug)]
pub struct TypingMarker;
