//! E-mail addresses of people: a personal address or a named one at work, not a role
//! mailbox (`registrator@`), a unit's mailbox or a template (`fornamn.efternamn@`).

use crate::category::{Category, InfoClass};
use crate::detectors::names::Lexicon;
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Reach, Scan};
use crate::text::before;
use regex::{Match, Regex};

/// Mailbox names of functions, not people (`kommun@`, `registrator@`, `info@` …). A local
/// part that starts with one of these is a role mailbox.
const ROLE_MAILBOXES: &[&str] = &[
    "info",
    "kontakt",
    "contact",
    "kommun",
    "registrator",
    "registratur",
    "noreply",
    "no-reply",
    "donotreply",
    "support",
    "service",
    "kundtjanst",
    "kontaktcenter",
    "press",
    "media",
    "rekrytering",
    "jobb",
    "hr",
    "lon",
    "ekonomi",
    "faktura",
    "invoice",
    "admin",
    "webmaster",
    "postmaster",
    "abuse",
    "sakerhet",
    "security",
    "it",
    "helpdesk",
    "servicedesk",
    "biblioteket",
    "bibliotek",
    "kansliet",
    "kansli",
    "reception",
    "växel",
    "vaxel",
    "office",
    "sales",
    "hello",
    "team",
    "redaktion",
    "nyheter",
    "skola",
    "forskola",
    "samhallsbyggnad",
    "bygglov",
    "miljo",
    "socialtjansten",
    "socialkontoret",
    "overformyndare",
    "dataskydd",
    "dpo",
    "gdpr",
    "upphandling",
    "felanmalan",
    "medborgarservice",
    "kommunstyrelsen",
    "naringsliv",
    "turism",
    "kultur",
    "fritid",
    "utbildning",
    "vard",
    "omsorg",
];

/// Mail services that individuals use privately.
const PRIVATE_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "hotmail.com",
    "hotmail.se",
    "outlook.com",
    "outlook.se",
    "live.com",
    "live.se",
    "msn.com",
    "yahoo.com",
    "yahoo.se",
    "icloud.com",
    "me.com",
    "telia.com",
    "bredband.net",
    "spray.se",
    "protonmail.com",
    "proton.me",
    "gmx.com",
    "gmx.net",
    "aol.com",
    "mail.com",
];

/// Parts of the local part of an address that show it is a template, not a mailbox:
/// "fornamn.efternamn@", "namn.namnsson@", "firstname.lastname@". (The address pattern
/// is ASCII, so "förnamn" is read from its "r".)
const PLACEHOLDER_PARTS: &[&str] = &[
    "fornamn",
    "efternamn",
    "namnsson",
    "firstname",
    "lastname",
    "surname",
];

/// E-mail addresses of people.
pub(crate) struct EmailDetector {
    address: Regex,
    lexicon: &'static Lexicon,
}

impl EmailDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            address: compile(
                "email",
                // The local part, "@" and the domain: split at the one "@".
                r"(?-u:\b)[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?-u:\b)",
            )?,
            lexicon: Lexicon::get(),
        })
    }

    /// How sure we are that `local@domain` belongs to a person, if at all.
    fn personal(&self, local: &str, domain: &str) -> Option<f32> {
        let local = local.to_ascii_lowercase();
        let domain = domain.to_ascii_lowercase();
        if domain.ends_with("example.com") || domain.ends_with("example.org") {
            return None;
        }
        if ROLE_MAILBOXES.iter().any(|r| local.starts_with(r)) {
            return None;
        }
        let parts: Vec<&str> = local
            .split(['.', '_', '-'])
            .map(|p| p.trim_end_matches(|c: char| c.is_ascii_digit()))
            .collect();
        if parts.iter().any(|p| PLACEHOLDER_PARTS.contains(p)) {
            return None;
        }
        let alphabetic = |p: &&str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphabetic());
        if parts.len() >= 2 && parts.iter().all(alphabetic) {
            return Some(0.9);
        }
        if PRIVATE_MAIL_DOMAINS.contains(&domain.as_str()) {
            return Some(0.85);
        }
        parts
            .first()
            .filter(|p| self.lexicon.is_first_name_folded(p))
            .map(|_| 0.75)
    }
}

impl Detector for EmailDetector {
    fn trigger_words(&self) -> &[&'static str] {
        &["*@*"]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let near = scan.near_triggers(Reach::NONE);
        for m in near.search::<Match>(&self.address, scan.text) {
            let Some((local, domain)) = m.as_str().split_once('@') else {
                continue;
            };
            // user:token@host in a URL is a credential, not a mailbox.
            if before(scan.text, m.start(), 3).ends_with("//")
                || before(scan.text, m.start(), 1) == ":"
            {
                continue;
            }
            if let Some(confidence) = self.personal(local, domain) {
                out.push(Finding::new(
                    DetectorId::Email,
                    Category::PersonalData,
                    InfoClass::K1,
                    m.start(),
                    m.end(),
                    confidence,
                ));
            }
        }
    }
}
