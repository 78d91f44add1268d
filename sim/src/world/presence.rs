//! Presence kept alive: a server re-sends its users' current presence every 25 minutes, so a server back from an outage learns it.
//!
//! Synapse re-sends each local user's current presence (status message included) to the
//! servers they share rooms with about every `FEDERATION_PING_INTERVAL` (25 minutes) while the
//! user is not offline (syn: handlers/presence.py `handle_timeout`, `handle_update`; FACTS.md §2
//! "Presence after an outage"). A server that was down when someone's presence changed therefore
//! learns the current state at the first of those pings after it returns; a state that was
//! changed back before that ping is never seen. The simulator computes only the pings that can
//! carry something new: those to a server that missed a presence update while it was down.
//! Time is the script's: pings due before a step are delivered before it, dated when they fall.

use super::{SimError, World};
use crate::server::PRESENCE_PING_SECS;
use crate::time::SimTime;
use serde_json::Value;

impl World {
    /// The latest presence an account's own server holds for it (the `m.presence` content with
    /// `user_id`), and since when it has been continuously not offline (Synapse's ping cadence
    /// starts then). `None` when its server has presence off or nothing was set.
    pub(crate) fn current_presence(&self, account: &str) -> Option<(Value, SimTime)> {
        let a = self.accounts.get(account)?;
        let s = self.servers.get(&a.server).filter(|s| s.spec.presence)?;
        let own = s
            .tables
            .presence_stream
            .rows()
            .iter()
            .filter(|r| r.cols.origin == a.server && r.cols.content["user_id"].as_str() == Some(a.mxid.as_str()));
        let mut current: Option<(Value, SimTime)> = None;
        for r in own {
            let offline = r.cols.content["content"]["presence"] == "offline";
            let since = match &current {
                Some((c, since)) if !offline && c["content"]["presence"] != "offline" => *since,
                _ => r.at,
            };
            current = Some((r.cols.content.clone(), since));
        }
        current
    }

    /// Notes that `server` was down when `mxid`'s presence was sent to it.
    pub(crate) fn missed_presence(&mut self, server: &str, mxid: &str) {
        self.presence_missed.insert((server.to_owned(), mxid.to_owned()));
    }

    /// Delivers every presence ping due by `until` to servers that missed an update: the
    /// user's current presence, stored only if it differs from what the server last stored
    /// (Synapse persists a remote user's presence only when it changes).
    pub(crate) fn presence_pings(&mut self, until: SimTime) -> Result<(), SimError> {
        let mut due = Vec::new();
        for (server, mxid) in &self.presence_missed {
            let Some(up_at) = self.came_up.get(server).copied() else { continue };
            let Some(account) = self.by_mxid.get(mxid) else { continue };
            let home = self.account(account)?.server.clone();
            let online = |s: &str| self.servers.get(s).is_some_and(|x| x.online);
            if !online(server) || !online(&home) {
                continue;
            }
            let Some((content, since)) = self.current_presence(account) else { continue };
            // The first ping at or after the server's return: since + k × 25 minutes, k ≥ 1.
            let periods = up_at.0.saturating_sub(since.0).div_ceil(PRESENCE_PING_SECS).max(1);
            let at = since.plus(periods * PRESENCE_PING_SECS);
            if at <= until {
                due.push((at, server.clone(), mxid.clone(), account.clone(), home, content));
            }
        }
        due.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
        let now = self.now;
        for (at, server, mxid, account, home, content) in due {
            self.presence_missed.remove(&(server.clone(), mxid.clone()));
            let offline = content["content"]["presence"] == "offline";
            let shares = self.servers_sharing_rooms(&account).contains(&server);
            let held = self.servers.get(&server).and_then(|s| {
                let rows = s.tables.presence_stream.rows().iter().rev();
                rows.map(|r| &r.cols.content).find(|c| c["user_id"].as_str() == Some(mxid.as_str()))
            });
            let same = held.is_some_and(|h| {
                h["content"]["presence"] == content["content"]["presence"]
                    && h["content"]["status_msg"] == content["content"]["status_msg"]
            });
            if offline || !shares || same {
                continue;
            }
            self.now = at;
            self.edu_to(&home, &server, "m.presence", "presence_stream", content);
        }
        self.now = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::{Fact, testing::run};
    use crate::time::SimTime;

    /// b.example is down from 0:10 to 2:00; you set a status at 0:20 (then, in some runs,
    /// something else at 0:30); b.example is seized at 3:00.
    const OUTAGE: &str = include_str!("../../tests/fixtures/presence-outage.toml");

    /// The raid's presence findings about you: (state, status, when stored).
    fn seen(then: &str) -> Vec<(String, Option<String>, SimTime)> {
        let (_, f) = run(&OUTAGE.replace("#THEN#", then), &[]);
        f.iter()
            .filter(|f| f.adversary == "raid" && f.subject == "you")
            .filter_map(|f| match &f.fact {
                Fact::Presence { state, status, at, .. } => Some((state.clone(), status.clone(), *at)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_returning_server_learns_the_current_status_at_the_next_ping() {
        // Your presence was first sent at 0:00, so pings fall at 0:25, 0:50 … the first after
        // b.example's return at 2:00 is at 2:05.
        let at = SimTime::parse("2:05").unwrap_or_default();
        let found = seen("");
        assert!(found.contains(&("online".into(), Some("at the hall".into()), at)), "{found:?}");
    }

    #[test]
    fn a_status_changed_back_during_the_outage_is_never_seen() {
        let back = "[[script]]\nat = \"0:30\"\npresence = { who = \"you\", state = \"online\" }";
        let found = seen(back);
        assert!(found.iter().all(|(_, status, _)| status.is_none()), "{found:?}");
    }

    #[test]
    fn an_offline_user_is_not_pinged() {
        let off = "[[script]]\nat = \"0:30\"\npresence = { who = \"you\", state = \"offline\" }";
        let found = seen(off);
        assert!(found.iter().all(|(_, status, _)| status.is_none()), "{found:?}");
    }
}
