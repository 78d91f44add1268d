//! The journal: every action on disk before it is answered; resume rebuilds the session exactly.

use super::client::data_dir;
use super::session::two_learners;
use glasshouse_class::journal::{FILE, Journal, JournalError};
use glasshouse_class::session::Action;
use glasshouse_class::template::Template;
use std::io::Write;

fn start_action(t: &Template) -> Action {
    Action::Start { scenario: t.id().to_owned(), code: "ABC234".into(), trainer_key: "k".repeat(32), max_learners: 100 }
}

#[test]
fn a_journal_dropped_without_closing_resumes_to_the_same_session() {
    let t = Template::bundled();
    let dir = data_dir("journal");
    let (session, actions) = two_learners(&t);
    let mut j = Journal::create(&dir, &start_action(&t)).expect("create");
    for a in &actions {
        j.append(a).expect("append");
    }
    // A crash: the file is never closed or flushed by anything but append's own sync.
    std::mem::forget(j);
    let r = Journal::resume(&dir, &t).expect("resume");
    assert_eq!(r.session, session);
    assert_eq!((r.actions, r.torn), (actions.len() + 1, None));
    // A second start in the same folder is refused: resume or forget.
    assert!(matches!(Journal::create(&dir, &start_action(&t)), Err(JournalError::Exists(_))));
    assert!(Journal::forget(&dir).expect("forget"));
    assert!(matches!(Journal::resume(&dir, &t), Err(JournalError::Missing(_))));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_torn_last_line_is_dropped_and_reported_and_a_damaged_line_is_named() {
    let t = Template::bundled();
    let dir = data_dir("torn");
    let (session, actions) = two_learners(&t);
    let mut j = Journal::create(&dir, &start_action(&t)).expect("create");
    for a in &actions {
        j.append(a).expect("append");
    }
    drop(j);
    let path = dir.join(FILE);
    let good = std::fs::read(&path).expect("read");
    let mut f = std::fs::OpenOptions::new().append(true).open(&path).expect("open");
    f.write_all(b"{\"action\":\"say\",\"learner\":1,\"te").expect("tear");
    drop(f);
    let r = Journal::resume(&dir, &t).expect("resume");
    assert_eq!(r.session, session);
    assert_eq!(r.torn, Some(31));
    assert_eq!(std::fs::read(&path).expect("read"), good, "the torn line is cut off the file");
    // The resumed journal appends after the last whole line.
    let mut j = r.journal;
    j.append(&Action::Reveal).expect("append");
    drop(j);
    let r = Journal::resume(&dir, &t).expect("resume again");
    assert!(r.session.revealed);
    // A damaged line in the middle stops the resume, naming the line.
    let mut lines: Vec<String> = std::fs::read_to_string(&path).expect("read").lines().map(str::to_owned).collect();
    lines[3] = "not json".into();
    std::fs::write(&path, lines.join("\n") + "\n").expect("write");
    match Journal::resume(&dir, &t) {
        Err(e @ JournalError::Corrupt(_, 4)) => assert_eq!(e.key().0, "class-journal-corrupt"),
        other => panic!("{other:?}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}
