//! The timeline: times in order, then each step's action checks itself against the script so
//! far (`crate::script`).

use super::{Adversaries, Builder, Cast};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::RawScenario;
use crate::script::Check;
use crate::time::SimTime;
use std::collections::BTreeSet;

impl Builder<'_> {
    pub(super) fn script(&mut self, raw: &RawScenario, cast: &Cast, adversaries: &Adversaries) -> Vec<Step> {
        let mut out = Vec::new();
        let mut cx = Check::new(self, cast, adversaries);
        let mut last: Option<SimTime> = None;
        for ss in &raw.script {
            let s = ss.get_ref();
            let Some(at) = cx.builder().time(&s.at) else { continue };
            if let Some(prev) = last
                && at < prev
            {
                cx.push(Diagnostic::new(C::TimeBackwards, s.at.span()).arg("at", at).arg("previous", prev));
            }
            last = Some(last.map_or(at, |p| p.max(at)));
            cx.at = at;
            cx.span = ss.span();
            let Some(action) = s.check(&mut cx) else { continue };
            // Actions by accounts that do not exist in this run are dropped silently.
            if action.actor().is_some_and(|who| !cast.people.contains_key(who)) {
                continue;
            }
            // A person whose every device is lost cannot act until they recover on a new one.
            if let Some(who) = action.actor()
                && action.needs_device()
                && cx.state.devices.get(who).is_some_and(BTreeSet::is_empty)
            {
                cx.push(Diagnostic::new(C::NoDevice, ss.span()).arg("id", who).arg("at", at));
                continue;
            }
            out.push(Step { at, action, span: ss.span() });
        }
        out.sort_by_key(|s| s.at);
        out
    }
}
