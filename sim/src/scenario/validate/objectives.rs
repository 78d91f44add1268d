//! Objectives: exactly one condition each, on a known finding, person, adversary or message.

use super::{Builder, Declared};
use crate::knowledge::FindingCode;
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};

/// One objective's condition as written.
enum Condition<'r> {
    Filter(ObjectiveKind, &'r RawFindingFilter),
    Reads(&'r Spanned<String>),
}

impl Builder<'_> {
    pub(super) fn objectives(
        &mut self,
        raw: &RawScenario,
        declared: &BTreeMap<String, Declared>,
        adversaries: &IndexMap<String, AdversarySpec>,
        labels: &BTreeSet<String>,
    ) -> Vec<Objective> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for so in &raw.objectives {
            let o = so.get_ref();
            if !self.id(&o.id, &mut seen, "objective") {
                continue;
            }
            let conditions = [
                o.adversary_must_not_learn
                    .as_ref()
                    .map(|f| (f.span(), Condition::Filter(ObjectiveKind::MustNotLearn, f.get_ref()))),
                o.adversary_learns.as_ref().map(|f| (f.span(), Condition::Filter(ObjectiveKind::Learns, f.get_ref()))),
                o.learner_reads.as_ref().map(|l| (l.span(), Condition::Reads(l))),
            ]
            .into_iter()
            .flatten()
            .collect();
            let id = o.id.get_ref();
            let none = Diagnostic::new(C::ObjectiveNoCondition, o.id.span()).arg("id", id);
            let many = |second| Diagnostic::new(C::ObjectiveManyConditions, second).arg("id", id);
            let objective = match self.exactly_one(conditions, none, many) {
                Some(Condition::Reads(label)) => self.learner_reads(id, label, labels),
                Some(Condition::Filter(kind, f)) => self.filter(f, declared, adversaries).map(|filter| Objective {
                    id: id.clone(),
                    kind,
                    filter: Some(filter),
                    message: None,
                }),
                None => None,
            };
            out.extend(objective);
        }
        out
    }

    /// The learner reads a message: its label must be defined by the script.
    fn learner_reads(&mut self, id: &str, label: &Spanned<String>, labels: &BTreeSet<String>) -> Option<Objective> {
        if !labels.contains(label.get_ref()) {
            self.push(Diagnostic::new(C::UnknownMessage, label.span()).arg("label", label.get_ref()).arg("room", "—"));
            return None;
        }
        Some(Objective {
            id: id.to_owned(),
            kind: ObjectiveKind::LearnerReads,
            filter: None,
            message: Some(label.get_ref().clone()),
        })
    }

    /// A finding filter: a known finding code, person and adversary, plain `where` values.
    fn filter(
        &mut self,
        f: &RawFindingFilter,
        declared: &BTreeMap<String, Declared>,
        adversaries: &IndexMap<String, AdversarySpec>,
    ) -> Option<FindingFilter> {
        let Some(code) = FindingCode::parse(f.finding.get_ref()) else {
            let known = FindingCode::ALL.iter().map(|c| c.as_str().to_owned()).collect::<Vec<_>>();
            self.unknown(C::UnknownFinding, f.finding.span(), "value", f.finding.get_ref(), &known);
            return None;
        };
        if let Some(about) = &f.about
            && self.person(about, declared).is_none()
        {
            return None;
        }
        if let Some(by) = &f.by
            && !adversaries.contains_key(by.get_ref())
        {
            self.unknown(C::UnknownAdversary, by.span(), "id", by.get_ref(), adversaries.keys());
            return None;
        }
        let mut where_ = BTreeMap::new();
        for (k, v) in &f.where_ {
            match serde_json::to_value(v.get_ref()) {
                Ok(j) => {
                    where_.insert(k.clone(), j);
                }
                Err(_) => self.wrong_type(v.span(), "a plain value", v.get_ref()),
            }
        }
        Some(FindingFilter {
            finding: code,
            about: f.about.as_ref().map(|a| a.get_ref().clone()),
            by: f.by.as_ref().map(|b| b.get_ref().clone()),
            where_,
        })
    }
}
