//! Public IPv4 and IPv6 addresses: a user's address identifies them; a server's, a
//! router's or a documentation range's does not.

use crate::category::{Category, InfoClass};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Digits, Reach, Scan};
use crate::text::{after, before, ceil_boundary, floor_boundary, line_at};
use regex::{Match, Regex};
use std::net::{Ipv4Addr, Ipv6Addr};

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
