//! Empty on purpose: this crate only turns on dependency features (see its Cargo.toml).
