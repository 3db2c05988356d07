//! A person's financial identifiers: bank accounts after an account word, IBANs (mod 97) and
//! payment cards (Luhn and issuer prefix). Bankgiro, plusgiro and OCR numbers belong to
//! organisations and payments, and are left alone.

use super::identity::luhn;
use crate::category::{Category, InfoClass};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Digits, Reach, Scan};
use crate::text::before;
use regex::{Captures, Match, Regex};

/// Bank accounts after an account word.
pub(crate) struct BankAccountDetector {
    account: Regex,
}

impl BankAccountDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        Ok(Self {
            account: compile(
                "bank_account",
                r"(?-u:\b)(?:clearingnr|clearingnummer|clearing|kontonr|kontonum(?:mer|ret)|bankkonto(?:t|nummer)?|lönekonto(?:t|nummer)?|account(?: no\.?| number)?)[\s:.#]*(?:(?:är|is)\s+)?(?P<n>[0-9](?:[0-9 -]|, ){2,20}[0-9])",
            )?,
        })
    }
}

impl Detector for BankAccountDetector {
    fn trigger_words(&self) -> &[&'static str] {
        &[
            "clearing*",
            "kontonr*",
            "kontonum*",
            "bankkonto*",
            "lönekonto*",
            "account*",
        ]
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        // "account number: 1234 56 78901"
        let reach = Reach {
            before: 0,
            after: 48,
        };
        let near = scan.near_triggers(reach);
        for caps in near.search::<Captures>(&self.account, scan.folded) {
            if let Some(n) = caps.name("n") {
                out.push(Finding::new(
                    DetectorId::BankAccount,
                    Category::PersonalData,
                    InfoClass::K2,
                    n.start(),
                    n.start() + n.as_str().trim_end().len(),
                    0.8,
                ));
            }
        }
    }
}

/// IBANs and payment cards.
pub(crate) struct FinancialDetector {
    iban: Regex,
    card: Regex,
}

impl FinancialDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        let name = "financial";
        Ok(Self {
            iban: compile(
                name,
                r"(?-u:\b)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?-u:\b)",
            )?,
            card: compile(
                name,
                r"(?-u:\b)(?:[0-9]{4}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{4}(?:[ -][0-9]{3})?|[0-9]{4}[ -][0-9]{6}[ -][0-9]{5}|[0-9]{13,19})(?-u:\b)",
            )?,
        })
    }
}

fn iban_valid(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let Some(v) = c.to_digit(36) else {
            return false;
        };
        let step = if v >= 10 { 100 } else { 10 };
        rem = (rem * step + v) % 97;
    }
    rem == 1
}

fn card_valid(s: &str) -> bool {
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    let prefix2 = digits[0] * 10 + digits[1];
    let prefix4 = digits[..4].iter().fold(0, |a, d| a * 10 + d);
    let issuer = digits[0] == 4
        || (51..=55).contains(&prefix2)
        || (2221..=2720).contains(&prefix4)
        || prefix2 == 34
        || prefix2 == 37
        || prefix4 == 6011
        || prefix2 == 65;
    issuer && (13..=19).contains(&digits.len()) && luhn(&digits)
}

impl Detector for FinancialDetector {
    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        // Two letters, the check digits, then groups of letters and digits. Every country's
        // account part holds at least six digits, in groups at most a group of four letters
        // apart ("GB29 NWBK 6016 1331 9268 19"): eight in all, where a year has four.
        let iban = Digits {
            min: 8,
            runs: 1,
            gap: 6,
            reach: Reach {
                before: 2,
                after: 12,
            },
        };
        // The check digits follow the two capitals of the country code.
        let bytes = text.as_bytes();
        let country_before = |runs: &[(usize, usize)]| {
            runs.iter().any(|&(s, _)| {
                s >= 2 && bytes[s - 1].is_ascii_uppercase() && bytes[s - 2].is_ascii_uppercase()
            })
        };
        let near = scan.near_digits_where(iban, country_before);
        let ibans = near.search::<Match>(&self.iban, text);
        for m in ibans.filter(|m| iban_valid(m.as_str())) {
            out.push(Finding::new(
                DetectorId::Iban,
                Category::PersonalData,
                InfoClass::K2,
                m.start(),
                m.end(),
                0.8,
            ));
        }
        let card = Digits {
            min: 13,
            runs: 1,
            gap: 1,
            reach: Reach::NONE,
        };
        for m in scan.near_digits(card).search::<Match>(&self.card, text) {
            let grouped = !m.as_str().chars().all(|c| c.is_ascii_digit());
            let context = before(text, m.start(), 40).to_lowercase();
            let card_word = ["kort", "card", "visa", "mastercard", "amex"]
                .iter()
                .any(|w| context.contains(w));
            let payment_code = ["ocr", "faktura", "referens", "order"]
                .iter()
                .any(|w| context.contains(w));
            if (grouped || card_word)
                && !payment_code
                && card_valid(m.as_str())
                && !scan.taken(m.start(), m.end())
            {
                out.push(Finding::new(
                    DetectorId::PaymentCard,
                    Category::PersonalData,
                    InfoClass::K2,
                    m.start(),
                    m.end(),
                    0.9,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {

    finds! {
        account_and_clearing: "clearingnr 8214-9, kontonr 934 556 712-4, belopp" => [BankAccount, BankAccount];
        the_account_number: "Här är kontonumret: 8327-9 123 456 789-0 (Swedbank)" => [BankAccount];
        salary_account: "Lönekonto 6000-123 456 789 (Handelsbanken)" => [BankAccount];
        the_bank_account: "Pengarna sätts in på bankkontot 8214-9 934 556 712-4." => [BankAccount];
        account_in_a_sentence: "Mitt bankkonto är 8327-9, 944 125 437-1 hos Swedbank." => [BankAccount];
        ledger_account_is_no_bank_account: "Bokför på konto 4010, kontot för inköp." => [];
        iban_valid: "IBAN SE45 5000 0000 0583 9825 7466 tack" => [Iban];
        iban_with_letters_in_the_account: "IBAN GB29 NWBK 6016 1331 9268 19" => [Iban];
        iban_compact: "konto NL91ABNA0417164300 och MT84MALT011000012345MTLCAST001S" => [Iban, Iban];
        iban_after_another_number: "ärende 123 SE45 5000 0000 0583 9825 7466" => [Iban];
        iban_bad_checksum: "SE46 5000 0000 0583 9825 7466" => [];
        card_grouped: "kortet 4571 9230 1187 6640 (Visa)" => [PaymentCard];
        card_bad_luhn: "4571 9230 1187 6641" => [];
        ocr_is_no_card: "OCR: 4509881233421" => [];
        bankgiro_is_organisation: "Bankgiro: 5312-8870, plusgiro 48 77 12-3" => [];
    }
}
