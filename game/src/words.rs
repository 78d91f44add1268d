//! The core's findings and evidence in words: re-exported from `glasshouse-words`, which the
//! command line, the book and the browser build share.

pub use glasshouse_words::words::*;
