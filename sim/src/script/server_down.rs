//! `server_down`: a server goes offline; what it misses waits for `server_up`.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic, Spanned};
use crate::world::{SimError, World};
use serde::Serialize;

/// Takes a server offline.
#[derive(Clone, Debug, Serialize)]
pub struct ServerDown {
    /// Server name.
    pub server: String,
}

impl ScriptAction for ServerDown {
    type Raw = Spanned<String>;

    fn check(raw: &Spanned<String>, cx: &mut Check<'_, '_>) -> Option<ServerDown> {
        cx.server_ref(raw)?;
        if !cx.state.offline.insert(raw.get_ref().clone()) {
            return cx.reject(Diagnostic::new(C::ServerAlreadyOffline, raw.span()).arg("name", raw.get_ref()));
        }
        Some(ServerDown { server: raw.get_ref().clone() })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        if let Some(s) = world.servers.get_mut(&self.server) {
            s.online = false;
        }
        Ok(())
    }
}
