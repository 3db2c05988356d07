//! Credentials and internal security details: passwords (in code, in prose, on a command
//! line as `curl -u`, `mysql -p` and `sshpass -p` take them, in PowerShell's
//! `-AsPlainText`), API keys and tokens of the common providers, private key blocks, JWTs,
//! connection strings with passwords, cloud access keys, alarm and door codes, and
//! descriptions of unpatched systems or admin accounts without MFA (two weaknesses, or one
//! with the system's address). Password *policies* and code that reads secrets from the
//! environment are open.

use crate::category::{Category, InfoClass};
use crate::finding::{DetectorId, Finding};
use crate::registry::{compile, BuildError, Detector, Reach, Scan, TriggerUse};
use crate::text::{line_at, prev_char};
use regex::{Captures, Match, Regex};

/// The detector's patterns, in the order of [`TRIGGERS`].
#[derive(Clone, Copy)]
enum Pattern {
    Tokens,
    PrivateKey,
    Jwt,
    UrlPassword,
    KeyValue,
    ProsePassword,
    UserPass,
    PlainText,
    CommandLine,
    AccessCode,
    Weakness,
}

/// The trigger words of each [`Pattern`], in order: every match of the pattern holds one of
/// them within reach, and it is searched for only around them.
const TRIGGERS: [&[&str]; 11] = [
    &[
        "sk-*",
        "ghp_*",
        "gho_*",
        "ghu_*",
        "ghs_*",
        "ghr_*",
        "github_pat_*",
        "glpat-*",
        "xoxa-*",
        "xoxb-*",
        "xoxp-*",
        "xoxr-*",
        "xoxs-*",
        "akia*",
        "asia*",
        "aiza*",
        "sk_live_*",
        "rk_live_*",
        "sg.*",
        "hf_*",
        "npm_*",
        "accountkey*",
        "hooks.slack*",
    ],
    &["private key*"],
    &["eyj*"],
    &["*://*"],
    &[
        "*passw*",
        "*pwd*",
        "*_pass*",
        "*secret*",
        "*token*",
        "*api_key*",
        "*apikey*",
        "*access_key*",
        "*accesskey*",
        "*private_key*",
        "*privatekey*",
    ],
    &["*lösen*", "*passw*"],
    &["user", "username", "användare", "användarnamn", "login"],
    &["asplaintext"],
    &["curl", "mysql*", "mariadb*", "sshpass"],
    &["*kod*", "code*", "pin"],
    &[
        "*patch*",
        "mfa",
        "*admin*",
        "internet*",
        "*sårbarhet*",
        "vulnerab*",
        "*lösen*",
        "*passw*",
    ],
];

/// Known token formats of the common providers (OpenAI, Anthropic, GitHub, GitLab, Slack,
/// AWS, Google, Stripe, SendGrid, Hugging Face, npm, Azure storage, Slack webhooks).
const TOKENS: &[&str] = &[
    r"(?-u:\b)sk-(?:proj-|ant-(?:api[0-9][0-9]-)?|live-)?[A-Za-z0-9_-]{20,}",
    r"(?-u:\b)(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}",
    r"(?-u:\b)github_pat_[A-Za-z0-9_]{40,}",
    r"(?-u:\b)glpat-[A-Za-z0-9_-]{20,}",
    r"(?-u:\b)xox[abprs]-[A-Za-z0-9-]{10,}",
    r"(?-u:\b)(?:AKIA|ASIA)[0-9A-Z]{16}(?-u:\b)",
    r"(?-u:\b)AIza[0-9A-Za-z_-]{35}",
    r"(?-u:\b)(?:sk|rk)_live_[0-9A-Za-z]{20,}",
    r"(?-u:\b)SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}",
    r"(?-u:\b)hf_[A-Za-z0-9]{30,}",
    r"(?-u:\b)npm_[A-Za-z0-9]{36}",
    r"(?i)(?-u:\b)AccountKey=[A-Za-z0-9+/=]{40,}",
    r"https://hooks\.slack\.com/services/[A-Za-z0-9/]+",
];

/// A secret assigned to a key, the value last: "SMTP_PASSWORD=…", "api_key: '…'",
/// "$ssh_pass = …" ("pass" alone may be a work shift or a passport). The
/// detector reads where the value starts with [`assigned_at`].
const KEY_VALUE: &str = r#"(?:password|passwd|pwd|[a-z0-9]+_pass(?-u:\b)|secret|token|api_?key|access_?key|private_?key|client_?secret)[a-z0-9_]*["']?\s*[:=]\s*["']?[^\s"',;]{6,}"#;

/// A password given in prose, the value last: "lösenord Tallbacken-4471", "lösenordet ska
/// vara …", and for something named ("lösenordet till wifi-nätet är …", "password for the
/// admin account: …"), where a verb, or a colon and white space, must follow the name, so
/// that neither "lösenordet till banken ändras 2024-01-01" nor "lösenord på https://…" is
/// read as one. The name ends no sentence: in "lösenord till Visma. Mitt användarnamn är
/// anna.berg" the value is a user name.
fn prose_password() -> String {
    let verb = "(?:är|blir|ska vara|är satt till|is|was)";
    let word = r"\S*[^\s.!?]";
    let named = format!(r"\s+(?:till|för|på|to|for|of)\s+{word}(?:\s+{word}){{0,2}}?");
    format!(
        r#"(?-u:\b)(?:lösenord(?:et)?|password|passwd|lösen)(?:{named}(?:\s+{verb}\s*[:=]?|\s*[:=]\s)|(?:\s+{verb})?\s*[:=]?)\s*["'»”]?(?P<v>[^\s"'«»”,]{{6,}})"#
    )
}

/// Values that stand in for a secret without being one.
const PLACEHOLDERS: &[&str] = &[
    "password",
    "lösenord",
    "changeme",
    "example",
    "secret",
    "xxxx",
    "****",
    "...",
    "<",
    "${",
    "{{",
    "%",
    "$",
    "os.",
    "process.",
    "env",
    "getenv",
    "config",
    "settings",
    "none",
    "null",
    "undefined",
    "your",
    "din",
    "ditt",
    "todo",
];

/// Credentials and security details.
pub(crate) struct CredentialDetector {
    tokens: Regex,
    private_key: Regex,
    jwt: Regex,
    url_password: Regex,
    key_value: Regex,
    prose_password: Regex,
    user_pass: Regex,
    plain_text: Regex,
    command_line: Regex,
    access_code: Regex,
    weakness: Regex,
    uses: TriggerUse,
}

impl CredentialDetector {
    pub(crate) fn new() -> Result<Self, BuildError> {
        let name = "credentials";
        Ok(Self {
            tokens: compile(
                name,
                &TOKENS
                    .iter()
                    .map(|t| format!("(?:{t})"))
                    .collect::<Vec<_>>()
                    .join("|"),
            )?,
            private_key: compile(name, r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----")?,
            jwt: compile(
                name,
                r"(?-u:\b)eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
            )?,
            url_password: compile(
                name,
                r"(?-u:\b)[a-z][a-z0-9+.-]{1,20}://[^\s:/@]+:(?P<v>[^\s@/]{3,})@[^\s/]+",
            )?,
            key_value: compile(name, KEY_VALUE)?,
            prose_password: compile(name, &prose_password())?,
            // "user: konsult.ab pass: Vinter#2025", "user: admsoc01 / pw: …": after a user
            // name, "pass" is the password (alone it may be a passport or a work shift).
            user_pass: compile(
                name,
                r#"(?-u:\b)(?:user|username|användare|användarnamn|login)\s*[:=]\s*\S+\s+(?:[/,;|]\s*)?(?:pass|pw)\s*[:=]\s*["']?[^\s"',;]{6,}"#,
            )?,
            // PowerShell's `ConvertTo-SecureString "…" -AsPlainText`: the string is a secret
            // written into the script.
            plain_text: compile(name, r#"["'](?P<v>[^\s"']{6,})["']\s+-asplaintext"#)?,
            // A password on a command line: `curl -u admin:S3rv!ce2024 …` after the user
            // name, `mysql -u root -pHemligt1` and `--password=…` (not `-p` alone, which
            // asks for it), `sshpass -p …`.
            command_line: compile(
                name,
                concat!(
                    r#"(?-u:\b)(?:curl\s(?:[^\n]*?\s)?(?:-u|--user)\s+["']?[^\s:"']+:"#,
                    r#"|(?:mysql|mysqldump|mysqladmin|mariadb)\s(?:[^\n]*?\s)?(?:-p|--password=)["']?"#,
                    r#"|sshpass\s+-p\s*["']?)(?P<v>[^\s"']{4,})"#,
                ),
            )?,
            access_code: compile(
                name,
                r"(?:larmkod(?:en)?|portkod(?:en)?|dörrkod(?:en)?|nyckelkod(?:en)?|låskod(?:en)?|grindkod(?:en)?|entrékod(?:en)?|pin(?:kod(?:en)?)?|pin-kod(?:en)?|kod(?:en)?|alarm code|door code)(?-u:\b)[^.\n0-9]{0,40}?(?P<v>[0-9]{4,8}#?)",
            )?,
            weakness: compile(
                name,
                r"inte (?:är )?patchad|ej patchad|opatchad|unpatched|not patched|saknar mfa|utan mfa|without mfa|no mfa|domänadministratör\w*|domain admin\w*|öpp(?:en|et|na) mot internet|exponera(?:d|t|de) mot internet|open to the internet|exposed to the internet|känd (?:kritisk )?sårbarhet|known (?:critical )?vulnerabilit\w*|standardlösenord\w*|default password",
            )?,
            uses: TriggerUse::new(&TRIGGERS),
        })
    }
}

/// Whether `line` holds four numbers of one to three digits joined by dots (194.71.12.40).
fn has_ipv4(line: &str) -> bool {
    line.split(|c: char| !c.is_ascii_digit() && c != '.')
        .map(|token| token.trim_matches('.'))
        .any(|token| {
            let parts: Vec<&str> = token.split('.').collect();
            parts.len() == 4 && parts.iter().all(|p| (1..=3).contains(&p.len()))
        })
}

/// Whether a value stands in for a secret or reads one from elsewhere.
fn placeholder(v: &str) -> bool {
    let lower = v.to_lowercase();
    PLACEHOLDERS.iter().any(|p| lower.starts_with(p)) || v.contains(['(', '['])
}

/// Whether a value looks like a real secret: not a placeholder, not a call, and not a plain
/// word (a digit or a symbol, or mixed case).
fn secret_like(v: &str) -> bool {
    let digit = v.chars().any(|c| c.is_ascii_digit());
    let symbol = v.chars().any(|c| !c.is_alphanumeric());
    let mixed = v.chars().any(char::is_uppercase)
        && v.chars().skip(1).any(char::is_lowercase)
        && v.chars().skip(1).any(char::is_uppercase);
    digit || symbol || mixed
}

/// Where the value starts in a match of the key-value pattern: after the first ":" or "="
/// (neither can stand in the key before it), white space and one quote. Read from the match
/// instead of a capture group, which would cost the regex engine a second, slower pass.
fn assigned_at(found: &str) -> usize {
    let sign = found.find([':', '=']).map_or(found.len(), |at| at + 1);
    let rest = found[sign..].trim_start();
    let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest);
    found.len() - rest.len()
}

impl Detector for CredentialDetector {
    fn trigger_words(&self) -> &[&'static str] {
        self.uses.words()
    }

    fn detect(&self, scan: &Scan<'_>, out: &mut Vec<Finding>) {
        let text = scan.text;
        let mut push = |detector, class, start, end, confidence| {
            out.push(Finding::new(
                detector,
                Category::OtherSensitive,
                class,
                start,
                end,
                confidence,
            ));
        };
        // "-----BEGIN OPENSSH PRIVATE KEY", "lösenordet ska vara …", "kod till porten är
        // 1234": the trigger word may stand inside the match or well before its end.
        let reach = Reach {
            before: 40,
            after: 64,
        };
        let windows = self.uses.windows(scan, reach);
        let near = |pattern: Pattern| &windows[pattern as usize];
        for m in near(Pattern::Tokens).search::<Match>(&self.tokens, text) {
            push(DetectorId::ApiKey, InfoClass::K2, m.start(), m.end(), 0.95);
        }
        for m in near(Pattern::PrivateKey).search::<Match>(&self.private_key, text) {
            push(
                DetectorId::PrivateKey,
                InfoClass::K3,
                m.start(),
                m.end(),
                0.99,
            );
        }
        for m in near(Pattern::Jwt).search::<Match>(&self.jwt, text) {
            push(DetectorId::Jwt, InfoClass::K2, m.start(), m.end(), 0.9);
        }
        // A value found at `start..end`, by the pattern for `detector`.
        let mut value = |detector, start: usize, end: usize| {
            let value = text[start..end].trim_end_matches(['.', '!', '?', ':', ')']);
            // In a URL the place says it is a password; elsewhere the value must look like one.
            let secret = detector == DetectorId::ConnectionString || secret_like(value);
            if secret && !placeholder(value) && value.chars().count() >= 4 {
                push(detector, InfoClass::K2, start, start + value.len(), 0.85);
            }
        };
        let values = |pattern, re| {
            let found = near(pattern).search::<Captures>(re, scan.folded);
            found.filter_map(|caps| caps.name("v").map(|v| (v.start(), v.end())))
        };
        for (start, end) in values(Pattern::UrlPassword, &self.url_password) {
            value(DetectorId::ConnectionString, start, end);
        }
        for m in near(Pattern::KeyValue).search::<Match>(&self.key_value, scan.folded) {
            let detector = match m.as_str() {
                key if key.contains("pass") || key.starts_with("pwd") => DetectorId::Password,
                _ => DetectorId::ApiKey,
            };
            value(detector, m.start() + assigned_at(m.as_str()), m.end());
        }
        for (start, end) in values(Pattern::ProsePassword, &self.prose_password) {
            value(DetectorId::Password, start, end);
        }
        for m in near(Pattern::UserPass).search::<Match>(&self.user_pass, scan.folded) {
            // The value follows the second sign: the one after the user name and "pass".
            let found = m.as_str();
            let user = assigned_at(found);
            let pass = found[user..]
                .find(char::is_whitespace)
                .map_or(found.len(), |at| user + at);
            value(
                DetectorId::Password,
                m.start() + pass + assigned_at(&found[pass..]),
                m.end(),
            );
        }
        // The search reads folded text: MySQL's `-P3306` is a port.
        let command_line = values(Pattern::CommandLine, &self.command_line)
            .filter(|&(start, _)| text.as_bytes()[start - 1] != b'P');
        for (start, end) in values(Pattern::PlainText, &self.plain_text).chain(command_line) {
            value(DetectorId::Password, start, end);
        }
        for caps in near(Pattern::AccessCode).search::<Captures>(&self.access_code, scan.folded) {
            let (Some(m), Some(v)) = (caps.get(0), caps.name("v")) else {
                continue;
            };
            // "kod" must start a word: not "felkod", not "CPV-kod".
            if prev_char(text, m.start()).is_some_and(|c| c.is_alphanumeric() || c == '-') {
                continue;
            }
            let year_like =
                v.len() == 4 && (v.as_str().starts_with("19") || v.as_str().starts_with("20"));
            if !year_like || v.as_str().ends_with('#') {
                push(
                    DetectorId::AccessCode,
                    InfoClass::K2,
                    v.start(),
                    v.end(),
                    0.8,
                );
            }
        }
        // One weakness may be a general remark; two or more, or one with the address of the
        // system on its line, describe a real system.
        let weaknesses: Vec<_> = near(Pattern::Weakness)
            .search::<Match>(&self.weakness, scan.folded)
            .collect();
        let addressed = || {
            weaknesses.iter().any(|m| {
                let (start, end) = line_at(text, m.start());
                has_ipv4(&text[start..end])
            })
        };
        if weaknesses.len() >= 2 || addressed() {
            for m in weaknesses {
                push(
                    DetectorId::SecurityDetail,
                    InfoClass::K2,
                    m.start(),
                    m.end(),
                    0.7,
                );
            }
        }
        out.sort_by_key(|f| (f.start, f.end));
        out.dedup_by(|b, a| b.start < a.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn values_read(text: &str) -> Vec<(usize, usize)> {
        let re = Regex::new(KEY_VALUE).expect("the pattern compiles");
        re.find_iter(text)
            .map(|m| (m.start() + assigned_at(m.as_str()), m.end()))
            .collect()
    }

    /// The values as the key-value pattern with its value as a capture group has them:
    /// what [`assigned_at`] must agree with.
    fn values_captured(text: &str) -> Vec<(usize, usize)> {
        let value = r#"[^\s"',;]{6,}"#;
        let head = KEY_VALUE
            .strip_suffix(value)
            .expect("the value ends the pattern");
        let re = Regex::new(&format!("{head}(?P<v>{value})")).expect("the pattern compiles");
        re.captures_iter(text)
            .filter_map(|c| c.name("v").map(|v| (v.start(), v.end())))
            .collect()
    }

    #[test]
    fn a_value_starts_after_the_sign_white_space_and_a_quote() {
        let text = "db_password = \"Qz7!mR2v\", api_key:'abc123def' token\u{a0}=\u{a0}x=y:zzzz";
        let found: Vec<&str> = values_read(text)
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["Qz7!mR2v", "abc123def", "x=y:zzzz"]);
        assert_eq!(values_read(text), values_captured(text));
    }

    proptest! {
        #[test]
        fn values_are_read_where_the_group_has_them(
            text in "(?:password|passwd|pwd|secret|token|api_key|apikey|client_secret|_x|\"|'| |\u{a0}|\n|:|=|abcdef|Qz7!mR|,|;|x|1|å){0,12}"
        ) {
            prop_assert_eq!(values_read(&text), values_captured(&text));
        }
    }

    // Fake secrets are assembled with concat! so that fixtures do not trip secret scanners.
    finds! {
        openai_key: concat!("API_KEY = \"sk-proj-", "4fT9xQ2LmZ7vB1nR8cW3yK6dH0pJ5sA2\"") => [ApiKey];
        github_token_in_url: concat!("https://ghp_", "R7kTq2vX9mLp4Zs8Wn3Bc6Yd1Hf5Jg0Ae2Ku@github.com/x.git") => [ApiKey];
        aws_keys: concat!("aws_access_key_id = AKIA", "4NQX7RZ2LK5TYVBM\naws_secret_access_key = u8Jd0+Qw3lZr9bTn5VxY2cKp7HsE1fGm4aLo6WiN") => [ApiKey, ApiKey];
        private_key: concat!("-----BEGIN OPENSSH ", "PRIVATE KEY-----\nb3Bl") => [PrivateKey];
        jwt: concat!("token: eyJhbGciOiJIUzI1NiJ9", ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U") => [Jwt];
        env_file: "SMTP_PASSWORD=Qz7!mR2v#Lp9\nDATABASE_URL=postgres://etjanst:Vk4#pX8q@db01.norrby.local:5432/etjanst" => [Password, ConnectionString];
        ado_connection_string: "Server=sql01;User Id=svc;Password=Ek0n0mi!2025#;Encrypt=True" => [Password];
        prose_password: "nätverk Norrby-Personal, lösenord Tallbacken-4471-Blå." => [Password];
        prose_password_should_be: "lösenordet ska vara Norrby#Print2024 enligt IT" => [Password];
        no_password: "Gästnätet har inget lösenord." => [];
        prose_password_for_a_network: "Lösenordet till wifi-nätet är Sommar2024!" => [Password];
        prose_password_for_a_guest_network: "Lösenord till Norrby-Gäst: Välkommen123" => [Password];
        prose_password_for_an_account: "The password for the admin account is Hx72!kq9" => [Password];
        password_change_date: "Lösenordet till banken ändras 2024-01-01." => [];
        password_for_a_network_named: "Jag har glömt lösenordet till wifi-nätet." => [];
        user_name_after_a_forgotten_password: "Jag har glömt mitt lösenord till Visma. Mitt användarnamn är anna.berg." => [];
        password_for_a_dotted_host: "Lösenordet till portal.norrby.se är Vinter#2025" => [Password];
        password_rule_for_accounts: "Lösenordet för alla konton ska vara minst 12 tecken." => [];
        private_key_setting: "private_key = Hk4#p9Xq2Lm7" => [ApiKey];
        long_key_name: "SMTP_PASSWORD_FOR_THE_OLD_RELAY_SERVER_IN_THE_BASEMENT = Qz7!mR2v#Lp9" => [Password];
        url_password_plain_word: "mysql://root:hemligt@localhost/db" => [ConnectionString];
        url_placeholder: "postgres://user:${DB_PASSWORD}@db/x" => [];
        password_policy: "Föreslå regler: minsta längd, lösenfraser, MFA, och vad man gör om ett lösenord har läckt." => [];
        key_from_environment: "API_KEY = os.environ[\"INVOICE_API_KEY\"]" => [];
        alarm_codes: "Larmkoden till förrådet är 4711#, nyckelskåpet har kod 2580." => [AccessCode, AccessCode];
        pin: "SIM-kortets PIN: 4821, PUK 12345678" => [AccessCode];
        user_and_pass: "VPN-kontot för konsulten: user: konsult.ab pass: Vinter#2025" => [Password];
        login_and_quoted_pw: "login=kalle pw=\"Hemligt#99\"" => [Password];
        user_slash_pw: "Procapita test: user: admsoc01 / pw: Kaffe!Bulle55" => [Password];
        secure_string_from_plain_text: "(ConvertTo-SecureString \"B4ckup!2023\" -AsPlainText -Force)" => [Password];
        pass_after_an_underscore: "$ssh_pass = \"Gr0nsak!99\"; DB_PASS=Kx82!mQ" => [Password, Password];
        pass_as_a_word: "pass = kvällspass, bus_passage = Linje4B" => [];
        curl_basic_auth: "curl -s -u admin:S3rv!ce2024 https://intranat.norrby.se/api" => [Password];
        curl_with_variables: "curl -u \"$USER:$PASS\" https://intranat.norrby.se/api" => [];
        curl_asking_for_a_password: "curl --user admin https://intranat.norrby.se/api" => [];
        mysql_password: "$ mysql -u root -pHemligt123 kommun_db" => [Password];
        mysqldump_password: "mysqldump --user=backup --password=\"Sk0g#2026\" ekonomi > dump.sql" => [Password];
        sshpass_password: "sshpass -p 'Fj4ll!vy' ssh drift@10.1.2.3" => [Password];
        mysql_asking_for_a_password: "mysql -u root -p kommun_db" => [];
        mysql_port: "mysql -h db01 -P3306 -u rapport -p ekonomi" => [];
        mysql_password_from_a_variable: "mysql -u app -p$DB_PASSWORD kommun_db" => [];
        secure_string_from_a_variable: "ConvertTo-SecureString $env:PW -AsPlainText -Force" => [];
        pass_as_a_work_shift: "Schema vecka 12: pass: kvällspass, användare av bilen: Lisa" => [];
        user_and_a_hidden_pass: "Användare: kalle pass: ********" => [];
        key_code_to_a_home: "Hemtjänstens nyckelkod till brukarens dörr är 4455." => [AccessCode];
        pin_of_a_year: "PIN-koden byttes 2019." => [];
        password_page: "Ändra ditt lösenord på https://minsida.kommun.se/password" => [];
        pin_without_code: "Meröppet med lånekort och PIN-kod." => [];
        cpv_code: "CPV-kod 90620000-9" => [];
        rdp_open_to_the_internet: "RDP är öppet mot internet på 194.71.12.40 port 3389." => [SecurityDetail];
        open_to_the_internet_in_general: "System som är öppna mot internet ska ha MFA, version 1.2.3." => [];
        pentest_findings: "VPN-koncentratorn är inte patchad. Tjänstekontot saknar MFA." => [SecurityDetail, SecurityDetail];
        one_general_remark: "Alla konton ska ha MFA; konton utan MFA stängs." => [];
    }
}
