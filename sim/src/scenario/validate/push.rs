//! A person's pusher: who carries their notifications, what each one carries, and whether their phone can use that service.

use super::{Builder, is_server_name};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;

/// The names of [`PushService`]s in a scenario file (`none`: no pusher).
const SERVICES: &[(&str, Option<PushService>)] = &[
    ("none", None),
    ("google", Some(PushService::Google)),
    ("apple", Some(PushService::Apple)),
    ("unifiedpush", Some(PushService::UnifiedPush)),
];

/// The names of [`PushFormat`]s in a scenario file.
const FORMATS: &[(&str, PushFormat)] = &[("event-id-only", PushFormat::EventIdOnly), ("full", PushFormat::Full)];

/// Why a phone cannot use a push service, from its user agent: an F-Droid build carries no
/// Google code (Element Android says `Flavour FDroid`), an iPhone only has Apple's service, and
/// Apple's service reaches only Apple devices.
pub(crate) fn unavailable(service: PushService, user_agent: &str) -> Option<&'static str> {
    let lower = user_agent.to_lowercase();
    let fdroid = lower.contains("fdroid") || lower.contains("f-droid");
    let apple = ["iPhone", "iPad", "iOS"].iter().any(|w| user_agent.contains(w));
    let android = user_agent.contains("Android");
    match service {
        PushService::Google if fdroid => Some("f-droid"),
        PushService::Google | PushService::UnifiedPush if apple => Some("apple-device"),
        PushService::Apple if android => Some("android-device"),
        _ => None,
    }
}

impl Builder<'_> {
    /// The pusher `p`'s first device registers, checked against that device.
    pub(super) fn pusher(&mut self, id: &str, p: &RawPerson, first: Option<&DeviceSpec>) -> Option<PusherSpec> {
        let format = self.one_of(p.push_format.as_ref(), FORMATS, PushFormat::EventIdOnly);
        let distributor = p.push_distributor.as_ref().and_then(|d| self.string(d).map(|s| (s, d.span())));
        let raw = p.push.as_ref()?;
        let service = self.one_of(Some(raw), SERVICES, None)?;
        if let Some(device) = first
            && let Some(reason) = unavailable(service, &device.user_agent)
        {
            self.push(
                Diagnostic::new(C::PushServiceUnavailable, raw.span())
                    .arg("id", id)
                    .arg("service", SERVICES.iter().find(|(_, s)| *s == Some(service)).map_or("", |(n, _)| n))
                    .arg("device", &device.id)
                    .arg("reason", reason),
            );
            return None;
        }
        let distributor = match (service, distributor) {
            (PushService::UnifiedPush, None) => {
                self.push(Diagnostic::new(C::PushDistributorMissing, raw.span()).arg("id", id));
                return None;
            }
            (PushService::UnifiedPush, Some((name, span))) => {
                if !is_server_name(&name) {
                    self.push(Diagnostic::new(C::InvalidServerName, span).arg("value", &name));
                    return None;
                }
                Some(name)
            }
            _ => None,
        };
        Some(PusherSpec { service, format, distributor })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_fdroid_build_has_no_google_push_and_an_iphone_only_apple() {
        let fdroid = "Element/1.6.30 (Android 14; SM-A546B; Flavour FDroid; MatrixAndroidSdk2 1.6.30)";
        let play = "Element X/25.10.0 (samsung SM-A546B; Android 14; UP1A.231005.007; Sdk 0c4e1a2)";
        let iphone = "Element/1.11.30 (iPhone14,5; iOS 18.3; Scale/3.00)";
        assert_eq!(unavailable(PushService::Google, fdroid), Some("f-droid"));
        assert_eq!(unavailable(PushService::UnifiedPush, fdroid), None);
        assert_eq!(unavailable(PushService::Google, play), None);
        assert_eq!(unavailable(PushService::Apple, play), Some("android-device"));
        assert_eq!(unavailable(PushService::Google, iphone), Some("apple-device"));
        assert_eq!(unavailable(PushService::Apple, iphone), None);
    }
}
