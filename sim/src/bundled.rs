//! The scenarios shipped inside the binary, so `run NAME` works from any directory.

/// (name, TOML text) of every bundled scenario, in
/// book order. The first is the default.
pub const BUNDLED: &[(&str, &str)] = &[
    ("first-connection", include_str!("../../scenarios/first-connection.toml")),
    ("public-vs-encrypted", include_str!("../../scenarios/public-vs-encrypted.toml")),
    ("high-trust-room", include_str!("../../scenarios/high-trust-room.toml")),
];

/// The TOML text of a bundled scenario.
pub fn get(name: &str) -> Option<&'static str> {
    BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Names of the bundled scenarios, in order.
pub fn names() -> Vec<&'static str> {
    BUNDLED.iter().map(|(n, _)| *n).collect()
}
