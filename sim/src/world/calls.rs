//! 1:1 calls: the signalling events in the room, the ICE candidates each client offers, and the
//! address each end's media comes from (what the other party and a TURN relay see).
//!
//! FACTS.md §5 "The other party of a 1:1 call". Sources: the spec's VoIP events
//! (`m.call.invite`, `m.call.candidates`, `m.call.answer`, `m.call.hangup`: room events,
//! encrypted in an encrypted room like any other); element-web `src/settings/Settings.tsx`
//! (`webRtcAllowPeerToPeer`, default true) and `src/MatrixClientPeg.ts` (`forceTURN:
//! !webRtcAllowPeerToPeer`); matrix-js-sdk `src/webrtc/call.ts` (`iceTransportPolicy: forceTURN ?
//! "relay" : undefined`; candidates sent as `m.call.candidates` room events). docs/rules.md A18.

use super::{SimError, World, random_str};
use crate::event::{self, CallIds};
use crate::scenario::{CallMode, Connection};
use crate::time::SimTime;
use serde::Serialize;

/// One end of a call.
#[derive(Clone, Debug, Serialize)]
pub struct CallEnd {
    /// Account id.
    pub person: String,
    /// The device that took part.
    pub device: String,
    /// Peer-to-peer allowed, or relay only.
    pub mode: CallMode,
    /// Where this end's packets come from: the home address, or the VPN's exit. A call's media
    /// is UDP, which Tor does not carry: an app that reaches its server through Tor (a proxy)
    /// still sends the call from the home address (docs/rules.md A18).
    pub address: String,
    /// The address this end's candidates offer: `address` peer-to-peer, else its relay's.
    pub offered: String,
    /// The homeserver whose TURN relay this end used (relay only).
    pub relay: Option<String>,
    /// The `m.call.candidates` event it sent.
    pub candidates_event: String,
}

/// A 1:1 call, caller first.
#[derive(Clone, Debug, Serialize)]
pub struct Call {
    /// Scenario room id.
    pub room: String,
    /// When it rang.
    pub at: SimTime,
    /// Caller and (when they could answer) callee.
    pub ends: Vec<CallEnd>,
    /// Every signalling event, in order.
    pub events: Vec<String>,
}

impl World {
    /// The address of a homeserver's TURN relay (documentation range 192.0.2.0/24, one per
    /// server in file order).
    pub fn turn_address(&self, server: &str) -> String {
        let i = self.setup.servers.get_index_of(server).unwrap_or(0);
        format!("192.0.2.{}", 10 + i % 240)
    }

    /// One end's address, relay and ICE candidate lines (Chromium's: a host candidate hidden
    /// behind an mDNS name and a server-reflexive one with the public address; relay only: the
    /// relay's address, related address zeroed).
    fn call_end(&mut self, who: &str) -> Result<(CallEnd, Vec<String>), SimError> {
        let acc = self.account(who)?.clone();
        let mode = self.setup.people.get(who).map_or(CallMode::P2p, |p| p.calls);
        let address = match acc.connects {
            Connection::Vpn => self.setup.network.vpn_exit.clone(),
            Connection::Direct | Connection::Tor => acc.home_ip.clone(),
        };
        let (offered, relay, lines) = match mode {
            CallMode::P2p => {
                let mdns = random_str(&mut self.rng, 12, b"0123456789abcdef");
                let lines = vec![
                    format!("candidate:1 1 udp 2122260223 {mdns}.local 54400 typ host generation 0"),
                    format!(
                        "candidate:2 1 udp 1686052607 {address} 54401 typ srflx raddr 0.0.0.0 rport 0 generation 0"
                    ),
                ];
                (address.clone(), None, lines)
            }
            CallMode::Relay => {
                let turn = self.turn_address(&acc.server);
                let line =
                    format!("candidate:3 1 udp 41885439 {turn} 49152 typ relay raddr 0.0.0.0 rport 0 generation 0");
                (turn, Some(acc.server.clone()), vec![line])
            }
        };
        let end = CallEnd {
            person: who.to_owned(),
            device: acc.primary().1,
            mode,
            address,
            offered,
            relay,
            candidates_event: String::new(),
        };
        Ok((end, lines))
    }

    /// `who` calls the other member of `room`: invite and candidates, the answer and the
    /// callee's candidates (when the callee has a device to answer with), then the hang-up.
    pub(crate) fn call(&mut self, who: &str, room: &str, callee: &str) -> Result<(), SimError> {
        let call_id = random_str(&mut self.rng, 16, super::URLSAFE);
        let sdp = |o: &str| {
            format!(
                "v=0\r\no=- {o} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\n"
            )
        };
        let mut events = Vec::new();
        let (mut caller, lines) = self.call_end(who)?;
        self.client_request(who, "voip-turn-server", 300)?;
        let ids = CallIds { call_id: &call_id, party_id: &caller.device };
        self.client_request(who, "send", 1200)?;
        events.push(self.send_as_client(who, room, event::call_invite(&ids, &sdp("1")), None, None, None)?);
        self.client_request(who, "send", 600)?;
        caller.candidates_event =
            self.send_as_client(who, room, event::call_candidates(&ids, &lines), None, None, None)?;
        events.push(caller.candidates_event.clone());
        let mut ends = vec![caller.clone()];
        if self.account(callee)?.can_act() {
            let (mut answer, lines) = self.call_end(callee)?;
            let ids = CallIds { call_id: &call_id, party_id: &answer.device };
            self.client_request(callee, "voip-turn-server", 300)?;
            self.client_request(callee, "send", 1200)?;
            events.push(self.send_as_client(callee, room, event::call_answer(&ids, &sdp("2")), None, None, None)?);
            self.client_request(callee, "send", 600)?;
            answer.candidates_event =
                self.send_as_client(callee, room, event::call_candidates(&ids, &lines), None, None, None)?;
            events.push(answer.candidates_event.clone());
            ends.push(answer);
        }
        let ids = CallIds { call_id: &call_id, party_id: &caller.device };
        self.client_request(who, "send", 300)?;
        events.push(self.send_as_client(who, room, event::call_hangup(&ids), None, None, None)?);
        self.calls.push(Call { room: room.to_owned(), at: self.now, ends, events });
        Ok(())
    }

    /// The 1:1 calls of the run, in order.
    pub fn calls(&self) -> &[Call] {
        &self.calls
    }
}
