//! Glasshouse's workshop mode (`glasshouse class`): a live class session on the trainer's laptop.
//! Learners join with a code and a pseudonym, make the class scenario's choices and chat; the
//! trainer raids a server and each learner sees what it learned about them. The session model,
//! its journal, the raid (through the core) and a small web server whose pages work without
//! JavaScript. No Bevy.

pub mod compose;
pub mod journal;
pub mod raid;
pub mod refusal;
pub mod server;
pub mod session;
pub mod summary;
pub mod template;
pub mod text;
pub mod words;

pub use refusal::Refusal;
pub use server::{Config, Running, start};
pub use session::{Action, Phase, Session};
pub use template::Template;
