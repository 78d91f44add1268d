//! `glasshouse class`: a live class on the trainer's laptop — starts (or resumes, or forgets) a
//! class session of the `glasshouse-class` crate and tells the trainer how the room joins.

use crate::i18n::Tr;
use clap::Args;
use glasshouse_class::{Config, Template, journal};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints a line for the trainer. The class keeps running when nobody reads it any more (output
/// piped into `head`, a closed terminal): the learners are still in the room.
macro_rules! say {
    () => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout());
    }};
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// Where a class listens unless told: this laptop only.
const DEFAULT_LISTEN: &str = "127.0.0.1:8640";

/// Arguments of `glasshouse class`.
#[derive(Args)]
pub struct ClassArgs {
    /// A class scenario file (with a `[class]` template person; its NAME.LANG.ftl prose beside
    /// it). Default: the bundled class federation.
    scenario: Option<PathBuf>,
    /// Where to listen. The default, 127.0.0.1:8640, is this laptop only; give the laptop's
    /// address on the room's network (e.g. 0.0.0.0:8640) for learners' phones to reach it.
    #[arg(long, value_name = "ADDR", default_value = DEFAULT_LISTEN)]
    listen: String,
    /// The class's data folder: its journal and exports; nothing is written anywhere else.
    #[arg(long, value_name = "DIR", default_value = "glasshouse-class")]
    data: PathBuf,
    /// Continue the class saved in the data folder (same join code and trainer key).
    #[arg(long, conflicts_with = "forget")]
    resume: bool,
    /// Erase the class saved in the data folder, then exit.
    #[arg(long)]
    forget: bool,
    /// At most this many learners.
    #[arg(long, value_name = "N", default_value_t = glasshouse_class::session::MAX_LEARNERS)]
    max_learners: usize,
}

/// Runs `glasshouse class`.
pub fn run(tr: &Tr, args: &ClassArgs, lang: &str) -> ExitCode {
    if args.forget {
        return forget(tr, &args.data);
    }
    let template = match load(tr, args.scenario.as_deref()) {
        Ok(t) => t,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let Ok(listen) = args.listen.parse::<SocketAddr>() else {
        eprintln!("{}", tr.t("class-cli-bad-listen", &[("value", args.listen.clone())]));
        return ExitCode::from(2);
    };
    let mut config = Config::new(args.data.clone());
    config.listen = listen;
    config.resume = args.resume;
    config.max_learners = args.max_learners.clamp(1, 1000);
    config.lang = lang.to_owned();
    let words = glasshouse_class::words::tr(lang, &template, config.max_learners);
    let running = match glasshouse_class::start(template, config) {
        Ok(r) => r,
        Err(glasshouse_class::server::StartError::Journal(e)) => {
            let (key, args) = e.key();
            eprintln!("{}", words.t(key, &args.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()));
            return ExitCode::from(2);
        }
        Err(glasshouse_class::server::StartError::Listen(e)) => {
            eprintln!("{}", tr.t("class-cli-listen-failed", &[("addr", listen.to_string()), ("error", e)]));
            return ExitCode::from(2);
        }
    };
    let shown = shown_address(running.addr);
    let join = format!("http://{shown}/");
    say!("{}", tr.t("class-cli-started", &[("data", args.data.display().to_string())]));
    if running.resumed_actions > 1 {
        say!("{}", tr.t("class-cli-resumed", &[("count", running.resumed_actions.to_string())]));
    }
    if running.addr.ip().is_loopback() {
        say!("{}", tr.t("class-cli-loopback", &[]));
    } else {
        say!("{}", tr.t("class-cli-lan", &[("addr", running.addr.to_string())]));
    }
    say!();
    say!("{}", tr.t("class-cli-join", &[("url", join.clone()), ("code", running.code.clone())]));
    say!("{}", qr(&join));
    say!("{}", tr.t("class-cli-trainer", &[("url", format!("{join}trainer")), ("key", running.trainer_key.clone())]));
    say!("{}", tr.t("class-cli-stop", &[]));
    // The server runs on its own threads; every action is on disk before it is answered, so
    // stopping the process (Ctrl-C, or a crash) loses nothing `--resume` cannot bring back.
    loop {
        std::thread::park();
    }
}

/// The address learners type: the listening one, or for 0.0.0.0 this machine's name on the
/// network is unknown here, so the port with a placeholder the trainer replaces.
fn shown_address(addr: SocketAddr) -> String {
    if addr.ip().is_unspecified() { format!("<this-laptop's-address>:{}", addr.port()) } else { addr.to_string() }
}

/// The class template: bundled, or a file with its prose files beside it.
fn load(tr: &Tr, path: Option<&Path>) -> Result<Template, String> {
    let Some(path) = path else { return Ok(Template::bundled()) };
    let text = std::fs::read_to_string(path)
        .map_err(|e| tr.t("class-cli-unreadable", &[("path", path.display().to_string()), ("error", e.to_string())]))?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new("."));
    let prose: Vec<(String, String)> = crate::i18n::LOCALES
        .iter()
        .filter_map(|(l, _)| {
            std::fs::read_to_string(dir.join(format!("{stem}.{l}.ftl"))).ok().map(|t| ((*l).to_owned(), t))
        })
        .collect();
    let prose: Vec<(&str, &str)> = prose.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
    Template::parse(&text, &prose).map_err(|e| match e {
        glasshouse_class::template::TemplateError::Scenario(d) if !d.is_empty() => {
            let source =
                crate::load::Source { origin: path.display().to_string(), text: text.clone(), prose: Vec::new() };
            crate::cli::load_error(tr, &crate::load::LoadError::Invalid { source, diagnostics: d })
        }
        other => tr.t("class-cli-not-a-class", &[("path", path.display().to_string()), ("error", other.to_string())]),
    })
}

/// Erases the class saved in `dir`: its journal and exports, and the folder if nothing else is in it.
fn forget(tr: &Tr, dir: &Path) -> ExitCode {
    let journal_file = dir.join(journal::FILE);
    if !journal_file.is_file() {
        say!("{}", tr.t("class-cli-nothing-to-forget", &[("path", dir.display().to_string())]));
        return ExitCode::SUCCESS;
    }
    let mut removed = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        let ours = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n == journal::FILE || n.ends_with(".toml") || n.ends_with(".json") || n.ends_with(".md"));
        if ours && p.is_file() && std::fs::remove_file(&p).is_ok() {
            removed += 1;
        }
    }
    let _ = std::fs::remove_dir(dir);
    say!("{}", tr.t("class-cli-forgot", &[("path", dir.display().to_string()), ("count", removed.to_string())]));
    ExitCode::SUCCESS
}

/// A QR code of `text` for a terminal: two modules a character with half blocks, a quiet zone
/// of two, dark on light whatever the terminal's colours (phones read either way round).
fn qr(text: &str) -> String {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else { return String::new() };
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 2i64;
    let dark = |x: i64, y: i64| -> bool {
        x >= 0
            && y >= 0
            && (x as usize) < width
            && (y as usize) < width
            && colors[y as usize * width + x as usize] == qrcode::Color::Dark
    };
    let mut out = String::new();
    let side = width as i64 + quiet;
    let mut y = -quiet;
    while y < side {
        for x in -quiet..side {
            out.push(match (dark(x, y), dark(x, y + 1)) {
                (true, true) => ' ',
                (true, false) => '▄',
                (false, true) => '▀',
                (false, false) => '█',
            });
        }
        out.push('\n');
        y += 2;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_qr_code_is_square_with_its_quiet_zone() {
        let q = super::qr("http://127.0.0.1:8640/");
        let lines: Vec<&str> = q.lines().collect();
        let width = lines[0].chars().count();
        assert!(width >= 25, "{q}");
        assert!(lines.iter().all(|l| l.chars().count() == width));
        assert_eq!(lines.len(), width.div_ceil(2));
        assert!(lines[0].chars().all(|c| c == '█'), "the quiet zone is light: {}", lines[0]);
    }
}
