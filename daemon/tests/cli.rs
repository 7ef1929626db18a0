//! The `concierged` binary's own commands, run as a user would.
//! (Being an integration test of this package also makes cargo build
//! `target/debug/concierged`, which the workspace's end-to-end tests run.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

fn concierged() -> Command {
    Command::new(env!("CARGO_BIN_EXE_concierged"))
}

#[test]
fn token_is_signed_with_the_secret_the_daemon_generates() {
    let tmp = tempfile::tempdir().unwrap();
    let out = concierged()
        .args([
            "token",
            "--sub",
            "u42",
            "--name",
            "Carol",
            "--role",
            "staff",
            "--ttl",
            "30m",
            "--data-dir",
        ])
        .arg(tmp.path())
        .env_remove("JWT_SECRET")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let secret = std::fs::read_to_string(tmp.path().join("jwt_secret")).unwrap();
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.validate_aud = false;
    let data = jsonwebtoken::decode::<serde_json::Value>(
        &token,
        &jsonwebtoken::DecodingKey::from_secret(secret.trim().as_bytes()),
        &v,
    )
    .unwrap();
    assert_eq!(data.claims["sub"], "u42");
    assert_eq!(data.claims["role"], "staff");
    let ttl = data.claims["exp"].as_i64().unwrap() - data.claims["iat"].as_i64().unwrap();
    assert_eq!(ttl, 1800);
}

#[test]
fn a_bad_setting_stops_start_up_with_its_name() {
    let tmp = tempfile::tempdir().unwrap();
    let out = concierged()
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(tmp.path())
        .env("MAX_CONCURRENT_CHATS_PER_STAFF", "plenty")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("MAX_CONCURRENT_CHATS_PER_STAFF"));
}

#[test]
fn an_unknown_role_is_refused_by_token() {
    let out = concierged()
        .args(["token", "--sub", "x", "--name", "X", "--role", "root"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

fn secret_of(token: &str, secret: &str) -> bool {
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.validate_aud = false;
    jsonwebtoken::decode::<serde_json::Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(secret.as_bytes()),
        &v,
    )
    .is_ok()
}

#[test]
fn settings_layer_file_then_dotenv_then_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let conf = tmp.path().join("concierged.toml");
    std::fs::write(&conf, "jwt_secret = \"from-file\"\n").unwrap();
    let token = |envs: &[(&str, &str)]| {
        let mut cmd = concierged();
        cmd.current_dir(tmp.path())
            .args([
                "token", "--sub", "u", "--name", "U", "--role", "customer", "--config",
            ])
            .arg(&conf)
            .arg("--data-dir")
            .arg(&data)
            .env_remove("JWT_SECRET");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert!(secret_of(&token(&[]), "from-file"));
    // a .env in the working directory beats the file
    std::fs::write(tmp.path().join(".env"), "JWT_SECRET=from-dotenv\n").unwrap();
    assert!(secret_of(&token(&[]), "from-dotenv"));
    // the real environment beats .env
    assert!(secret_of(&token(&[("JWT_SECRET", "from-env")]), "from-env"));
}

#[test]
fn migrate_export_and_import_work_on_sqlite_data_dirs() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let file = tmp.path().join("export.jsonl");
    let run = |args: &[&str], dir: &std::path::Path| {
        let out = concierged()
            .args(args)
            .arg("--data-dir")
            .arg(dir)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let f = file.to_str().unwrap();
    // Nothing to export before the database exists.
    let (ok, text) = run(&["export", "--output", f], &a);
    assert!(!ok && text.contains("no database"), "{text}");
    let (ok, text) = run(&["migrate"], &a);
    assert!(
        ok && text.contains(&format!(
            "schema version {}",
            concierged::store::schema::LATEST
        )),
        "{text}"
    );
    let (ok, text) = run(&["export", "--output", f], &a);
    assert!(ok, "{text}");
    // An existing file is kept unless --force.
    let (ok, text) = run(&["export", "--output", f], &a);
    assert!(!ok && text.contains("--force"), "{text}");
    let (ok, text) = run(&["export", "--output", f, "--force"], &a);
    assert!(ok, "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let (ok, text) = run(&["import", "--input", f], &b);
    assert!(!ok && text.contains("no database"), "{text}");
    run(&["migrate"], &b);
    let (ok, text) = run(&["import", "--input", f], &b);
    // The one row: webhook_settings.
    assert!(ok && text.contains("imported 1 row "), "{text}");
}
