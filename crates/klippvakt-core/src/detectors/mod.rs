//! The detectors, one module a family, and the one list that registers them.

/// Table tests of the detectors, one line a case, each case its own named test:
/// `finds! { name: "text" => [Personnummer, PersonName]; }` checks the detectors that fire,
/// `categories! { name: "text" => [PersonalData]; }` the categories of the classification.
#[cfg(test)]
macro_rules! finds {
    ($($name:ident: $text:expr => [$($id:ident),*];)*) => {$(
        #[test]
        fn $name() {
            let text: &str = &$text;
            let ids: Vec<$crate::finding::DetectorId> =
                $crate::classify(text).findings.iter().map(|f| f.detector).collect();
            assert_eq!(ids, vec![$($crate::finding::DetectorId::$id),*], "{}", text);
        }
    )*};
}

#[cfg(test)]
macro_rules! categories {
    ($($name:ident: $text:expr => [$($c:ident),*];)*) => {$(
        #[test]
        fn $name() {
            let text: &str = &$text;
            let expected: Vec<$crate::category::Category> = vec![$($crate::category::Category::$c),*];
            assert_eq!($crate::classify(text).categories, expected, "{}", text);
        }
    )*};
}

mod contact;
mod copyright;
mod credentials;
mod financial;
pub(crate) mod identity;
mod names;
mod secrecy;
pub(crate) mod sensitive;

use crate::registry::{BuildError, Detector};

/// Every detector, in the order they run: personal-data detectors first, so that the
/// context detectors after them (health and social context, protected identity) can see
/// whom a text is about.
pub(crate) fn all() -> Result<Vec<Box<dyn Detector>>, BuildError> {
    Ok(vec![
        Box::new(identity::PersonnummerDetector),
        Box::new(identity::LabelledNumberDetector::new()?),
        Box::new(financial::FinancialDetector::new()?),
        Box::new(financial::BankAccountDetector::new()?),
        Box::new(contact::EmailDetector::new()?),
        Box::new(contact::PhoneDetector),
        Box::new(contact::AddressDetector::new()?),
        Box::new(contact::Ipv4Detector::new()?),
        Box::new(contact::Ipv6Detector),
        Box::new(names::NameDetector::new()),
        Box::new(sensitive::SensitiveDetector::new()?),
        Box::new(secrecy::ProtectedIdentityDetector),
        Box::new(secrecy::SecrecyDetector::new()?),
        Box::new(credentials::CredentialDetector::new()?),
        Box::new(copyright::CopyrightDetector::new()?),
    ])
}
