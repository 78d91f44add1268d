//! Command-line interface: the window (default), `play`, `screenshot`, and the headless `list`,
//! `explain`, `run`, `check`, `new`, `schema`, `scale`, `book`, `forget`.

use crate::i18n::{Tr, pick_language};
use crate::load::{self, Library, LoadError, Source};
use crate::render;
use clap::{Parser, Subcommand, ValueEnum};
use glasshouse_sim::{Scenario, SimError, bundled};
pub(crate) use glasshouse_words::words::choice_error;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Glasshouse: an OPSEC training simulator for Matrix chat.
#[derive(Parser)]
#[command(name = "glasshouse", version, about)]
struct Cli {
    /// Language of the output (en, es, fa; `fa_IR.UTF-8` works too); defaults to the system language.
    #[arg(long, global = true)]
    lang: Option<String>,
    /// A folder of your own scenarios (NAME.toml with NAME.en.ftl, NAME.es.ftl beside it) to add
    /// to `list`, `run` and `explain`; repeatable. GLASSHOUSE_SCENARIOS adds more (PATH-style list).
    #[arg(long = "scenarios", value_name = "DIR", global = true)]
    scenario_dirs: Vec<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// The screens `screenshot` can capture: the window's own list, by name.
fn screen_arg() -> impl clap::builder::TypedValueParser<Value = glasshouse_game::screen::Screen> {
    use clap::builder::TypedValueParser as _;
    use glasshouse_game::screen::Screen;
    clap::builder::PossibleValuesParser::new(Screen::ALL.map(Screen::name))
        .map(|name: String| Screen::named(&name).unwrap_or_default())
}

#[derive(Subcommand)]
enum Command {
    /// List the scenarios (bundled, then your folders'), one per line: name, title, chapter,
    /// minutes, where it comes from.
    List,
    /// Print a scenario's outline: servers, cast, rooms, timeline, adversaries, choices, objectives.
    Explain {
        /// Bundled name or path to a .toml file.
        scenario: String,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Instead of the outline, run every combination of the choices (at most 512; beyond that
        /// each choice's values one at a time) and print each one's outcome, and which choices
        /// change it.
        #[arg(long)]
        outcomes: bool,
        /// Seed for --outcomes (default: the scenario's).
        #[arg(long, requires = "outcomes")]
        seed: Option<u64>,
    },
    /// Run a scenario and print what each adversary learned.
    Run {
        /// Bundled name or path to a .toml file (default: the first bundled scenario).
        scenario: Option<String>,
        /// Set a choice, KEY=VALUE (repeatable); lists are comma-separated.
        #[arg(long = "choose", value_name = "KEY=VALUE")]
        choose: Vec<String>,
        /// Seed of the simulation's random generator (default: the scenario's).
        #[arg(long)]
        seed: Option<u64>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Write what each server holds at the end into DIR/<server>/<table>.json.
        #[arg(long, value_name = "DIR")]
        dump: Option<PathBuf>,
        /// Skip the search for what would have prevented each finding (it re-runs the scenario).
        #[arg(long)]
        no_counterfactuals: bool,
        /// Print every finding with its evidence (the full table) instead of the debrief.
        #[arg(long)]
        full: bool,
    },
    /// Validate scenario files (or folders of them) and print every problem.
    Check {
        /// Files or folders.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the scenario format (for editors and validators).
    Schema,
    /// Erase everything Glasshouse saved on this computer: progress, last choices, exports
    /// (the data folder: GLASSHOUSE_DATA, else XDG_DATA_HOME/glasshouse, else ~/.local/share/glasshouse).
    Forget,
    /// Build or serve the book (mdBook, in-process, with the scenario directives), or write its
    /// translation template.
    Book {
        #[command(subcommand)]
        action: crate::book_cli::BookAction,
    },
    /// Write a commented starter scenario NAME.toml and its prose NAME.en.ftl that pass `check`.
    New {
        /// Scenario name (lowercase letters, digits, dashes), optionally with a folder: dir/name.
        name: PathBuf,
    },
    /// Open the simulator window (the default with no command), optionally on one scenario's
    /// briefing. Needs a display; every other command works without one.
    Play {
        /// Bundled name or path to a .toml file.
        scenario: Option<String>,
        /// Instead of waiting for the learner, drive every screen for N timed frames (default
        /// scenario: forty-members, the largest) and print frame-time percentiles and start-up.
        #[arg(long, value_name = "N")]
        bench: Option<u32>,
    },
    /// Open the window, drive a scenario to one screen, save it as a PNG and exit (for slides
    /// and CI). Fails on a blank capture.
    Screenshot {
        /// Bundled name or path to a .toml file.
        scenario: String,
        /// The screen to capture.
        #[arg(long, value_parser = screen_arg(), default_value = "briefing")]
        screen: glasshouse_game::screen::Screen,
        /// Where to write the PNG.
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
        /// Set a choice, KEY=VALUE (repeatable).
        #[arg(long = "choose", value_name = "KEY=VALUE")]
        choose: Vec<String>,
        /// Window size, WIDTHxHEIGHT.
        #[arg(long, default_value = "1280x800")]
        size: String,
        /// Text size for this capture, 0.75 to 2 (2 = 200 %); the saved settings are left alone.
        #[arg(long, value_name = "SCALE")]
        text_scale: Option<f32>,
    },
    /// Replay a scenario through real Synapse homeservers on 127.0.0.1 and compare what they
    /// store with what the simulator predicts (exit 0 when they agree, 1 with differences).
    /// First use installs Synapse into a Python environment in the cache folder.
    Lab {
        /// Bundled name or path to a .toml file.
        scenario: String,
        /// Set a choice, KEY=VALUE (repeatable); lists are comma-separated.
        #[arg(long = "choose", value_name = "KEY=VALUE")]
        choose: Vec<String>,
        /// Seed of the simulation's random generator (default: the scenario's).
        #[arg(long)]
        seed: Option<u64>,
        /// Keep the servers' databases and configurations in DIR (empty or new) and print how to
        /// open them with a Matrix client.
        #[arg(long, value_name = "DIR")]
        keep: Option<PathBuf>,
    },
    /// Decentralisation explorer: compromise the K largest (or K random) servers of a synthetic
    /// federation and see the share of users' IPs, rooms and memberships exposed.
    Scale(crate::scale::ScaleArgs),
    /// A live class on this laptop: learners join from their browsers with a code, choose, chat;
    /// you raid a server from the trainer page and each learner sees what it learned about them.
    Class(crate::class::ClassArgs),
}

/// Runs the CLI and returns the process exit code.
pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    let lang = pick_language(cli.lang.as_deref());
    let tr = Tr::new(&lang, &|_| Vec::new());
    let lib = Library::new(&cli.scenario_dirs);
    let ctx = Ctx { lang: lang.clone(), lib };
    let command = cli.command.unwrap_or(Command::Play { scenario: None, bench: None });
    match command {
        Command::List => {
            let entries = match ctx.lib.entries() {
                Ok(e) => e,
                Err(e) => {
                    eprint!("{}", load_error(&tr, &e));
                    return ExitCode::from(2);
                }
            };
            for e in entries {
                let (title, chapter, minutes) = match ctx.lib.scenario(&e.name) {
                    Ok((src, s)) => {
                        let tr = ctx.tr(&src);
                        (
                            tr.maybe(&format!("scenario-{}", s.id), &[]).unwrap_or_default(),
                            s.chapter.unwrap_or_default(),
                            s.minutes,
                        )
                    }
                    Err(_) => (tr.t("list-invalid", &[]), String::new(), 0),
                };
                let minutes = tr.t("list-minutes", &[("minutes", minutes.to_string())]);
                outln!("{}\t{title}\t{chapter}\t{minutes}\t{}", e.name, e.origin);
            }
            ExitCode::SUCCESS
        }
        Command::Explain { scenario, format, outcomes: true, seed } => with_scenario(&ctx, &scenario, |tr, _, s| {
            let o = glasshouse_sim::counterfactual::outcomes(s, seed.unwrap_or(s.seed));
            match format {
                Format::Text => out!("{}", render::outcomes_text(tr, s, &o)),
                Format::Json => outln!("{}", serde_json::to_string_pretty(&o).unwrap_or_default()),
            }
            ExitCode::SUCCESS
        }),
        Command::Explain { scenario, format, .. } => with_scenario(&ctx, &scenario, |tr, src, s| {
            let Ok(setup) = s.setup(&s.defaults()) else { return ExitCode::from(3) };
            match format {
                Format::Text => out!("{}", render::outline_text(tr, s, &setup)),
                Format::Json => {
                    let choices: Vec<_> = s
                        .choices
                        .values()
                        .map(|c| json!({ "key": c.key, "values": c.values, "default": c.default }))
                        .collect();
                    let out = json!({
                        "id": s.id, "source": src.origin, "chapter": s.chapter, "minutes": s.minutes, "seed": s.seed,
                        "title": tr.maybe(&format!("scenario-{}", s.id), &[]),
                        "servers": setup.servers.values().collect::<Vec<_>>(),
                        "people": setup.people.values().collect::<Vec<_>>(),
                        "rooms": setup.rooms.values().collect::<Vec<_>>(),
                        "timeline": setup.script,
                        "adversaries": setup.adversaries.values().collect::<Vec<_>>(),
                        "choices": choices,
                        "objectives": setup.objectives,
                    });
                    outln!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
                }
            }
            ExitCode::SUCCESS
        }),
        Command::Run { scenario, choose, seed, format, dump, no_counterfactuals, full } => {
            let name =
                scenario.unwrap_or_else(|| bundled::names().first().map(|s| (*s).to_owned()).unwrap_or_default());
            with_scenario(&ctx, &name, |tr, src, s| {
                let opts =
                    RunOptions { seed, format, dump: dump.as_deref(), counterfactuals: !no_counterfactuals, full };
                run(tr, src, s, &choose, &opts)
            })
        }
        Command::Check { files } => check(&ctx, &tr, &files),
        Command::Schema => {
            outln!("{}", serde_json::to_string_pretty(&glasshouse_sim::scenario::json_schema()).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Command::New { name } => new_scenario(&tr, &name),
        Command::Book { action } => crate::book_cli::book(&tr, &ctx.lib, cli.lang.as_deref(), action),
        Command::Forget => match glasshouse_game::storage::data_dir() {
            Some(dir) => match glasshouse_game::storage::forget(&dir) {
                Ok(()) => {
                    outln!("{}", tr.t("forget-done", &[("path", dir.display().to_string())]));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!(
                        "{}",
                        tr.t("error-forget", &[("path", dir.display().to_string()), ("error", e.to_string())])
                    );
                    ExitCode::from(2)
                }
            },
            None => {
                eprintln!("{}", tr.t("error-no-data-dir", &[]));
                ExitCode::from(2)
            }
        },
        Command::Scale(args) => crate::scale::run(&tr, &args),
        Command::Class(args) => crate::class::run(&tr, &args, &lang),
        Command::Play { scenario, bench } => {
            crate::window::play(&tr, &ctx.lib, cli.lang.as_deref(), scenario.as_deref(), bench.map(|n| (n, started)))
        }
        Command::Screenshot { scenario, screen, out, choose, size, text_scale } => {
            let range = glasshouse_game::settings::TEXT_SCALE;
            let text_scale = text_scale.map(|t| t.clamp(*range.start(), *range.end()));
            let shot = crate::window::Shot {
                scenario: &scenario,
                screen,
                out: &out,
                choose: &choose,
                size: &size,
                text_scale,
            };
            crate::window::screenshot(&tr, &ctx.lib, cli.lang.as_deref(), &shot)
        }
        Command::Lab { scenario, choose, seed, keep } => with_scenario(&ctx, &scenario, |tr, _, s| {
            let selection = match select(tr, s, &choose) {
                Ok(sel) => sel,
                Err(code) => return code,
            };
            let req = crate::lab::Request {
                scenario: s,
                selection: &selection,
                seed: seed.unwrap_or(s.seed),
                keep: keep.as_deref(),
            };
            match crate::lab::run(tr, &req) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(_) if crate::lab::homeserver::interrupted() => {
                    // The handler is stopping the servers; wait for it rather than race it.
                    crate::lab::homeserver::stop_all();
                    ExitCode::from(130)
                }
                Err(e) => {
                    eprintln!("{}", e.render(tr));
                    ExitCode::from(2)
                }
            }
        }),
    }
}

/// What every command needs: the language and where scenarios are found.
struct Ctx {
    lang: String,
    lib: Library,
}

impl Ctx {
    /// Words for one scenario: the interface's plus its prose.
    fn tr(&self, src: &Source) -> Tr {
        Tr::new(&self.lang, &|l| src.prose_for(l))
    }
}

fn with_scenario(ctx: &Ctx, name: &str, f: impl FnOnce(&Tr, &Source, &Scenario) -> ExitCode) -> ExitCode {
    match ctx.lib.scenario(name) {
        Ok((src, s)) => f(&ctx.tr(&src), &src, &s),
        Err(e) => {
            eprint!("{}", load_error(&Tr::new(&ctx.lang, &|_| Vec::new()), &e));
            ExitCode::from(2)
        }
    }
}

pub(crate) fn load_error(tr: &Tr, e: &LoadError) -> String {
    match e {
        LoadError::NotFound { name, known } => {
            format!("{}\n", tr.t("error-not-found", &[("name", name.clone()), ("bundled", known.join(", "))]))
        }
        LoadError::Io { path, error } => {
            format!("{}\n", tr.t("error-read", &[("path", path.display().to_string()), ("error", error.to_string())]))
        }
        LoadError::Invalid { source, diagnostics } => {
            let mut s = String::new();
            for d in diagnostics {
                // A diagnostic in a prose file points into that file's text.
                let companion =
                    d.file.as_ref().and_then(|f| source.prose.iter().find(|p| p.origin.ends_with(f.as_str())));
                match companion {
                    Some(p) => s.push_str(&render::diagnostic(tr, &p.origin, &p.text, d)),
                    None => s.push_str(&render::diagnostic(tr, &source.origin, &source.text, d)),
                }
                s.push('\n');
            }
            s.push_str(
                &tr.t(
                    "check-summary-file",
                    &[("file", source.origin.clone()), ("count", diagnostics.len().to_string())],
                ),
            );
            s.push('\n');
            s
        }
    }
}

/// How `run` runs and prints.
struct RunOptions<'a> {
    seed: Option<u64>,
    format: Format,
    dump: Option<&'a Path>,
    counterfactuals: bool,
    full: bool,
}

fn run(tr: &Tr, src: &Source, s: &Scenario, choose: &[String], opts: &RunOptions<'_>) -> ExitCode {
    let RunOptions { seed, format, dump, .. } = *opts;
    let selection = match select(tr, s, choose) {
        Ok(sel) => sel,
        Err(code) => return code,
    };
    let seed = seed.unwrap_or(s.seed);
    let (world, mut report) = match glasshouse_sim::run(s, &selection, seed) {
        Ok(x) => x,
        Err(SimError::Scenario(diagnostics)) => {
            let e = LoadError::Invalid {
                source: Source { origin: src.origin.clone(), text: src.text.clone(), prose: src.prose.clone() },
                diagnostics,
            };
            eprint!("{}", load_error(tr, &e));
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("{}", tr.t("error-internal", &[("error", e.to_string())]));
            return ExitCode::from(3);
        }
    };
    if let Some(dir) = dump
        && let Err(e) = write_dump(dir, &world)
    {
        eprintln!("{}", tr.t("error-dump", &[("path", dir.display().to_string()), ("error", e.to_string())]));
        return ExitCode::from(2);
    }
    if opts.counterfactuals {
        report.counterfactuals = glasshouse_sim::counterfactual::counterfactuals(s, &selection, seed, &report);
    }
    report.debrief = Some(glasshouse_sim::debrief::build(world.setup(), &report));
    match format {
        Format::Text if opts.full => out!("{}", render::report_text(tr, &report, s, world.setup())),
        Format::Text => {
            let d = report.debrief.as_ref().map(|d| glasshouse_words::terminal::debrief_text(tr, &report, d));
            out!("{}", d.unwrap_or_default())
        }
        Format::Json => outln!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
    }
    ExitCode::SUCCESS
}

/// The learner's `--choose KEY=VALUE` requests, or the error printed and exit code 2.
fn select(tr: &Tr, s: &Scenario, choose: &[String]) -> Result<glasshouse_sim::Selection, ExitCode> {
    s.select(choose.iter().map(String::as_str)).map_err(|e| {
        eprintln!("{}", choice_error(tr, &e));
        ExitCode::from(2)
    })
}

/// Writes `DIR/<server>/<table>.json` for every server.
fn write_dump(dir: &Path, world: &glasshouse_sim::World) -> std::io::Result<()> {
    for (name, server) in world.servers() {
        let folder = dir.join(name.replace(':', "_"));
        std::fs::create_dir_all(&folder)?;
        for (table, rows) in server.dump(world.end()) {
            let text = serde_json::to_string_pretty(&rows).map_err(std::io::Error::other)?;
            std::fs::write(folder.join(format!("{table}.json")), text + "\n")?;
        }
    }
    Ok(())
}

fn check(ctx: &Ctx, tr: &Tr, paths: &[PathBuf]) -> ExitCode {
    let (mut bad, mut problems) = (0usize, 0usize);
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            match load::toml_files(p) {
                Ok(found) => files.extend(found),
                Err(e) => {
                    // An unreadable folder is one bad entry; the others are still checked.
                    bad += 1;
                    problems += 1;
                    eprint!("{}", load_error(tr, &e));
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    for f in &files {
        match ctx.lib.checked(&f.display().to_string()) {
            Ok((src, _)) => outln!("{}", tr.t("check-ok", &[("file", src.origin)])),
            Err(e) => {
                bad += 1;
                problems += match &e {
                    LoadError::Invalid { diagnostics, .. } => diagnostics.len(),
                    _ => 1,
                };
                eprint!("{}", load_error(tr, &e));
            }
        }
    }
    outln!(
        "{}",
        tr.t(
            "check-summary",
            &[("files", files.len().to_string()), ("bad", bad.to_string()), ("problems", problems.to_string())]
        )
    );
    if bad == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Writes the starter scenario and its English prose; never overwrites.
fn new_scenario(tr: &Tr, name: &Path) -> ExitCode {
    let id = name.file_name().map(|s| s.to_string_lossy().trim_end_matches(".toml").to_owned()).unwrap_or_default();
    if !glasshouse_sim::scenario::is_id(&id) {
        eprintln!("{}", tr.t("error-new-name", &[("name", id)]));
        return ExitCode::from(2);
    }
    let dir = name.parent().map(Path::to_path_buf).unwrap_or_default();
    let toml_path = dir.join(format!("{id}.toml"));
    let ftl_path = dir.join(format!("{id}.en.ftl"));
    for p in [&toml_path, &ftl_path] {
        if p.exists() {
            eprintln!("{}", tr.t("error-new-exists", &[("path", p.display().to_string())]));
            return ExitCode::from(2);
        }
    }
    let fill = |t: &str| t.replace("__ID__", &id).replace("__FILE__", &toml_path.display().to_string());
    let files = [
        (&toml_path, fill(include_str!("../assets/starter/scenario.toml"))),
        (&ftl_path, fill(include_str!("../assets/starter/prose.en.ftl"))),
    ];
    if !dir.as_os_str().is_empty()
        && let Err(e) = std::fs::create_dir_all(&dir)
    {
        eprintln!("{}", tr.t("error-read", &[("path", dir.display().to_string()), ("error", e.to_string())]));
        return ExitCode::from(2);
    }
    for (path, text) in files {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("{}", tr.t("error-write", &[("path", path.display().to_string()), ("error", e.to_string())]));
            return ExitCode::from(2);
        }
    }
    outln!(
        "{}",
        tr.t("new-written", &[("toml", toml_path.display().to_string()), ("ftl", ftl_path.display().to_string())])
    );
    ExitCode::SUCCESS
}
