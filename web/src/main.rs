//! The simulator in the browser: the same window as the desktop's, opened on the scenario and
//! language the page's address names (`play/index.html?scenario=NAME&lang=es`).

// Trainers' scenarios embedded by build.rs (empty unless GLASSHOUSE_WEB_SCENARIOS was set).
#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/extra.rs"));

#[cfg(target_arch = "wasm32")]
fn main() {
    use glasshouse_game::ui::app::{Outcomes, WindowOptions, open};
    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok());
    let get = |key: &str| params.as_ref().and_then(|p| p.get(key)).filter(|v| !v.is_empty());
    // The chapter a debrief links to is a page of the book this simulator is embedded in.
    let book = glasshouse_game::ui::debrief::BookLink(Some(Box::new(|chapter: &str| Ok(format!("../{chapter}.html")))));
    let extra = EXTRA
        .iter()
        .map(|(name, toml, prose)| {
            let prose = prose.iter().map(|(l, t)| ((*l).to_owned(), (*t).to_owned())).collect();
            ((*name).to_owned(), (*toml).to_owned(), prose)
        })
        .collect();
    let options =
        WindowOptions { scenario: get("scenario"), lang: get("lang"), book, extra, ..WindowOptions::default() };
    // The window reports failures in the page (console); there is no process exit code here.
    let _ = open(options, &Outcomes::default());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "glasshouse-web is the browser build: glasshouse book build --web builds it for wasm32 and puts it in the book"
    );
    std::process::exit(2);
}
