//! The two languages Klippvakt speaks (Swedish by default, English when IT configures it) and
//! its words for what a detector found, as a notification names them.

use crate::finding::DetectorId;
use serde::{Deserialize, Serialize};

/// The language of the tray, the notifications and the quick view. Rule texts are always
/// quoted in the guideline's own Swedish.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Svenska.
    #[default]
    Sv,
    /// English.
    En,
}

impl Language {
    /// Parses `sv` or `en` (either case, with or without a region such as `sv-SE`).
    pub fn parse(text: &str) -> Option<Language> {
        let code = text.trim().get(..2)?.to_ascii_lowercase();
        match code.as_str() {
            "sv" => Some(Language::Sv),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// `sv` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::En => "en",
        }
    }
}

/// "personnummer och namn" / "personal identity number and name": the words for `found`, in
/// order, joined as the language joins a list.
pub fn describe(found: &[DetectorId], language: Language) -> String {
    let words: Vec<&str> = found.iter().map(|d| word(*d, language)).collect();
    let and = match language {
        Language::Sv => "och",
        Language::En => "and",
    };
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The word for what a detector found.
fn word(detector: DetectorId, language: Language) -> &'static str {
    use DetectorId::*;
    let (sv, en) = match detector {
        Personnummer => ("personnummer", "personal identity number"),
        Samordningsnummer => ("samordningsnummer", "coordination number"),
        Passport => ("passnummer", "passport number"),
        EmployeeNumber => ("anställningsnummer", "employee number"),
        DateOfBirth => ("födelsedatum", "date of birth"),
        VehicleRegistration => ("registreringsnummer", "registration number"),
        Email => ("e-postadress", "e-mail address"),
        Phone => ("telefonnummer", "phone number"),
        PostalAddress => ("hemadress", "home address"),
        IpAddress => ("IP-adress", "IP address"),
        BankAccount => ("kontonummer", "bank account number"),
        Iban => ("IBAN", "IBAN"),
        PaymentCard => ("kortnummer", "card number"),
        PersonName => ("namn", "name"),
        PersonReference => ("uppgifter om en person", "details about a person"),
        SensitiveContext => ("känsliga personuppgifter", "sensitive personal data"),
        ProtectedIdentity => ("skyddad identitet", "protected identity"),
        SecrecyMarking => ("sekretessmarkering", "secrecy marking"),
        ClassMarking => ("informationsklassning", "information classification"),
        Password => ("lösenord", "password"),
        ApiKey => ("API-nyckel", "API key"),
        PrivateKey => ("privat nyckel", "private key"),
        Jwt => ("inloggningstoken", "login token"),
        ConnectionString => (
            "anslutningssträng med lösenord",
            "connection string with password",
        ),
        AccessCode => ("kod till lås eller larm", "door or alarm code"),
        SecurityDetail => ("säkerhetsbrister", "security weaknesses"),
        Copyright => ("upphovsrättsskyddat material", "copyrighted material"),
    };
    match language {
        Language::Sv => sv,
        Language::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DetectorId::*;

    #[test]
    fn lists_join_as_each_language_does() {
        assert_eq!(describe(&[], Language::Sv), "");
        assert_eq!(describe(&[Personnummer], Language::Sv), "personnummer");
        assert_eq!(
            describe(&[Personnummer, PersonName], Language::Sv),
            "personnummer och namn"
        );
        assert_eq!(
            describe(&[Email, Phone, PersonName], Language::En),
            "e-mail address, phone number and name"
        );
    }

    #[test]
    fn languages_parse_with_or_without_region() {
        assert_eq!(Language::parse("sv"), Some(Language::Sv));
        assert_eq!(Language::parse("en-US"), Some(Language::En));
        assert_eq!(Language::parse(" SV-se "), Some(Language::Sv));
        assert_eq!(Language::parse("de"), None);
        assert_eq!(Language::parse(""), None);
    }
}
