//! `server_up`: a server comes back and catches up on what it missed.

use super::{Check, ScriptAction};
use crate::scenario::{DiagCode as C, Diagnostic};
use crate::world::{Hop, HopKind, Missed, SimError, World};
use serde::Serialize;
use toml::Spanned;

/// Brings a server back online.
#[derive(Clone, Debug, Serialize)]
pub struct ServerUp {
    /// Server name.
    pub server: String,
}

impl ScriptAction for ServerUp {
    type Raw = String;

    fn check(raw: &Spanned<String>, cx: &mut Check<'_, '_>) -> Option<ServerUp> {
        if !cx.server_ref(raw) {
            return None;
        }
        if !cx.state.offline.remove(raw.get_ref()) {
            cx.push(Diagnostic::new(C::ServerAlreadyOnline, raw.span()).arg("name", raw.get_ref()));
            return None;
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
        let missed = world.missed.remove(server).unwrap_or_default();
        for m in missed {
            match m {
                Missed::Pdu { event_id, room, json } => {
                    world.hops.push(Hop {
                        at: world.now,
                        kind: HopKind::Backfill,
                        from: "federation".into(),
                        to: server.clone(),
                        what: event_id.clone(),
                    });
                    world.store(server, &room, &event_id, json, true)?;
                }
                Missed::ToDevice { from, to, event_type, content } => {
                    world.deliver_to_device(&from, &to, &event_type, content)?
                }
            }
        }
        Ok(())
    }
}
