//! Glasshouse's words: the Fluent bundles and the wording of findings, diagnostics and the
//! debrief, shared by the command line, the book's preprocessor, the window and the browser build.
//! No Bevy: the window wraps these in its own resource.

pub mod bidi;
pub mod debrief;
pub mod html;
pub mod i18n;
pub mod leak;
pub mod plural;
pub mod terminal;
pub mod words;

#[cfg(test)]
mod first_layer;
#[cfg(test)]
mod locales;
