//! `klippvakt-cli feed keygen | sign | verify` as IT uses them: a key pair, a signed feed,
//! a tampered byte, the wrong key, key rotation, a missing signature, an invalid feed.

mod common;

use common::{installer, run, temp_dir, text};
use std::path::{Path, PathBuf};
use std::process::Output;

fn keygen(dir: &Path, name: &str) -> (PathBuf, String) {
    let secret = dir.join(name);
    let out = run(&["feed", "keygen", "--out", &secret.to_string_lossy()]);
    assert!(out.status.success(), "{:?}", text(&out));
    (secret, text(&out).0.trim().to_string())
}

fn run_sign(feed: &Path, secret: &Path) -> Output {
    run(&[
        "feed",
        "sign",
        &feed.to_string_lossy(),
        "--secret-key",
        &secret.to_string_lossy(),
    ])
}

fn sign(feed: &Path, secret: &Path) {
    let out = run_sign(feed, secret);
    assert!(out.status.success(), "{:?}", text(&out));
}

fn verify(feed: &Path, keys: &[&str]) -> (Option<i32>, String) {
    let feed = feed.to_string_lossy();
    let mut args = vec!["feed", "verify", &feed];
    for k in keys {
        args.extend(["--key", k]);
    }
    let out = run(&args);
    let (stdout, stderr) = text(&out);
    (out.status.code(), stdout + &stderr)
}

fn copy_sample(dir: &Path) -> PathBuf {
    let feed = dir.join("feed.json");
    std::fs::copy(installer("sample-feed.json"), &feed).expect("copy sample feed");
    feed
}

#[test]
fn sign_then_verify_and_every_way_it_fails() {
    let dir = temp_dir("feed-roundtrip");
    let (secret, public) = keygen(&dir, "it.key");
    assert_eq!(public.len(), 44, "32 bytes of base64: {public}");
    let feed = copy_sample(&dir);
    sign(&feed, &secret);
    let (code, said) = verify(&feed, &[&public]);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains(&format!("signature valid (key {})", &public[..8])),
        "{said}"
    );

    // The wrong key.
    let (_, other) = keygen(&dir, "other.key");
    let (code, said) = verify(&feed, &[&other]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("does not match the feed for any of the 1 trusted key(s)"),
        "{said}"
    );

    // One changed byte.
    let mut bytes = std::fs::read(&feed).expect("read");
    let at = bytes.iter().position(|&b| b == b'K').expect("a K");
    bytes[at] = b'X';
    std::fs::write(&feed, &bytes).expect("write");
    let (code, said) = verify(&feed, &[&public]);
    assert_eq!(code, Some(1));
    assert!(said.contains("changed after it was signed"), "{said}");

    // No signature at all.
    std::fs::remove_file(dir.join("feed.json.sig")).expect("remove sig");
    let (code, said) = verify(&feed, &[&public]);
    assert_eq!(code, Some(1));
    assert!(said.contains("no signature: cannot read"), "{said}");
}

#[test]
fn rotation_old_and_new_key_both_trusted() {
    let dir = temp_dir("feed-rotation");
    let (old_secret, old) = keygen(&dir, "old.key");
    let (new_secret, new) = keygen(&dir, "new.key");
    let feed = copy_sample(&dir);
    sign(&feed, &old_secret);
    assert_eq!(verify(&feed, &[&old, &new]).0, Some(0));
    sign(&feed, &new_secret);
    let (code, said) = verify(&feed, &[&old, &new]);
    assert_eq!(code, Some(0));
    assert!(said.contains(&new[..8]), "{said}");
    assert_eq!(
        verify(&feed, &[&old]).0,
        Some(1),
        "the old key alone no longer verifies"
    );
}

#[test]
fn a_validly_signed_feed_that_does_not_parse_fails_verification() {
    let dir = temp_dir("feed-invalid");
    let (secret, public) = keygen(&dir, "it.key");
    let feed = dir.join("feed.json");
    std::fs::write(&feed, br#"{"schema": 1}"#).expect("write");
    let out = run_sign(&feed, &secret);
    assert_eq!(
        out.status.code(),
        Some(2),
        "sign refuses a feed the app would reject"
    );
    let (_, stderr) = text(&out);
    assert!(
        stderr.contains("not a feed the app would accept")
            && stderr.contains("missing field `publisher`"),
        "{stderr}"
    );
    // Signed anyway, with the library: the signature is good, the feed is not.
    let key = std::fs::read_to_string(&secret).expect("secret");
    let key = klippvakt_core::SecretKey::from_base64(&key).expect("key");
    std::fs::write(dir.join("feed.json.sig"), key.sign(br#"{"schema": 1}"#)).expect("sig");
    let (code, said) = verify(&feed, &[&public]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("missing field `publisher`"), "{said}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp_dir("feed-usage");
    let feed = copy_sample(&dir);
    let (code, said) = verify(&feed, &["not-a-key"]);
    assert_eq!(code, Some(2));
    assert!(
        said.contains("public key 'not-a-key' is not a base64 Ed25519 public key"),
        "{said}"
    );
    assert_eq!(
        run(&["feed", "verify", &feed.to_string_lossy()])
            .status
            .code(),
        Some(2),
        "--key is required"
    );
    let (secret, _) = keygen(&dir, "it.key");
    let again = run(&["feed", "keygen", "--out", &secret.to_string_lossy()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again).1.contains("never overwritten"),
        "{:?}",
        text(&again)
    );
    let missing = dir.join("missing.json");
    assert_eq!(verify(&missing, &[&"A".repeat(43)]).0, Some(2));
}

#[test]
fn the_sample_feed_in_installer_verifies_with_its_published_key() {
    let key = std::fs::read_to_string(installer("sample-feed.pub")).expect("sample key");
    let (code, said) = verify(Path::new(&installer("sample-feed.json")), &[key.trim()]);
    assert_eq!(code, Some(0), "{said}");
}
