//! What the operator of a centralised service of the guide's appendix may learn.
//!
//! FACTS.md §6: a Signal-like operator sees the phone number and the IP address, never message
//! content (every chat is end-to-end encrypted), nor who sent a message (sealed sender), nor
//! profiles, groups or contact lists (encrypted, SGX contact discovery). Telegram-like and
//! Discord-like operators see everything a Matrix server with unencrypted rooms stores, which the
//! validator arranges by forcing their rooms unencrypted; they need no filter.

use super::{Finding, FindingCode, Holdings};
use crate::scenario::Platform;

/// Codes a Signal-like operator learns from its own database and traffic.
const SIGNAL_LIKE_SEES: &[FindingCode] = &[FindingCode::IpAddress, FindingCode::ContactDetail];

/// Drops what the adversary's service would not hold: applies when every server the adversary
/// reads is Signal-like (a Matrix server elsewhere in the scenario keeps its own rules).
pub(super) fn operator_view(h: &Holdings<'_>, found: &mut Vec<Finding>) {
    let signal_like = !h.servers.is_empty() && h.servers.iter().all(|s| s.server.spec.platform == Platform::SignalLike);
    if signal_like && h.members.is_empty() && h.planted.is_empty() {
        found.retain(|f| SIGNAL_LIKE_SEES.contains(&f.code()));
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::FindingCode;
    use crate::knowledge::testing::{BASE, run};

    fn codes(platform: &str) -> Vec<FindingCode> {
        let src = BASE
            .replace("name = \"a.example\"", &format!("name = \"a.example\"\nplatform = \"{platform}\""))
            .replace("email = \"you@mail.example\"", "email = \"you@mail.example\"\nphone = \"+15550100\"")
            .replace("username = \"sam\"", "username = \"sam\"\nphone = \"+15550101\"\nemail = \"sam@mail.example\"");
        let mut c: Vec<FindingCode> = run(&src, &[]).1.into_iter().map(|f| f.code()).collect();
        c.dedup();
        c
    }

    #[test]
    fn a_signal_like_operator_sees_only_numbers_and_addresses() {
        let signal = codes("signal-like");
        assert!(signal.contains(&FindingCode::IpAddress) && signal.contains(&FindingCode::ContactDetail));
        assert!(signal.iter().all(|c| [FindingCode::IpAddress, FindingCode::ContactDetail].contains(c)), "{signal:?}");
        let telegram = codes("telegram-like");
        assert!(telegram.contains(&FindingCode::MessagePlaintext), "{telegram:?}");
        assert!(telegram.contains(&FindingCode::RoomMembership));
    }
}
