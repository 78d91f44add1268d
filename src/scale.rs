//! `glasshouse scale`: the decentralisation explorer on the command line (a text table or JSON).

use crate::i18n::Tr;
use clap::{Args, ValueEnum};
use glasshouse_sim::explorer::{
    self, Compromise, Exploration, ExplorerError, FederationSpec, Field, SizeDist, Strategy, parse_count,
};
use std::process::ExitCode;

/// Output format of `scale`.
#[derive(Clone, Copy, ValueEnum)]
pub enum ScaleFormat {
    /// A table for people.
    Text,
    /// Stable field names for programs.
    Json,
}

/// Arguments of `glasshouse scale`.
#[derive(Args)]
pub struct ScaleArgs {
    /// Number of servers, 1 to 10,000,000 (digits, 10_000 or 1e4).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    servers: String,
    /// Number of users, 1 to 50,000,000.
    #[arg(long, value_name = "M", allow_hyphen_values = true)]
    users: String,
    /// Number of rooms, 0 to 10,000,000 (default: users / 10).
    #[arg(long, value_name = "R", allow_hyphen_values = true)]
    rooms: Option<String>,
    /// Server sizes: uniform, zipf:S (e.g. zipf:1.1) or giant:SHARE (e.g. giant:0.4).
    #[arg(long, value_name = "uniform|zipf:S|giant:SHARE", allow_hyphen_values = true)]
    dist: String,
    /// Which servers fall: top:K (the K largest) or random:K; K above N means all servers.
    #[arg(long, value_name = "top:K|random:K", allow_hyphen_values = true)]
    compromise: String,
    /// Seed of the generator (rooms, members, the random servers).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output: a text table or JSON.
    #[arg(long, value_enum, default_value = "text")]
    format: ScaleFormat,
}

/// Runs `scale`: exit 0, or 2 with an explanation when an argument is wrong.
pub fn run(tr: &Tr, args: &ScaleArgs) -> ExitCode {
    match explore(args) {
        Ok(x) => {
            if x.compromise.clamped {
                eprintln!(
                    "{}",
                    tr.t(
                        "scale-note-clamped",
                        &[("servers", x.model.servers.to_string()), ("k", x.compromise.k_requested.to_string())]
                    )
                );
            }
            match args.format {
                ScaleFormat::Text => out!("{}", text(tr, &x)),
                ScaleFormat::Json => outln!("{}", serde_json::to_string_pretty(&x).unwrap_or_default()),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", error(tr, &e));
            ExitCode::from(2)
        }
    }
}

fn explore(args: &ScaleArgs) -> Result<Exploration, ExplorerError> {
    let servers = parse_count(Field::Servers, &args.servers)?;
    let users = parse_count(Field::Users, &args.users)?;
    let rooms = args.rooms.as_deref().map(|r| parse_count(Field::Rooms, r)).transpose()?;
    let dist: SizeDist = args.dist.parse()?;
    let compromise: Compromise = args.compromise.parse()?;
    let spec = FederationSpec::new(servers, users, rooms, dist)?;
    explorer::explore(&spec, &compromise, args.seed)
}

/// The words for an error: `error-scale-<code>` with its arguments.
pub fn error(tr: &Tr, e: &ExplorerError) -> String {
    tr.t(&format!("error-scale-{}", e.code()), &e.args())
}

/// A share as a percentage: one decimal from 1 %, three below, none for 0 and 100.
fn pct(x: f64) -> String {
    let p = x * 100.0;
    if p == 0.0 || p == 100.0 {
        format!("{p:.0}")
    } else if p >= 1.0 {
        format!("{p:.1}")
    } else {
        format!("{p:.3}")
    }
}

/// The model, the federation, the attack, the table, and why.
pub fn text(tr: &Tr, x: &Exploration) -> String {
    let (m, f) = (&x.model, &x.federation);
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(tr.t(
        "scale-title",
        &[
            ("servers", m.servers.to_string()),
            ("users", m.users.to_string()),
            ("rooms", m.rooms.to_string()),
            ("dist", m.dist.to_string()),
            ("seed", m.seed.to_string()),
        ],
    ));
    line(tr.t(
        "scale-servers",
        &[
            ("largest", f.largest_server_users.to_string()),
            ("largest_share", pct(f64::from(f.largest_server_users) / f64::from(m.users.max(1)))),
            ("median", f.median_server_users.to_string()),
            ("empty", f.empty_servers.to_string()),
        ],
    ));
    line(tr.t(
        "scale-rooms",
        &[
            ("min", m.room_size_min.to_string()),
            ("max", m.room_size_max.to_string()),
            ("median", f.median_room.to_string()),
            ("mean", format!("{:.1}", f.mean_room)),
            ("largest", f.largest_room.to_string()),
            ("memberships", f.memberships.to_string()),
            ("spread", format!("{:.1}", f.mean_servers_per_room)),
        ],
    ));
    let k = x.compromise.k.to_string();
    line(match x.compromise.strategy {
        Strategy::Top => tr.t("scale-attack-top", &[("k", k)]),
        Strategy::Random => tr.t("scale-attack-random", &[("k", k), ("seed", m.seed.to_string())]),
    });
    line(String::new());
    let headers: Vec<String> =
        ["scale-col-k", "scale-col-servers", "scale-col-ips", "scale-col-rooms", "scale-col-memberships"]
            .iter()
            .map(|key| tr.t(key, &[]))
            .collect();
    let rows: Vec<[String; 5]> = x
        .curve
        .iter()
        .map(|e| {
            [
                e.servers_compromised.to_string(),
                pct(e.servers_share),
                pct(e.users_ip_exposed_share),
                pct(e.rooms_exposed_share),
                pct(e.memberships_exposed_share),
            ]
        })
        .collect();
    let width =
        |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([headers[i].chars().count()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..5).map(width).collect();
    let header: Vec<String> = headers.iter().zip(&widths).map(|(h, w)| format!("{h:>w$}")).collect();
    line(header.join("  "));
    for r in &rows {
        let cells: Vec<String> = r.iter().zip(&widths).map(|(c, w)| format!("{c:>w$}")).collect();
        line(cells.join("  "));
    }
    line(String::new());
    line(tr.t("scale-why", &[]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_explorer_error_has_words() {
        let tr = Tr::new("en", &|_| Vec::new());
        for code in ExplorerError::CODES {
            assert!(tr.has(&format!("error-scale-{code}")), "error-scale-{code} missing");
        }
    }

    #[test]
    fn percentages() {
        assert_eq!(pct(0.0), "0");
        assert_eq!(pct(1.0), "100");
        assert_eq!(pct(0.1234), "12.3");
        assert_eq!(pct(0.0001), "0.010");
    }
}
