//! `server_up`: a server comes back and catches up on what it missed.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic, Spanned};
use crate::world::{SimError, World};
use serde::Serialize;

/// Brings a server back online.
#[derive(Clone, Debug, Serialize)]
pub struct ServerUp {
    /// Server name.
    pub server: String,
}

impl ScriptAction for ServerUp {
    type Raw = Spanned<String>;

    fn check(raw: &Spanned<String>, cx: &mut Check<'_, '_>) -> Option<ServerUp> {
        cx.server_ref(raw)?;
        if !cx.state.offline.remove(raw.get_ref()) {
            return cx.reject(Diagnostic::new(C::ServerAlreadyOnline, raw.span()).arg("name", raw.get_ref()));
        }
        Some(ServerUp { server: raw.get_ref().clone() })
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let server = &self.server;
        if let Some(s) = world.servers.get_mut(server) {
            s.online = true;
        }
        // Presence it missed comes with the senders' next pings (`World::presence_pings`).
        world.came_up.insert(server.clone(), world.now);
        world.deliver_missed(server)
    }
}
