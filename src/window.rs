//! `glasshouse` (no command), `play` and `screenshot`: the checks the command line makes before
//! opening the window (scenario found and valid, a display present, a sane size), and the book
//! link the window's debrief uses.

use crate::i18n::Tr;
use crate::load::Library;
use glasshouse_game::screen::Screen;
use glasshouse_game::ui::app::{Outcomes, WindowError, WindowOptions, open};
use glasshouse_game::ui::bench::{BenchPlan, BenchReport};
use glasshouse_game::ui::debrief::BookLink;
use glasshouse_game::ui::screenshot::{ScreenshotError, ScreenshotPlan};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `screenshot` was asked.
pub struct Shot<'a> {
    /// Scenario name or file.
    pub scenario: &'a str,
    /// Screen.
    pub screen: Screen,
    /// PNG path.
    pub out: &'a Path,
    /// `KEY=VALUE` choices.
    pub choose: &'a [String],
    /// `WIDTHxHEIGHT`.
    pub size: &'a str,
    /// Text size for the capture.
    pub text_scale: Option<f32>,
}

/// Opens the window (on `scenario`'s briefing if given); with `bench`, times that many frames on
/// every screen of the scenario (default: the largest bundled one) and prints the numbers.
pub fn play(
    tr: &Tr,
    lib: &Library,
    lang: Option<&str>,
    scenario: Option<&str>,
    bench: Option<(u32, std::time::Instant)>,
) -> ExitCode {
    let scenario = scenario.or(bench.map(|_| "forty-members"));
    let (dirs, name) = match scenario.map(|s| resolve(tr, lib, s)).transpose() {
        Ok(found) => found.map_or((lib.dirs.clone(), None), |(dirs, name)| (dirs, Some(name))),
        Err(code) => return code,
    };
    let bench_plan = bench.map(|(frames, started)| BenchPlan {
        scenario: name.clone().unwrap_or_default(),
        frames: frames.max(1),
        started,
    });
    let options = WindowOptions {
        scenario: if bench_plan.is_some() { None } else { name },
        lang: lang.map(str::to_owned),
        scenario_dirs: dirs,
        screenshot: None,
        book: book_link(lib),
        size: (0, 0),
        bench: bench_plan,
        extra: Vec::new(),
    };
    let outcomes = Outcomes::default();
    let result = open(options, &outcomes);
    if bench.is_some() && result.is_ok() {
        print_bench(tr, &outcomes);
    }
    finish(tr, result)
}

fn print_bench(tr: &Tr, outcomes: &Outcomes) {
    let Ok(report) = outcomes.bench.0.lock() else { return };
    let ms = |d: std::time::Duration| format!("{:.2}", d.as_secs_f64() * 1000.0);
    if let Some(first) = report.first_frame {
        outln!("{}", tr.t("bench-first-frame", &[("ms", ms(first))]));
    }
    for (screen, times) in &report.screens {
        outln!(
            "{}",
            tr.t(
                "bench-screen",
                &[
                    ("screen", format!("{screen:?}").to_lowercase()),
                    ("frames", times.len().to_string()),
                    ("p50", ms(BenchReport::percentile(times, 50.0))),
                    ("p99", ms(BenchReport::percentile(times, 99.0))),
                    ("max", ms(times.iter().max().copied().unwrap_or_default())),
                ]
            )
        );
    }
}

/// Captures one screen of a scenario as a PNG.
pub fn screenshot(tr: &Tr, lib: &Library, lang: Option<&str>, shot: &Shot) -> ExitCode {
    let Some(size) = parse_size(shot.size) else {
        eprintln!("{}", tr.t("error-window-size", &[("size", shot.size.to_owned())]));
        return ExitCode::from(2);
    };
    let (dirs, name) = match resolve(tr, lib, shot.scenario) {
        Ok(found) => found,
        Err(code) => return code,
    };
    // The choices are checked here, with the command line's words, before any window opens.
    if let Ok((_, s)) = lib.scenario(shot.scenario)
        && let Err(e) = s.select(shot.choose.iter().map(String::as_str))
    {
        eprintln!("{}", crate::cli::choice_error(tr, &e));
        return ExitCode::from(2);
    }
    let choices = shot
        .choose
        .iter()
        .filter_map(|c| c.split_once('=').map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned())))
        .collect();
    let plan = ScreenshotPlan {
        scenario: name,
        screen: shot.screen,
        choices,
        out: shot.out.to_owned(),
        text_scale: shot.text_scale,
    };
    let outcomes = Outcomes::default();
    let options = WindowOptions {
        scenario: None,
        lang: lang.map(str::to_owned),
        scenario_dirs: dirs,
        screenshot: Some(plan),
        book: BookLink::default(),
        size,
        bench: None,
        extra: Vec::new(),
    };
    let opened = open(options, &outcomes);
    match (opened, outcomes.screenshot.get()) {
        (Err(WindowError::NoDisplay), _) => finish(tr, Err(WindowError::NoDisplay)),
        (_, Some(Ok(path))) => {
            outln!("{}", tr.t("screenshot-saved", &[("path", path.display().to_string())]));
            ExitCode::SUCCESS
        }
        (_, Some(Err(e))) => {
            let msg = match e {
                ScreenshotError::Blank => tr.t("error-screenshot-blank", &[]),
                ScreenshotError::Write(err) => {
                    tr.t("error-screenshot-write", &[("path", shot.out.display().to_string()), ("error", err)])
                }
                ScreenshotError::Timeout => tr.t("error-screenshot-timeout", &[]),
                ScreenshotError::Refused(detail) => tr.t("error-screenshot-refused", &[("detail", detail)]),
            };
            eprintln!("{msg}");
            ExitCode::from(1)
        }
        (result, None) => {
            let _ = finish(tr, result);
            eprintln!("{}", tr.t("error-screenshot-timeout", &[]));
            ExitCode::from(1)
        }
    }
}

/// The scenario's id and the folders the window must watch to have it: a file's folder is added.
fn resolve(tr: &Tr, lib: &Library, scenario: &str) -> Result<(Vec<PathBuf>, String), ExitCode> {
    match lib.scenario(scenario) {
        Ok((src, s)) => {
            let mut dirs = lib.dirs.clone();
            let path = Path::new(&src.origin);
            if path.is_file()
                && let Some(dir) = path.parent()
            {
                let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir.to_owned() };
                if !dirs.contains(&dir) {
                    dirs.push(dir);
                }
            }
            Ok((dirs, s.id))
        }
        Err(e) => {
            eprint!("{}", crate::cli::load_error(tr, &e));
            Err(ExitCode::from(2))
        }
    }
}

fn parse_size(text: &str) -> Option<(u32, u32)> {
    let (w, h) = text.split_once(['x', 'X'])?;
    let (w, h) = (w.trim().parse::<u32>().ok()?, h.trim().parse::<u32>().ok()?);
    ((320..=7680).contains(&w) && (240..=4320).contains(&h)).then_some((w, h))
}

fn finish(tr: &Tr, result: Result<(), WindowError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(WindowError::NoDisplay) => {
            eprintln!("{}", tr.t("error-no-display", &[]));
            ExitCode::from(2)
        }
        Err(WindowError::Failed(code)) => ExitCode::from(code),
    }
}

/// Opens a chapter: builds the book (from `book/` here, or GLASSHOUSE_BOOK) into the data folder
/// and returns the chapter's file address.
fn book_link(lib: &Library) -> BookLink {
    let lib = lib.clone();
    BookLink(Some(Box::new(move |chapter: &str| {
        let src = std::env::var_os("GLASSHOUSE_BOOK").map_or_else(|| PathBuf::from("book"), PathBuf::from);
        let out = glasshouse_game::storage::data_dir().unwrap_or_else(std::env::temp_dir).join("book");
        let built = crate::book::build(&src, Some(&out), &lib)?;
        let page = built.join(format!("{chapter}.html"));
        let page = std::fs::canonicalize(&page).unwrap_or(page);
        Ok(format!("file://{}", page.display()))
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_sizes_are_checked() {
        assert_eq!(parse_size("1280x800"), Some((1280, 800)));
        assert_eq!(parse_size("1280X800"), Some((1280, 800)));
        assert_eq!(parse_size("10x10"), None);
        assert_eq!(parse_size("wide"), None);
        assert_eq!(parse_size("99999x800"), None);
    }

    #[test]
    fn without_a_display_the_window_refuses_clearly() {
        if glasshouse_game::ui::app::display_available() {
            return;
        }
        let tr = Tr::new("en", &|_| Vec::new());
        let code = play(&tr, &Library::default(), None, None, None);
        assert_eq!(code, ExitCode::from(2));
    }
}
