//! Glasshouse's core: a deterministic mock Matrix federation with real events (ruma) and real
//! end-to-end encryption (vodozemac), adversaries, and a knowledge engine that says what each
//! adversary learns and why. No Bevy, no clock, no filesystem, no network.

pub mod bundled;
pub mod chapter;
pub mod counterfactual;
pub mod crypto;
pub mod debrief;
pub mod event;
pub mod explorer;
pub mod knowledge;
pub mod pdu;
pub mod report;
pub mod scenario;
pub mod script;
pub mod server;
pub mod time;
pub mod world;

pub use knowledge::{Finding, FindingCode};
pub use report::{Report, run};
pub use scenario::{Diagnostic, Scenario, Selection};
pub use time::SimTime;
pub use world::{SimError, World};
