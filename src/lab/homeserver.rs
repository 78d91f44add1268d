//! Real Synapse processes on loopback: set up, started by their own pid, stopped on every path,
//! and stopped and started again one at a time for a scenario's outage.

use super::config::{self, ServerPlan};
use super::venv::tail;
use super::{LabError, err};
use glasshouse_sim::scenario::ServerSpec;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Every Synapse the lab started and has not stopped yet, with the folder to remove on Ctrl-C
/// (none with `--keep`). The Ctrl-C handler reaches them here.
static RUNNING: Mutex<(Vec<Child>, Option<PathBuf>)> = Mutex::new((Vec::new(), None));

/// Stops every server still running (by the pid of the Python process itself) and removes the
/// temporary folder. Safe to call more than once.
pub fn stop_all() {
    // The lock is held until every server is gone and the folder removed, so the main thread
    // and the Ctrl-C handler never race each other to the exit.
    let mut g = RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    for mut c in std::mem::take(&mut g.0) {
        let _ = c.kill();
        let _ = c.wait();
    }
    if let Some(d) = g.1.take() {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// Set once Ctrl-C was pressed.
static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether Ctrl-C stopped the lab (its requests then fail: that is not the servers' fault).
pub fn interrupted() -> bool {
    INTERRUPTED.load(std::sync::atomic::Ordering::SeqCst)
}

/// Installs the Ctrl-C handler (once): stop the servers, remove the folder, exit 130.
pub fn on_interrupt() {
    let _ = ctrlc::set_handler(|| {
        INTERRUPTED.store(true, std::sync::atomic::Ordering::SeqCst);
        stop_all();
        std::process::exit(130);
    });
}

/// The running lab: its servers and folder. Dropping it stops them all and, unless kept,
/// removes the folder.
pub struct Fleet {
    /// Servers by scenario name, in scenario order.
    pub plans: Vec<ServerPlan>,
    /// The Python that runs Synapse (to start a stopped server again).
    python: PathBuf,
    /// Scenario name → pid of its running Synapse (absent while it is stopped).
    pids: Mutex<BTreeMap<String, u32>>,
}

impl Drop for Fleet {
    fn drop(&mut self) {
        stop_all();
    }
}

impl Fleet {
    /// The plan of a scenario server.
    pub fn plan(&self, sim_name: &str) -> Option<&ServerPlan> {
        self.plans.iter().find(|p| p.sim_name == sim_name)
    }

    /// Sets up and starts one Synapse per scenario server under `dir`; `keep` leaves the
    /// folder in place afterwards; `outages` configures federation for a scenario in which a
    /// server goes down (see [`config::overrides`]). Returns once every server answers
    /// `/_matrix/client/versions`.
    pub fn start(
        python: &Path,
        servers: &[ServerSpec],
        dir: &Path,
        keep: bool,
        outages: bool,
    ) -> Result<Fleet, LabError> {
        let ports =
            config::free_ports(servers.len() * 2).map_err(|e| err("lab-error-ports", &[("error", e.to_string())]))?;
        let plans: Vec<ServerPlan> = servers
            .iter()
            .enumerate()
            .map(|(i, s)| ServerPlan {
                sim_name: s.name.clone(),
                federation_port: ports[2 * i],
                client_port: ports[2 * i + 1],
                dir: dir.join(s.name.replace(':', "_")),
                presence: s.presence,
                device_names: s.shares_device_names,
                push_include_content: s.push_include_content,
                request_log: s.log_days > 0,
            })
            .collect();
        if let Ok(mut g) = RUNNING.lock() {
            g.1 = (!keep).then(|| dir.to_path_buf());
        }
        let fleet = Fleet { plans, python: python.to_path_buf(), pids: Mutex::new(BTreeMap::new()) };
        let whitelist: Vec<String> = fleet.plans.iter().map(ServerPlan::server_name).collect();
        let secret = shared_secret();
        // Generating a config and a certificate takes a second or two each: all at once.
        let mut jobs = Vec::new();
        for p in &fleet.plans {
            std::fs::create_dir_all(&p.dir).map_err(|e| write_error(&p.dir, &e))?;
            let generate = Command::new(python)
                .args(["-m", "synapse.app.homeserver", "--server-name"])
                .arg(p.server_name())
                .arg("--config-path")
                .arg(p.generated_config())
                .args(["--generate-config", "--report-stats=no"])
                .current_dir(&p.dir)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| err("lab-error-generate", &[("server", p.sim_name.clone()), ("error", e.to_string())]))
                .map(register_helper)?;
            let cert = Command::new("openssl")
                .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
                .arg("-keyout")
                .arg(p.dir.join("tls.key"))
                .arg("-out")
                .arg(p.dir.join("tls.crt"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| err("lab-error-openssl", &[("error", e.to_string())]))
                .map(register_helper)?;
            jobs.push((p, generate, cert));
        }
        for (p, generate, cert) in jobs {
            match wait_helper(generate) {
                Ok((true, _)) => {}
                Ok((false, stderr)) => {
                    let e = tail(&stderr, 6);
                    return Err(err("lab-error-generate", &[("server", p.sim_name.clone()), ("error", e)]));
                }
                Err(e) => {
                    return Err(err("lab-error-generate", &[("server", p.sim_name.clone()), ("error", e.to_string())]));
                }
            }
            match wait_helper(cert) {
                Ok((true, _)) => {}
                Ok((false, stderr)) => return Err(err("lab-error-openssl", &[("error", tail(&stderr, 4))])),
                Err(e) => return Err(err("lab-error-openssl", &[("error", e.to_string())])),
            }
            let text =
                serde_json::to_string_pretty(&config::overrides(p, &whitelist, &secret, outages)).unwrap_or_default();
            std::fs::write(p.lab_config(), text).map_err(|e| write_error(&p.lab_config(), &e))?;
            let log_config = super::logs::log_config_file(p);
            let text = serde_json::to_string_pretty(&super::logs::log_config(p)).unwrap_or_default();
            std::fs::write(&log_config, text).map_err(|e| write_error(&log_config, &e))?;
        }
        for p in &fleet.plans {
            fleet.spawn(p)?;
        }
        for p in &fleet.plans {
            wait_until_up(p)?;
        }
        Ok(fleet)
    }

    /// Starts one server's Synapse: the Python process itself, not a shell, so its pid is the
    /// server's. Its output goes to `stdout.log`, appended to on a restart.
    fn spawn(&self, p: &ServerPlan) -> Result<(), LabError> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(p.dir.join("stdout.log"))
            .map_err(|e| write_error(&p.dir, &e))?;
        let log2 = log.try_clone().map_err(|e| write_error(&p.dir, &e))?;
        let child = Command::new(&self.python)
            .args(["-m", "synapse.app.homeserver", "--config-path"])
            .arg(p.generated_config())
            .arg("--config-path")
            .arg(p.lab_config())
            .current_dir(&p.dir)
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log2)
            .spawn()
            .map_err(|e| {
                err(
                    "lab-error-start",
                    &[("server", p.sim_name.clone()), ("error", e.to_string()), ("log", String::new())],
                )
            })?;
        if let Ok(mut pids) = self.pids.lock() {
            pids.insert(p.sim_name.clone(), child.id());
        }
        if let Ok(mut g) = RUNNING.lock() {
            g.0.push(child);
        }
        Ok(())
    }

    /// Stops one server for an outage. Synapse gets SIGTERM first, so that it writes what it
    /// batches in memory (`user_ips`, every 5 s), as a server that went down minutes after the
    /// last request would have; SIGKILL after 30 s. Federation to it then fails as to a
    /// server that is off: the port refuses connections.
    pub fn stop(&self, sim_name: &str) -> Result<(), LabError> {
        let pid = self.pids.lock().ok().and_then(|mut pids| pids.remove(sim_name));
        let Some(pid) = pid else { return Ok(()) };
        terminate(pid).map_err(|e| err("lab-error-stop", &[("server", sim_name.to_owned()), ("error", e.to_string())]))
    }

    /// Starts a stopped server again with the same configuration and database; returns once
    /// it answers.
    pub fn restart(&self, sim_name: &str) -> Result<(), LabError> {
        let p = self
            .plan(sim_name)
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("no server {sim_name}"))]))?;
        self.spawn(p)?;
        wait_until_up(p)
    }

    /// The shared secret of this lab's servers (for the admin account).
    pub fn shared_secret(&self) -> Result<String, LabError> {
        let p = self.plans.first().ok_or_else(|| err("lab-error-no-servers", &[]))?;
        let text = std::fs::read_to_string(p.lab_config()).map_err(|e| write_error(&p.lab_config(), &e))?;
        let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        Ok(v["registration_shared_secret"].as_str().unwrap_or_default().to_owned())
    }
}

/// Asks a running Synapse to stop (SIGTERM), waits for it, and kills it after 30 s.
fn terminate(pid: u32) -> std::io::Result<()> {
    let grace = if ask_to_stop(pid) { Duration::from_secs(30) } else { Duration::ZERO };
    let started = Instant::now();
    loop {
        {
            let mut g = RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let Some(i) = g.0.iter().position(|c| c.id() == pid) else { return Ok(()) };
            if g.0[i].try_wait()?.is_some() {
                let _ = g.0.remove(i).wait();
                return Ok(());
            }
            if started.elapsed() >= grace {
                let mut child = g.0.remove(i);
                let killed = child.kill();
                child.wait()?;
                return killed;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Sends SIGTERM to a process the lab started; whether it could.
#[cfg(unix)]
fn ask_to_stop(pid: u32) -> bool {
    use nix::sys::signal::{Signal, kill};
    use nix::unistd::Pid;
    i32::try_from(pid).is_ok_and(|p| kill(Pid::from_raw(p), Signal::SIGTERM).is_ok())
}

/// Elsewhere there is no polite signal: the process is killed at once.
#[cfg(not(unix))]
fn ask_to_stop(_pid: u32) -> bool {
    false
}

/// A helper process (config generation, certificate) registered so Ctrl-C stops it too.
struct Helper {
    pid: u32,
    stderr: Option<std::process::ChildStderr>,
}

fn register_helper(mut child: Child) -> Helper {
    let helper = Helper { pid: child.id(), stderr: child.stderr.take() };
    if let Ok(mut g) = RUNNING.lock() {
        g.0.push(child);
    }
    helper
}

/// Waits for a helper: whether it succeeded, and what it wrote to stderr.
fn wait_helper(mut h: Helper) -> std::io::Result<(bool, String)> {
    let mut stderr = String::new();
    if let Some(mut e) = h.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    loop {
        {
            let mut g = RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let Some(i) = g.0.iter().position(|c| c.id() == h.pid) else {
                return Err(std::io::Error::other("stopped"));
            };
            if let Some(status) = g.0[i].try_wait()? {
                // Already reaped by `try_wait`; `wait` returns the same status at once.
                let _ = g.0.remove(i).wait();
                return Ok((status.success(), stderr));
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn write_error(path: &Path, e: &std::io::Error) -> LabError {
    err("lab-error-write", &[("path", path.display().to_string()), ("error", e.to_string())])
}

/// A fresh random secret (64 hex digits).
fn shared_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Waits for `/_matrix/client/versions`, or for the process to die (then its log says why).
fn wait_until_up(p: &ServerPlan) -> Result<(), LabError> {
    let started = Instant::now();
    let url = format!("{}/_matrix/client/versions", p.base_url());
    let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(2))).build().into();
    loop {
        if agent.get(&url).call().is_ok() {
            return Ok(());
        }
        let exited = RUNNING
            .lock()
            .ok()
            .map(|mut g| g.0.iter_mut().any(|c| matches!(c.try_wait(), Ok(Some(_)))))
            .unwrap_or(false);
        if exited || started.elapsed() > Duration::from_secs(90) {
            let log = std::fs::read_to_string(p.dir.join("stdout.log")).unwrap_or_default();
            return Err(err(
                "lab-error-start",
                &[
                    ("server", p.sim_name.clone()),
                    ("error", if exited { "exited".into() } else { "no answer after 90 s".into() }),
                    ("log", tail(&log, 12)),
                ],
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}
