//! `connect`: a person changes how they reach their homeserver (direct, VPN, Tor).

use super::{Check, ScriptAction, action_table};
use crate::scenario::{CONNECTIONS, Connection, Param, RawParam};
use crate::world::{SimError, World};
use serde::Serialize;

action_table! {
    /// `connect = { who, via }`.
    RawConnect {
        /// Person.
        who: String,
        /// `direct`, `vpn`, `tor`, or a choice.
        via: Param,
    }
}

/// Changes how a person connects.
#[derive(Clone, Debug, Serialize)]
pub struct Connect {
    /// Person.
    pub who: String,
    /// How they connect from now on.
    pub via: Connection,
}

impl ScriptAction for Connect {
    type Raw = RawConnect;

    fn check(raw: &RawConnect, cx: &mut Check<'_, '_>) -> Option<Connect> {
        cx.exists(&raw.who)?;
        let via = cx.builder().one_of(Some(&raw.via), CONNECTIONS, Connection::Direct);
        Some(Connect { who: raw.who.get_ref().clone(), via })
    }

    fn params(raw: &RawConnect) -> Vec<&RawParam> {
        vec![&raw.via]
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if let Some(a) = world.accounts.get_mut(&self.who) {
            a.connects = self.via;
        }
        world.client_request(&self.who, "sync", 50)
    }
}
