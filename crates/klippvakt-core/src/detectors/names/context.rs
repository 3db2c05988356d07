//! What stands around a name and makes it someone's (an age, a class, a verb of people
//! after it, being spoken to, a cleft, initials, a name written surname first) or no one's
//! (a line about names, a place, a body or a company named after someone, a compound).

use super::PERSON_VERBS;
use crate::lexer::Span;
use crate::registry::Scan;
use crate::text::{line_at, opens_with_word};

/// Whether what follows the first name `name` makes it someone: an age ("Liam (8 år)",
/// "Kalle, 12 år", "Ingrid, 84,"), a birth ("Tyra, född 2019"), a school class ("Ella i
/// 3A"), "who" ("Ahmed, who complained"), the writer beside it ("Lisa och jag"), a cleft
/// ("Det var Erik som …"), or one of [`PERSON_VERBS`] after one space, after "har" or
/// "hade", or after "som" ("Karin ringde", "Ahmed har frågat", "Kerstin som undrar").
pub(super) fn subject(scan: &Scan<'_>, name: Span) -> bool {
    let bytes = scan.text.as_bytes();
    let born_or_who = || {
        [", född ", ", who "]
            .iter()
            .any(|p| bytes[name.1..].starts_with(p.as_bytes()))
    };
    if age_follows(bytes, name.1) || class_follows(bytes, name.1) || born_or_who() {
        return true;
    }
    let rest = &scan.folded[name.1..];
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    // "Lisa och jag har gått igenom budgeten".
    if rest.starts_with("och jag ") || rest.starts_with("and i ") {
        return true;
    }
    // "Det var Erik som hittade felet", "It was Erik who found it".
    let lead = &scan.folded[..name.0];
    if (lead.ends_with("det var ") && rest.starts_with("som "))
        || (lead.ends_with("it was ") && rest.starts_with("who "))
    {
        return true;
    }
    // "Kerstin som undrar", "Greta som har ringt".
    let rest = rest.strip_prefix("som ").unwrap_or(rest);
    let rest = ["har ", "hade "]
        .iter()
        .find_map(|aux| rest.strip_prefix(aux))
        .unwrap_or(rest);
    PERSON_VERBS.iter().any(|verb| opens_with_word(rest, verb))
}

/// Whether a name written surname first ends at byte `at`: before a colon, a mail address,
/// a bracket, a tab or the end of the line ("Johansson, Maria: …", "Johansson, Maria
/// <maria.johansson@…>"). In running text, "Berg, Anna och Holm" may be a list of anything.
pub(super) fn reversed_name_ends(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest.is_empty()
        || rest.starts_with([':', ';', ')', '\t', '\n', '\r'])
        || rest.starts_with(" <")
        || rest.starts_with(" (")
}

/// Whether an age follows byte `at`: " (8 år)", ", 12 år", " 7 år", " är 58 år", " (7)".
fn age_follows(bytes: &[u8], at: usize) -> bool {
    let rest = &bytes[at..];
    let leads: [&[u8]; 4] = [b" (", b", ", " är ".as_bytes(), b" "];
    let Some((lead, rest)) = leads
        .iter()
        .find_map(|lead| Some((*lead, rest.strip_prefix(*lead)?)))
    else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let unit = &rest[digits..];
    (1..=3).contains(&digits)
        && (unit.starts_with(" år".as_bytes())
            || unit.starts_with(b" years")
            || (lead == b" (" && unit.starts_with(b")"))
            || (lead == b", " && unit.starts_with(b",")))
}

/// Whether the line around byte `at` speaks of names as words ("Vanligaste namnen",
/// "förslag på namn till bussarna, t.ex. Astrid och Evert").
pub(super) fn about_names(scan: &Scan<'_>, at: usize) -> bool {
    let (start, end) = line_at(scan.text, at);
    scan.folded[start..end].contains("namn")
}

/// Where the initials that start at byte `at` end: two or three capitals, each followed by
/// a full stop ("K.L.", "E.K."), and no letter or digit right after.
pub(super) fn initials_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most places after a cue hold a word: a capital and a full stop are rare.
    if bytes.get(at + 1) != Some(&b'.') && bytes.get(at + 2) != Some(&b'.') {
        return None;
    }
    let mut end = at;
    let mut count = 0;
    while count < 3 {
        let Some(c) = text[end..].chars().next().filter(|c| c.is_uppercase()) else {
            break;
        };
        if bytes.get(end + c.len_utf8()) != Some(&b'.') {
            break;
        }
        end += c.len_utf8() + 1;
        count += 1;
    }
    let letter_after = text[end..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (count >= 2 && !letter_after).then_some(end)
}

/// Whether a school class follows byte `at`: " i 3A", " i klass 5B", and as a list of
/// pupils writes it, " 4B", ", 4B", " (4B)".
fn class_follows(bytes: &[u8], at: usize) -> bool {
    let leads: [&[u8]; 4] = [b" i ", b" (", b", ", b" "];
    let Some(rest) = leads
        .iter()
        .find_map(|lead| bytes[at..].strip_prefix(*lead))
    else {
        return false;
    };
    let rest = rest.strip_prefix(b"klass ").unwrap_or(rest);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && rest.get(digits).is_some_and(u8::is_ascii_uppercase)
        && !rest
            .get(digits + 1)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
}

/// Words that, after a name in the genitive, make it the name of a place: "Olof Palmes
/// gata", "Gustav Adolfs torg", "Raoul Wallenbergs skola".
const PLACE_WORDS: &[&str] = &[
    "gata", "gatan", "väg", "vägen", "plats", "platsen", "torg", "torget", "allé", "gränd", "park",
    "parken", "skola", "skolan", "kyrka", "kyrkan", "hus", "huset", "sjukhus",
];

/// Whether the name that ends at `end` is in the genitive and a place word follows it.
pub(super) fn names_a_place(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    text[..end].ends_with('s') && PLACE_WORDS.iter().any(|w| opens_with_word(rest, w))
}

/// Whether a capitalised word is a compound of a name and a word ("Ida-böckerna",
/// "Julia-koden"), not a name: a part after a hyphen starts with a small letter.
pub(super) fn compound(word: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|part| part.starts_with(char::is_lowercase))
}

/// Words after a name that make it the name of a place or a body: "Vilhelmina kommun",
/// "Kristina församling", "Maria kyrkoråd", "Victoria station".
const PLACE_NOUNS: &[&str] = &[
    " kommun",
    " stad",
    " län",
    " församling",
    " socken",
    " kyrka",
    " kyrkoråd",
    " station",
];

/// Whether a place noun follows the name that ends at `end` ([`PLACE_NOUNS`], also in the
/// genitive: "Vilhelmina kommuns").
pub(super) fn before_a_place_noun(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    PLACE_NOUNS.iter().any(|noun| {
        opens_with_word(rest, noun)
            || rest
                .strip_prefix(noun)
                .is_some_and(|after| opens_with_word(after, "s"))
    })
}

/// Whether the name that ends at `end` is a company's: "AB", "HB" or "KB" follows ("Stina
/// Bil AB", "Anna Holm HB").
pub(super) fn names_a_company(text: &str, end: usize) -> bool {
    [" AB", " HB", " KB"]
        .iter()
        .any(|form| opens_with_word(&text[end..], form))
}

/// Whether the name `name` is someone spoken to: after a comma and before "!" or "?" ("Tack
/// för samtalet idag, Jessica!", "Kan du ringa mig, Ahmed?").
pub(super) fn addressed(text: &str, name: Span) -> bool {
    text[..name.0].ends_with(", ") && text[name.1..].starts_with(['!', '?'])
}
