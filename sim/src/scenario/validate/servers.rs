//! Servers and the network: names, retention, platforms, exit addresses.

use super::{Builder, is_server_name};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use indexmap::IndexMap;
use std::collections::BTreeSet;

impl Builder<'_> {
    pub(super) fn ip(&mut self, s: &Spanned<String>) -> String {
        if s.get_ref().parse::<std::net::IpAddr>().is_err() {
            self.push(Diagnostic::new(C::InvalidIp, s.span()).arg("value", s.get_ref()));
        }
        s.get_ref().clone()
    }

    pub(super) fn network(&mut self, raw: &RawScenario) -> NetworkSpec {
        let mut n = NetworkSpec { vpn_exit: "198.51.100.20".into(), tor_exit: "198.51.100.66".into() };
        if let Some(net) = &raw.network {
            if let Some(v) = &net.get_ref().vpn_exit {
                n.vpn_exit = self.ip(v);
            }
            if let Some(t) = &net.get_ref().tor_exit {
                n.tor_exit = self.ip(t);
            }
        }
        n
    }

    pub(super) fn servers(&mut self, raw: &RawScenario) -> IndexMap<String, ServerSpec> {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        if raw.servers.is_empty() {
            self.push(Diagnostic::new(C::NoServers, raw.id.span()));
        }
        for s in &raw.servers {
            let s = s.get_ref();
            let name = s.name.get_ref().clone();
            if !is_server_name(&name) {
                self.push(Diagnostic::new(C::InvalidServerName, s.name.span()).arg("value", &name));
                continue;
            }
            if !seen.insert(name.clone()) {
                self.push(Diagnostic::new(C::DuplicateId, s.name.span()).arg("id", &name).arg("kind", "server"));
                continue;
            }
            let mut spec = ServerSpec {
                name: name.clone(),
                keeps_ip_days: self.days(s.keeps_ip_days.as_ref(), 28),
                keeps_device_ip: self.boolean(s.keeps_device_ip.as_ref(), true),
                log_days: self.days(s.log_days.as_ref(), crate::server::LOG_DAYS),
                proxy_log_days: self.days(s.proxy_log_days.as_ref(), crate::server::PROXY_LOG_DAYS),
                auth: self.one_of(s.auth.as_ref(), AUTHS, Auth::Synapse),
                requires_email: false,
                requires_phone: false,
                presence: self.boolean(s.presence.as_ref(), true),
                shares_device_names: self.boolean(s.shares_device_names.as_ref(), false),
                push_include_content: self.boolean(s.push_include_content.as_ref(), true),
                honours_redactions: self.boolean(s.honours_redactions.as_ref(), true),
                redaction_retention_days: self.days(s.redaction_retention_days.as_ref(), 7),
                platform: self.one_of(s.platform.as_ref(), PLATFORMS, Platform::Matrix),
                country: s.country.as_ref().map(|c| c.get_ref().clone()),
            };
            // What the centralised services demand at sign-up (FACTS §6).
            match spec.platform {
                Platform::SignalLike | Platform::TelegramLike => spec.requires_phone = true,
                Platform::DiscordLike => spec.requires_email = true,
                Platform::Matrix => {}
            }
            for r in &s.requires {
                match self.lookup(r.get_ref(), r.span(), &[("email", 0), ("phone", 1)]) {
                    Some(0) => spec.requires_email = true,
                    Some(_) => spec.requires_phone = true,
                    None => {}
                }
            }
            out.insert(name, spec);
        }
        out
    }
}
