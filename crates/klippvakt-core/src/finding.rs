//! Findings: which detector saw what kind of evidence where, as byte offsets, never the text.

use crate::category::{Category, InfoClass};
use serde::{Deserialize, Serialize};

/// Every detector Klippvakt has. Adding a detector adds one variant here and one line in the
/// registry (`registry::detectors`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetectorId {
    /// Personnummer, validated by date and Luhn.
    Personnummer,
    /// Samordningsnummer (day + 60), validated by date and Luhn.
    Samordningsnummer,
    /// Swedish passport number next to a passport word.
    Passport,
    /// Employee number next to an employee-number word.
    EmployeeNumber,
    /// Date of birth after "född" / "born".
    DateOfBirth,
    /// Vehicle registration number after a registration-number word.
    VehicleRegistration,
    /// Personal (not role) e-mail address.
    Email,
    /// Swedish mobile number, or a landline tied to a person.
    Phone,
    /// Home address (street and number in a residential context).
    PostalAddress,
    /// Public IPv4 or IPv6 address.
    IpAddress,
    /// Bank account or clearing number next to an account word.
    BankAccount,
    /// IBAN, validated by mod 97.
    Iban,
    /// Payment card number, validated by Luhn and issuer prefix.
    PaymentCard,
    /// Name of a person.
    PersonName,
    /// A person word ("patienten", "brukaren") tying sensitive context to one individual.
    PersonReference,
    /// Health, social-services and other GDPR art. 9/10 context about an individual.
    SensitiveContext,
    /// Protected identity or sekretessmarkering of a person.
    ProtectedIdentity,
    /// Secrecy stamp or statement ("SEKRETESS", "omfattas av sekretess").
    SecrecyMarking,
    /// Explicit information class marking ("Informationsklass: K2").
    ClassMarking,
    /// Password in an assignment or in prose.
    Password,
    /// API key or token of a known provider, or a secret in a key/value pair.
    ApiKey,
    /// Private key block.
    PrivateKey,
    /// JSON Web Token.
    Jwt,
    /// Connection string with a password.
    ConnectionString,
    /// Alarm, door or key-cabinet code.
    AccessCode,
    /// Internal security weakness (unpatched systems, admin accounts without MFA, …).
    SecurityDetail,
    /// Copyright marker.
    Copyright,
}

impl DetectorId {
    /// The name used in JSON, e.g. `personnummer`.
    pub fn as_str(self) -> &'static str {
        match self {
            DetectorId::Personnummer => "personnummer",
            DetectorId::Samordningsnummer => "samordningsnummer",
            DetectorId::Passport => "passport",
            DetectorId::EmployeeNumber => "employee_number",
            DetectorId::DateOfBirth => "date_of_birth",
            DetectorId::VehicleRegistration => "vehicle_registration",
            DetectorId::Email => "email",
            DetectorId::Phone => "phone",
            DetectorId::PostalAddress => "postal_address",
            DetectorId::IpAddress => "ip_address",
            DetectorId::BankAccount => "bank_account",
            DetectorId::Iban => "iban",
            DetectorId::PaymentCard => "payment_card",
            DetectorId::PersonName => "person_name",
            DetectorId::PersonReference => "person_reference",
            DetectorId::SensitiveContext => "sensitive_context",
            DetectorId::ProtectedIdentity => "protected_identity",
            DetectorId::SecrecyMarking => "secrecy_marking",
            DetectorId::ClassMarking => "class_marking",
            DetectorId::Password => "password",
            DetectorId::ApiKey => "api_key",
            DetectorId::PrivateKey => "private_key",
            DetectorId::Jwt => "jwt",
            DetectorId::ConnectionString => "connection_string",
            DetectorId::AccessCode => "access_code",
            DetectorId::SecurityDetail => "security_detail",
            DetectorId::Copyright => "copyright",
        }
    }
}

/// One piece of evidence: `text[start..end]` is what the detector saw.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The detector that produced it.
    pub detector: DetectorId,
    /// What it is evidence of.
    pub category: Category,
    /// Byte offset of the first byte (always on a char boundary).
    pub start: usize,
    /// Byte offset one past the last byte (always on a char boundary).
    pub end: usize,
    /// How sure the detector is, from 0.5 (just enough to report) to 1.0.
    pub confidence: f32,
    /// The information class this finding alone gives the text (not part of the JSON
    /// contract in DESIGN.md, which lists the other five fields).
    #[serde(skip)]
    pub class: InfoClass,
}

impl Finding {
    /// A finding over `start..end`.
    pub fn new(
        detector: DetectorId,
        category: Category,
        class: InfoClass,
        start: usize,
        end: usize,
        confidence: f32,
    ) -> Finding {
        Finding {
            detector,
            category,
            start,
            end,
            confidence,
            class,
        }
    }

    /// Whether the two findings share at least one byte.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::DetectorId;

    #[test]
    fn detector_names_match_serde() {
        let all = [
            DetectorId::Personnummer,
            DetectorId::Samordningsnummer,
            DetectorId::Passport,
            DetectorId::EmployeeNumber,
            DetectorId::DateOfBirth,
            DetectorId::VehicleRegistration,
            DetectorId::Email,
            DetectorId::Phone,
            DetectorId::PostalAddress,
            DetectorId::IpAddress,
            DetectorId::BankAccount,
            DetectorId::Iban,
            DetectorId::PaymentCard,
            DetectorId::PersonName,
            DetectorId::PersonReference,
            DetectorId::SensitiveContext,
            DetectorId::ProtectedIdentity,
            DetectorId::SecrecyMarking,
            DetectorId::ClassMarking,
            DetectorId::Password,
            DetectorId::ApiKey,
            DetectorId::PrivateKey,
            DetectorId::Jwt,
            DetectorId::ConnectionString,
            DetectorId::AccessCode,
            DetectorId::SecurityDetail,
            DetectorId::Copyright,
        ];
        for id in all {
            assert_eq!(
                serde_json::to_string(&id).unwrap(),
                format!("\"{}\"", id.as_str())
            );
        }
    }
}
