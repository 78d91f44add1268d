//! The class crate's integration tests: one binary (the session, journal and raid through the
//! core; the web server over real HTTP on an ephemeral port).

mod client;
mod http_bad_input;
mod http_e2e;
mod journal;
mod session;
