//! Just enough of the W3C WebDriver protocol to drive Debian's chromium
//! through chromedriver: JSON over HTTP with the reqwest client the tests
//! already use.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The key WebDriver calls an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
pub const ENTER: &str = "\u{E007}";
pub const SHIFT: &str = "\u{E008}";
/// Releases the modifier keys pressed so far in one send-keys string.
pub const RELEASE: &str = "\u{E000}";

/// How long a wait for a condition in the page may take before the test
/// fails (generous: a busy 2-core machine, and reconnect backoff).
pub const PATIENCE: Duration = Duration::from_secs(60);

/// What the machine needs for the browser tests.
pub struct Tools {
    pub chromium: PathBuf,
    pub driver: PathBuf,
}

/// Set to 1 to skip the browser tests where chromium cannot be installed;
/// without it a missing browser fails the tests.
pub const SKIP_ENV: &str = "CONCIERGE_SKIP_BROWSER_TESTS";

/// The browser and its driver, or `None` when they are missing and
/// [`SKIP_ENV`] says to skip; panics with what to install otherwise.
pub fn tools() -> Option<Tools> {
    let find = |env: &str, names: &[&str]| -> Option<PathBuf> {
        if let Ok(p) = std::env::var(env) {
            return Some(PathBuf::from(p)).filter(|p| p.exists());
        }
        names.iter().map(PathBuf::from).find(|p| p.exists())
    };
    let chromium = find(
        "CHROME_BIN",
        &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
    );
    let driver = find("CHROMEDRIVER", &["/usr/bin/chromedriver"]);
    match (chromium, driver) {
        (Some(chromium), Some(driver)) => Some(Tools { chromium, driver }),
        _ if std::env::var(SKIP_ENV).as_deref() == Ok("1") => {
            eprintln!("browser tests skipped: chromium or chromedriver missing and {SKIP_ENV}=1");
            None
        }
        _ => panic!(
            "the browser tests need chromium and chromedriver: \
             apt-get install -y chromium chromium-driver (or set CHROME_BIN and CHROMEDRIVER; \
             {SKIP_ENV}=1 skips these tests)"
        ),
    }
}

/// A chromedriver process and one headless browser session on it.
pub struct Browser {
    http: reqwest::Client,
    base: String,
    _driver: tokio::process::Child,
    _profile: tempfile::TempDir,
}

use concierge_tests::free_port;

impl Browser {
    pub async fn start(tools: &Tools) -> Browser {
        let port = free_port();
        let driver = tokio::process::Command::new(&tools.driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start chromedriver");
        let http = reqwest::Client::new();
        let root = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(r) = http.get(format!("{root}/status")).send().await
                && r.status().is_success()
            {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": tools.chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,800", "--no-first-run", "--no-default-browser-check",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            },
        }}});
        let r: Value = http
            .post(format!("{root}/session"))
            .json(&caps)
            .send()
            .await
            .expect("chromedriver: new session")
            .json()
            .await
            .unwrap();
        let id = r["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("chromium did not start: {r}"))
            .to_string();
        Browser {
            http,
            base: format!("{root}/session/{id}"),
            _driver: driver,
            _profile: profile,
        }
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, String> {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.map_err(|e| e.to_string())?;
        let ok = r.status().is_success();
        let v: Value = r.json().await.map_err(|e| e.to_string())?;
        if ok {
            Ok(v["value"].clone())
        } else {
            Err(v["value"].to_string())
        }
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.call(reqwest::Method::POST, path, Some(body))
            .await
            .unwrap_or_else(|e| panic!("webdriver {path}: {e}"))
    }

    pub async fn goto(&self, url: &str) {
        self.post("/url", json!({"url": url})).await;
    }

    /// Run `script` (a function body; `arguments` holds `args`) in the
    /// current frame.
    pub async fn js(&self, script: &str, args: Value) -> Value {
        self.post("/execute/sync", json!({"script": script, "args": args}))
            .await
    }

    /// Wait until `script` returns something truthy; returns it.
    pub async fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let v = self
                .call(
                    reqwest::Method::POST,
                    "/execute/sync",
                    Some(json!({"script": script, "args": []})),
                )
                .await;
            match v {
                Ok(v) if !(v.is_null() || v == json!(false) || v == json!(0) || v == json!("")) => {
                    return v;
                }
                _ => {}
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn find(&self, css: &str) -> Value {
        let v = self
            .post("/element", json!({"using": "css selector", "value": css}))
            .await;
        v[ELEMENT].clone()
    }

    pub async fn click(&self, css: &str) {
        let id = self.find(css).await;
        self.post(
            &format!("/element/{}/click", id.as_str().unwrap()),
            json!({}),
        )
        .await;
    }

    /// Type into an element as a user would (real key events).
    pub async fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css).await;
        self.post(
            &format!("/element/{}/value", id.as_str().unwrap()),
            json!({"text": text}),
        )
        .await;
    }

    /// Switch into the iframe matching `css` of the current frame.
    pub async fn enter_frame(&self, css: &str) {
        let id = self.find(css).await;
        self.post("/frame", json!({"id": {ELEMENT: id}})).await;
    }

    pub async fn top(&self) {
        self.post("/frame", json!({"id": null})).await;
    }

    /// Lay the page out as on a screen this size (Chrome's device
    /// emulation: a desktop window cannot be made phone-narrow).
    pub async fn viewport(&self, width: u32, height: u32) {
        self.post("/goog/cdp/execute", emulate(width, height)).await;
    }

    /// The text of an open alert, if any (there should never be one).
    pub async fn alert_text(&self) -> Option<String> {
        self.call(reqwest::Method::GET, "/alert/text", None)
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    pub async fn screenshot(&self, path: &Path) {
        use base64::Engine;
        if let Ok(v) = self.call(reqwest::Method::GET, "/screenshot", None).await
            && let Some(b64) = v.as_str()
            && let Ok(png) = base64::engine::general_purpose::STANDARD.decode(b64)
        {
            let _ = std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")));
            let _ = std::fs::write(path, png);
            eprintln!("screenshot: {}", path.display());
        }
    }

    /// Screenshots of the open chat at desktop and phone widths, for a
    /// failing test.
    pub async fn screenshots(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/browser-screenshots");
        let _ = self
            .call(reqwest::Method::POST, "/frame", Some(json!({"id": null})))
            .await;
        for (label, w, h) in [("desktop", 1280, 800), ("phone", 390, 844)] {
            let _ = self
                .call(
                    reqwest::Method::POST,
                    "/goog/cdp/execute",
                    Some(emulate(w, h)),
                )
                .await;
            self.screenshot(&dir.join(format!("{name}-{label}.png")))
                .await;
        }
    }

    pub async fn quit(self) {
        let _ = self.call(reqwest::Method::DELETE, "", None).await;
    }
}

fn emulate(width: u32, height: u32) -> Value {
    json!({"cmd": "Emulation.setDeviceMetricsOverride", "params": {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 640}})
}
