//! Fetching the feed IT publishes: HTTPS (plain HTTP only to this machine, for tests), the
//! detached signature at the same address + `.sig` when keys are configured, ETag and
//! If-Modified-Since, and the last good feed kept in the data directory. A failure never
//! replaces a good feed: the caller keeps what it has and shows the error.

use anyhow::{bail, Context, Result};
use klippvakt_core::{verify, Feed, TrustedKey, MAX_FEED_BYTES};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A feed that passed every check, with the key that signed it.
#[derive(Debug, Clone)]
pub struct Accepted {
    /// The feed.
    pub feed: Feed,
    /// The id of the key that verified it; `None` when no keys are configured.
    pub verified_by: Option<String>,
}

/// What a fetch found.
#[derive(Debug)]
pub enum Fetched {
    /// A new feed, now also in the cache.
    New(Accepted),
    /// The server says the cached feed is current.
    NotModified,
}

/// Validators of the cached copy, for a conditional request.
#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheMeta {
    etag: Option<String>,
    last_modified: Option<String>,
    url: String,
}

/// The feed cache in the data directory.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache in `dir`.
    pub fn new(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
        }
    }

    fn feed_path(&self) -> PathBuf {
        self.dir.join("feed.json")
    }

    fn sig_path(&self) -> PathBuf {
        self.dir.join("feed.json.sig")
    }

    fn meta_path(&self) -> PathBuf {
        self.dir.join("feed.meta.json")
    }

    /// The last good feed, checked again as if fetched (the keys may have changed since).
    pub fn load(&self, keys: &[TrustedKey]) -> Result<Accepted> {
        let bytes = std::fs::read(self.feed_path()).context("no cached feed")?;
        let signature = std::fs::read_to_string(self.sig_path()).ok();
        accept(&bytes, signature.as_deref(), keys)
    }

    fn meta(&self, url: &str) -> CacheMeta {
        std::fs::read(self.meta_path())
            .ok()
            .and_then(|b| serde_json::from_slice::<CacheMeta>(&b).ok())
            .filter(|m| m.url == url)
            .unwrap_or_default()
    }

    fn store(&self, bytes: &[u8], signature: Option<&str>, meta: &CacheMeta) -> Result<()> {
        std::fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create '{}'", self.dir.display()))?;
        // Write beside, then rename: a crash never leaves half a feed.
        let write = |path: PathBuf, data: &[u8]| -> Result<()> {
            let tmp = path.with_extension("tmp");
            std::fs::write(&tmp, data)?;
            std::fs::rename(&tmp, &path)?;
            Ok(())
        };
        write(self.feed_path(), bytes)?;
        match signature {
            Some(s) => write(self.sig_path(), s.as_bytes())?,
            None => {
                let _ = std::fs::remove_file(self.sig_path());
            }
        }
        write(self.meta_path(), &serde_json::to_vec(meta)?)?;
        Ok(())
    }
}

/// Parses the trusted keys of the settings; a bad one is an error that names it.
pub fn trusted_keys(keys: &[String]) -> Result<Vec<TrustedKey>> {
    Ok(keys
        .iter()
        .map(|k| TrustedKey::from_base64(k))
        .collect::<Result<Vec<_>, _>>()?)
}

/// Checks the signature (when keys are configured) and the feed.
fn accept(bytes: &[u8], signature: Option<&str>, keys: &[TrustedKey]) -> Result<Accepted> {
    let verified_by = if keys.is_empty() {
        None
    } else {
        let signature =
            signature.context("the feed is not signed, but signing keys are configured")?;
        Some(verify(bytes, signature, keys)?.id().to_string())
    };
    Ok(Accepted {
        feed: Feed::parse(bytes)?,
        verified_by,
    })
}

/// Fetches `url` (and `url.sig` when keys are configured), conditionally on the cached copy.
pub async fn fetch(
    client: &reqwest::Client,
    url: &str,
    keys: &[TrustedKey],
    cache: &Cache,
) -> Result<Fetched> {
    check_address(url)?;
    let meta = cache.meta(url);
    let mut request = client.get(url);
    if let Some(etag) = &meta.etag {
        request = request.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    if let Some(date) = &meta.last_modified {
        request = request.header(reqwest::header::IF_MODIFIED_SINCE, date);
    }
    let response = request
        .send()
        .await
        .with_context(|| format!("cannot reach {url}"))?;
    if response.status() == reqwest::StatusCode::NOT_MODIFIED && cache.feed_path().exists() {
        return Ok(Fetched::NotModified);
    }
    if !response.status().is_success() {
        bail!("{url} answered {}", response.status());
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let new_meta = CacheMeta {
        etag: header(reqwest::header::ETAG),
        last_modified: header(reqwest::header::LAST_MODIFIED),
        url: url.to_string(),
    };
    let bytes = read_capped(response, MAX_FEED_BYTES).await?;
    let signature = if keys.is_empty() {
        None
    } else {
        let sig_url = format!("{url}.sig");
        let response = client
            .get(&sig_url)
            .send()
            .await
            .with_context(|| format!("cannot reach {sig_url}"))?;
        if !response.status().is_success() {
            bail!("no signature: {sig_url} answered {}", response.status());
        }
        Some(String::from_utf8_lossy(&read_capped(response, 1024).await?).into_owned())
    };
    let accepted = accept(&bytes, signature.as_deref(), keys)?;
    cache.store(&bytes, signature.as_deref(), &new_meta)?;
    Ok(Fetched::New(accepted))
}

/// HTTPS, or HTTP to this machine only.
fn check_address(url: &str) -> Result<()> {
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
    if url.starts_with("https://")
        || local.iter().any(|p| {
            url.strip_prefix(p)
                .is_some_and(|r| r.starts_with([':', '/']))
        })
    {
        Ok(())
    } else {
        bail!("the feed address '{url}' must start with https://")
    }
}

/// The body, but never more than `limit` bytes of it.
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        bail!("the answer is larger than {limit} bytes; is this the feed?");
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            bail!("the answer is larger than {limit} bytes; is this the feed?");
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use klippvakt_core::SecretKey;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpListener;
    use std::sync::{Arc, Mutex};

    #[test]
    fn only_https_or_this_machine() {
        assert!(check_address("https://intranet.kommun.se/ai/feed.json").is_ok());
        assert!(check_address("http://127.0.0.1:8080/feed.json").is_ok());
        assert!(check_address("http://localhost/feed.json").is_ok());
        let err = check_address("http://intranet/feed.json")
            .unwrap_err()
            .to_string();
        assert!(err.contains("must start with https://"), "{err}");
        assert!(check_address("http://localhost.evil.example/feed.json").is_err());
    }

    /// What the test server answers for each path: status, headers, body.
    type Routes = Arc<Mutex<Vec<(String, u16, Vec<(String, String)>, Vec<u8>)>>>;

    /// A real HTTP/1.1 server on 127.0.0.1 that answers from `routes` and records each
    /// request's first line and If-None-Match header.
    fn serve(routes: Routes) -> (String, Arc<Mutex<Vec<String>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut first = String::new();
                let _ = reader.read_line(&mut first);
                let mut line = String::new();
                let mut etag = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    if let Some(v) = line.to_ascii_lowercase().strip_prefix("if-none-match:") {
                        etag = v.trim().to_string();
                    }
                    line.clear();
                }
                let path = first.split(' ').nth(1).unwrap_or("").to_string();
                log.lock().expect("log").push(format!("{path} {etag}"));
                let routes = routes.lock().expect("routes").clone();
                let (status, headers, body) = routes
                    .iter()
                    .find(|(p, ..)| *p == path)
                    .map(|(_, s, h, b)| (*s, h.clone(), b.clone()))
                    .unwrap_or((404, Vec::new(), Vec::new()));
                let (status, body) = match headers.iter().find(|(k, _)| k == "ETag") {
                    Some((_, v)) if *v == etag => (304, Vec::new()),
                    _ => (status, body),
                };
                let mut out = stream;
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                for (k, v) in &headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                let _ = out.write_all(head.as_bytes());
                let _ = out.write_all(&body);
            }
        });
        (base, seen)
    }

    fn feed_bytes(publisher: &str) -> Vec<u8> {
        let mut v: serde_json::Value =
            serde_json::to_value(Feed::builtin()).expect("builtin feed as JSON");
        v["publisher"] = publisher.into();
        serde_json::to_vec(&v).expect("JSON")
    }

    fn route(
        path: &str,
        status: u16,
        etag: Option<&str>,
        body: &[u8],
    ) -> (String, u16, Vec<(String, String)>, Vec<u8>) {
        let headers = etag
            .map(|e| vec![("ETag".to_string(), e.to_string())])
            .unwrap_or_default();
        (path.to_string(), status, headers, body.to_vec())
    }

    #[test]
    fn fetch_verify_cache_and_keep_the_last_good_feed() {
        let key = SecretKey::from_seed([9; 32]);
        let keys = trusted_keys(&[key.public_base64()]).expect("key");
        let good = feed_bytes("IT v1");
        let routes: Routes = Arc::new(Mutex::new(vec![
            route("/feed.json", 200, Some("\"v1\""), &good),
            route("/feed.json.sig", 200, None, key.sign(&good).as_bytes()),
        ]));
        let (base, seen) = serve(routes.clone());
        let url = format!("{base}/feed.json");
        let dir = std::env::temp_dir().join(format!("klippvakt-feed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cache = Cache::new(&dir);
        let client = reqwest::Client::new();
        let fetch_now = || tauri::async_runtime::block_on(fetch(&client, &url, &keys, &cache));

        match fetch_now().expect("first fetch") {
            Fetched::New(a) => {
                assert_eq!(a.feed.publisher, "IT v1");
                assert_eq!(a.verified_by.as_deref(), Some(&key.public_base64()[..8]));
            }
            Fetched::NotModified => panic!("nothing was cached yet"),
        }
        assert!(matches!(
            fetch_now().expect("second fetch"),
            Fetched::NotModified
        ));
        assert!(
            seen.lock()
                .expect("log")
                .iter()
                .any(|r| r == "/feed.json \"v1\""),
            "conditional request"
        );

        let set = |path: &str, body: &[u8], etag: Option<&str>| {
            let mut r = routes.lock().expect("routes");
            r.retain(|(p, ..)| p != path);
            r.push(route(path, 200, etag, body));
        };
        // A changed byte with the old signature, garbage, a feed too large, no signature:
        // each is an error that says why, and the cache keeps the last good feed.
        let mut tampered = good.clone();
        tampered[20] ^= 1;
        set("/feed.json", &tampered, Some("\"v2\""));
        let err = format!("{:#}", fetch_now().unwrap_err());
        assert!(err.contains("changed after it was signed"), "{err}");
        set("/feed.json", b"<html>Logga in</html>", Some("\"v3\""));
        let err = format!("{:#}", fetch_now().unwrap_err());
        assert!(
            err.contains("not valid JSON") || err.contains("signature"),
            "{err}"
        );
        set(
            "/feed.json",
            &vec![b' '; MAX_FEED_BYTES + 1],
            Some("\"v4\""),
        );
        let err = format!("{:#}", fetch_now().unwrap_err());
        assert!(err.contains("larger than"), "{err}");
        let v5 = feed_bytes("IT v5");
        set("/feed.json", &v5, Some("\"v5\""));
        routes
            .lock()
            .expect("routes")
            .retain(|(p, ..)| p != "/feed.json.sig");
        let err = format!("{:#}", fetch_now().unwrap_err());
        assert!(err.contains("no signature"), "{err}");
        assert_eq!(
            cache.load(&keys).expect("last good").feed.publisher,
            "IT v1"
        );

        // Signed again: accepted and cached.
        set("/feed.json.sig", key.sign(&v5).as_bytes(), None);
        assert!(matches!(fetch_now().expect("v5"), Fetched::New(_)));
        assert_eq!(cache.load(&keys).expect("cached").feed.publisher, "IT v5");
        // A cached feed is checked again on load: with another key it is refused.
        let other = trusted_keys(&[SecretKey::from_seed([8; 32]).public_base64()]).expect("key");
        assert!(cache.load(&other).is_err());
    }
}
