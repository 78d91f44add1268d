//! Tests of the debrief model: placement, merging, parts, preventions, and a property over every
//! bundled scenario (each finding in exactly one item; counts add up).

use super::*;
use crate::counterfactual::counterfactuals;
use crate::{Scenario, bundled, report};

fn debrief_of(name: &str, choose: &[&str], cf: bool) -> (Report, Debrief) {
    let s = match bundled::get(name).map(Scenario::parse) {
        Some(Ok(s)) => s,
        other => panic!("bundled {name}: {other:?}"),
    };
    let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{e}"));
    let (world, mut r) = report::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
    if cf {
        r.counterfactuals = counterfactuals(&s, &sel, s.seed, &r);
    }
    let d = build(world.setup(), &r);
    (r, d)
}

fn group(p: &PersonDebrief, kind: GroupKind) -> &Group {
    p.groups.iter().find(|g| g.kind == kind).unwrap_or_else(|| panic!("no {kind:?} group for {}", p.person.id))
}

/// Every finding is in exactly one item of one person; each person's and group's counts are
/// their items'; the groups are ordered by severity.
fn check_partition(name: &str, r: &Report, d: &Debrief) {
    let mut seen = vec![0usize; r.findings.len()];
    for p in d.people() {
        assert_eq!(p.count, p.groups.iter().map(|g| g.count).sum::<usize>(), "{name}: {}", p.person.id);
        assert!(p.groups.windows(2).all(|w| w[0].severity >= w[1].severity), "{name}: groups out of order");
        for g in &p.groups {
            assert_eq!(g.count, g.items.len(), "{name}");
            assert_eq!(g.severity, g.items.iter().map(|i| i.severity).max().unwrap_or(Severity::Watch));
            for item in &g.items {
                assert!(!item.findings.is_empty());
                for &i in &item.findings {
                    seen[i] += 1;
                    let owner = r.findings[i].subject.as_str();
                    let is_you = r.learner_accounts.iter().any(|a| a == owner);
                    assert_eq!(is_you, p.person.you, "{name}: finding {i} under the wrong person");
                }
            }
        }
    }
    assert!(seen.iter().all(|&n| n == 1), "{name}: findings not in exactly one item: {seen:?}");
}

#[test]
fn every_finding_of_every_bundled_scenario_lands_in_exactly_one_item() {
    for (name, _) in bundled::BUNDLED {
        let (r, d) = debrief_of(name, &[], false);
        check_partition(name, &r, &d);
        assert!(d.you.is_some(), "{name}: no learner section");
        assert!(d.at_risk.is_empty() && !d.counterfactuals, "{name}: at risk without counterfactuals");
        assert!(d.people().flat_map(|p| &p.groups).all(|g| g.prevented_by.is_none()));
    }
}

#[test]
fn an_invite_and_a_join_are_one_membership() {
    let (r, d) = debrief_of("first-connection", &[], false);
    let you = d.you.as_ref().unwrap_or_else(|| panic!("no you"));
    let network = group(you, GroupKind::Network);
    let rooms: Vec<&Item> = network.items.iter().filter(|i| i.code == crate::FindingCode::RoomMembership).collect();
    assert_eq!(rooms.len(), 1, "{rooms:?}");
    assert_eq!(rooms[0].findings.len(), 2, "invite and join");
    assert_eq!(rooms[0].args["room"], "Tenants organising");
    // About you first: the home address locates you, and it leads.
    assert_eq!(you.severity, Severity::Locate);
    assert_eq!(you.groups[0].kind, GroupKind::Location);
    assert_eq!(you.groups[0].summary.args["ip"], "203.0.113.7");
    assert_eq!(you.groups[0].todo, Todo::HideAddress);
    assert!(r.findings.len() > d.people().map(|p| p.count).sum::<usize>(), "duplicates were merged");
}

#[test]
fn people_are_named_as_the_learner_knows_them() {
    let (_, d) = debrief_of("first-connection", &[], false);
    let sam = d.people().find(|p| p.person.id == "sam").unwrap_or_else(|| panic!("no sam"));
    assert_eq!(sam.person.name, "Sam");
    let json = serde_json::to_string(&d.people().flat_map(|p| &p.groups).map(|g| &g.items).collect::<Vec<_>>())
        .unwrap_or_default();
    let args: Vec<&String> =
        d.people().flat_map(|p| &p.groups).flat_map(|g| &g.items).flat_map(|i| i.args.values()).collect();
    assert!(args.iter().all(|a| !a.starts_with('@') && !a.starts_with('$')), "{args:?}");
    assert!(json.contains("\"contacts\":\"Ash, Sam\""), "{json}");
}

#[test]
fn the_same_address_seen_by_two_adversaries_is_one_item() {
    // The ISP and the raid both know the home address... or the VPN's: one item per address.
    let (_, d) = debrief_of("connecting", &[], false);
    let you = d.you.as_ref().unwrap_or_else(|| panic!("no you"));
    let location = group(you, GroupKind::Location);
    let mut ips: Vec<&String> = location.items.iter().filter_map(|i| i.args.get("ip")).collect();
    let n = ips.len();
    ips.dedup();
    assert_eq!(ips.len(), n, "an address listed twice: {ips:?}");
}

#[test]
fn preventions_are_counterfactual_changes_and_parts_follow_them() {
    let (r, d) = debrief_of("first-connection", &[], true);
    assert!(d.counterfactuals);
    let you = d.you.as_ref().unwrap_or_else(|| panic!("no you"));
    let location = group(you, GroupKind::Location);
    let by = location.prevented_by.as_ref().unwrap_or_else(|| panic!("no preventions"));
    assert!(by.iter().any(|p| p.changes.iter().any(|c| c.key == "connection")), "{by:?}");
    // Every named change is one the counterfactuals named for some finding of the group.
    for g in &you.groups {
        for prev in g.prevented_by.iter().flatten() {
            let named =
                g.items.iter().flat_map(|i| &i.findings).any(|&f| {
                    r.counterfactuals.iter().any(|c| c.finding == f && c.prevented_by.contains(&prev.changes))
                });
            assert!(named && prev.items >= 1, "{prev:?}");
        }
    }
    // No choice of Rosa's changes what the raid learns about Sam or Ash: nobody is at risk
    // through her choices.
    assert!(d.at_risk.is_empty(), "{:?}", d.at_risk.iter().map(|p| &p.person.id).collect::<Vec<_>>());
    check_partition("first-connection", &r, &d);
}

#[test]
fn people_whose_findings_the_learner_decides_are_at_risk() {
    let (r, d) = debrief_of("server-down", &[], true);
    check_partition("server-down", &r, &d);
    let at_risk: Vec<&str> = d.at_risk.iter().map(|p| p.person.id.as_str()).collect();
    assert!(at_risk.contains(&"kai"), "{at_risk:?}");
    for p in &d.at_risk {
        assert!(p.groups.iter().any(|g| g.prevented_by.as_ref().is_some_and(|v| !v.is_empty())));
    }
}

#[test]
fn severities_and_groups_have_a_defined_order() {
    assert!(Severity::Locate > Severity::Identify && Severity::Identify > Severity::Impersonate);
    assert!(Severity::Impersonate > Severity::Read && Severity::Read > Severity::MapNetwork);
    assert!(Severity::MapNetwork > Severity::Watch);
    assert!(Severity::ALL.windows(2).all(|w| w[0] > w[1]));
    assert_eq!(GroupKind::ALL.len(), 6);
    for t in Todo::ALL {
        assert!(t.page().contains(".html#"), "{t:?}");
    }
}

#[test]
fn a_debrief_seen_from_another_person_makes_them_you_and_the_learner_one_of_the_others() {
    let s = match bundled::get("many-servers").map(Scenario::parse) {
        Some(Ok(s)) => s,
        other => panic!("{other:?}"),
    };
    let sel = s.defaults();
    let (world, r) = report::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
    let as_ada = build_for(world.setup(), &r, "ada");
    let you = as_ada.you.as_ref().expect("ada's part");
    assert_eq!((you.person.id.as_str(), you.person.you), ("ada", true));
    assert!(you.count > 0);
    let learner = as_ada.people().find(|p| p.person.id == "you").expect("the scenario's learner");
    assert!(!learner.person.you && learner.part != Part::You);
    // Every finding is in exactly one item, whoever is "you".
    let items: usize = as_ada.people().flat_map(|p| &p.groups).flat_map(|g| &g.items).map(|i| i.findings.len()).sum();
    assert_eq!(items, r.findings.len());
    // The learner's own view is unchanged, and nobody outside the scenario has a part.
    assert_eq!(build_for(world.setup(), &r, "you"), build(world.setup(), &r));
    assert!(build_for(world.setup(), &r, "nobody").you.is_none());
}
