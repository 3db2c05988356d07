//! Detached Ed25519 signatures over the exact bytes of a feed (DESIGN.md, "Feed"): the public
//! keys the app trusts, checking a signature against several of them (so IT can rotate keys),
//! and signing for `klippvakt-cli feed sign`. Keys and signatures travel as base64 text.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

/// A key or signature that cannot be used, or a signature that does not match.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum SignatureError {
    /// A public key that is not 32 bytes of base64.
    #[error("public key '{key}' is not a base64 Ed25519 public key ({reason}); copy the line that `klippvakt-cli feed keygen` printed")]
    PublicKey {
        /// The key as given.
        key: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A secret key file that is not 32 bytes of base64.
    #[error("the secret key is not a base64 Ed25519 key ({0}); use a file written by `klippvakt-cli feed keygen`")]
    SecretKey(String),
    /// A signature that is not 64 bytes of base64.
    #[error("the signature is not 64 bytes of base64 ({0}); sign the feed again with `klippvakt-cli feed sign`")]
    Encoding(String),
    /// No key to check against.
    #[error("no trusted public key is configured, so the signature cannot be checked")]
    NoKeys,
    /// The signature matches none of the keys.
    #[error("the signature does not match the feed for any of the {keys} trusted key(s): the feed was changed after it was signed, or signed with a key that is not trusted")]
    Mismatch {
        /// How many keys were tried.
        keys: usize,
    },
}

/// A public key the app trusts, with a short id to show ("verified by key Ab3dE9fG").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    id: String,
    key: VerifyingKey,
}

impl TrustedKey {
    /// Parses a base64 public key as `feed keygen` prints it; surrounding space is ignored.
    pub fn from_base64(text: &str) -> Result<TrustedKey, SignatureError> {
        let text = text.trim();
        let error = |reason: String| SignatureError::PublicKey {
            key: text.chars().take(60).collect(),
            reason,
        };
        let bytes: [u8; 32] = decode_exact(text).map_err(error)?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|e| error(e.to_string()))?;
        Ok(TrustedKey {
            id: key_id(text),
            key,
        })
    }

    /// The first eight characters of the base64 key: enough to tell keys apart on screen.
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// A signing key, held by IT, never by the app.
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// The key for 32 random bytes (the caller brings the randomness; core does no I/O).
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// Parses a secret key file as `feed keygen` writes it.
    pub fn from_base64(text: &str) -> Result<SecretKey, SignatureError> {
        decode_exact(text.trim())
            .map(SecretKey::from_seed)
            .map_err(SignatureError::SecretKey)
    }

    /// The secret key as `feed keygen` writes it.
    pub fn to_base64(&self) -> String {
        BASE64.encode(self.0.to_bytes())
    }

    /// The matching public key, base64, as the app's configuration takes it.
    pub fn public_base64(&self) -> String {
        BASE64.encode(self.0.verifying_key().to_bytes())
    }

    /// The detached signature of `message`, base64, as a `.sig` file holds it.
    pub fn sign(&self, message: &[u8]) -> String {
        BASE64.encode(self.0.sign(message).to_bytes())
    }
}

/// Checks a base64 detached `signature` of `message` against every trusted key; returns the
/// key that signed it.
pub fn verify<'k>(
    message: &[u8],
    signature: &str,
    keys: &'k [TrustedKey],
) -> Result<&'k TrustedKey, SignatureError> {
    if keys.is_empty() {
        return Err(SignatureError::NoKeys);
    }
    let bytes: [u8; 64] = decode_exact(signature.trim()).map_err(SignatureError::Encoding)?;
    let signature = Signature::from_bytes(&bytes);
    keys.iter()
        .find(|k| k.key.verify_strict(message, &signature).is_ok())
        .ok_or(SignatureError::Mismatch { keys: keys.len() })
}

/// Decodes base64 that must hold exactly `N` bytes.
fn decode_exact<const N: usize>(text: &str) -> Result<[u8; N], String> {
    let bytes = BASE64.decode(text).map_err(|e| e.to_string())?;
    let len = bytes.len();
    bytes
        .try_into()
        .map_err(|_| format!("{len} bytes where {N} were expected"))
}

fn key_id(base64: &str) -> String {
    base64.chars().take(8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> SecretKey {
        SecretKey::from_seed([n; 32])
    }

    fn trusted(keys: &[&SecretKey]) -> Vec<TrustedKey> {
        keys.iter()
            .map(|k| TrustedKey::from_base64(&k.public_base64()).expect("own key"))
            .collect()
    }

    const FEED: &[u8] = br#"{"schema": 1}"#;

    #[test]
    fn a_signature_verifies_with_its_key() {
        let k = key(1);
        let keys = trusted(&[&k]);
        let signer = verify(FEED, &k.sign(FEED), &keys).expect("valid");
        assert_eq!(signer.id(), &k.public_base64()[..8]);
    }

    #[test]
    fn rotation_any_trusted_key_may_sign() {
        let (old, new) = (key(1), key(2));
        let keys = trusted(&[&old, &new]);
        assert_eq!(verify(FEED, &old.sign(FEED), &keys), Ok(&keys[0]));
        assert_eq!(verify(FEED, &new.sign(FEED), &keys), Ok(&keys[1]));
        // Once the old key is dropped, its signatures no longer count.
        let keys = trusted(&[&new]);
        assert_eq!(
            verify(FEED, &old.sign(FEED), &keys),
            Err(SignatureError::Mismatch { keys: 1 })
        );
    }

    #[test]
    fn a_changed_byte_breaks_the_signature() {
        let k = key(1);
        let signature = k.sign(FEED);
        let mut tampered = FEED.to_vec();
        tampered[2] ^= 1;
        let err = verify(&tampered, &signature, &trusted(&[&k])).unwrap_err();
        assert!(
            err.to_string().contains("changed after it was signed"),
            "{err}"
        );
    }

    #[test]
    fn the_wrong_key_is_a_mismatch() {
        let err = verify(FEED, &key(1).sign(FEED), &trusted(&[&key(2), &key(3)])).unwrap_err();
        assert_eq!(err, SignatureError::Mismatch { keys: 2 });
        assert!(err.to_string().contains("2 trusted key(s)"));
    }

    #[test]
    fn without_keys_nothing_verifies() {
        assert_eq!(
            verify(FEED, &key(1).sign(FEED), &[]),
            Err(SignatureError::NoKeys)
        );
    }

    #[test]
    fn bad_encodings_say_what_is_wrong() {
        let keys = trusted(&[&key(1)]);
        let err = verify(FEED, "not base64!", &keys).unwrap_err();
        assert!(matches!(err, SignatureError::Encoding(_)), "{err}");
        let err = verify(FEED, &BASE64.encode([0u8; 10]), &keys).unwrap_err();
        assert!(err.to_string().contains("10 bytes where 64"), "{err}");
        let err = TrustedKey::from_base64("AAAA").unwrap_err().to_string();
        assert!(
            err.contains("'AAAA'") && err.contains("3 bytes where 32"),
            "{err}"
        );
        assert!(SecretKey::from_base64("x").is_err());
    }

    #[test]
    fn keys_round_trip_through_base64_with_surrounding_space() {
        let k = key(7);
        let again = SecretKey::from_base64(&format!("{}\n", k.to_base64())).expect("parses");
        assert_eq!(again.public_base64(), k.public_base64());
        let signature = format!("{}\n", k.sign(FEED));
        let keys = [TrustedKey::from_base64(&format!(" {} ", k.public_base64())).expect("key")];
        assert!(verify(FEED, &signature, &keys).is_ok());
    }
}
