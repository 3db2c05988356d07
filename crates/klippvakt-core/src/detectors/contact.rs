//! Contact details: personal e-mail addresses (not role mailboxes), phone numbers of people
//! (not switchboards), home addresses and public IP addresses (not a server's, a port's or
//! a firewall's, unless a user is named beside it).

use super::names::Lexicon;
use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{compile, BuildError, Detector, Digits, Reach, Scan};
use crate::text::{after, before, ceil_boundary, floor_boundary, line_at, next_char, word_byte};
use regex::{Match, Regex};
use std::net::{Ipv4Addr, Ipv6Addr};

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

const SWITCHBOARD: &[&str] = &[
    "växel",
    "växeln",
    "växelnummer",
    "kontaktcenter",
    "kontaktcentret",
    "felanmälan",
    "kundtjänst",
    "kundservice",
    "reception",
    "receptionen",
    "support",
    "servicedesk",
    "helpdesk",
    "jour",
    "switchboard",
    "customer service",
];

/// Words before a landline that make it a person's line ("Direkt: 0910-…"); "Telefon 0910-…"
/// on a poster is a reception. Mobile numbers are a person's whatever stands before them.
const PERSONAL_LINE: &[&str] = &[
    "mobil*",
    "mobile",
    "direkt*",
    "privat*",
    "hemtelefon*",
    "hemtel",
    "hemnum*",
    "bostadstelefon*",
    "tel hem",
    "telefon hem",
    "home phone",
    "ring mig",
    "mitt nummer",
];

/// Words that make a street address someone's home ("lgh", "bor på", "Adress:").
const RESIDENCE: &[&str] = &[
    "lgh",
    "lägenhet",
    "bor på",
    "bor i",
    "boende på",
    "hemadress",
    "folkbokförd på",
    "bosatt på",
    "bosatt i",
    "bostadsadress",
    "vistelseadress",
    "folkbokföringsadress",
    "adress",
    "c/o",
    "home address",
    "lives at",
    // Who lives there, in complaints and case notes ("Familjen på Björkvägen 7 eldar").
    "familjen på",
    "grannen på",
    "grannarna på",
    "hyresgästen på",
    "hyresgästerna på",
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

/// Swedish phone numbers: mobile numbers are a person's; landlines only with a personal cue
/// ("direkt", "hem"); nothing after a switchboard cue ("växeln", "felanmälan").
pub(crate) struct PhoneDetector;

/// The phone numbers in `hay` from byte `from` on, in order and apart: what the pattern
/// `(?:\+46|0046|\b0)[ ]?(?:\(0\)[ ]?)?[0-9](?:[ -]?[0-9]){5,9}\b` (ASCII `\b`) matches
/// there, read by hand. A number is read where it starts, without the regex engine's setup
/// for each of the many short places a text has to look.
fn phone_numbers(hay: &str, from: usize) -> impl Iterator<Item = Span> + '_ {
    let bytes = hay.as_bytes();
    let mut at = from;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            at += 1;
            if let Some(end) = phone_at(bytes, start) {
                at = end;
                return Some((start, end));
            }
        }
        None
    })
}

/// The end of the phone number that starts at `start`, if one does: the ways it may begin
/// ("+46", "0046", a "0" that starts a word) tried in that order, as the pattern does.
fn phone_at(bytes: &[u8], start: usize) -> Option<usize> {
    let rest = &bytes[start..];
    let country = [(b"+46".as_slice(), 3), (b"0046".as_slice(), 4)]
        .into_iter()
        .filter(|(lead, _)| rest.starts_with(lead))
        .map(|(_, len)| len);
    let zero =
        (rest.first() == Some(&b'0') && !(start > 0 && word_byte(bytes, start - 1))).then_some(1);
    country
        .chain(zero)
        .find_map(|lead| phone_after_lead(bytes, start + lead))
}

/// The end of the rest of a phone number that starts at `i`, after its lead: an optional
/// space and "(0)", a digit, and then five to nine digits, each after at most one space
/// or hyphen; as many as end at a word boundary. Only the last choice can be undone: a
/// space or "(0)" that is not taken leaves a character that no digit matches.
fn phone_after_lead(bytes: &[u8], mut i: usize) -> Option<usize> {
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    i += usize::from(bytes.get(i) == Some(&b' '));
    if bytes[i..].starts_with(b"(0)") {
        i += 3;
        i += usize::from(bytes.get(i) == Some(&b' '));
    }
    if !digit(i) {
        return None;
    }
    i += 1;
    // Where the number would end after each further digit.
    let mut ends = [0; 9];
    let mut n = 0;
    while n < ends.len() {
        let gap = usize::from(matches!(bytes.get(i), Some(b' ' | b'-')));
        if !digit(i + gap) {
            break;
        }
        i += gap + 1;
        ends[n] = i;
        n += 1;
    }
    ends.get(4..n)?
        .iter()
        .rev()
        .find(|&&end| !word_byte(bytes, end))
        .copied()
}

impl Detector for PhoneDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(SWITCHBOARD, Cue::Switchboard)
            .chain(CueWord::words(PERSONAL_LINE, Cue::PersonalLine))
            .collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        // Eight digits or more ("08-123 45 67"), the runs at most "(0) " apart.
        let shape = Digits {
            min: 8,
            runs: 1,
            gap: 2,
            reach: Reach::NONE,
        };
        // A number starts with "+46", "0046" or "0" and has seven digits or more from there:
        // a group with no run that starts with 0 or after a "+" and has that many digits
        // from its start to the group's end (a personnummer, an order number, a date such
        // as 2025-01-15) holds none.
        let bytes = text.as_bytes();
        let leads = |runs: &[(usize, usize)]| {
            let mut from_here = 0;
            runs.iter().rev().any(|&(s, e)| {
                from_here += e - s;
                let lead = bytes[s] == b'0' || (s > 0 && bytes[s - 1] == b'+');
                lead && from_here >= 7
            })
        };
        let near = scan.near_digits_where(shape, leads);
        let numbers = near
            .spans()
            .iter()
            .flat_map(|&(from, to)| phone_numbers(&text[..to], from));
        for (start, end) in numbers {
            let number = &text[start..end];
            if scan.taken(start, end)
                || before(text, start, 1)
                    .chars()
                    .any(|c| c.is_ascii_alphanumeric() || c == '.')
                || after(text, end, 1).chars().any(|c| c == '-' || c == '/')
            {
                continue;
            }
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            let national = digits
                .strip_prefix("0046")
                .or_else(|| {
                    digits
                        .strip_prefix("46")
                        .filter(|_| number.starts_with('+'))
                })
                .or_else(|| digits.strip_prefix('0'))
                .unwrap_or(&digits);
            let national = national.strip_prefix('0').unwrap_or(national);
            let mobile = national.starts_with('7') && national.len() == 9;
            let landline = !national.starts_with('7') && (7..=9).contains(&national.len());
            if !(mobile || landline) {
                continue;
            }
            let (line_start, _) = line_at(text, start);
            let cue_start = start.saturating_sub(40).max(line_start);
            if scan.has_cue_in(Cue::Switchboard, cue_start, start) {
                continue;
            }
            let personal_cue = scan.has_cue_in(Cue::PersonalLine, cue_start, start);
            let confidence = match (mobile, personal_cue) {
                (true, _) => 0.85,
                (false, true) => 0.7,
                _ => continue,
            };
            out.push(Finding::new(
                DetectorId::Phone,
                Category::PersonalData,
                InfoClass::K1,
                start,
                end,
                confidence,
            ));
        }
    }
}

/// Home addresses: a street and number in a residential context ("lgh 1102", "bor på",
/// "Adress:"). The address of a library or a town hall is not personal data.
pub(crate) struct AddressDetector {
    street: Regex,
}

impl AddressDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            // Found by its street-word ending; the start of the name is found by walking back.
            street: compile(
                "postal_address",
                r"(?:gatan|vägen|gränden|gränd|stigen|backen|backe|torget|torg|allén|allé|leden|slingan|liden|plan|väg|gata|stig)\s+[0-9]{1,4}(?:\s?[A-Ha-h](?-u:\b))?(?:\s*,?\s*lgh\s*[0-9]{4})?(?:\s*,?\s*[0-9]{3}\s?[0-9]{2}\s+\p{Lu}\p{Ll}+)?",
            )?,
        })
    }

    /// The start of the street name that ends at `suffix_start`, if it is capitalised.
    fn street_start(text: &str, suffix_start: usize) -> Option<usize> {
        let head = &text[..suffix_start];
        let start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(suffix_start, |(i, _)| i);
        next_char(text, start)
            .filter(|c| c.is_uppercase())
            .map(|_| start)
    }
}

impl Detector for AddressDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(RESIDENCE, Cue::Residence).collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        for m in self.street.find_iter(scan.text) {
            let Some(start) = Self::street_start(scan.text, m.start()) else {
                continue;
            };
            let residential =
                scan.has_cue_in(Cue::Residence, start.saturating_sub(30), m.end() + 12);
            if residential {
                out.push(Finding::new(
                    DetectorId::PostalAddress,
                    Category::PersonalData,
                    InfoClass::K1,
                    start,
                    m.end(),
                    0.75,
                ));
            }
        }
    }
}

/// Public IPv4 addresses: a user's address identifies them.
pub(crate) struct Ipv4Detector {
    address: Regex,
}

impl Ipv4Detector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            address: compile(
                "ipv4_address",
                r"(?-u:\b)[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?-u:\b)",
            )?,
        })
    }
}

impl Detector for Ipv4Detector {
    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        // Four numbers of one to three digits, one dot apart: a group of runs one byte
        // apart that has no four such in a row (a phone number, a date and a time) holds
        // none.
        let shape = Digits {
            min: 4,
            runs: 4,
            gap: 1,
            reach: Reach::NONE,
        };
        let bytes = scan.text.as_bytes();
        let dotted = |runs: &[(usize, usize)]| {
            runs.windows(4).any(|quad| {
                quad.iter().all(|&(start, end)| end - start <= 3)
                    && quad[..3].iter().all(|&(_, end)| bytes[end] == b'.')
            })
        };
        let near = scan.near_digits_where(shape, dotted);
        let spans = near
            .search::<Match>(&self.address, scan.text)
            .map(|m| (m.start(), m.end()));
        report_public_ips(scan, spans, public_v4, out);
    }
}

/// Public IPv6 addresses; runs only when the text has a colon.
pub(crate) struct Ipv6Detector;

impl Detector for Ipv6Detector {
    fn trigger_words(&self) -> &[&'static str] {
        &["*:*"]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        report_public_ips(scan, ipv6_candidates(scan.text).into_iter(), public_v6, out);
    }
}

/// Words that make an address on their line a machine's ("Servern har 194.71.12.40", "RDP
/// på …", "DNS 8.8.8.8"), folded, each the start of a word.
const MACHINE_WORDS: &[&str] = &[
    "server",
    "dns",
    "rdp",
    "ssh",
    "port",
    "gateway",
    "router",
    "brandvägg",
    "firewall",
    "proxy",
    "vpn",
    "host",
];

/// Words that make an address on their line someone's even where it names a machine:
/// "användaren loggade in via VPN från …".
const USER_WORDS: &[&str] = &[
    "användar",
    "user",
    "besökar",
    "invånar",
    "inlogg",
    "loggade in",
    "logged in",
    "hennes",
    "hans",
    "her",
    "his",
];

/// How far from an address, on its line, a word of [`MACHINE_WORDS`] or [`USER_WORDS`]
/// speaks of it, in bytes.
const ADDRESS_REACH: usize = 60;

/// Whether the address at `at` of the folded text `folded` is a machine's: within
/// [`ADDRESS_REACH`] on its line, a word starts with one of [`MACHINE_WORDS`] and none with
/// one of [`USER_WORDS`].
fn names_a_machine(folded: &str, at: usize) -> bool {
    let (line_start, line_end) = line_at(folded, at);
    let start = ceil_boundary(folded, at.saturating_sub(ADDRESS_REACH).max(line_start));
    let end = floor_boundary(folded, (at + ADDRESS_REACH).min(line_end));
    let bytes = folded.as_bytes();
    let part_of_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let word_starts: Vec<&[u8]> = (start..end)
        .filter(|&i| part_of_word(bytes[i]) && !(i > 0 && part_of_word(bytes[i - 1])))
        .map(|i| &bytes[i..end])
        .collect();
    let has = |words: &[&str]| {
        word_starts.iter().any(|word| {
            words
                .iter()
                .any(|w| w.as_bytes()[0] == word[0] && word.starts_with(w.as_bytes()))
        })
    };
    has(MACHINE_WORDS) && !has(USER_WORDS)
}

/// Reports the candidates that are public addresses and not version strings or parts of a
/// longer dotted or coloned code, nor a machine's. Private, loopback and documentation
/// ranges are left alone.
fn report_public_ips(
    scan: &Scan<'_>,
    spans: impl Iterator<Item = (usize, usize)>,
    public: fn(&str) -> bool,
    out: &mut Vec<Finding>,
) {
    let (text, folded) = (scan.text, scan.folded);
    let versioned = |start: usize| {
        let b = before(text, start, 12).to_ascii_lowercase();
        b.contains("version") || b.contains("ver") || b.trim_end().ends_with('v')
    };
    let glued = |start: usize, end: usize| {
        let b = before(text, start, 1);
        let a = after(text, end, 2);
        b == "."
            || b == ":"
            || (a.starts_with(['.', ':']) && a[1..].starts_with(|c: char| c.is_ascii_hexdigit()))
    };
    for (start, end) in spans {
        if public(&text[start..end])
            && !versioned(start)
            && !glued(start, end)
            && !names_a_machine(folded, start)
        {
            out.push(Finding::new(
                DetectorId::IpAddress,
                Category::PersonalData,
                InfoClass::K1,
                start,
                end,
                0.7,
            ));
        }
    }
}

/// Runs of hex digits and colons around each colon that has a hex digit or a colon on both
/// sides: found from the colons, which are rare, rather than from every hex letter.
fn ipv6_candidates(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_hexdigit() || b == b':';
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for i in memchr::memchr_iter(b':', bytes) {
        if spans.last().is_some_and(|s| i < s.1) {
            continue;
        }
        let hex_before = i > 0 && part(bytes[i - 1]);
        let hex_after = bytes.get(i + 1).is_some_and(|b| part(*b));
        if !(hex_before && hex_after) {
            continue;
        }
        let start = bytes[..i]
            .iter()
            .rposition(|b| !part(*b))
            .map_or(0, |p| p + 1);
        let end = bytes[i..]
            .iter()
            .position(|b| !part(*b))
            .map_or(bytes.len(), |p| i + p);
        let word_before = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
        let word_after = end < bytes.len() && bytes[end].is_ascii_alphanumeric();
        if !word_before
            && !word_after
            && bytes[start..end].iter().filter(|b| **b == b':').count() >= 2
        {
            spans.push((start, end));
        }
    }
    spans
}

fn public_v4(s: &str) -> bool {
    s.parse::<Ipv4Addr>().is_ok_and(|ip| {
        let o = ip.octets();
        !(ip.is_private()
            || ip.is_loopback()
            || ip.is_link_local()
            || ip.is_broadcast()
            || ip.is_documentation()
            || ip.is_multicast()
            || ip.is_unspecified()
            || o[0] == 0
            || o[0] >= 240
            || (o[0] == 100 && (64..128).contains(&o[1])))
    })
}

fn public_v6(s: &str) -> bool {
    s.parse::<Ipv6Addr>().is_ok_and(|ip| {
        let seg = ip.segments();
        !(ip.is_loopback()
            || ip.is_unspecified()
            || (seg[0] & 0xffc0) == 0xfe80
            || (seg[0] & 0xfe00) == 0xfc00
            || (seg[0] == 0x2001 && seg[1] == 0x0db8)
            || ip.is_multicast())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `phone_numbers` reads, as the pattern its doc gives.
    const PHONE: &str =
        r"(?:\+46|0046|(?-u:\b)0)[ ]?(?:\(0\)[ ]?)?[0-9](?:[ -]?[0-9]){5,9}(?-u:\b)";

    /// The pattern's matches in `hay` from `from` on, searched as in a window.
    fn searched(hay: &str, from: usize) -> Vec<Span> {
        let re = Regex::new(PHONE).expect("the pattern compiles");
        let mut found = Vec::new();
        let mut at = from;
        while let Some(m) = re.find_at(hay, at) {
            found.push((m.start(), m.end()));
            at = m.end();
        }
        found
    }

    #[test]
    fn phone_numbers_are_read_as_the_pattern_matches() {
        let text = "070-412 88 31, +46 (0) 73 555 12 09, 0046 70 412 88 31, \
                    a0701234567, 08-123 45 67 89 01 23, 0701234567_, 00467012";
        let found: Vec<&str> = phone_numbers(text, 0).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            [
                "070-412 88 31",
                "+46 (0) 73 555 12 09",
                "0046 70 412 88 31",
                "08-123 45 67 89",
                "00467012"
            ]
        );
        assert_eq!(
            phone_numbers(text, 0).collect::<Vec<_>>(),
            searched(text, 0)
        );
    }

    proptest! {
        #[test]
        fn phone_numbers_are_what_the_pattern_matches(
            text in "(?:\\+46|0046|0|00|[0-9]{1,4}|\\(0\\)| |  |-|x|_|å|\\.){0,16}",
            from in 0usize..8,
        ) {
            let from = crate::text::floor_boundary(&text, from.min(text.len()));
            prop_assert_eq!(phone_numbers(&text, from).collect::<Vec<_>>(), searched(&text, from));
        }
    }

    finds! {
        private_mail: "svara till johan.bergstrom77@hotmail.com idag" => [Email];
        named_work_mail: "skriv till linnea.forsberg@norrby.se" => [Email];
        first_name_mail: "maila anna@norrby.se" => [Email];
        role_mailbox: "kontaktcenter@norrby.se eller registrator@norrby.se" => [];
        template_address: "Adressen är fornamn.efternamn@norrby.se för alla anställda." => [];
        template_address_with_a_latin_letter: "Skriv förnamn.efternamn@norrby.se" => [];
        template_name: "namn.namnsson@norrby.se eller firstname.lastname@norrby.se" => [];
        name_like_a_template_word: "svara anna.efterberg@norrby.se" => [Email];
        unit_mailbox: "synpunkter till samhallsbyggnad@norrby.se" => [];
        token_in_url_is_no_mailbox: "https://abc_123@github.com/x" => [];
        mobile_dash: "ring 070-412 88 31" => [Phone];
        mobile_plus46: "nummer +46 73 555 12 09." => [Phone];
        mobile_four_digit_prefix: "tel. 0702-33 44 55" => [Phone];
        mobile_0046_after_a_number: "kundnr 48812093 tel 0046 70 412 88 31" => [Phone];
        mobile_inside_a_group: "rum 12 070-412 88 31, ärende 8210304455" => [Phone];
        switchboard: "växeln 0910-73 50 00" => [];
        fault_line: "Felanmälan dygnet runt: 0910-73 52 00." => [];
        reception_landline: "Telefon 0910-73 56 00, e-post" => [];
        direct_line: "Direkt: 0910-73 58 21" => [Phone];
        home_line: "Hemtelefon: 08-123 456 78" => [Phone];
        home_line_short: "Hemtel 031-12 34 56" => [Phone];
        home_line_after_tel: "Tel hem: 0910-123 45" => [Phone];
        home_number: "Ring hemnumret 08-123 456 78 efter fem." => [Phone];
        home_page_is_no_home_line: "Hemsida: www.norrby.se, telefon 0910-73 50 00" => [];
        amounts_are_no_phones: "1 240 kr och 0,5 m" => [];
        home_address: "Storgatan 14 lgh 1102, 871 30 Norrby" => [PostalAddress];
        lives_at: "jag bor på Granvägen 22 i Sörby" => [PostalAddress];
        resident_at: "Sökanden är bosatt på Norra Järnvägsgatan 12 B, 931 35 Skellefteå." => [PostalAddress];
        household_at: "Klagomål: Familjen på Björkvägen 7 eldar sopor." => [PostalAddress];
        neighbour_at: "grannen på Storgatan 14 B spelar hög musik" => [PostalAddress];
        public_building: "Stadsbiblioteket, Torggatan 5, 871 30 Norrby." => [];
        public_ip: "IP-adress 83.250.14.201 loggades" => [IpAddress];
        server_ips: "RDP är öppet på 194.71.12.40 port 3389.\nServerns DNS är 8.8.8.8." => [];
        user_through_a_vpn: "Användaren loggade in via VPN från 83.249.17.102." => [IpAddress];
        user_on_another_line: "Servern: 194.71.12.40\nuser=l.forsberg ip=94.254.17.88" => [IpAddress];
        private_ip: "routern 192.168.1.1" => [];
        version_string: "version 4.2.1.10" => [];
        section_numbers: "punkt 4.2.3" => [];
        ipv6: "från 2a02:aa1:1015:4a2f::1 igår" => [IpAddress];
        documentation_ipv6: "2001:db8::1" => [];
        clock_times: "10:30:45" => [];
    }
}
