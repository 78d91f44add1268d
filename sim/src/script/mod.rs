//! The script's actions: one module per action, and one table (`actions!`) that generates what
//! ties them together.
//!
//! Each module owns its raw TOML shape (spanned, for exact diagnostics; `action_table!`), its
//! check against the script so far (`Check`), how it changes the [`World`] and which of its
//! fields a learner's choice may fill. The table names who acts and generates [`RawStep`] (one
//! optional key per action), the "exactly one action per step" check, the placeholder list,
//! [`Action`] and its dispatch.
//!
//! Adding an action: a module here implementing `ScriptAction`, one line in the table below, and
//! one arm in the lab's replay (`src/lab/replay/mod.rs`, `Replay::step`).

mod check;

pub mod add_puppet;
pub mod call;
pub mod connect;
pub mod inject_device;
pub mod join;
pub mod leave;
pub mod lose_device;
pub mod new_device;
pub mod presence;
pub mod react;
pub mod read;
pub mod recover;
pub mod redact;
pub mod reset_identity;
pub mod say;
pub mod server_down;
pub mod server_up;
pub mod typing;
pub mod verify;
pub mod who_room;

pub(crate) use check::Check;

use crate::scenario::{DeviceSpec, DiagCode, Diagnostic, RawParam, Spanned};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use add_puppet::{AddPuppet, RawAddPuppet};
pub use call::{Call, RawCall};
pub use connect::{Connect, RawConnect};
pub use inject_device::{InjectDevice, RawAdminDevice};
pub use join::{Join, RawJoin};

pub use lose_device::{LoseDevice, RawLoseDevice};
pub use new_device::{NewDevice, RawNewDevice};
pub use presence::{Presence, RawPresence};
pub use react::{RawReact, React};
pub use recover::{RawRecover, Recover, RecoverVia};
pub use redact::{RawRedact, Redact};
pub use reset_identity::ResetIdentity;
pub use say::{RawSay, Say};
pub use server_down::ServerDown;
pub use server_up::ServerUp;
pub use verify::{RawVerify, Verify};
pub use who_room::{Leave, LeaveMarker, RawWhoRoom, Read, ReadMarker, Typing, TypingMarker, WhoRoom};

/// What every script action provides; `actions!` dispatches to it.
pub(crate) trait ScriptAction: Sized {
    /// The action's table as written in a step (`say = { … }`).
    type Raw;

    /// Checks the raw table against the script so far (updating it), reporting every problem
    /// into `cx`; `None` drops the step. `cx`'s checks return `None` once they have reported,
    /// for `?`.
    fn check(raw: &Self::Raw, cx: &mut Check<'_, '_>) -> Option<Self>;

    /// The fields a learner's choice may fill (`"{key}"` or a switch).
    fn params(_raw: &Self::Raw) -> Vec<&RawParam> {
        Vec::new()
    }

    /// Plays the action in the world (the actor, if any, can act).
    fn apply(&self, world: &mut World) -> Result<(), SimError>;

    /// Whether the step still happens when its actor has no device to act with (only a
    /// recovery, which gives them one).
    fn acts_without_device(&self) -> bool {
        false
    }

    /// Whether the actor must still hold a device after the step (checked by validation):
    /// not after losing one, nor for a recovery.
    fn needs_device(&self) -> bool {
        true
    }

    /// The message label the step defines.
    fn label(&self) -> Option<&str> {
        None
    }

    /// The device the actor logs in on at this step.
    fn logs_in(&self) -> Option<&DeviceSpec> {
        None
    }
}

/// Declares an action's table as written, `RawName { field: Type, … }`: each field is written
/// as the type it is checked into and declared [`Written`] (spanned; an optional key `Option`;
/// a choosable one `Param`); unknown keys are rejected; doc comments become the schema's
/// descriptions. `RawName => Name { … }` also declares `Name`, the checked action (its JSON in
/// `explain --format json`), with `Name::new(&RawName)`, for an action whose check only drops
/// the spans; one whose check turns a value into something else (a parsed enum, a device)
/// writes `Name` by hand.
macro_rules! action_table {
    ($(#[$raw_doc:meta])* $Raw:ident { $( $(#[$field_doc:meta])* $field:ident: $Ty:ty, )* }) => {
        $(#[$raw_doc])*
        #[derive(Clone, Debug, serde::Deserialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $Raw {
            $( $(#[$field_doc])* pub $field: <$Ty as $crate::scenario::Written>::Raw, )*
        }
    };
    (
        $(#[$raw_doc:meta])* $Raw:ident => $(#[$doc:meta])* $Name:ident {
            $( $(#[$field_doc:meta])* $field:ident: $Ty:ty, )*
        }
    ) => {
        action_table! { $(#[$raw_doc])* $Raw { $( $(#[$field_doc])* $field: $Ty, )* } }

        $(#[$doc])*
        #[derive(Clone, Debug, serde::Serialize)]
        pub struct $Name {
            $( $(#[$field_doc])* pub $field: $Ty, )*
        }

        impl $Name {
            /// The action as written, without its spans.
            pub(crate) fn new(raw: &$Raw) -> Self {
                $Name { $( $field: $crate::scenario::Written::unspanned(&raw.$field), )* }
            }
        }
    };
}
pub(crate) use action_table;

/// The one list of script actions. Each line: the step's TOML key, the [`Action`] variant (named
/// as the action's type), the raw table's type, and `by FIELD` when a person acts: the field of
/// the action naming them (see [`Action::actor`]). Doc comments become the key's description in
/// the schema and the variant's doc. The order is the schema's order of the keys.
macro_rules! actions {
    ($( $(#[$doc:meta])* $key:ident => $Variant:ident($Raw:ty) $(by $who:ident)?, )*) => {
        /// One step of the timeline: a time and exactly one action.
        #[derive(Clone, Debug, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct RawStep {
            /// When, `[Nd ]H:MM[:SS]`.
            pub at: Spanned<String>,
            $(
                $(#[$doc])*
                pub $key: Option<Spanned<$Raw>>,
            )*
        }

        impl RawStep {
            /// Checks that the step has exactly one action (reported at the step, or at the
            /// second action in file order), then checks that action.
            pub(crate) fn check(&self, cx: &mut Check<'_, '_>) -> Option<Action> {
                let present = [$(self.$key.as_ref().map(|x| (x.span(), ()))),*].into_iter().flatten().collect();
                let none = Diagnostic::new(DiagCode::StepNoAction, cx.span.clone());
                cx.builder().exactly_one(present, none, |second| Diagnostic::new(DiagCode::StepManyActions, second))?;
                $(
                    if let Some(x) = &self.$key {
                        return <$Variant as ScriptAction>::check(x.get_ref(), cx).map(Action::$Variant);
                    }
                )*
                None
            }

            /// Every field of the step a learner's choice may fill.
            pub(crate) fn params(&self) -> Vec<&RawParam> {
                let mut out = Vec::new();
                $(
                    if let Some(x) = &self.$key {
                        out.extend(<$Variant as ScriptAction>::params(x.get_ref()));
                    }
                )*
                out
            }
        }

        /// One action of the timeline.
        #[derive(Clone, Debug, Serialize)]
        #[serde(tag = "action", rename_all = "kebab-case")]
        pub enum Action {
            $( $(#[$doc])* $Variant($Variant), )*
        }

        impl Action {
            /// The step's TOML key, e.g. `new_device`.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Action::$Variant(_) => stringify!($key), )*
                }
            }

            /// The account acting, for actions a person performs (the table's `by` field).
            pub fn actor(&self) -> Option<&str> {
                match self {
                    $( Action::$Variant(_a) => actions!(@actor _a $($who)?), )*
                }
            }

            /// The action, for what every action answers.
            fn inner(&self) -> &dyn Dispatch {
                match self {
                    $( Action::$Variant(a) => a, )*
                }
            }
        }
    };
    (@actor $a:ident $who:ident) => {
        Some(&$a.$who)
    };
    (@actor $a:ident) => {
        None
    };
}

actions! {
    /// Send a message.
    say => Say(RawSay) by who,
    /// React to a message.
    react => React(RawReact) by who,
    /// A 1:1 call to the other member of a two-person room: signalling events in the room,
    /// media peer-to-peer or through a TURN relay.
    call => Call(RawCall) by who,
    /// Delete (redact) an earlier message.
    redact => Redact(RawRedact) by who,
    /// Send a read receipt.
    read => Read(RawWhoRoom) by who,
    /// Send a typing notification.
    typing => Typing(RawWhoRoom) by who,
    /// Set presence.
    presence => Presence(RawPresence) by who,
    /// Join a room (invited first, unless it is public).
    join => Join(RawJoin) by who,
    /// Leave a room.
    leave => Leave(RawWhoRoom) by who,
    /// Change how a person connects.
    connect => Connect(RawConnect) by who,
    /// A person logs in on a new device.
    new_device => NewDevice(RawNewDevice) by who,
    /// A person verifies another.
    verify => Verify(RawVerify) by who,
    /// A server goes offline.
    server_down => ServerDown(Spanned<String>),
    /// A server comes back and catches up.
    server_up => ServerUp(Spanned<String>),
    /// A malicious admin adds a device to one of its own accounts.
    inject_device => InjectDevice(RawAdminDevice),
    /// A malicious admin adds a puppet account of its own to a room.
    add_puppet => AddPuppet(RawAddPuppet),
    /// A malicious admin resets the cross-signing identity of one of its own accounts (its server
    /// runs the interactive auth that guards new cross-signing keys) and signs a device of its
    /// own with the new keys: apps warn that the identity changed, and block only where they had
    /// verified the person.
    reset_identity => ResetIdentity(RawAdminDevice),
    /// A person loses a device (stolen, broken): it is gone with the keys it held.
    lose_device => LoseDevice(RawLoseDevice) by who,
    /// A person logs in again on a new device, with their password or after an email reset.
    recover => Recover(RawRecover) by who,
}

/// The object-safe part of `ScriptAction`, for dispatch from [`Action`].
trait Dispatch {
    fn apply(&self, world: &mut World) -> Result<(), SimError>;
    fn acts_without_device(&self) -> bool;
    fn needs_device(&self) -> bool;
    fn label(&self) -> Option<&str>;
    fn logs_in(&self) -> Option<&DeviceSpec>;
}

impl<T: ScriptAction> Dispatch for T {
    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        ScriptAction::apply(self, world)
    }
    fn acts_without_device(&self) -> bool {
        ScriptAction::acts_without_device(self)
    }
    fn needs_device(&self) -> bool {
        ScriptAction::needs_device(self)
    }
    fn label(&self) -> Option<&str> {
        ScriptAction::label(self)
    }
    fn logs_in(&self) -> Option<&DeviceSpec> {
        ScriptAction::logs_in(self)
    }
}

impl Action {
    /// Whether the step still happens when its actor has no device to act with (only
    /// `recover`, which gives them one).
    pub fn acts_without_device(&self) -> bool {
        self.inner().acts_without_device()
    }

    /// Whether the actor must still hold a device after the step (validation's `no-device`).
    pub(crate) fn needs_device(&self) -> bool {
        self.inner().needs_device()
    }

    /// The message label the step defines (`say`'s `label`).
    pub fn label(&self) -> Option<&str> {
        self.inner().label()
    }

    /// The device the actor logs in on at this step (`new_device`, `recover`).
    pub fn logs_in(&self) -> Option<&DeviceSpec> {
        self.inner().logs_in()
    }

    /// Plays the action in the world.
    pub(crate) fn apply(&self, world: &mut World) -> Result<(), SimError> {
        self.inner().apply(world)
    }
}
