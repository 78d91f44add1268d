//! Scenario diagnostics: a stable code, the byte span of the offending text, and typed arguments.
//!
//! The core holds no English; the CLI and the window turn codes and arguments into sentences
//! through Fluent (`diag-<code>` and `diag-<code>-help`).

use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// Declares [`DiagCode`] and [`DiagCode::ALL`] from one list.
macro_rules! diag_codes {
    ($($code:ident,)*) => {
        /// Every problem a scenario file can have. The kebab-case names are stable: trainers look
        /// them up in the reference, and tests assert on them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "kebab-case")]
        #[allow(missing_docs)]
        pub enum DiagCode {
            $($code,)*
        }

        impl DiagCode {
            /// Every code, in declaration order.
            pub const ALL: [DiagCode; [$(DiagCode::$code),*].len()] = [$(DiagCode::$code),*];
        }
    };
}

diag_codes! {
    TomlSyntax,
    UnknownField,
    MissingField,
    WrongType,
    InvalidId,
    DuplicateId,
    NoServers,
    NoLearner,
    ManyLearners,
    InvalidServerName,
    InvalidUsername,
    DuplicateAccount,
    InvalidIp,
    InvalidValue,
    UnknownServer,
    UnknownPerson,
    UnknownRoom,
    UnknownAdversary,
    UnknownMessage,
    UnknownDevice,
    DuplicateDevice,
    UnknownChoice,
    ChoiceEmpty,
    ChoiceNoDefault,
    ChoiceDefaultNotAllowed,
    ChoiceDuplicateValue,
    ChoiceUnused,
    ChoiceMixedTypes,
    InvalidTime,
    TimeBackwards,
    StepNoAction,
    StepManyActions,
    ServerOffline,
    ServerAlreadyOffline,
    ServerAlreadyOnline,
    NotAMember,
    AlreadyMember,
    RoomNoMembers,
    MissingRequiredContact,
    ContactAlreadyBound,
    CallNotOneToOne,
    PassphraseWithoutRecovery,
    AdversaryNoKind,
    AdversaryManyKinds,
    AdversaryWrongKind,
    AdversaryTooEarly,
    AdminForeignAccount,
    ResetSignsOwnDevice,
    AccountMissing,
    UnknownFinding,
    ObjectiveNoCondition,
    ObjectiveManyConditions,
    SelfVerification,
    UnknownChapter,
    SwitchMalformed,
    SwitchCaseMissing,
    SwitchCaseUnknown,
    ChoiceValueUnused,
    ProseSyntax,
    ProseMissing,
    ProseUnknownKey,
    NoDevice,
    PushServiceUnavailable,
    PushDistributorMissing,
}

impl DiagCode {
    /// The stable kebab-case name, e.g. `unknown-server`.
    pub fn as_str(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

/// One problem in a scenario file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// What is wrong.
    pub code: DiagCode,
    /// Byte range of the offending text in the file.
    pub span: Range<usize>,
    /// The companion file the span points into, e.g. `en.ftl` for the scenario's English prose
    /// (`NAME.en.ftl` beside `NAME.toml`); `None` for the scenario file itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Named arguments for the message (names, values, the choice combination…).
    pub args: BTreeMap<String, String>,
}

impl Diagnostic {
    /// A diagnostic without arguments.
    pub fn new(code: DiagCode, span: Range<usize>) -> Self {
        Diagnostic { code, span, file: None, args: BTreeMap::new() }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    /// Points the span into a companion file (see [`Diagnostic::file`]).
    pub fn in_file(mut self, file: &str) -> Self {
        self.file = Some(file.to_owned());
        self
    }

    /// 1-based line and column (in characters) of the span's start in `source`.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        line_col(source, self.span.start)
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = source[line_start..offset].chars().count() + 1;
    (line, col)
}

/// The full text of the 1-based line `line` (without its newline).
pub fn line_text(source: &str, line: usize) -> &str {
    source.lines().nth(line.saturating_sub(1)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nné = \"x\"\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 6), (2, 1));
        // byte 10 is the "=" after "né " (n=1, é=2 bytes, space=1)
        assert_eq!(line_col(src, 10), (2, 4));
        assert_eq!(line_col(src, 999), (3, 1));
        assert_eq!(line_text(src, 2), "né = \"x\"");
    }

    #[test]
    fn codes_are_kebab_case() {
        assert_eq!(DiagCode::UnknownServer.as_str(), "unknown-server");
        assert_eq!(DiagCode::TomlSyntax.as_str(), "toml-syntax");
    }
}
