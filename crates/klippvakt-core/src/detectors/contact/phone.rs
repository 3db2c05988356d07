//! Swedish phone numbers: a mobile is a person's; a landline only after a personal cue
//! ("direkt", "hem"), and nothing after a switchboard cue ("växeln", "felanmälan").

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{Detector, Digits, Reach, Scan};
use crate::text::{after, before, line_at, word_byte};

/// Words before a phone number that make it an organisation's ("växeln", "felanmälan").
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

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
}
