//! The class's web server: a small synchronous HTTP/1.1 server (tiny_http), one thread per
//! request, the session behind one lock. Every action is checked, journaled (synced to disk) and
//! applied before it is answered; a raid runs on its own thread, off the request path; live pages
//! subscribe to a Server-Sent Events stream that carries no private data.

pub mod http;
pub mod pages;
pub mod projector;
mod routes;
mod sse;

use crate::journal::{Journal, JournalError};
use crate::raid::{self, Outcome};
use crate::refusal::Refusal;
use crate::session::{Action, MAX_LEARNERS, Session};
use crate::template::Template;
use glasshouse_words::i18n::Tr;
use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Instant;

/// The alphabet of join codes: no 0/O, 1/I/L, so a code read off a projector is typed right.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters in a join code.
pub const CODE_LENGTH: usize = 6;
/// Wrong join codes tolerated per minute (all clients together) before joining pauses: guessing
/// one code in 31⁶ (about 887 million) at this pace takes decades.
pub const WRONG_CODES_PER_MINUTE: usize = 60;

/// How a class server runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen (127.0.0.1 unless the trainer asks for the room's network).
    pub listen: SocketAddr,
    /// The data folder (the journal lives there; nothing is written elsewhere).
    pub data: PathBuf,
    /// Resume the session journaled in the data folder instead of starting one.
    pub resume: bool,
    /// Cap on learners.
    pub max_learners: usize,
    /// Cap on one learner's messages per minute.
    pub messages_per_minute: usize,
    /// Cap on a request body, in bytes.
    pub max_body: usize,
    /// Cap on requests handled at once (event streams included).
    pub max_connections: usize,
    /// The pages' language when the browser asks for none the pages speak.
    pub lang: String,
    /// Whether a raid also works out what each learner's own other choices would have prevented.
    pub counterfactuals: bool,
}

impl Config {
    /// The defaults: loopback on a free port, 100 learners, 10 messages a minute, 16 KiB bodies.
    pub fn new(data: PathBuf) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data,
            resume: false,
            max_learners: MAX_LEARNERS,
            messages_per_minute: 10,
            max_body: 16 * 1024,
            max_connections: 400,
            lang: "en".into(),
            counterfactuals: true,
        }
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum StartError {
    /// The journal could not be created or resumed.
    Journal(JournalError),
    /// The address could not be listened on.
    Listen(String),
}

impl std::fmt::Display for StartError {
    /// Codes and arguments; the command line words them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Journal(e) => write!(f, "{e}"),
            StartError::Listen(e) => write!(f, "class-listen-failed error={e}"),
        }
    }
}

/// A raid's result as the server keeps it.
type RaidResult = Result<Arc<Outcome>, String>;

struct State {
    session: Session,
    journal: Journal,
    /// Finished raids by round (a running raid has no entry yet).
    outcomes: BTreeMap<u32, RaidResult>,
    /// Each learner's recent message times, for the per-minute cap.
    recent: BTreeMap<u32, VecDeque<Instant>>,
    /// Recent joins with a wrong code, for [`WRONG_CODES_PER_MINUTE`].
    wrong_codes: VecDeque<Instant>,
}

struct App {
    template: Template,
    config: Config,
    state: Mutex<State>,
    subscribers: Mutex<Vec<SyncSender<String>>>,
    words: Vec<(String, Tr)>,
    connections: AtomicUsize,
    /// Whether the projector names learners (the trainer's switch; off again after a restart).
    show_names: std::sync::atomic::AtomicBool,
}

/// A running class server.
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// The join code.
    pub code: String,
    /// The trainer's key.
    pub trainer_key: String,
    /// Bytes of a torn last journal line dropped on resume.
    pub torn: Option<usize>,
    /// Actions replayed on resume.
    pub resumed_actions: usize,
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    app: Arc<App>,
}

fn random_from(alphabet: &[u8], n: usize) -> String {
    (0..n).map(|_| alphabet[rand::random_range(0..alphabet.len())] as char).collect()
}

/// A new secret token: 128 random bits in hex.
pub fn token() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Starts (or resumes) a class and its server.
pub fn start(template: Template, config: Config) -> Result<Running, StartError> {
    let (session, journal, torn, resumed_actions) = if config.resume {
        let r = Journal::resume(&config.data, &template).map_err(StartError::Journal)?;
        (r.session, r.journal, r.torn, r.actions)
    } else {
        let start = Action::Start {
            scenario: template.id().to_owned(),
            code: random_from(CODE_ALPHABET, CODE_LENGTH),
            trainer_key: token(),
            max_learners: config.max_learners,
        };
        let journal = Journal::create(&config.data, &start).map_err(StartError::Journal)?;
        let session = Session::start(&template, &start).map_err(|r| StartError::Listen(r.to_string()))?;
        (session, journal, None, 1)
    };
    let server = Arc::new(tiny_http::Server::http(config.listen).map_err(|e| StartError::Listen(e.to_string()))?);
    let addr = server.server_addr().to_ip().ok_or_else(|| StartError::Listen("not an IP address".into()))?;
    let words = crate::words::languages()
        .map(|l| (l.to_owned(), crate::words::tr(l, &template, session.max_learners.max(config.max_learners))))
        .collect();
    let (code, trainer_key) = (session.code.clone(), session.trainer_key.clone());
    let rounds: Vec<u32> = session.raids.iter().map(|r| r.round).collect();
    let state =
        State { session, journal, outcomes: BTreeMap::new(), recent: BTreeMap::new(), wrong_codes: VecDeque::new() };
    let app = Arc::new(App {
        template,
        config,
        state: Mutex::new(state),
        subscribers: Mutex::new(Vec::new()),
        words,
        connections: AtomicUsize::new(0),
        show_names: std::sync::atomic::AtomicBool::new(false),
    });
    for round in rounds {
        app.spawn_raid(round);
    }
    let (a, s) = (Arc::clone(&app), Arc::clone(&server));
    let thread = std::thread::spawn(move || accept(a, s));
    Ok(Running { addr, code, trainer_key, torn, resumed_actions, server, thread: Some(thread), app })
}

fn accept(app: Arc<App>, server: Arc<tiny_http::Server>) {
    while let Ok(req) = server.recv() {
        if app.connections.fetch_add(1, Ordering::SeqCst) >= app.config.max_connections {
            app.connections.fetch_sub(1, Ordering::SeqCst);
            let tr = app.tr("en");
            let page = pages::layout(tr, "en", "503", &pages::refusal(tr, &Refusal::new("class-refused-busy")));
            let _ = req.respond(http::html(503, page));
            continue;
        }
        let app = Arc::clone(&app);
        std::thread::spawn(move || {
            routes::handle(&app, req);
            app.connections.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

impl Running {
    /// The session as it is now (a copy).
    pub fn session(&self) -> Session {
        lock(&self.app.state).session.clone()
    }

    /// Whether the raid of `round` has finished (successfully or not).
    pub fn raid_finished(&self, round: u32) -> bool {
        lock(&self.app.state).outcomes.contains_key(&round)
    }

    /// The outcome of the raid of `round`, once finished.
    pub fn outcome(&self, round: u32) -> Option<Result<Arc<Outcome>, String>> {
        lock(&self.app.state).outcomes.get(&round).cloned()
    }

    /// Stops accepting requests and ends the event streams (the journal stays).
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        lock(&self.app.subscribers).clear();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown();
    }
}

impl App {
    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    fn tr(&self, lang: &str) -> &Tr {
        let found = self.words.iter().find(|(l, _)| l == lang).or_else(|| self.words.first());
        match found {
            Some((_, tr)) => tr,
            None => unreachable!("the class speaks at least English"),
        }
    }

    /// Checks, journals and applies an action, then tells the live pages.
    fn act(&self, action: Action) -> Result<Option<u32>, Refusal> {
        let mut st = self.state();
        st.session.check(&self.template, &action)?;
        st.journal.append(&action).map_err(|e| Refusal::new("class-refused-journal").arg("error", e).status(500))?;
        let out = st.session.apply(&self.template, &action)?;
        let update = self.update(&st);
        drop(st);
        self.broadcast(update);
        Ok(out)
    }

    /// What live pages are told after a change: the phase and counts, nothing private.
    fn update(&self, st: &State) -> String {
        let s = &st.session;
        let round = s.raids.last().map_or(0, |r| r.round);
        serde_json::json!({
            "phase": s.phase.as_str(),
            "learners": s.learners.len(),
            "messages": s.messages.len(),
            "round": round,
            "raid_finished": st.outcomes.contains_key(&round),
        })
        .to_string()
    }

    fn broadcast(&self, update: String) {
        lock(&self.subscribers).retain(|tx| tx.try_send(update.clone()).is_ok());
    }

    /// Runs the raid of `round` on its own thread and keeps its outcome: first without
    /// counterfactuals (the reveal can go ahead), then, if asked, again with each learner's, which
    /// takes a few runs per learner, replacing the first.
    fn spawn_raid(self: &Arc<App>, round: u32) {
        let Some(raid) = self.state().session.raids.iter().find(|r| r.round == round).cloned() else { return };
        let app = Arc::clone(self);
        std::thread::spawn(move || {
            let stages: &[bool] = if app.config.counterfactuals { &[false, true] } else { &[false] };
            for &cf in stages {
                let result = raid::run(&app.template, &raid, cf).map(Arc::new).map_err(|e| e.to_string());
                let failed = result.is_err();
                let mut st = app.state();
                st.outcomes.insert(round, result);
                let update = app.update(&st);
                drop(st);
                app.broadcast(update);
                if failed {
                    return;
                }
            }
        });
    }
}
