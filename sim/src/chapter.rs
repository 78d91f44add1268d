//! The book's chapters a scenario can belong to, in reading order (ids are the book's file names).

/// Chapter ids, in the book's order: the guide's five parts, split where a part holds several
/// exercises, then the appendix.
pub const CHAPTERS: &[&str] = &[
    "first-connection",
    "connecting",
    "usernames",
    "second-accounts",
    "many-servers",
    "public-rooms",
    "high-trust-rooms",
    "account-recovery",
    "what-others-know",
    "other-platforms",
];

/// Whether `id` names a chapter.
pub fn is_chapter(id: &str) -> bool {
    CHAPTERS.contains(&id)
}
