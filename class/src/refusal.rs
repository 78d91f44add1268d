//! Why the class refused something a learner or the trainer asked: a Fluent key and its arguments,
//! never English (the pages word it in the learner's language).

use std::fmt;

/// A refusal: the request is not carried out and the person is told why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The Fluent key in `assets/locales/<lang>/class.ftl` (`class-refused-…`).
    pub key: &'static str,
    /// The message's arguments.
    pub args: Vec<(&'static str, String)>,
    /// The HTTP status a page answers with.
    pub status: u16,
}

impl Refusal {
    /// A refusal with status 400 and no arguments.
    pub fn new(key: &'static str) -> Refusal {
        Refusal { key, args: Vec::new(), status: 400 }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Refusal {
        self.args.push((name, value.to_string()));
        self
    }

    /// Sets the HTTP status.
    pub fn status(mut self, status: u16) -> Refusal {
        self.status = status;
        self
    }
}

impl fmt::Display for Refusal {
    /// The key and arguments, for logs and test failures (pages use Fluent).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.key)?;
        for (k, v) in &self.args {
            write!(f, " {k}={v:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Refusal {}
