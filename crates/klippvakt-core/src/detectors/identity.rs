//! Identity numbers: personnummer and samordningsnummer (validated by date and Luhn),
//! organisation numbers (recognised so that they are never taken for a person), passport
//! numbers, employee numbers and dates of birth.

use crate::category::{Category, InfoClass};
use crate::cue::{Cue, CueWord};
use crate::finding::{DetectorId, Finding};
use crate::lexer::Span;
use crate::registry::{compile, BuildError, Detector, Reach, Scan};
use crate::text::{after, before, stands_alone};
use regex::{Captures, Regex};

/// Which kind of Swedish identity number a valid number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityKind {
    /// Personnummer: a real date of birth.
    Personnummer,
    /// Samordningsnummer: the day of birth plus 60.
    Samordningsnummer,
}

/// Validates a personnummer or samordningsnummer written in one of the strict formats
/// (`YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYMMDDNNNN`, `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`): a real date
/// (day + 60 for samordningsnummer), a birth number other than 000 and a correct Luhn check
/// digit.
///
/// ```
/// use klippvakt_core::{is_valid_personnummer, IdentityKind};
/// assert_eq!(is_valid_personnummer("19090527+1474"), Some(IdentityKind::Personnummer));
/// assert_eq!(is_valid_personnummer("730288-9931"), Some(IdentityKind::Samordningsnummer));
/// assert_eq!(is_valid_personnummer("850101-1235"), None);
/// ```
pub fn is_valid_personnummer(s: &str) -> Option<IdentityKind> {
    let (body, plus) = match s.len() {
        11 | 13 => {
            let (head, serial) = s.split_at(s.len() - 4);
            let (head, sep) = head.split_at(head.len() - 1);
            if sep != "-" && sep != "+" {
                return None;
            }
            (format!("{head}{serial}"), sep == "+")
        }
        10 | 12 => (s.to_string(), false),
        _ => return None,
    };
    let digits = to_digits(&body)?;
    let (century, rest) = match digits.len() {
        12 => (Some(digits[0] * 10 + digits[1]), &digits[2..]),
        _ => (None, &digits[..]),
    };
    check(century, rest, plus)
}

/// Whether `s` (`NNNNNN-NNNN` or ten digits, optionally `16`-prefixed) is a valid Swedish
/// organisation number: month digits of 20 or more and a correct Luhn check digit. Such a
/// number is never personal data.
///
/// ```
/// assert!(klippvakt_core::is_organisation_number("212000-2460"));
/// assert!(!klippvakt_core::is_organisation_number("920303-4138"));
/// ```
pub fn is_organisation_number(s: &str) -> bool {
    let plain: String = s.chars().filter(|c| *c != '-').collect();
    let plain = match plain.len() {
        12 if plain.starts_with("16") => &plain[2..],
        10 => &plain[..],
        _ => return false,
    };
    to_digits(plain).is_some_and(|d| d[2] >= 2 && luhn(&d))
}

fn to_digits(s: &str) -> Option<Vec<u32>> {
    s.chars().map(|c| c.to_digit(10)).collect()
}

/// The century (where it is written), the ten digits `YYMMDDNNNN` and the separator of a
/// match of the personnummer pattern: twelve or ten digits, the last four after the
/// separator if there is one. None for any other number of digits.
fn parts(number: &str) -> Option<(Option<u32>, [u32; 10], &str)> {
    // On the stack: a text dense with numbers has hundreds.
    let mut all = [0; 12];
    let mut count = 0;
    for b in number.bytes().filter(u8::is_ascii_digit) {
        if let Some(slot) = all.get_mut(count) {
            *slot = u32::from(b - b'0');
        }
        count += 1;
    }
    let (century, digits) = match count {
        12 => (Some(all[0] * 10 + all[1]), &all[2..]),
        10 => (None, &all[..10]),
        _ => return None,
    };
    let head = &number[..number.len().saturating_sub(4)];
    let date_end = head.trim_end_matches(|c: char| !c.is_ascii_digit()).len();
    Some((century, digits.try_into().ok()?, head[date_end..].trim()))
}

/// Checks the ten digits `YYMMDDNNNN` (with the century when it was written).
fn check(century: Option<u32>, digits: &[u32], plus: bool) -> Option<IdentityKind> {
    // The birth number (the first three serial digits) is never 000.
    if digits.len() != 10 || digits[6..9] == [0, 0, 0] || !luhn(digits) {
        return None;
    }
    let yy = digits[0] * 10 + digits[1];
    let month = digits[2] * 10 + digits[3];
    let raw_day = digits[4] * 10 + digits[5];
    let (day, kind) = if raw_day >= 60 {
        (raw_day - 60, IdentityKind::Samordningsnummer)
    } else {
        (raw_day, IdentityKind::Personnummer)
    };
    // Samordningsnummer carry the date as the person stated it: month 00 or day 60 (day 0)
    // when it is not fully known, and the peer suite accepts any day up to 31.
    if kind == IdentityKind::Samordningsnummer {
        return (month <= 12 && day <= 31).then_some(kind);
    }
    // Without a century, the separator says whether the person is 100 or older; with no
    // clock in this crate, the date must be real in one of the two centuries it allows.
    let centuries: &[u32] = match (century, plus) {
        (Some(c), _) => &[c],
        (None, true) => &[18, 19],
        (None, false) => &[19, 20],
    };
    let real = centuries
        .iter()
        .any(|c| day >= 1 && day <= days_in_month(c * 100 + yy, month));
    real.then_some(kind)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// The Luhn check over ten digits, as Skatteverket uses it.
pub(crate) fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let x = d * 2;
                x / 10 + x % 10
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Words before a number that make it an identity number.
const IDENTITY_CONTEXT: &[&str] = &[
    "personnummer",
    "personnumret",
    "personnr",
    "pers.nr",
    "pnr",
    "p-nr",
    "samordningsnummer",
    "samordningsnumret",
    "samordningsnr",
    "född",
    "födelsenummer",
    "personal identity number",
    "ssn",
    "sökande",
    "klient",
    "elev",
    "eleven",
    "patient",
    "patienten",
    "brukare",
    "brukaren",
    "folkbokförd",
    "folkbokföringen",
];

/// Words before a number that make a bare number something else.
const NOT_IDENTITY_CONTEXT: &[&str] = &[
    "order*",
    "faktura*",
    "fakturanr",
    "ocr",
    "ocr-nummer",
    "referens*",
    "ref",
    "ref.nr",
    "kundnr",
    "kundnummer",
    "artikel*",
    "art.nr",
    "bankgiro",
    "plusgiro",
    "bg",
    "pg",
    "konto*",
    "dnr",
    "diarie*",
    "scan*",
    "skann*",
    "filnamn",
    "tidsstämpel",
    "timestamp",
    "invoice",
    "order",
    "tracking",
    "kolli*",
    "sändnings*",
    "org.nr",
    "orgnr",
    "organisationsnummer",
    "telefon*",
    "tel",
    "mobil*",
];

/// Personnummer and samordningsnummer in every format people type.
pub(crate) struct PersonnummerDetector;

/// Where a personnummer may be written, in order: what the pattern
/// `(?-u:\b)(?:18|19|20)?[0-9]{6}(?: ?[-+–] ?| )?[0-9]{4}(?-u:\b)` matches, read from the
/// runs of digits of the text (`digits`, in order). Such a number is ten digits in one run,
/// twelve that begin with a century, or six (eight with a century) and then four after a
/// separator, standing alone ([`stands_alone`]). Read this way a number costs a few
/// comparisons where a search with the pattern cost hundreds of instructions; `parts`
/// reads its century, digits and separator.
fn numbers<'t>(text: &'t str, digits: &'t [Span]) -> impl Iterator<Item = Span> + 't {
    let bytes = text.as_bytes();
    let century = |at: usize| matches!(&bytes[at..at + 2], b"18" | b"19" | b"20");
    let separator = |gap: &[u8]| {
        let dash = gap.strip_prefix(b" ").unwrap_or(gap);
        let dash = dash.strip_suffix(b" ").unwrap_or(dash);
        gap == b" " || dash == b"-" || dash == b"+" || dash == "–".as_bytes()
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&(start, end)) = digits.get(i) {
            i += 1;
            let len = end - start;
            if (len == 10 || (len == 12 && century(start))) && stands_alone(bytes, (start, end)) {
                return Some((start, end));
            }
            if len == 6 || (len == 8 && century(start)) {
                let serial = digits.get(i).filter(|&&(from, to)| {
                    to - from == 4
                        && separator(&bytes[end..from])
                        && stands_alone(bytes, (start, to))
                });
                if let Some(&(_, to)) = serial {
                    i += 1;
                    return Some((start, to));
                }
            }
        }
        None
    })
}

impl Detector for PersonnummerDetector {
    fn cue_words(&self) -> Vec<CueWord> {
        CueWord::words(IDENTITY_CONTEXT, Cue::IdentityContext)
            .chain(CueWord::words(
                NOT_IDENTITY_CONTEXT,
                Cue::NotIdentityContext,
            ))
            .collect()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        for (start, end) in numbers(text, scan.digits) {
            let Some((century, digits, sep)) = parts(&text[start..end]) else {
                continue;
            };
            let Some(kind) = check(century, &digits, sep == "+") else {
                continue;
            };
            // A number glued to a file extension or a longer dotted/dashed code is a name or
            // a code, not a person ("scan_20250315-1033.pdf", "2025-118734-1").
            let tail = after(text, end, 2);
            if tail.starts_with('.') && tail[1..].starts_with(|c: char| c.is_ascii_alphanumeric())
                || tail.starts_with('-')
                || before(text, start, 1) == "-"
            {
                continue;
            }
            let window_start = start.saturating_sub(48);
            let positive = scan.has_cue_in(Cue::IdentityContext, window_start, start);
            let negative =
                scan.has_cue_in(Cue::NotIdentityContext, start.saturating_sub(32), start);
            let separated = matches!(sep, "-" | "+" | "–");
            let confidence = match (positive, negative, separated, century.is_some()) {
                (true, _, _, _) => 0.97,
                (false, true, true, _) => 0.6,
                (false, true, false, _) => continue,
                (false, false, true, _) => 0.9,
                (false, false, false, true) if sep.is_empty() => 0.85,
                (false, false, false, _) if sep.is_empty() => 0.65,
                (false, false, false, _) => 0.7,
            };
            let detector = match kind {
                IdentityKind::Personnummer => DetectorId::Personnummer,
                IdentityKind::Samordningsnummer => DetectorId::Samordningsnummer,
            };
            out.push(Finding::new(
                detector,
                Category::PersonalData,
                InfoClass::K2,
                start,
                end,
                confidence,
            ));
        }
    }
}

/// Passport numbers (eight digits) after a passport word, employee numbers after an
/// employee-number word, dates of birth after "född" or "born", and vehicle registration
/// numbers ("ABC 123", "ABC 12D") after a registration-number word: the owner of a car is
/// most often a private person.
pub(crate) struct LabelledNumberDetector {
    passport: Regex,
    employee: Regex,
    birth: Regex,
    vehicle: Regex,
    number: Regex,
}

impl LabelledNumberDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        let name = "labelled_number";
        Ok(Self {
            passport: compile(
                name,
                r"(?-u:\b)(?:passnummer|passnr|pass nr|passet|passport(?: no\.?| number)?)[\s:.#]*(?:(?:är|is)\s+)?(?P<n>[0-9]{8})(?-u:\b)",
            )?,
            employee: compile(
                name,
                r"(?-u:\b)(?:anställningsnummer|anställningsnr|anst\.? ?nr|anställd\s+(?:nr|nummer)\.?|personalnummer|personalnr|employee (?:id|number|no\.?))(?:\s*[:#]\s*|\s+(?:(?:är|is)\s+)?)(?P<n>[0-9]{3,8}(?:(?:\s*,\s*|\s+(?:och|and|&)\s+)[0-9]{3,8})*)",
            )?,
            birth: compile(
                name,
                r"(?-u:\b)(?:född|födelsedatum|born|date of birth|dob)(?:\s*:)?\s+(?:den\s+|on\s+|år\s+|in\s+)?(?P<n>[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[/.][0-9]{1,2}[/.](?:19|20)[0-9]{2}|[0-9]{1,2}\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåäö]*\s+[0-9]{4}|(?:19|20)[0-9]{2})(?-u:\b)",
            )?,
            // Three letters (no I, Q or V) and three characters, the last a digit or a letter.
            vehicle: compile(
                name,
                r"(?-u:\b)(?:registreringsnummer|registreringsnr|regnummer|regnr|reg\.? ?(?:nr|nummer)|registration (?:number|no\.?)|licen[cs]e plate)[\s:.#]*(?:(?:är|is)\s+)?(?P<n>[a-hj-pr-uw-z]{3} ?[0-9]{2}[0-9a-hj-pr-uw-z])(?-u:\b)",
            )?,
            number: compile(name, r"[0-9]+")?,
        })
    }
}

impl Detector for LabelledNumberDetector {
    fn trigger_words(&self) -> &[&'static str] {
        &[
            "pass*",
            "anst*",
            "personaln*",
            "employee*",
            "föd*",
            "born*",
            "birth*",
            "dob",
            "reg",
            "regnr",
            "regnummer",
            "registrerings*",
            "registration*",
            "licen*",
        ]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        // "date of birth", and lists of employee numbers after one label.
        let reach = Reach {
            before: 16,
            after: 128,
        };
        let near = scan.near_triggers(reach);
        let labelled = [
            (&self.passport, DetectorId::Passport, InfoClass::K2),
            (&self.birth, DetectorId::DateOfBirth, InfoClass::K1),
            (
                &self.vehicle,
                DetectorId::VehicleRegistration,
                InfoClass::K1,
            ),
        ];
        for (re, detector, class) in labelled {
            for caps in near.search::<Captures>(re, scan.folded) {
                if let Some(n) = caps.name("n") {
                    out.push(Finding::new(
                        detector,
                        Category::PersonalData,
                        class,
                        n.start(),
                        n.end(),
                        0.8,
                    ));
                }
            }
        }
        for caps in near.search::<Captures>(&self.employee, scan.folded) {
            let Some(list) = caps.name("n") else { continue };
            for n in self.number.find_iter(list.as_str()) {
                out.push(Finding::new(
                    DetectorId::EmployeeNumber,
                    Category::PersonalData,
                    InfoClass::K1,
                    list.start() + n.start(),
                    list.start() + n.end(),
                    0.85,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `numbers` reads, as the pattern its doc gives.
    const NUMBER: &str = r"(?-u:\b)(?:18|19|20)?[0-9]{6}(?: ?[-+–] ?| )?[0-9]{4}(?-u:\b)";

    fn read(text: &str) -> Vec<Span> {
        numbers(text, &crate::lexer::lex(text).digits).collect()
    }

    fn searched(text: &str) -> Vec<Span> {
        let re = Regex::new(NUMBER).expect("the pattern compiles");
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn numbers_are_read_in_every_format_and_only_whole() {
        let text = "a 198108309132, 8108309132 och 810830-9132 samt 19810830 – 9132 \
                    men inte 2181083091321, x8108309132, 810830  9132 eller 17810830-9132";
        let found: Vec<&str> = read(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            [
                "198108309132",
                "8108309132",
                "810830-9132",
                "19810830 – 9132"
            ]
        );
        assert_eq!(read(text), searched(text));
    }

    proptest! {
        #[test]
        fn numbers_are_what_the_pattern_matches(
            text in "(?:(?:18|19|20|17)?[0-9]{3,8}(?: |-| - |\\+|–| – |  | -- |x|_|é|\\.|\n)?){0,6}"
        ) {
            prop_assert_eq!(read(&text), searched(&text));
        }
    }

    #[test]
    fn a_match_is_read_into_century_digits_and_separator() {
        let ten = [8, 1, 0, 8, 3, 0, 9, 1, 3, 2];
        assert_eq!(parts("198108309132"), Some((Some(19), ten, "")));
        assert_eq!(parts("19810830 – 9132"), Some((Some(19), ten, "–")));
        assert_eq!(parts("810830+9132"), Some((None, ten, "+")));
        assert_eq!(parts("810830 9132"), Some((None, ten, "")));
        assert_eq!(parts("81083091"), None);
        assert_eq!(parts("1981083091321"), None);
    }

    finds! {
        short_with_dash: "Sökande 920303-4138 har ringt." => [Personnummer];
        short_with_plus: "I folkbokföringen står hon som 240512+0144." => [Personnummer];
        long_plain: "Importfil: 201508274840;Alice" => [Personnummer];
        long_with_dash: "Personnummer: 19810830-9132" => [Personnummer];
        samordning_short: "samordningsnummer 870372-4537" => [Samordningsnummer];
        samordning_long: "har samordningsnummer 19970161-5545 men" => [Samordningsnummer];
        with_space: "pnr 090527 1474 tack" => [Personnummer];
        en_dash: "Ali Hassan, 850614–2333." => [PersonName, Personnummer];
        bare_ten_digits: "Kolla 8304121239 i registret" => [];
        invalid_date: "19850230-1234 finns inte" => [];
        invalid_month: "19871301-1111" => [];
        wrong_check_digit: "850101-1235" => [];
        org_number: "Kund: Norrby kommun, org.nr 212000-2460" => [];
        org_number_ap_fond: "802005-1952 och 8020051952" => [];
        scan_timestamp: "scan_20250315-1033.pdf" => [];
        timestamp_in_file_name: "filen 20250315-1033.pdf" => [];
        invoice_number: "Fakturanr: 2025-118734" => [];
        ocr_number: "OCR: 4509881233421" => [];
        ocr_ten_digits: "OCR 8304121239" => [];
        dates_only: "2025-01-15, 2025-02-15 och 2025-03-17" => [];
        diary_number: "Dnr KS 2025/0401" => [];
        cpv_code: "CPV 90620000-9" => [];
        passport: "Passnummer: 12345678" => [Passport];
        passport_without_word: "nummer 12345678" => [];
        passport_in_a_sentence: "Mitt passnummer är 81234567." => [Passport];
        employee_number_in_a_sentence: "Hennes anställningsnummer är 104522." => [EmployeeNumber];
        birth_date_with_slashes: "Patient DOB 12/04/1985, admitted." => [DateOfBirth];
        birth_date_with_dots: "Född: 3.11.1948 i Uleåborg" => [DateOfBirth];
        employee_by_number: "Anställd nr 4471 har loggat in utan behörighet." => [EmployeeNumber];
        employee_numbers: "anställningsnummer 20417, 20533 och 21190" => [EmployeeNumber, EmployeeNumber, EmployeeNumber];
        vehicle_after_a_label: "Bilen med reg.nr ABC 123 har stått på gatan i tre veckor." => [VehicleRegistration];
        vehicle_of_the_new_kind: "Registreringsnummer: XYZ12D" => [VehicleRegistration];
        vehicle_in_english: "The licence plate is KLM 456." => [VehicleRegistration];
        vehicle_without_a_label: "Kod ABC 123 i katalogen" => [];
        vehicle_letters_never_used: "regnr IQV 123" => [];
        registration_of_something_else: "Registreringsnummer för ärendet: 2025/118" => [];
        reference_number: "referensnummer 2025/112" => [];
        date_of_birth: "född 1988-04-17, har sökt" => [DateOfBirth];
    }

    finds! {
        bare_ten_digits_failing_luhn: "pnr 8304121239" => [];
        bare_ten_digits_with_context: "pnr 9203034138" => [Personnummer];
        bare_ten_digits_without_context: "Kolla 9203034138 i registret" => [Personnummer];
        bare_ten_digits_as_order_number: "Ordernr 9203034138" => [];
    }

    #[test]
    fn samordningsnummer_with_unknown_month_or_day() {
        assert_eq!(
            is_valid_personnummer("191500722390"),
            Some(IdentityKind::Samordningsnummer)
        );
        assert_eq!(
            is_valid_personnummer("191500882392"),
            Some(IdentityKind::Samordningsnummer)
        );
        assert_eq!(is_valid_personnummer("199001003920"), None);
        assert_eq!(
            is_valid_personnummer("192004912388"),
            Some(IdentityKind::Samordningsnummer)
        );
    }

    #[test]
    fn leap_days() {
        assert!(is_valid_personnummer("000229-2399").is_some());
        assert!(is_valid_personnummer("19000229-2399").is_none());
    }

    #[test]
    fn organisation_numbers() {
        for n in ["556814-3027", "212000-2460", "802459-1136", "16212000-2460"] {
            assert!(is_organisation_number(n), "{n}");
            assert_eq!(is_valid_personnummer(n), None, "{n}");
        }
        assert!(!is_organisation_number("556814-3028"));
    }
}
