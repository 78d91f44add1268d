//! Matrix events as a homeserver stores them: the PDU envelope around content built with ruma.
//!
//! Spec: server-server API, "PDUs" (`data/api/server-server/definitions/pdu_v11.yaml`), and the
//! client-server event schemas for each content type. EDUs and to-device messages live here too.

use ruma_common::{OwnedEventId, OwnedRoomAliasId, OwnedRoomId, OwnedUserId, RoomVersionId};
use ruma_events::{
    presence::PresenceEventContent,
    reaction::ReactionEventContent,
    relation::{Annotation, InReplyTo},
    room::{
        canonical_alias::RoomCanonicalAliasEventContent,
        create::RoomCreateEventContent,
        encrypted::{
            CiphertextInfo, EncryptedEventScheme, MegolmV1AesSha2ContentInit, OlmV1Curve25519AesSha2Content,
            Relation as EncRelation, RoomEncryptedEventContent, ToDeviceRoomEncryptedEventContent,
        },
        encryption::RoomEncryptionEventContent,
        history_visibility::{HistoryVisibility, RoomHistoryVisibilityEventContent},
        join_rules::{JoinRule as RumaJoinRule, RoomJoinRulesEventContent},
        member::{MembershipState, RoomMemberEventContent},
        message::{Relation as MsgRelation, RoomMessageEventContent},
        name::RoomNameEventContent,
        power_levels::RoomPowerLevelsEventContent,
        redaction::RoomRedactionEventContent,
        topic::RoomTopicEventContent,
    },
    room_key::ToDeviceRoomKeyEventContent,
    room_key_bundle::ToDeviceRoomKeyBundleEventContent,
    typing::TypingEventContent,
};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::scenario::{History, JoinRule, PresenceState};

/// A ruma identifier that could not be built from simulator data (a bug, not user input:
/// validation already checked every name).
#[derive(Debug, thiserror::Error)]
#[error("invalid matrix identifier {0}")]
pub struct IdError(pub String);

/// Parses a user id.
pub fn user_id(s: &str) -> Result<OwnedUserId, IdError> {
    s.try_into().map_err(|_| IdError(s.to_owned()))
}

/// Parses an event id.
pub fn event_id(s: &str) -> Result<OwnedEventId, IdError> {
    s.try_into().map_err(|_| IdError(s.to_owned()))
}

/// Parses a room id.
pub fn room_id(s: &str) -> Result<OwnedRoomId, IdError> {
    s.try_into().map_err(|_| IdError(s.to_owned()))
}

fn to_value<T: Serialize>(content: &T) -> Value {
    serde_json::to_value(content).unwrap_or(Value::Null)
}

/// Content and type of one event, before it is wrapped in a PDU.
#[derive(Clone, Debug)]
pub struct Content {
    /// Event type, e.g. `m.room.message`.
    pub event_type: String,
    /// State key for state events.
    pub state_key: Option<String>,
    /// The content JSON.
    pub body: Value,
}

impl Content {
    fn message<C: ruma_events::MessageLikeEventContent + Serialize>(c: &C) -> Content {
        Content { event_type: c.event_type().to_string(), state_key: None, body: to_value(c) }
    }

    fn state<C: ruma_events::StateEventContent + Serialize>(c: &C, key: &str) -> Content {
        Content { event_type: c.event_type().to_string(), state_key: Some(key.to_owned()), body: to_value(c) }
    }
}

/// `m.room.create`.
pub fn create(creator: &str) -> Result<Content, IdError> {
    let c = RoomCreateEventContent::new_v11();
    let _ = user_id(creator)?;
    Ok(Content::state(&c, ""))
}

/// `m.room.member` for a membership change, with the profile the member shows in this room.
pub fn member(
    user: &str,
    membership: &str,
    display_name: Option<&str>,
    avatar: Option<&str>,
) -> Result<Content, IdError> {
    let state = match membership {
        "join" => MembershipState::Join,
        "invite" => MembershipState::Invite,
        _ => MembershipState::Leave,
    };
    let mut c = RoomMemberEventContent::new(state);
    c.displayname = display_name.map(str::to_owned);
    c.avatar_url = avatar.map(|a| a.into());
    let _ = user_id(user)?;
    Ok(Content::state(&c, user))
}

/// `m.room.power_levels` giving the creator 100.
pub fn power_levels(creator: &str) -> Result<Content, IdError> {
    let rules = ruma_common::room_version_rules::RoomVersionRules::V11.authorization;
    let mut c = RoomPowerLevelsEventContent::new(&rules);
    c.users.insert(user_id(creator)?, 100.into());
    Ok(Content::state(&c, ""))
}

/// `m.room.join_rules`.
pub fn join_rules(rule: JoinRule) -> Content {
    let r = match rule {
        JoinRule::Public => RumaJoinRule::Public,
        JoinRule::Invite => RumaJoinRule::Invite,
        JoinRule::Knock => RumaJoinRule::Knock,
        JoinRule::Restricted => RumaJoinRule::Restricted(Default::default()),
    };
    Content::state(&RoomJoinRulesEventContent::new(r), "")
}

/// `m.room.history_visibility`.
pub fn history_visibility(h: History) -> Content {
    let v = match h {
        History::Invited => HistoryVisibility::Invited,
        History::Joined => HistoryVisibility::Joined,
        History::Shared => HistoryVisibility::Shared,
        History::WorldReadable => HistoryVisibility::WorldReadable,
    };
    Content::state(&RoomHistoryVisibilityEventContent::new(v), "")
}

/// `m.room.encryption` with Megolm.
pub fn encryption() -> Content {
    Content::state(&RoomEncryptionEventContent::with_recommended_defaults(), "")
}

/// `m.room.name`.
pub fn name(name: &str) -> Content {
    Content::state(&RoomNameEventContent::new(name.to_owned()), "")
}

/// `m.room.topic`.
pub fn topic(topic: &str) -> Content {
    Content::state(&RoomTopicEventContent::new(topic.to_owned()), "")
}

/// `m.room.canonical_alias`.
pub fn canonical_alias(alias: &str) -> Result<Content, IdError> {
    let mut c = RoomCanonicalAliasEventContent::new();
    let a: OwnedRoomAliasId = alias.try_into().map_err(|_| IdError(alias.to_owned()))?;
    c.alias = Some(a);
    Ok(Content::state(&c, ""))
}

/// A plain-text `m.room.message`, optionally a reply.
pub fn text(body: &str, reply_to: Option<&str>) -> Result<Content, IdError> {
    let mut c = RoomMessageEventContent::text_plain(body);
    if let Some(target) = reply_to {
        c.relates_to = Some(MsgRelation::Reply(ruma_events::relation::Reply::new(InReplyTo::new(event_id(target)?))));
    }
    Ok(Content::message(&c))
}

/// `m.reaction` annotating `target` with `key`.
pub fn reaction(target: &str, key: &str) -> Result<Content, IdError> {
    let c = ReactionEventContent::new(Annotation::new(event_id(target)?, key.to_owned()));
    Ok(Content::message(&c))
}

/// The VoIP version-1 ids every call event carries: the call's id and the sending client's
/// party id (its device id, as matrix-js-sdk uses).
pub struct CallIds<'a> {
    /// `call_id`.
    pub call_id: &'a str,
    /// `party_id`.
    pub party_id: &'a str,
}

/// `m.call.invite` (VoIP v1) with the caller's SDP offer; candidates follow in `m.call.candidates`.
pub fn call_invite(ids: &CallIds<'_>, sdp: &str) -> Content {
    let offer = ruma_events::call::SessionDescription::new("offer".into(), sdp.to_owned());
    let c = ruma_events::call::invite::CallInviteEventContent::version_1(
        ids.call_id.into(),
        ids.party_id.into(),
        60_000u32.into(),
        offer,
    );
    Content::message(&c)
}

/// `m.call.answer` (VoIP v1) with the callee's SDP answer.
pub fn call_answer(ids: &CallIds<'_>, sdp: &str) -> Content {
    let answer = ruma_events::call::SessionDescription::new("answer".into(), sdp.to_owned());
    let c =
        ruma_events::call::answer::CallAnswerEventContent::version_1(answer, ids.call_id.into(), ids.party_id.into());
    Content::message(&c)
}

/// `m.call.candidates` (VoIP v1): the ICE candidates a client gathered (the SDP `a=candidate`
/// lines, each with the address it may be reached at), ended by an empty end-of-candidates one.
pub fn call_candidates(ids: &CallIds<'_>, lines: &[String]) -> Content {
    use ruma_events::call::candidates::{CallCandidatesEventContent, Candidate};
    let mut candidates: Vec<Candidate> = lines
        .iter()
        .map(|l| {
            let mut c = Candidate::new(l.clone());
            c.sdp_mid = Some("0".into());
            c.sdp_m_line_index = Some(0u32.into());
            c
        })
        .collect();
    candidates.push(Candidate::new(String::new()));
    let c = CallCandidatesEventContent::version_1(ids.call_id.into(), ids.party_id.into(), candidates);
    Content::message(&c)
}

/// `m.call.hangup` (VoIP v1).
pub fn call_hangup(ids: &CallIds<'_>) -> Content {
    let mut c =
        ruma_events::call::hangup::CallHangupEventContent::new(ids.call_id.into(), ruma_common::VoipVersionId::V1);
    c.party_id = Some(ids.party_id.into());
    Content::message(&c)
}

/// `m.room.redaction` of an earlier event (room version 11: `redacts` in the content).
pub fn redaction(target: &str) -> Result<Content, IdError> {
    Ok(Content::message(&RoomRedactionEventContent::new_v11(event_id(target)?)))
}

/// `m.room.encrypted` with Megolm; `m.relates_to` of a reply stays in cleartext.
pub fn megolm(
    ciphertext: String,
    sender_key: String,
    device_id: &str,
    session_id: String,
    reply_to: Option<&str>,
) -> Result<Content, IdError> {
    let scheme = EncryptedEventScheme::MegolmV1AesSha2(
        MegolmV1AesSha2ContentInit { ciphertext, sender_key, device_id: device_id.into(), session_id }.into(),
    );
    let relation = match reply_to {
        Some(t) => Some(EncRelation::Reply(ruma_events::relation::Reply::new(InReplyTo::new(event_id(t)?)))),
        None => None,
    };
    Ok(Content::message(&RoomEncryptedEventContent::new(scheme, relation)))
}

/// The JSON a client encrypts with Megolm: type, content and room id.
pub fn megolm_payload(inner: &Content, room: &str) -> Value {
    json!({ "type": inner.event_type, "content": inner.body, "room_id": room })
}

/// `m.room_key` content for a Megolm session.
pub fn room_key(room: &str, session_id: &str, session_key: &str, shared_history: bool) -> Result<Value, IdError> {
    let mut c = ToDeviceRoomKeyEventContent::new(
        ruma_common::EventEncryptionAlgorithm::MegolmV1AesSha2,
        room_id(room)?,
        session_id.to_owned(),
        session_key.to_owned(),
    );
    // Matrix 1.19 (MSC4268): the sender saw the room's history visibility `shared` or
    // `world_readable` and agrees the key may go to members invited later.
    c.shared_history = shared_history;
    Ok(to_value(&c))
}

/// `m.room_key_bundle` (Matrix 1.19, MSC4268): where the encrypted key bundle of a room is and
/// how to open it (`file`, an `EncryptedFile`), checked by ruma's type.
pub fn room_key_bundle(room: &str, file: Value) -> Result<Value, IdError> {
    let c: ToDeviceRoomKeyBundleEventContent = serde_json::from_value(json!({ "room_id": room, "file": file }))
        .map_err(|e| IdError(format!("m.room_key_bundle for {room}: {e}")))?;
    Ok(to_value(&c))
}

/// The plaintext an Olm message carries (spec: "m.olm.v1.curve25519-aes-sha2" payload).
pub fn olm_payload(
    event_type: &str,
    content: &Value,
    sender: &str,
    recipient: &str,
    recipient_ed25519: &str,
    sender_ed25519: &str,
) -> Value {
    json!({
        "type": event_type,
        "content": content,
        "sender": sender,
        "recipient": recipient,
        "recipient_keys": { "ed25519": recipient_ed25519 },
        "keys": { "ed25519": sender_ed25519 },
    })
}

/// `m.room.encrypted` to-device content carrying one Olm message.
pub fn olm_to_device(recipient_curve25519: &str, message_type: usize, body: String, sender_key: String) -> Value {
    let mut ciphertext = BTreeMap::new();
    ciphertext.insert(recipient_curve25519.to_owned(), CiphertextInfo::new(body, (message_type as u32).into()));
    let c = ToDeviceRoomEncryptedEventContent::new(EncryptedEventScheme::OlmV1Curve25519AesSha2(
        OlmV1Curve25519AesSha2Content::new(ciphertext, sender_key),
    ));
    to_value(&c)
}

/// `m.room_key.withheld` with code `m.unverified` (spec: end-to-end encryption module).
pub fn withheld_unverified(room: &str, session_id: &str, sender_key: &str, from_device: &str) -> Value {
    json!({
        "algorithm": "m.megolm.v1.aes-sha2",
        "code": "m.unverified",
        "reason": "The sender has disabled encrypting to unverified devices.",
        "room_id": room,
        "session_id": session_id,
        "sender_key": sender_key,
        "from_device": from_device,
    })
}

/// `m.typing` EDU content.
pub fn typing(users: &[&str]) -> Result<Value, IdError> {
    let ids = users.iter().map(|u| user_id(u)).collect::<Result<Vec<_>, _>>()?;
    Ok(to_value(&TypingEventContent::new(ids)))
}

/// `m.presence` content.
pub fn presence(state: PresenceState, status: Option<&str>, last_active_ago_ms: u64) -> Value {
    let s = match state {
        PresenceState::Online => ruma_common::presence::PresenceState::Online,
        PresenceState::Unavailable => ruma_common::presence::PresenceState::Unavailable,
        PresenceState::Offline => ruma_common::presence::PresenceState::Offline,
    };
    let mut c = PresenceEventContent::new(s);
    c.status_msg = status.map(str::to_owned);
    c.last_active_ago = Some((last_active_ago_ms as u32).into());
    c.currently_active = Some(matches!(state, PresenceState::Online));
    to_value(&c)
}

/// `m.receipt` content: `user` read `event` at `ts` (milliseconds).
pub fn receipt(event: &str, user: &str, ts: u64) -> Value {
    json!({ event: { "m.read": { user: { "ts": ts } } } })
}

/// `m.device_list_update` EDU content (server-server API; ruma-events has no type for it). The
/// display name is left out unless the sending server shares device names over federation
/// (Synapse `allow_device_name_lookup_over_federation`, off by default; FACTS.md §1).
pub fn device_list_update(
    user: &str,
    device_id: &str,
    display_name: Option<&str>,
    stream_id: u64,
    keys: Value,
) -> Value {
    let mut v = json!({
        "user_id": user,
        "device_id": device_id,
        "stream_id": stream_id,
        "prev_id": if stream_id > 1 { json!([stream_id - 1]) } else { json!([]) },
        "deleted": false,
    });
    // Moved in, not re-serialised (`json!` would copy a `Value` through serde).
    if let Some(map) = v.as_object_mut() {
        if let Some(name) = display_name {
            map.insert("device_display_name".into(), Value::String(name.to_owned()));
        }
        map.insert("keys".into(), keys);
    }
    v
}

/// The room version every simulated room uses.
pub fn room_version() -> RoomVersionId {
    RoomVersionId::V11
}

/// Wraps content in a PDU: the JSON every participating server stores.
#[allow(clippy::too_many_arguments)]
pub fn pdu(
    event_id: &str,
    room_id: &str,
    sender: &str,
    origin_server_ts: u64,
    depth: u64,
    prev_events: &[String],
    auth_events: &[String],
    content: &Content,
) -> Value {
    let mut v = json!({
        "event_id": event_id,
        "room_id": room_id,
        "sender": sender,
        "origin_server_ts": origin_server_ts,
        "type": content.event_type,
        "depth": depth,
        "prev_events": prev_events,
        "auth_events": auth_events,
        "unsigned": {},
    });
    if let Some(map) = v.as_object_mut() {
        map.insert("content".into(), content.body.clone());
        if let Some(key) = &content.state_key {
            map.insert("state_key".into(), Value::String(key.clone()));
        }
    }
    v
}
