//! Evidence (where an adversary found a fact) and rules (the FACTS.md row a finding rests on).

use super::FindingCode;
use crate::time::SimTime;
use serde::Serialize;

/// Where the adversary found it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Evidence {
    /// A stored event (PDU) on a server, or in a device's store.
    Event {
        /// Where it is held: a server name or `device:<user>/<device>`.
        holder: String,
        /// Event id.
        event_id: String,
    },
    /// A row of a server's table.
    Row {
        /// Server.
        server: String,
        /// Table, named as in Synapse (`user_ips`, `devices`, `user_threepids` …).
        table: String,
        /// The row's key columns, `|`-separated.
        key: String,
    },
    /// An ephemeral event (EDU) seen in passing.
    Edu {
        /// Where it was seen.
        holder: String,
        /// EDU type, e.g. `m.typing`.
        edu_type: String,
        /// When.
        at: SimTime,
    },
    /// A Megolm room key a held device received.
    RoomKey {
        /// The device holding it, `<user>/<device>`.
        device: String,
        /// Stable label of the session: `<room>/<sender>/<device>#<n>`.
        session: String,
    },
    /// Packets seen on the wire.
    Packets {
        /// Whose connection.
        person: String,
        /// How many requests.
        count: usize,
    },
    /// A push notification relayed to a person's phone.
    Push {
        /// Whose phone.
        person: String,
        /// When.
        at: SimTime,
    },
    /// A group message seen live by a Signal-like operator: one request from the sender's IP
    /// listing every recipient.
    GroupSend {
        /// The service that saw it.
        holder: String,
        /// The address the request came from.
        from_ip: String,
        /// The recipients it listed.
        recipients: Vec<String>,
        /// When.
        at: SimTime,
    },
    /// Avatar pictures downloaded from their URLs and found to show the same image (their media
    /// ids differ: each upload gets its own).
    ComparedPictures {
        /// The pictures' `mxc://` URLs.
        urls: Vec<String>,
    },
    /// Lines of a server's log files, outside its database (FACTS.md §1 "Outside the database").
    LogLines {
        /// Server.
        server: String,
        /// `homeserver.log` or `access.log`.
        log: String,
        /// How many lines came from the address.
        lines: usize,
        /// The first of them.
        first: SimTime,
        /// The last of them.
        last: SimTime,
    },
    /// An identity server's answer to a look-up of an email address or phone number
    /// (`/_matrix/identity/v2/lookup`).
    IdentityLookup {
        /// The email address or phone number looked up.
        address: String,
        /// When.
        at: SimTime,
    },
    /// Packets a homeserver's TURN relay carried during a call.
    TurnRelay {
        /// The homeserver whose relay it is.
        server: String,
        /// When.
        at: SimTime,
    },
    /// Derived from other findings of the same adversary.
    Derived {
        /// The findings' codes.
        from: Vec<FindingCode>,
    },
}

/// The FACTS.md row a rule rests on. `docs/rules.md` gives each one's row and source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// §1: `user_ips` and `devices` keep IP and user agent of local users.
    ServerIpLog,
    /// §1 (observed): the IP and user agent used at registration are kept.
    ServerRegistrationIp,
    /// §5: through a VPN or Tor the server logs the exit, not the home address.
    ServerSeesExit,
    /// §1: 3PIDs are stored in cleartext.
    ServerThreepid,
    /// §1: the server holds its users' device lists and device names.
    ServerDeviceList,
    /// §1 (observed): access tokens are stored in the clear.
    ServerAccessToken,
    /// §2: device list updates of room members cross federation.
    FederationDeviceList,
    /// §2: membership and profile state events are never encrypted.
    FederationState,
    /// §2: every event's envelope (sender, room, time, type) is cleartext.
    FederationEnvelope,
    /// §2 + §1 (observed): unencrypted message bodies are stored in cleartext (and indexed).
    FederationCleartextBody,
    /// §2: `m.relates_to` and reactions stay in cleartext.
    FederationRelations,
    /// §2: typing, receipts and presence EDUs cross federation in cleartext.
    FederationEdus,
    /// §3.1: a malicious server adds a device or a puppet; clients sharing keys with every device hand it the room key.
    MaliciousDeviceOrPuppet,
    /// §5: other members see what members see.
    MemberView,
    /// A device holds the room keys it received and the history it synced (additions, seized devices).
    DeviceStore,
    /// §5: a network observer near the user sees where and when they connect.
    NetworkObserver,
    /// Guide part 1 (additions): usernames and profiles link accounts and public identities.
    Linking,
    /// §6: a Signal-like operator watching live sees each request's IP and each group message as
    /// one multi-recipient request from the sender's IP: who is in a group and when it talks.
    OperatorLiveView,
    /// §5: the push gateway (Apple, Google) sees each notification: event id, room, time, and
    /// unless the pusher asks for `event_id_only`, the sender's display name and the room's name.
    PushGateway,
    /// §3 (client defaults in 2026): the inviter's app sent the keys to the room's earlier
    /// messages with the invite (MSC4268), and the member decrypted them.
    InviteKeyBundle,
    /// §1 (observed, outside the database): `homeserver.log` and the reverse proxy's access log
    /// keep each request's address, user agent and time under their own rotation, whatever the
    /// database's IP retention.
    ServerRequestLog,
    /// §1 (observed, login via MAS): Matrix Authentication Service keeps each session's last
    /// address until 30 days after its last activity, and each sign-up's address and user agent
    /// for 30 days; not configurable.
    MasSessionIp,
    /// §5 "Identity server": an email or phone published on the identity server ("Discovery")
    /// maps to the Matrix ID for anyone who has it and looks it up.
    IdentityLookup,
    /// §5 "Identity server": the identity server holds every published email and phone with its
    /// Matrix ID.
    IdentityServerBindings,
    /// §5 "The other party of a 1:1 call": with peer-to-peer allowed (Element's default), the
    /// other party's client gets your address in your ICE candidates and receives your media from it.
    CallPeer,
    /// §2 + §5: in an unencrypted room, `m.call.candidates` (with the addresses) is stored in
    /// cleartext on every server in the room.
    CallCandidatesCleartext,
    /// §5: a homeserver's TURN relay carrying a call sees the address of the client using it and
    /// of the other end.
    TurnRelay,
    /// §1 "Key backup": the backup's room and session ids are stored in the clear.
    ServerKeyBackup,
    /// §1 "Secret storage (recovery)": a passphrase's salt and iterations sit in account data.
    ServerSecretStorage,
}
