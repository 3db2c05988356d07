//! The feed and policy pack a command works with: `--feed FILE` or the built-in default feed,
//! and `--pack ID` or the pack the feed names.

use anyhow::{bail, Context, Result};
use klippvakt_core::{Feed, PolicyPack, MAX_FEED_BYTES};
use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// The feed in `path`, or the built-in one.
pub fn feed(path: Option<&Path>) -> Result<Cow<'static, Feed>> {
    let Some(path) = path else {
        return Ok(Cow::Borrowed(Feed::builtin()));
    };
    let bytes = read_feed(path)?;
    let feed = Feed::parse(&bytes).with_context(|| format!("feed '{}'", path.display()))?;
    Ok(Cow::Owned(feed))
}

/// A feed file's bytes, never more than one byte past the limit (so a huge file is reported
/// as too large without being read whole).
pub fn read_feed(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FEED_BYTES as u64 + 1).read_to_end(&mut bytes))
        .with_context(|| format!("cannot read feed '{}'", path.display()))?;
    Ok(bytes)
}

/// `--pack ID` if given, else the feed's own.
pub fn pack<'f>(feed: &'f Feed, id: Option<&str>) -> Result<&'f PolicyPack> {
    match id {
        Some(id) => match PolicyPack::builtin(id) {
            Some(pack) => Ok(pack),
            None => bail!(
                "no built-in policy pack '{id}'; use one of: {}",
                PolicyPack::builtin_ids().join(", ")
            ),
        },
        None => feed
            .pack()
            .context("the feed names no usable policy pack; give one with --pack"),
    }
}
