//! Integration tests of the core, compiled as one binary (faster to link than one per file).

mod backup_and_redaction;
mod claims;
mod corpus;
mod golden;
mod properties;
mod scenario_schema;
mod spec_schema;
