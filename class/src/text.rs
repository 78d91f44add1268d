//! Checks of every string a learner types (pseudonym, username, display name, message): length
//! caps, no control or direction-override characters, usernames in Matrix's localpart alphabet.

use crate::refusal::Refusal;

/// Longest pseudonym, in characters.
pub const PSEUDONYM_MAX: usize = 32;
/// Longest username (Matrix localpart), in characters.
pub const USERNAME_MAX: usize = 32;
/// Longest display name, in characters.
pub const DISPLAY_NAME_MAX: usize = 48;
/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 500;

/// Which field a string is, for the refusal's wording (`class-field-…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The name shown to the class.
    Pseudonym,
    /// The account's username.
    Username,
    /// The account's display name.
    DisplayName,
    /// A chat message.
    Message,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Pseudonym => "pseudonym",
            Field::Username => "username",
            Field::DisplayName => "display-name",
            Field::Message => "message",
        }
    }

    fn max(self) -> usize {
        match self {
            Field::Pseudonym => PSEUDONYM_MAX,
            Field::Username => USERNAME_MAX,
            Field::DisplayName => DISPLAY_NAME_MAX,
            Field::Message => MESSAGE_MAX,
        }
    }
}

/// Characters that reorder text on screen (bidirectional embeddings, overrides and isolates):
/// they can make a name or message read differently from what it is.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks and normalises a learner's string: trimmed, not empty, at most the field's length,
/// no control characters (a message may hold line breaks, normalised to `\n`), no direction
/// overrides. Returns the normalised string or a refusal that says what to fix.
pub fn check(field: Field, raw: &str) -> Result<String, Refusal> {
    let refuse = |key| Refusal::new(key).arg("field", field.name());
    let text = raw.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(refuse("class-refused-empty"));
    }
    let len = text.chars().count();
    if len > field.max() {
        return Err(refuse("class-refused-too-long").arg("max", field.max()).arg("length", len));
    }
    if text.chars().any(is_direction_control) {
        return Err(refuse("class-refused-direction"));
    }
    let newline_ok = field == Field::Message;
    if text.chars().any(|c| c.is_control() && !(newline_ok && c == '\n')) {
        return Err(refuse("class-refused-control"));
    }
    if field == Field::Username
        && !text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._=-".contains(c))
    {
        return Err(refuse("class-refused-username"));
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_capped_checked_and_normalised() {
        assert_eq!(check(Field::Message, "  hi\r\nthere ").as_deref(), Ok("hi\nthere"));
        assert_eq!(check(Field::Pseudonym, "   ").map_err(|r| r.key), Err("class-refused-empty"));
        let long = "a".repeat(10_000);
        let r = check(Field::Message, &long).expect_err("too long");
        assert_eq!((r.key, r.args[1].1.as_str()), ("class-refused-too-long", "500"));
        assert_eq!(check(Field::Pseudonym, "evil\u{202E}gpj.exe").map_err(|r| r.key), Err("class-refused-direction"));
        assert_eq!(check(Field::DisplayName, "a\u{0007}b").map_err(|r| r.key), Err("class-refused-control"));
        assert_eq!(check(Field::DisplayName, "a\nb").map_err(|r| r.key), Err("class-refused-control"));
        assert_eq!(check(Field::Username, "Rosa").map_err(|r| r.key), Err("class-refused-username"));
        assert_eq!(check(Field::Username, "rosa.r-1").as_deref(), Ok("rosa.r-1"));
        // Markup is allowed in what people type (it is escaped wherever it is shown).
        assert!(check(Field::Message, "<script>alert(1)</script>").is_ok());
        // Right-to-left scripts themselves are welcome.
        assert!(check(Field::Pseudonym, "مريم").is_ok());
    }
}
