//! `glasshouse lab`: replay a scenario through real Synapse homeservers on loopback and compare.

pub mod client;
pub mod compare;
pub mod config;
pub mod database;
pub mod homeserver;
pub mod logs;
pub mod push;
pub mod replay;
pub mod venv;

use crate::i18n::Tr;
use compare::{Line, Names};
use glasshouse_sim::scenario::{Action, Platform};
use glasshouse_sim::{Scenario, Selection, SimTime, World};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// An error a person can act on: a Fluent key (what is wrong, where, what to do) and its
/// arguments.
#[derive(Debug)]
pub struct LabError {
    /// Fluent key.
    pub key: &'static str,
    /// Arguments.
    pub args: Vec<(&'static str, String)>,
}

/// Builds a [`LabError`].
pub fn err(key: &'static str, args: &[(&'static str, String)]) -> LabError {
    LabError { key, args: args.to_vec() }
}

impl LabError {
    /// The message in the reader's language.
    pub fn render(&self, tr: &Tr) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        tr.t(self.key, &args)
    }
}

/// A step replayed approximately or skipped, for the output.
#[derive(Clone, Debug)]
pub struct Note {
    /// Fluent key.
    pub key: &'static str,
    /// Arguments.
    pub args: Vec<(&'static str, String)>,
}

/// What `lab` was asked to do.
pub struct Request<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The learner's choices.
    pub selection: &'a Selection,
    /// Seed of the simulation.
    pub seed: u64,
    /// Keep databases and configurations in this folder.
    pub keep: Option<&'a Path>,
}

/// Settings of the scenario a stock Synapse cannot reproduce in a replay that takes seconds:
/// the prediction is made for what the lab can run, and each change is said.
fn adapt(setup: &mut glasshouse_sim::scenario::Setup, notes: &mut Vec<Note>) -> Result<(), LabError> {
    let end = setup.end();
    let has_redaction = setup.script.iter().any(|st| matches!(&st.action, Action::Redact(r) if r.happens));
    for s in setup.servers.values_mut() {
        if s.platform != Platform::Matrix {
            return Err(err("lab-error-platform", &[("server", s.name.clone())]));
        }
        if SimTime(u64::from(s.keeps_ip_days) * SimTime::DAY) <= end {
            notes.push(Note {
                key: "lab-note-retention",
                args: vec![("server", s.name.clone()), ("days", s.keeps_ip_days.to_string())],
            });
            s.keeps_ip_days = u32::MAX;
        }
        // Synapse prunes a redacted original only after `redaction_retention_period`, checked
        // every 5 minutes: in a replay of seconds every original stays, so the prediction keeps
        // them too. A stock Synapse always honours redactions.
        if SimTime(u64::from(s.redaction_retention_days) * SimTime::DAY) <= end && has_redaction {
            notes.push(Note {
                key: "lab-note-redaction-retention",
                args: vec![("server", s.name.clone()), ("days", s.redaction_retention_days.to_string())],
            });
            s.redaction_retention_days = u32::MAX;
        }
        if !s.honours_redactions {
            notes.push(Note { key: "lab-note-redactions-ignored", args: vec![("server", s.name.clone())] });
            s.honours_redactions = true;
        }
        if !s.keeps_device_ip {
            notes.push(Note { key: "lab-note-device-ip", args: vec![("server", s.name.clone())] });
            s.keeps_device_ip = true;
        }
        // A replay lasts minutes: nothing rotates out of the real log.
        if glasshouse_sim::server::log_horizon(s.log_days, end).is_some_and(|h| h > SimTime(0)) {
            notes.push(Note {
                key: "lab-note-log-retention",
                args: vec![("server", s.name.clone()), ("days", s.log_days.to_string())],
            });
            s.log_days = u32::MAX;
        }
        if s.auth == glasshouse_sim::scenario::Auth::Mas {
            notes.push(Note { key: "lab-note-mas", args: vec![("server", s.name.clone())] });
            s.auth = glasshouse_sim::scenario::Auth::Synapse;
        }
    }
    Ok(())
}

/// A fresh folder for the lab (or the one to keep, which must be empty or new).
fn lab_dir(keep: Option<&Path>) -> Result<PathBuf, LabError> {
    let dir = match keep {
        Some(d) => {
            if std::fs::read_dir(d).is_ok_and(|mut e| e.next().is_some()) {
                return Err(err("lab-error-keep-not-empty", &[("path", d.display().to_string())]));
            }
            d.to_path_buf()
        }
        None => {
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
            std::env::temp_dir().join(format!("glasshouse-lab-{}-{nanos}", std::process::id()))
        }
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| err("lab-error-write", &[("path", dir.display().to_string()), ("error", e.to_string())]))?;
    std::fs::canonicalize(&dir)
        .map_err(|e| err("lab-error-write", &[("path", dir.display().to_string()), ("error", e.to_string())]))
}

/// One server's comparison.
pub struct ServerResult {
    /// Scenario name.
    pub sim_name: String,
    /// Real name.
    pub real_name: String,
    /// Side by side.
    pub lines: Vec<Line>,
}

/// Runs the lab and prints as it goes; `Ok(true)` when every server agrees.
pub fn run(tr: &Tr, req: &Request<'_>) -> Result<bool, LabError> {
    let started = Instant::now();
    let mut notes = Vec::new();
    let mut setup = req
        .scenario
        .setup(req.selection)
        .map_err(|d| err("lab-error-internal", &[("error", format!("{} problems in the scenario", d.len()))]))?;
    adapt(&mut setup, &mut notes)?;
    let world =
        World::run_owned(setup, req.seed).map_err(|e| err("lab-error-internal", &[("error", e.to_string())]))?;
    homeserver::on_interrupt();
    let python = venv::ensure(tr)?;
    let dir = lab_dir(req.keep)?;
    let servers: Vec<glasshouse_sim::scenario::ServerSpec> = world.servers().values().map(|s| s.spec.clone()).collect();
    eprintln!("{}", tr.t("lab-starting", &[("count", servers.len().to_string()), ("path", dir.display().to_string())]));
    let outages =
        world.setup().script.iter().any(|s| matches!(s.action, glasshouse_sim::scenario::Action::ServerDown(_)));
    let fleet = homeserver::Fleet::start(&python, &servers, &dir, req.keep.is_some(), outages)?;
    for p in &fleet.plans {
        eprintln!(
            "{}",
            tr.t("lab-server-up", &[("name", p.sim_name.clone()), ("real", p.server_name()), ("url", p.base_url())])
        );
    }
    eprintln!("{}", tr.t("lab-replaying", &[("seconds", started.elapsed().as_secs().to_string())]));
    let gateway = if world.setup().people.values().any(|p| p.push.is_some()) {
        Some(push::Gateway::start().map_err(|e| err("lab-error-ports", &[("error", e.to_string())]))?)
    } else {
        None
    };
    let outcome = replay::Replay::new(&world, &fleet)?.with_gateway(gateway.as_ref()).run()?;
    if let Some(g) = &gateway {
        g.wait_for(world.pushes().len(), Duration::from_secs(20));
    }
    notes.extend(outcome.notes.iter().cloned());
    for (user, device) in unreplayed(&world) {
        notes.push(Note { key: "lab-note-unreplayed", args: vec![("user", user), ("device", device)] });
    }
    for user in expired_sign_ups(&world) {
        notes.push(Note { key: "lab-note-sign-up-expired", args: vec![("user", user)] });
    }
    let results = settle(&world, &fleet, &outcome, gateway.as_ref())?;
    outln!("{}", tr.t("lab-compared", &[]));
    for n in &notes {
        let args: Vec<(&str, String)> = n.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        outln!("  * {}", tr.t(n.key, &args));
    }
    let mut differences = 0;
    for r in &results {
        differences += print_server(tr, r);
    }
    if let Some(keep) = req.keep {
        write_dumps(&world, &fleet, &outcome)?;
        if let Some(g) = &gateway {
            write_notifications(&world, g, keep)?;
        }
        outln!("{}", tr.t("lab-kept", &[("path", keep.display().to_string())]));
        for p in &fleet.plans {
            outln!(
                "{}",
                tr.t(
                    "lab-kept-server",
                    &[
                        ("name", p.sim_name.clone()),
                        ("real", p.server_name()),
                        ("config", p.generated_config().display().to_string()),
                        ("lab", p.lab_config().display().to_string()),
                        ("url", p.base_url()),
                        ("db", p.database().display().to_string()),
                    ]
                )
            );
        }
        outln!("{}", tr.t("lab-kept-element", &[]));
    }
    drop(fleet);
    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
    if differences == 0 {
        outln!("{}", tr.t("lab-agree", &[("seconds", seconds)]));
    } else {
        outln!("{}", tr.t("lab-differ", &[("count", differences.to_string()), ("seconds", seconds)]));
    }
    Ok(differences == 0)
}

/// How each side names things.
fn names(world: &World, fleet: &homeserver::Fleet, outcome: &replay::Outcome) -> (Names, Names) {
    let unreplayed = unreplayed(world);
    let sim = Names {
        rooms: world.rooms().iter().map(|(id, r)| (r.room_id.clone(), id.clone())).collect(),
        unreplayed: unreplayed.clone(),
        ..Names::default()
    };
    let real = Names {
        servers: fleet.plans.iter().map(|p| (p.server_name(), p.sim_name.clone())).collect(),
        rooms: outcome.rooms.iter().map(|(id, real)| (real.clone(), id.clone())).collect(),
        ignore_users: fleet.plans.iter().map(|p| format!("@{}:{}", replay::ADMIN, p.sim_name)).collect(),
        unreplayed,
        expired_sign_ups: expired_sign_ups(world),
    };
    (sim, real)
}

/// Users whose sign-up (interactive-auth) session is older than 48 hours at the scenario's
/// end: the simulator has deleted its `ui_auth_sessions_ips` rows, as Synapse does, but a
/// replay lasts minutes, so the real server still holds them. They are set aside, and said.
fn expired_sign_ups(world: &World) -> std::collections::BTreeSet<String> {
    let end = world.end();
    world
        .servers()
        .values()
        .flat_map(|s| s.tables.ui_auth_sessions_ips.rows())
        .filter(|r| !r.live_at(end))
        .map(|r| r.cols.user_id.clone())
        .collect()
}

/// Devices an adversary slipped in (injected, or a puppet's): the lab creates them through the
/// admin API, which gives them no access token and no keys, so those facts are not compared.
fn unreplayed(world: &World) -> std::collections::BTreeSet<(String, String)> {
    world
        .accounts()
        .values()
        .flat_map(|a| {
            a.devices
                .iter()
                .filter(move |d| d.injected_by.is_some() || a.puppet_of.is_some())
                .map(move |d| (a.mxid.clone(), d.id.clone()))
        })
        .collect()
}

/// Reads every server until prediction and reality agree, or until they stop changing: Synapse
/// writes `user_ips` about every 5 s and federation is asynchronous. With a push gateway, its
/// notifications are compared last, as one more "server".
fn settle(
    world: &World,
    fleet: &homeserver::Fleet,
    outcome: &replay::Outcome,
    gateway: Option<&push::Gateway>,
) -> Result<Vec<ServerResult>, LabError> {
    let (sim_names, real_names) = names(world, fleet, outcome);
    let started = Instant::now();
    loop {
        let mut results = Vec::new();
        let mut dumps = Vec::new();
        for p in &fleet.plans {
            let real = read_real(p)?;
            let predicted = world.servers().get(&p.sim_name).map(|s| s.dump(world.end())).unwrap_or_default();
            let lines = compare::compare(
                &compare::facts(&predicted, &sim_names),
                &compare::facts(&real, &real_names),
                &p.sim_name,
            );
            results.push(ServerResult { sim_name: p.sim_name.clone(), real_name: p.server_name(), lines });
            dumps.push((predicted, real));
        }
        if let Some(g) = gateway {
            let predicted: Vec<serde_json::Value> = world.pushes().iter().map(|p| p.notification()).collect();
            let lines = compare::compare(
                &push::facts(&predicted, &dumps.iter().map(|d| &d.0).collect::<Vec<_>>(), &sim_names),
                &push::facts(&g.received(), &dumps.iter().map(|d| &d.1).collect::<Vec<_>>(), &real_names),
                "",
            );
            results.push(ServerResult { sim_name: GATEWAY.into(), real_name: g.url(), lines });
        }
        let agree = results.iter().all(|r| r.lines.iter().all(Line::agrees));
        if agree || started.elapsed() > Duration::from_secs(20) {
            return Ok(results);
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

/// One real server's tables, and the request lines of its `homeserver.log`.
fn read_real(p: &config::ServerPlan) -> Result<database::Dump, LabError> {
    let mut real = database::read(&p.database(), &p.server_name()).map_err(|e| {
        err("lab-error-database", &[("path", p.database().display().to_string()), ("error", e.to_string())])
    })?;
    real.insert("homeserver.log".into(), logs::read(p));
    Ok(real)
}

/// The name the push gateway's comparison is shown under.
const GATEWAY: &str = "push-gateway";

/// Writes `push-gateway.json` in the kept folder: the notifications the simulator predicts and
/// those the lab's gateway received.
fn write_notifications(world: &World, gateway: &push::Gateway, dir: &Path) -> Result<(), LabError> {
    let predicted: Vec<serde_json::Value> = world.pushes().iter().map(|p| p.notification()).collect();
    let both = serde_json::json!({ "predicted": predicted, "real": gateway.received() });
    let path = dir.join("push-gateway.json");
    std::fs::write(&path, serde_json::to_string_pretty(&both).unwrap_or_default())
        .map_err(|e| err("lab-error-write", &[("path", path.display().to_string()), ("error", e.to_string())]))
}

/// Writes `predicted.json` and `real.json` (table → rows) beside each kept database.
fn write_dumps(world: &World, fleet: &homeserver::Fleet, _outcome: &replay::Outcome) -> Result<(), LabError> {
    for p in &fleet.plans {
        let real = read_real(p)?;
        let predicted = world.servers().get(&p.sim_name).map(|s| s.dump(world.end())).unwrap_or_default();
        for (file, dump) in [("predicted.json", predicted), ("real.json", real)] {
            let path = p.dir.join(file);
            let text = serde_json::to_string_pretty(&dump).unwrap_or_default();
            std::fs::write(&path, text).map_err(|e| {
                err("lab-error-write", &[("path", path.display().to_string()), ("error", e.to_string())])
            })?;
        }
    }
    Ok(())
}

fn clip(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        format!("{s}{}", " ".repeat(n - count))
    } else {
        let mut out: String = s.chars().take(n - 1).collect();
        out.push('…');
        out
    }
}

fn count(n: usize) -> String {
    match n {
        0 => "—".into(),
        1 => "✓".into(),
        n => format!("×{n}"),
    }
}

/// Prints one server's side-by-side table; returns its number of differences.
fn print_server(tr: &Tr, r: &ServerResult) -> usize {
    let differences = r.lines.iter().filter(|l| !l.agrees()).count();
    outln!();
    let title = if r.sim_name == GATEWAY { "lab-gateway-title" } else { "lab-server-title" };
    outln!(
        "{}",
        tr.t(
            title,
            &[
                ("name", r.sim_name.clone()),
                ("real", r.real_name.clone()),
                ("facts", r.lines.len().to_string()),
                ("differences", differences.to_string())
            ]
        )
    );
    outln!(
        "    {} {} {:>9} {:>9}",
        clip(&tr.t("lab-col-what", &[]), 22),
        clip(&tr.t("lab-col-value", &[]), 72),
        tr.t("lab-col-predicted", &[]),
        tr.t("lab-col-real", &[])
    );
    let mut subject = String::new();
    for l in &r.lines {
        if l.fact.subject != subject {
            subject = l.fact.subject.clone();
            let args = [("subject", subject.clone())];
            let heading = if r.sim_name == GATEWAY {
                tr.t("lab-subject-push", &args)
            } else if subject.starts_with('#') {
                tr.t("lab-subject-room", &args)
            } else if subject.ends_with(&format!(":{}", r.sim_name)) {
                tr.t("lab-subject-local", &args)
            } else {
                tr.t("lab-subject-remote", &args)
            };
            outln!("  {heading}");
        }
        let mark = if l.agrees() { "  " } else { "≠ " };
        outln!(
            "  {mark}{} {} {:>9} {:>9}",
            clip(&tr.t(l.fact.kind.key(), &[]), 22),
            clip(&l.fact.value, 72),
            count(l.predicted),
            count(l.real)
        );
    }
    differences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_kind_has_words() {
        let tr = Tr::new("en", &|_| Vec::new());
        for k in compare::Kind::ALL {
            assert_ne!(tr.t(k.key(), &[]), k.key(), "{} has no English words", k.key());
        }
    }

    #[test]
    fn clip_pads_and_cuts_by_characters() {
        assert_eq!(clip("ab", 4), "ab  ");
        assert_eq!(clip("“abcdef”", 4), "“ab…");
        assert_eq!(count(0), "—");
        assert_eq!(count(3), "×3");
    }

    #[test]
    fn adapt_says_what_a_stock_synapse_cannot_reproduce() {
        let load = |name: &str| {
            glasshouse_sim::bundled::get(name).map(Scenario::parse).and_then(Result::ok).expect("bundled scenario")
        };
        let s = load("first-connection");
        let mut setup = s.setup(&s.defaults()).expect("setup");
        let mut notes = Vec::new();
        adapt(&mut setup, &mut notes).expect("matrix servers");
        assert!(notes.iter().any(|n| n.key == "lab-note-device-ip"));
        assert!(notes.iter().any(|n| n.key == "lab-note-retention"));
        assert!(setup.servers.values().all(|s| s.keeps_device_ip && s.keeps_ip_days >= 28));
        let c = load("connecting");
        let sel = c.select(["server=harbour.example"]).expect("choice");
        let mut setup = c.setup(&sel).expect("setup");
        let mut notes = Vec::new();
        adapt(&mut setup, &mut notes).expect("matrix servers");
        assert!(notes.iter().any(|n| n.key == "lab-note-mas"));
        assert!(notes.iter().any(|n| n.key == "lab-note-log-retention"));
        let stock = |s: &glasshouse_sim::scenario::ServerSpec| s.auth == glasshouse_sim::scenario::Auth::Synapse;
        assert!(setup.servers.values().all(|s| stock(s) && s.log_days == u32::MAX));
        let other = load("other-platforms");
        let mut setup = other.setup(&other.defaults()).expect("setup");
        if setup.servers.values().any(|s| s.platform != Platform::Matrix) {
            assert!(adapt(&mut setup, &mut Vec::new()).is_err());
        }
    }
}
