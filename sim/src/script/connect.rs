//! `connect`: a person changes how they reach their homeserver (direct, VPN, Tor).

use super::{Check, ScriptAction};
use crate::scenario::{CONNECTIONS, Connection, Param, RawParam};
use crate::world::{SimError, World};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// `connect = { who, via }`.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawConnect {
    /// Person.
    #[schemars(with = "String")]
    pub who: Spanned<String>,
    /// `direct`, `vpn`, `tor`, or a choice.
    #[schemars(with = "Param")]
    pub via: RawParam,
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

    fn check(raw: &Spanned<RawConnect>, cx: &mut Check<'_, '_>) -> Option<Connect> {
        let x = raw.get_ref();
        if !cx.exists(&x.who) {
            return None;
        }
        let via = cx.builder().one_of(Some(&x.via), CONNECTIONS, Connection::Direct);
        Some(Connect { who: x.who.get_ref().clone(), via })
    }

    fn params(raw: &RawConnect) -> Vec<&RawParam> {
        vec![&raw.via]
    }

    fn actor(&self) -> Option<&str> {
        Some(&self.who)
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if let Some(a) = world.accounts.get_mut(&self.who) {
            a.connects = self.via;
        }
        let primary = world.account(&self.who)?.primary();
        world.request(&self.who, &primary.1, "sync", 50)
    }
}
