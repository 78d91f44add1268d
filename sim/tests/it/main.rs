//! Integration tests of the core, compiled as one binary (faster to link than one per file).

mod corpus;
mod properties;
mod spec_schema;
