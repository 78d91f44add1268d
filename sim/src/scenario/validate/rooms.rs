//! Rooms: ids, starting members, alias, join rule, history visibility, encryption.

use super::{Builder, Declared, is_localpart};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use indexmap::{IndexMap, IndexSet};
use std::collections::{BTreeMap, BTreeSet};

impl Builder<'_> {
    pub(super) fn rooms(
        &mut self,
        raw: &RawScenario,
        declared: &BTreeMap<String, Declared>,
    ) -> IndexMap<String, RoomSpec> {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        for sr in &raw.rooms {
            let r = sr.get_ref();
            if !self.id(&r.id, &mut seen, "room") {
                continue;
            }
            let mut members = IndexSet::new();
            for m in &r.members {
                if self.person(m, declared) == Some(true) && !members.insert(m.get_ref().clone()) {
                    self.push(
                        Diagnostic::new(C::AlreadyMember, m.span()).arg("id", m.get_ref()).arg("room", r.id.get_ref()),
                    );
                }
            }
            if members.is_empty() && r.members.iter().all(|m| declared.contains_key(m.get_ref())) {
                let any_declared = r.members.iter().any(|m| declared.contains_key(m.get_ref()));
                if !any_declared {
                    self.push(Diagnostic::new(C::RoomNoMembers, r.id.span()).arg("id", r.id.get_ref()));
                }
            }
            if let Some(a) = &r.alias
                && !is_localpart(a.get_ref())
            {
                self.push(Diagnostic::new(C::InvalidUsername, a.span()).arg("value", a.get_ref()));
            }
            out.insert(
                r.id.get_ref().clone(),
                RoomSpec {
                    id: r.id.get_ref().clone(),
                    name: r.name.as_ref().map(|n| n.get_ref().clone()),
                    topic: r.topic.as_ref().map(|n| n.get_ref().clone()),
                    alias: r.alias.as_ref().map(|n| n.get_ref().clone()),
                    join_rule: self.one_of(r.join_rule.as_ref(), JOIN_RULES, JoinRule::Invite),
                    history: self.one_of(r.history.as_ref(), HISTORIES, History::Shared),
                    encrypted: self.boolean(r.encrypted.as_ref(), false),
                    members: members.into_iter().collect(),
                },
            );
        }
        out
    }
}
