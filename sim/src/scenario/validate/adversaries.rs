//! Adversaries: exactly one kind each, its target, its start time; a seized device must exist.

use super::{Builder, Cast};
use crate::scenario::Spanned;
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use indexmap::IndexMap;
use std::collections::BTreeSet;
use std::ops::Range;

/// Adversaries being checked: the spec, the table's span, and the span of its `device` key.
pub(crate) type Adversaries = IndexMap<String, (AdversarySpec, Range<usize>, Option<Spanned<String>>)>;

impl Builder<'_> {
    pub(super) fn adversaries(&mut self, raw: &RawScenario, cast: &Cast) -> Adversaries {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        for (i, sa) in raw.adversaries.iter().enumerate() {
            let a = sa.get_ref();
            let kinds = [
                ("compromise", &a.compromise),
                ("malicious-admin", &a.malicious_admin),
                ("insider", &a.insider),
                ("network-observer", &a.network_observer),
                ("seized-device", &a.seized_device),
                ("push-gateway", &a.push_gateway),
                ("contact-lookup", &a.contact_lookup),
                ("identity-server", &a.identity_server),
            ]
            .into_iter()
            .filter_map(|(n, p)| p.as_ref().map(|p| (p.span(), (n, p))))
            .collect();
            let none = Diagnostic::new(C::AdversaryNoKind, sa.span());
            let Some((kind_name, target)) =
                self.exactly_one(kinds, none, |second| Diagnostic::new(C::AdversaryManyKinds, second))
            else {
                continue;
            };
            let id = match &a.id {
                Some(id) => {
                    if !self.id(id, &mut seen, "adversary") {
                        continue;
                    }
                    id.get_ref().clone()
                }
                None => {
                    let id =
                        if seen.contains(kind_name) { format!("{kind_name}-{}", i + 1) } else { kind_name.to_owned() };
                    seen.insert(id.clone());
                    id
                }
            };
            let at = a.at.as_ref().and_then(|t| self.time(t)).unwrap_or_default();
            let kind = if kind_name == "compromise" {
                self.compromise(target, &cast.servers)
            } else if kind_name == "contact-lookup" {
                self.contact_lookup(target)
            } else if kind_name == "identity-server" {
                self.string(target).map(|name| AdversaryKind::IdentityServer { name })
            } else {
                let Some(name) = self.string(target) else { continue };
                let named = Spanned::new(target.span(), name);
                match kind_name {
                    "malicious-admin" => self.admin_kind(named, &cast.servers),
                    _ => self.person_kind(kind_name, named, a, cast),
                }
            };
            let Some(kind) = kind else { continue };
            out.insert(id.clone(), (AdversarySpec { id, kind, at }, sa.span(), a.device.clone()));
        }
        out
    }

    /// A compromise: one server, or a list of servers seized by the same adversary; each must be
    /// declared.
    fn compromise(&mut self, target: &RawParam, servers: &IndexMap<String, ServerSpec>) -> Option<AdversaryKind> {
        let names: Vec<String> = match self.value(target) {
            toml::Value::String(s) => vec![s],
            toml::Value::Array(items) if !items.is_empty() && items.iter().all(toml::Value::is_str) => {
                items.iter().filter_map(|i| i.as_str().map(str::to_owned)).collect()
            }
            other => {
                self.wrong_type(target.span(), "a server name or a list of server names", &other);
                return None;
            }
        };
        let mut held: Vec<String> = Vec::new();
        for name in names {
            if !servers.contains_key(&name) {
                self.unknown(C::UnknownServer, target.span(), "name", &name, servers.keys());
                return None;
            }
            if !held.contains(&name) {
                held.push(name);
            }
        }
        let server = held.remove(0);
        Some(AdversaryKind::Compromise { server, also: held })
    }

    /// A contact look-up: one email address or phone number, or a non-empty list of them.
    fn contact_lookup(&mut self, target: &RawParam) -> Option<AdversaryKind> {
        let contacts: Vec<String> = match self.value(target) {
            toml::Value::String(s) => vec![s],
            toml::Value::Array(items) if !items.is_empty() && items.iter().all(toml::Value::is_str) => {
                items.iter().filter_map(|i| i.as_str().map(str::to_owned)).collect()
            }
            other => {
                self.wrong_type(target.span(), "an email address or phone number, or a list of them", &other);
                return None;
            }
        };
        Some(AdversaryKind::ContactLookup { contacts })
    }

    /// A malicious admin: its server must be declared.
    fn admin_kind(&mut self, server: Spanned<String>, servers: &IndexMap<String, ServerSpec>) -> Option<AdversaryKind> {
        if !servers.contains_key(server.get_ref()) {
            self.unknown(C::UnknownServer, server.span(), "name", server.get_ref(), servers.keys());
            return None;
        }
        let server = server.into_inner();
        Some(AdversaryKind::MaliciousAdmin { server })
    }

    /// An adversary near a person: the person must exist in this run; a seized device defaults
    /// to the person's first.
    fn person_kind(
        &mut self,
        kind_name: &str,
        person: Spanned<String>,
        a: &RawAdversary,
        cast: &Cast,
    ) -> Option<AdversaryKind> {
        if !self.person(&person, &cast.declared)? {
            self.push(Diagnostic::new(C::AccountMissing, person.span()).arg("id", person.get_ref()));
            return None;
        }
        let person = person.into_inner();
        Some(match kind_name {
            "insider" => AdversaryKind::Insider { person },
            "network-observer" => AdversaryKind::NetworkObserver { person },
            "push-gateway" => AdversaryKind::PushGateway { person },
            _ => {
                let device = a.device.as_ref().map(|d| d.get_ref().clone()).unwrap_or_else(|| {
                    cast.people.get(&person).and_then(|p| p.devices.first()).map(|d| d.id.clone()).unwrap_or_default()
                });
                AdversaryKind::SeizedDevice { person, device }
            }
        })
    }

    /// A seized device must be one the person has at the start or logs in on during the script.
    pub(super) fn check_seized_devices(
        &mut self,
        adversaries: Adversaries,
        people: &IndexMap<String, PersonSpec>,
        script: &[Step],
    ) -> IndexMap<String, AdversarySpec> {
        let mut out = IndexMap::new();
        for (id, (spec, span, device_span)) in adversaries {
            if let AdversaryKind::SeizedDevice { person, device } = &spec.kind {
                let initial = people.get(person).is_some_and(|p| p.devices.iter().any(|d| &d.id == device));
                let added = script.iter().any(|s| {
                    s.action.actor() == Some(person.as_str()) && s.action.logs_in().is_some_and(|d| &d.id == device)
                });
                if !initial && !added {
                    let span = device_span.as_ref().map_or(span, |d| d.span());
                    self.push(Diagnostic::new(C::UnknownDevice, span).arg("id", device).arg("person", person));
                    continue;
                }
            }
            out.insert(id, spec);
        }
        out
    }
}
