//! What a learner-facing first layer must not name: event ids, Matrix user ids, Synapse table
//! names and Matrix event types. Shared by the tests of every medium (terminal, window, book).

/// The check, with the table names read once.
pub struct LeakCheck {
    tables: Vec<String>,
}

impl Default for LeakCheck {
    fn default() -> LeakCheck {
        LeakCheck::new()
    }
}

impl LeakCheck {
    /// The table names a server keeps (`Tables`' fields in sim/src/server/tables.rs), plus the
    /// ones derived or dumped beside them and the client-side ones evidence names; only the
    /// technical ones (with `_` or `/`): `users`, `devices`, `profiles` and `pushers` are also
    /// plain words.
    pub fn new() -> LeakCheck {
        let src = include_str!("../../sim/src/server/tables.rs");
        let start = src.find("pub struct Tables").unwrap_or(0);
        let body = &src[start..src[start..].find("\n}").map_or(src.len(), |e| start + e)];
        let mut tables: Vec<String> = body
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub ")?.split_once(": Table<").map(|(n, _)| n.to_owned()))
            .collect();
        tables.extend(["user_ips", "server_keys", "keys/query"].map(str::to_owned));
        tables.retain(|n| n.contains('_') || n.contains('/'));
        LeakCheck { tables }
    }

    /// How many table names it knows (a scan that found few is broken).
    pub fn tables(&self) -> usize {
        self.tables.len()
    }

    /// What must not appear: the reason, if `text` has any of it.
    pub fn leak(&self, text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        let id_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        for (i, &c) in chars.iter().enumerate() {
            let before = if i == 0 { ' ' } else { chars[i - 1] };
            let rest: String = chars[i + 1..].iter().take(64).collect();
            match c {
                '$' if rest.chars().take(6).filter(|&c| id_char(c)).count() == 6 => {
                    return Some(format!("event id ${rest}"));
                }
                '@' if !id_char(before) => {
                    let local: String = rest.chars().take_while(|&c| id_char(c) || c == '.' || c == '=').collect();
                    if !local.is_empty() && rest[local.len()..].starts_with(':') {
                        return Some(format!("Matrix id @{rest}"));
                    }
                }
                'm' if !id_char(before)
                    && before != '.'
                    && rest.starts_with('.')
                    && rest[1..].starts_with(|c: char| c.is_ascii_lowercase()) =>
                {
                    return Some(format!("event type m{rest}"));
                }
                _ => {}
            }
        }
        let words: Vec<&str> = text.split(|c: char| !(id_char(c) || c == '/')).collect();
        self.tables.iter().find(|t| words.contains(&t.as_str())).map(|t| format!("table name {t}"))
    }
}
