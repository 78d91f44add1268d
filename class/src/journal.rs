//! The session's journal: one JSON line per [`Action`], appended and synced to disk before the
//! action is answered, so a crash (even `kill -9`) loses nothing anybody was told had happened.
//! Resuming replays the lines; a last line cut short by the crash was never answered and is
//! dropped (and reported), any other damaged line stops the resume with its line number.

use crate::session::{Action, Session};
use crate::template::Template;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The journal's file name inside the data folder.
pub const FILE: &str = "session.jsonl";

/// Why the journal cannot be written or resumed. Words live in `class.ftl` ([`JournalError::key`]).
#[derive(Debug)]
pub enum JournalError {
    /// Reading or writing failed.
    Io(PathBuf, io::Error),
    /// A session is already journaled there (resume it, or forget it first).
    Exists(PathBuf),
    /// No session is journaled there.
    Missing(PathBuf),
    /// A line (1-based) is not an action.
    Corrupt(PathBuf, usize),
    /// A line (1-based) is an action the session refuses: the journal does not belong to this
    /// scenario, or was edited.
    Replay(PathBuf, usize, String),
}

impl JournalError {
    /// The Fluent key and arguments that say what happened and what to do.
    pub fn key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            JournalError::Io(p, e) => {
                ("class-journal-io", vec![("path", p.display().to_string()), ("error", e.to_string())])
            }
            JournalError::Exists(p) => ("class-journal-exists", vec![("path", p.display().to_string())]),
            JournalError::Missing(p) => ("class-journal-missing", vec![("path", p.display().to_string())]),
            JournalError::Corrupt(p, l) => {
                ("class-journal-corrupt", vec![("path", p.display().to_string()), ("line", l.to_string())])
            }
            JournalError::Replay(p, l, why) => (
                "class-journal-replay",
                vec![("path", p.display().to_string()), ("line", l.to_string()), ("reason", why.clone())],
            ),
        }
    }
}

impl std::fmt::Display for JournalError {
    /// The key and arguments (the command line words them with Fluent).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (key, args) = self.key();
        write!(f, "{key}")?;
        for (k, v) in args {
            write!(f, " {k}={v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for JournalError {}

/// An open journal, appending.
#[derive(Debug)]
pub struct Journal {
    file: File,
    path: PathBuf,
}

/// What resuming found.
#[derive(Debug)]
pub struct Resumed {
    /// The journal, open for appending.
    pub journal: Journal,
    /// The session as it was.
    pub session: Session,
    /// How many actions were replayed.
    pub actions: usize,
    /// The bytes of a last line cut short by a crash, dropped from the file.
    pub torn: Option<usize>,
}

fn open_append(path: &Path, create_new: bool) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.append(true);
    if create_new {
        o.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Only the trainer's account reads the class's words.
        o.mode(0o600);
    }
    o.open(path)
}

impl Journal {
    /// Starts a new journal in `dir` (created if missing) with the session's first action.
    pub fn create(dir: &Path, start: &Action) -> Result<Journal, JournalError> {
        let path = dir.join(FILE);
        std::fs::create_dir_all(dir).map_err(|e| JournalError::Io(dir.to_path_buf(), e))?;
        if path.exists() {
            return Err(JournalError::Exists(path));
        }
        let file = open_append(&path, true).map_err(|e| JournalError::Io(path.clone(), e))?;
        let mut j = Journal { file, path };
        j.append(start)?;
        Ok(j)
    }

    /// Appends one action and waits until it is on disk.
    pub fn append(&mut self, action: &Action) -> Result<(), JournalError> {
        let mut line =
            serde_json::to_string(action).map_err(|e| JournalError::Io(self.path.clone(), io::Error::other(e)))?;
        line.push('\n');
        let io = |e| JournalError::Io(self.path.clone(), e);
        self.file.write_all(line.as_bytes()).map_err(io)?;
        self.file.sync_data().map_err(|e| JournalError::Io(self.path.clone(), e))
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Rebuilds the session journaled in `dir` and reopens the journal for appending.
    pub fn resume(dir: &Path, template: &Template) -> Result<Resumed, JournalError> {
        let path = dir.join(FILE);
        if !path.exists() {
            return Err(JournalError::Missing(path));
        }
        let io = |e| JournalError::Io(path.clone(), e);
        let mut bytes = Vec::new();
        File::open(&path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(io)?;
        // A crash can leave the last line without its newline: that action was never answered.
        let complete = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let torn = (complete < bytes.len()).then_some(bytes.len() - complete);
        if torn.is_some() {
            let f = OpenOptions::new().write(true).open(&path).map_err(io)?;
            f.set_len(complete as u64).and_then(|()| f.sync_data()).map_err(io)?;
        }
        let mut session: Option<Session> = None;
        let mut actions = 0;
        for (i, line) in bytes[..complete].split(|b| *b == b'\n').enumerate() {
            if line.is_empty() {
                continue;
            }
            let action: Action =
                serde_json::from_slice(line).map_err(|_| JournalError::Corrupt(path.clone(), i + 1))?;
            let replay = |r: crate::refusal::Refusal| JournalError::Replay(path.clone(), i + 1, r.to_string());
            match session.as_mut() {
                None => session = Some(Session::start(template, &action).map_err(replay)?),
                Some(s) => {
                    s.apply(template, &action).map_err(replay)?;
                }
            }
            actions += 1;
        }
        let session = session.ok_or_else(|| JournalError::Corrupt(path.clone(), 1))?;
        let file = open_append(&path, false).map_err(io)?;
        Ok(Resumed { journal: Journal { file, path }, session, actions, torn })
    }

    /// Erases the session journaled in `dir` (the data folder itself stays). Whether there was one.
    pub fn forget(dir: &Path) -> Result<bool, JournalError> {
        let path = dir.join(FILE);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(JournalError::Io(path, e)),
        }
    }
}
