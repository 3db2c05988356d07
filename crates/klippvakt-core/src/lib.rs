//! Klippvakt's core: the local classifier for Swedish municipal text.
//!
//! Everything here is a pure function of its input: no I/O, no threads, no clock. The tray
//! app and the CLI feed it text and act on what it returns.
//!
//! ```
//! use klippvakt_core::{classify, Category};
//! let c = classify("Patient Emma Johansson, 199107222847, har typ 1-diabetes.");
//! assert!(c.has(Category::PersonalData));
//! assert!(c.has(Category::SensitivePersonalData));
//! ```
#![deny(missing_docs)]

mod category;
mod classify;
mod cue;
mod decision;
mod detectors;
mod feed;
mod finding;
mod gate;
mod language;
mod lexer;
mod notice;
mod policy;
mod registry;
mod sieve;
mod signature;
mod text;
mod tool;
mod window;
mod wordmap;

pub use category::{Category, InfoClass};
pub use classify::{classify, Classification, Classifier, MAX_SCAN_BYTES};
pub use decision::{decide, Decision, Verdict};
pub use detectors::identity::{is_organisation_number, is_valid_personnummer, IdentityKind};
pub use feed::{Feed, FeedError, Links, PolicySource, FEED_SCHEMA, MAX_FEED_BYTES};
pub use finding::{DetectorId, Finding};
pub use gate::{NotificationGate, MIN_INTERVAL_MS};
pub use language::{describe, Language};
pub use notice::Notice;
pub use policy::{builtin_packs, PolicyError, PolicyPack, Rule, ToolKind, ToolRules, When};
pub use registry::BuildError;
pub use signature::{verify, SecretKey, SignatureError, TrustedKey};
pub use tool::{Tool, ToolMatch};
pub use window::Window;
