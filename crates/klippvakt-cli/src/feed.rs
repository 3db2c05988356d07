//! `klippvakt-cli feed keygen | sign | verify`: IT's key pair, signing a feed before it is
//! published, and checking a published feed the way the app will.

use crate::active;
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use klippvakt_core::{verify, Feed, SecretKey, TrustedKey};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What to do with a feed.
#[derive(Debug, Subcommand)]
pub enum FeedCommand {
    /// Write a new secret key to FILE (owner-only) and print its public key (base64).
    Keygen {
        /// Where to write the secret key; an existing file is never overwritten.
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign FEED with a secret key: writes FEED.sig next to it.
    Sign(SignArgs),
    /// Check FEED's signature with the given public keys, and that the feed parses.
    Verify(VerifyArgs),
}

/// Arguments of `feed sign`.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The feed file.
    feed: PathBuf,
    /// The secret key file written by `feed keygen`.
    #[arg(long)]
    secret_key: PathBuf,
}

/// Arguments of `feed verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The feed file.
    feed: PathBuf,
    /// The signature file (default: FEED.sig).
    #[arg(long)]
    sig: Option<PathBuf>,
    /// A trusted public key, base64; repeat for several (key rotation).
    #[arg(long, required = true)]
    key: Vec<String>,
}

/// Runs a feed command.
pub fn run(command: &FeedCommand) -> Result<ExitCode> {
    match command {
        FeedCommand::Keygen { out } => keygen(out),
        FeedCommand::Sign(args) => sign(args),
        FeedCommand::Verify(args) => verify_feed(args),
    }
}

fn keygen(out: &Path) -> Result<ExitCode> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| anyhow::anyhow!("the system has no randomness to give: {e}"))?;
    let key = SecretKey::from_seed(seed);
    let mut file = create_private(out).with_context(|| {
        format!(
            "cannot create '{}' (an existing key is never overwritten; choose another path)",
            out.display()
        )
    })?;
    writeln!(file, "{}", key.to_base64())
        .with_context(|| format!("cannot write '{}'", out.display()))?;
    println!("{}", key.public_base64());
    Ok(ExitCode::SUCCESS)
}

/// A new file only its owner can read.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

fn sign(args: &SignArgs) -> Result<ExitCode> {
    let bytes = active::read_feed(&args.feed)?;
    // Signing a feed the app would reject only publishes the error: refuse it here.
    let feed = Feed::parse(&bytes).with_context(|| {
        format!(
            "'{}' is not a feed the app would accept; fix it before signing",
            args.feed.display()
        )
    })?;
    let text = std::fs::read_to_string(&args.secret_key)
        .with_context(|| format!("cannot read secret key '{}'", args.secret_key.display()))?;
    let key = SecretKey::from_base64(&text)?;
    let sig_path = sig_path(&args.feed);
    std::fs::write(&sig_path, format!("{}\n", key.sign(&bytes)))
        .with_context(|| format!("cannot write '{}'", sig_path.display()))?;
    println!(
        "signed '{}' ({} tools) with key {}: wrote '{}'",
        args.feed.display(),
        feed.tools.len(),
        &key.public_base64()[..8],
        sig_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn verify_feed(args: &VerifyArgs) -> Result<ExitCode> {
    let keys = args
        .key
        .iter()
        .map(|k| TrustedKey::from_base64(k))
        .collect::<Result<Vec<_>, _>>()?;
    let bytes = active::read_feed(&args.feed)?;
    let sig_path = args.sig.clone().unwrap_or_else(|| sig_path(&args.feed));
    let outcome = std::fs::read_to_string(&sig_path)
        .with_context(|| {
            format!(
                "no signature: cannot read '{}'; sign the feed with `klippvakt-cli feed sign`",
                sig_path.display()
            )
        })
        .and_then(|signature| Ok(verify(&bytes, &signature, &keys)?.id().to_string()))
        .and_then(|key| {
            let feed = Feed::parse(&bytes)?;
            Ok((key, feed))
        });
    match outcome {
        Ok((key, feed)) => {
            println!(
                "{}: signature valid (key {key}); {} tools from {}, updated {}",
                args.feed.display(),
                feed.tools.len(),
                feed.publisher,
                feed.updated
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("klippvakt-cli: {}: {e:#}", args.feed.display());
            Ok(ExitCode::from(1))
        }
    }
}

/// FEED.sig beside FEED.
fn sig_path(feed: &Path) -> PathBuf {
    let mut name = feed.as_os_str().to_owned();
    name.push(".sig");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_sits_beside_the_feed() {
        assert_eq!(
            sig_path(Path::new("/srv/ai/feed.json")),
            PathBuf::from("/srv/ai/feed.json.sig")
        );
    }

    #[test]
    fn keygen_never_overwrites() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("klippvakt-keygen-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("key");
        let _ = std::fs::remove_file(&path);
        drop(create_private(&path)?);
        assert!(create_private(&path).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&path)?.permissions().mode() & 0o777,
                0o600
            );
        }
        Ok(())
    }
}
