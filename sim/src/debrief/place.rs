//! THE place where each finding is given its meaning: its group, its severity, what makes two
//! findings the same item, its first-layer arguments, and what to do now. All its matches are
//! exhaustive (no `_ =>`), so a new finding code does not compile until it is placed here.

use super::{GroupKind, Names, Severity, Todo};
use crate::knowledge::{Fact, Finding, IpKind, PushContent};
use crate::{FindingCode, SimTime};
use std::collections::BTreeMap;

/// What makes two findings one item: a kind and a value (never shown).
pub type ItemKey = (&'static str, String);

/// Where one finding goes.
pub struct Placed {
    /// Its group.
    pub group: GroupKind,
    /// The item it merges into.
    pub key: ItemKey,
    /// What an adversary can do with it.
    pub severity: Severity,
    /// The first layer's arguments.
    pub args: BTreeMap<String, String>,
}

fn args<const N: usize>(pairs: [(&str, String); N]) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn kebab<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn time(t: SimTime) -> String {
    t.to_string()
}

/// The group, item, severity and arguments of a finding (the match goes on in [`place_b`], [`place_c`] and
/// [`place_d`], split for length; every one of the four matches is exhaustive).
pub(crate) fn place(f: &Finding, n: &Names<'_>) -> Placed {
    use GroupKind as G;
    use Severity as S;
    let p = |group, key: (&'static str, String), severity, args| Placed { group, key, severity, args };
    match &f.fact {
        Fact::IpAddress { ip, ip_kind, last_seen, .. } => {
            let severity = if *ip_kind == IpKind::Home { S::Locate } else { S::Watch };
            p(
                G::Location,
                ("ip", ip.clone()),
                severity,
                args([("ip", ip.clone()), ("kind", kebab(ip_kind)), ("at", time(*last_seen))]),
            )
        }
        Fact::Traffic { destination, destination_kind, first, last, .. } => p(
            G::Location,
            ("traffic", destination.clone()),
            S::Watch,
            args([
                ("destination", destination.clone()),
                ("kind", destination_kind.clone()),
                ("first", time(*first)),
                ("last", time(*last)),
            ]),
        ),
        Fact::ContactDetail { medium, address, .. } => {
            let medium = if medium == "msisdn" { "phone".to_owned() } else { medium.clone() };
            p(
                G::Identity,
                ("contact", address.clone()),
                S::Identify,
                args([("medium", medium), ("address", address.clone())]),
            )
        }
        Fact::PublicHandle { handle, .. } => {
            p(G::Identity, ("handle", handle.clone()), S::Identify, args([("handle", handle.clone())]))
        }
        Fact::Profile { account, display_name, avatar } => {
            let severity = if avatar.is_some() { S::Identify } else { S::Watch };
            let picture = avatar.is_some().to_string();
            p(
                G::Identity,
                ("profile", account.clone()),
                severity,
                args([("name", display_name.clone()), ("picture", picture)]),
            )
        }
        Fact::AccountLink { account, other, other_account, via } => {
            let mut pair = [account.clone(), other_account.clone()];
            pair.sort();
            let own = n.owner(other) == n.owner(&f.subject);
            p(
                G::Identity,
                ("link", pair.join(" ")),
                S::Identify,
                args([
                    ("other", n.of_mxid(other_account)),
                    ("server", n.server_of_mxid(other_account)),
                    ("own", own.to_string()),
                    ("via", via.first().map(kebab).unwrap_or_default()),
                    ("reasons", via.len().to_string()),
                ]),
            )
        }
        Fact::RoomMembership { .. }
        | Fact::SocialLink { .. }
        | Fact::MessagePlaintext { .. }
        | Fact::Relation { .. } => place_b(f, n),
        Fact::MessageMetadata { .. }
        | Fact::Presence { .. }
        | Fact::ReadReceipt { .. }
        | Fact::Typing { .. }
        | Fact::PushNotification { .. } => place_c(f, n),
        Fact::DeviceList { .. }
        | Fact::SessionToken { .. }
        | Fact::IdentityChanged { .. }
        | Fact::KeyBackup { .. }
        | Fact::RecoveryPassphrase { .. } => place_d(f, n),
    }
}

/// [`place`], continued: rooms, contacts, messages and relations.
fn place_b(f: &Finding, n: &Names<'_>) -> Placed {
    use GroupKind as G;
    use Severity as S;
    let p = |group, key: (&'static str, String), severity, args| Placed { group, key, severity, args };
    match &f.fact {
        Fact::RoomMembership { room, since, .. } => p(
            G::Network,
            ("room", room.clone()),
            S::MapNetwork,
            args([("room", n.room(room)), ("since", time(*since))]),
        ),
        Fact::SocialLink { account, contacts, rooms } => {
            let names: Vec<String> = contacts.iter().map(|c| n.of_mxid(c)).collect();
            let with_you = names.iter().any(String::is_empty);
            let others: Vec<String> = names.into_iter().filter(|c| !c.is_empty()).collect();
            p(
                G::Network,
                ("contacts", account.clone()),
                S::MapNetwork,
                args([
                    ("contacts", others.join(", ")),
                    ("count", others.len().to_string()),
                    ("with_you", with_you.to_string()),
                    ("rooms", rooms.len().to_string()),
                ]),
            )
        }
        Fact::MessagePlaintext { room, at, text, .. } => p(
            G::Content,
            ("message", format!("{room}|{}|{text}", at.0)),
            S::Read,
            args([("room", n.room(room)), ("at", time(*at)), ("text", text.clone())]),
        ),
        Fact::Relation { room, event_id, rel_type, key, .. } => {
            let kind = match rel_type.as_str() {
                "m.annotation" => "reaction",
                "m.in_reply_to" => "reply",
                "m.thread" => "thread",
                "m.replace" => "edit",
                _ => "other",
            };
            let severity = if key.is_some() { S::Read } else { S::MapNetwork };
            p(
                G::Content,
                ("relation", event_id.clone()),
                severity,
                args([("room", n.room(room)), ("kind", kind.to_owned()), ("key", key.clone().unwrap_or_default())]),
            )
        }
        Fact::IpAddress { .. }
        | Fact::Traffic { .. }
        | Fact::ContactDetail { .. }
        | Fact::PublicHandle { .. }
        | Fact::Profile { .. }
        | Fact::AccountLink { .. }
        | Fact::MessageMetadata { .. }
        | Fact::Presence { .. }
        | Fact::ReadReceipt { .. }
        | Fact::Typing { .. }
        | Fact::PushNotification { .. }
        | Fact::DeviceList { .. }
        | Fact::SessionToken { .. }
        | Fact::IdentityChanged { .. }
        | Fact::KeyBackup { .. }
        | Fact::RecoveryPassphrase { .. } => place(f, n),
    }
}

/// [`place`], continued: activity.
fn place_c(f: &Finding, n: &Names<'_>) -> Placed {
    use GroupKind as G;
    use Severity as S;
    let p = |group, key: (&'static str, String), severity, args| Placed { group, key, severity, args };
    match &f.fact {
        Fact::MessageMetadata { room, at, encrypted, .. } => p(
            G::Activity,
            ("envelope", format!("{room}|{}", at.0)),
            S::Watch,
            args([("room", n.room(room)), ("at", time(*at)), ("encrypted", encrypted.to_string())]),
        ),
        Fact::Presence { state, status, at, .. } => p(
            G::Activity,
            ("presence", format!("{state}|{status:?}|{}", at.0)),
            S::Watch,
            args([("state", state.clone()), ("status", status.clone().unwrap_or_default()), ("at", time(*at))]),
        ),
        Fact::ReadReceipt { room, at, .. } => p(
            G::Activity,
            ("receipt", format!("{room}|{}", at.0)),
            S::Watch,
            args([("room", n.room(room)), ("at", time(*at))]),
        ),
        Fact::Typing { room, at, .. } => p(
            G::Activity,
            ("typing", format!("{room}|{}", at.0)),
            S::Watch,
            args([("room", n.room(room)), ("at", time(*at))]),
        ),
        Fact::PushNotification { service, at, room, sender_name, content, text, unread_only, .. } => {
            let (severity, shows) = if text.is_some() {
                (S::Read, "text")
            } else if sender_name.is_some() {
                (S::MapNetwork, "sender")
            } else if content == &Some(PushContent::Ciphertext) || !unread_only {
                (S::Watch, "event")
            } else {
                (S::Watch, "count")
            };
            p(
                G::Activity,
                ("push", format!("{}|{room:?}|{unread_only}", at.0)),
                severity,
                args([
                    ("service", kebab(service)),
                    ("at", time(*at)),
                    ("room", room.as_deref().map(|r| n.room(r)).unwrap_or_default()),
                    ("shows", shows.to_owned()),
                ]),
            )
        }
        Fact::IpAddress { .. }
        | Fact::Traffic { .. }
        | Fact::ContactDetail { .. }
        | Fact::PublicHandle { .. }
        | Fact::Profile { .. }
        | Fact::AccountLink { .. }
        | Fact::RoomMembership { .. }
        | Fact::SocialLink { .. }
        | Fact::MessagePlaintext { .. }
        | Fact::Relation { .. }
        | Fact::DeviceList { .. }
        | Fact::SessionToken { .. }
        | Fact::IdentityChanged { .. }
        | Fact::KeyBackup { .. }
        | Fact::RecoveryPassphrase { .. } => place(f, n),
    }
}

/// [`place`], continued: devices and sessions.
fn place_d(f: &Finding, n: &Names<'_>) -> Placed {
    use GroupKind as G;
    use Severity as S;
    let p = |group, key: (&'static str, String), severity, args| Placed { group, key, severity, args };
    match &f.fact {
        Fact::DeviceList { account, devices } => {
            let list: Vec<String> = devices.iter().map(|d| d.name.clone().unwrap_or_else(|| d.id.clone())).collect();
            p(
                G::Devices,
                ("devices", account.clone()),
                S::Watch,
                args([("devices", list.join(", ")), ("count", devices.len().to_string())]),
            )
        }
        Fact::SessionToken { account, devices } => p(
            G::Devices,
            ("tokens", account.clone()),
            S::Impersonate,
            args([("devices", devices.join(", ")), ("count", devices.len().to_string())]),
        ),
        Fact::IdentityChanged { at, verified, .. } => p(
            G::Devices,
            ("identity", at.0.to_string()),
            S::Impersonate,
            args([("at", time(*at)), ("verified", verified.to_string())]),
        ),
        // The backup names the rooms you hold keys for: whom you talk with, not what was said.
        Fact::KeyBackup { account, room, sessions } => p(
            G::Devices,
            ("backup", format!("{account}|{room}")),
            S::MapNetwork,
            args([("room", n.room(room)), ("sessions", sessions.to_string())]),
        ),
        // A weak passphrase opens the backup: every backed-up message becomes readable.
        Fact::RecoveryPassphrase { account, iterations, weak, sessions } => p(
            G::Devices,
            ("passphrase", account.clone()),
            if *weak { S::Read } else { S::Watch },
            args([
                ("iterations", iterations.to_string()),
                ("weak", weak.to_string()),
                ("sessions", sessions.to_string()),
            ]),
        ),
        Fact::IpAddress { .. }
        | Fact::Traffic { .. }
        | Fact::ContactDetail { .. }
        | Fact::PublicHandle { .. }
        | Fact::Profile { .. }
        | Fact::AccountLink { .. }
        | Fact::RoomMembership { .. }
        | Fact::SocialLink { .. }
        | Fact::MessagePlaintext { .. }
        | Fact::Relation { .. }
        | Fact::MessageMetadata { .. }
        | Fact::Presence { .. }
        | Fact::ReadReceipt { .. }
        | Fact::Typing { .. }
        | Fact::PushNotification { .. } => place(f, n),
    }
}

/// What to do now about a group whose most telling item has this code.
pub fn todo(code: FindingCode) -> Todo {
    match code {
        FindingCode::IpAddress | FindingCode::Traffic => Todo::HideAddress,
        FindingCode::ContactDetail => Todo::RemoveContact,
        FindingCode::PublicHandle | FindingCode::Profile => Todo::ChangeUsername,
        FindingCode::AccountLink => Todo::SeparateAccounts,
        FindingCode::DeviceList | FindingCode::SessionToken => Todo::ReviewSessions,
        FindingCode::IdentityChanged => Todo::VerifyAgain,
        FindingCode::MessagePlaintext | FindingCode::Relation => Todo::EncryptRooms,
        FindingCode::RoomMembership | FindingCode::SocialLink => Todo::ChooseRooms,
        FindingCode::MessageMetadata | FindingCode::Presence | FindingCode::ReadReceipt | FindingCode::Typing => {
            Todo::QuietActivity
        }
        FindingCode::PushNotification => Todo::PrivateNotifications,
        FindingCode::KeyBackup | FindingCode::RecoveryPassphrase => Todo::StrongRecovery,
    }
}
