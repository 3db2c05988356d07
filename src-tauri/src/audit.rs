//! The audit trail: one JSON line per warning (time, tool id, class, categories, rule ids,
//! action) in a rolling local file, and the same line in the OS log (syslog/journald through
//! `/dev/log` on Linux, the Application event log, source "Klippvakt", on Windows). Never any
//! clipboard text: a [`Record`] cannot hold it.

use crate::monitor::Record;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The file rolls over to `audit.1.jsonl` at this size.
const ROLL_BYTES: u64 = 1024 * 1024;

/// One line of the audit log.
#[derive(Debug, Serialize)]
struct Line<'a> {
    time: String,
    action: &'a str,
    #[serde(flatten)]
    record: &'a Record,
}

/// The local audit file.
pub struct AuditLog {
    path: PathBuf,
}

impl AuditLog {
    /// The log in `dir` (created when needed).
    pub fn new(dir: &Path) -> AuditLog {
        AuditLog {
            path: dir.join("audit.jsonl"),
        }
    }

    /// Appends one event to the file and the OS log. Failures are logged, never fatal.
    pub fn write(&self, record: &Record, action: &str) {
        let line = Line {
            time: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            action,
            record,
        };
        let Ok(json) = serde_json::to_string(&line) else {
            return;
        };
        if let Err(e) = self.append(&json) {
            log::warn!("audit log '{}' not written: {e}", self.path.display());
        }
        os_log(&json);
    }

    fn append(&self, json: &str) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if std::fs::metadata(&self.path).is_ok_and(|m| m.len() >= ROLL_BYTES) {
            std::fs::rename(&self.path, self.path.with_extension("1.jsonl"))?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        writeln!(file, "{json}")
    }
}

/// Syslog (journald reads it too): facility user, severity notice.
#[cfg(unix)]
fn os_log(json: &str) {
    let socket = std::os::unix::net::UnixDatagram::unbound();
    let message = format!("<13>klippvakt[{}]: audit {json}", std::process::id());
    if let Err(e) = socket.and_then(|s| s.send_to(message.as_bytes(), "/dev/log")) {
        log::debug!("no syslog: {e}");
    }
}

/// The Application event log, source "Klippvakt" (the MSI registers it), event id 1000.
#[cfg(windows)]
fn os_log(json: &str) {
    use windows_sys::Win32::System::EventLog::{
        DeregisterEventSource, RegisterEventSourceW, ReportEventW, EVENTLOG_INFORMATION_TYPE,
    };
    let wide = |s: &str| s.encode_utf16().chain([0]).collect::<Vec<u16>>();
    let source = wide("Klippvakt");
    let message = wide(&format!("audit {json}"));
    // SAFETY: null server = this machine; `source` is NUL-terminated and outlives the call.
    let log = unsafe { RegisterEventSourceW(std::ptr::null(), source.as_ptr()) };
    if log.is_null() {
        log::debug!("no event log");
        return;
    }
    let strings = [message.as_ptr()];
    // SAFETY: one NUL-terminated string, no raw data; `log` is deregistered once below.
    unsafe {
        ReportEventW(
            log,
            EVENTLOG_INFORMATION_TYPE,
            0,
            1000,
            std::ptr::null_mut(),
            1,
            0,
            strings.as_ptr(),
            std::ptr::null(),
        );
        DeregisterEventSource(log);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        Record::chatgpt_example()
    }

    #[test]
    fn lines_hold_ids_and_roll_over() -> std::io::Result<()> {
        let dir = std::env::temp_dir().join(format!("klippvakt-audit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let log = AuditLog::new(&dir);
        log.write(&record(), "notified");
        let text = std::fs::read_to_string(dir.join("audit.jsonl"))?;
        let line: serde_json::Value = serde_json::from_str(text.trim()).expect("JSON");
        assert_eq!(line["tool"], "chatgpt");
        assert_eq!(line["class"], "K2");
        assert_eq!(line["categories"], serde_json::json!(["personal_data"]));
        assert_eq!(line["rules"], serde_json::json!(["D", "E"]));
        assert_eq!(line["action"], "notified");
        assert!(line["time"].as_str().is_some_and(|t| t.ends_with('Z')));
        std::fs::write(dir.join("audit.jsonl"), vec![b'x'; ROLL_BYTES as usize])?;
        log.write(&record(), "notified");
        assert!(dir.join("audit.1.jsonl").exists());
        assert_eq!(
            std::fs::read_to_string(dir.join("audit.jsonl"))?
                .lines()
                .count(),
            1
        );
        Ok(())
    }
}
