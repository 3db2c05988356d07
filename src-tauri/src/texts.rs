//! The tray's and notifications' own words, Swedish and English. In menu items `&` marks the
//! access key (underlined; pressing it picks the item while the menu is open).

use klippvakt_core::Language;

/// Every string the tray shows.
pub struct Texts {
    pub protecting: &'static str,
    pub paused_until: &'static str,
    pub feed_problem: &'static str,
    pub no_focus: &'static str,
    pub fetch: &'static str,
    pub approved_tools: &'static str,
    pub check_tool: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub guideline: &'static str,
    pub about: &'static str,
    pub quit: &'static str,
    pub open: &'static str,
    pub only_open: &'static str,
    pub up_to: &'static str,
    pub not_approved: &'static str,
}

const SV: Texts = Texts {
    protecting: "Skyddar",
    paused_until: "Pausad till",
    feed_problem: "Flödet kunde inte hämtas",
    no_focus: "Varnar vid kopiering (fönster kan inte läsas)",
    fetch: "&Hämta flödet nu",
    approved_tools: "&Godkända AI-verktyg…",
    check_tool: "&Kontrollera ett verktyg",
    pause: "&Pausa i 1 timme",
    resume: "Åter&uppta",
    guideline: "&Riktlinjen",
    about: "&Om Klippvakt",
    quit: "&Avsluta",
    open: "Visa detaljer",
    only_open: "endast öppen information",
    up_to: "upp till",
    not_approved: "inte godkänt",
};

const EN: Texts = Texts {
    protecting: "Protecting",
    paused_until: "Paused until",
    feed_problem: "The feed could not be fetched",
    no_focus: "Warning at copy time (windows cannot be read)",
    fetch: "&Fetch the feed now",
    approved_tools: "&Approved AI tools…",
    check_tool: "&Check a tool",
    pause: "&Pause for 1 hour",
    resume: "&Resume",
    guideline: "The &guideline",
    about: "A&bout Klippvakt",
    quit: "&Quit",
    open: "Show details",
    only_open: "open information only",
    up_to: "up to",
    not_approved: "not approved",
};

/// The words for `language`.
pub fn texts(language: Language) -> &'static Texts {
    match language {
        Language::Sv => &SV,
        Language::En => &EN,
    }
}
