//! Servers on loopback that speak TLS only, with certificates made for the
//! test: a PostgreSQL instance of the test's own (initdb and pg_ctl in a
//! temporary dir, `ssl=on`, plain connections refused by `pg_hba.conf`)
//! and a `redis-server` with only a `--tls-port`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

/// A CA and a server certificate it signed for `localhost` (only: a
/// client that checks names must refuse the server when it dials
/// 127.0.0.1), written as PEM files.
pub struct TestCerts {
    pub dir: PathBuf,
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
    /// Another CA, which signed nothing the servers use.
    pub other_ca: PathBuf,
}

fn ca(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}

impl TestCerts {
    pub fn create(dir: &Path) -> TestCerts {
        std::fs::create_dir_all(dir).unwrap();
        let issuer = ca("Concierge test CA");
        let other = ca("Somebody else's CA");
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "localhost");
        let cert = params.signed_by(&key, &issuer).unwrap();
        let write = |name: &str, text: String| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        TestCerts {
            dir: dir.to_path_buf(),
            ca: write("ca.pem", issuer.pem()),
            cert: write("server.pem", cert.pem()),
            key: write("server.key", key.serialize_pem()),
            other_ca: write("other-ca.pem", other.pem()),
        }
    }
}

pub use crate::free_port;

/// A PostgreSQL server program: on PATH, or where Debian keeps it
/// (`/usr/lib/postgresql/<version>/bin`, newest first).
pub fn pg_program(name: &str) -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path().join("bin").join(name))
                .collect()
        })
        .unwrap_or_default();
    debian.sort();
    debian.reverse();
    on_path
        .into_iter()
        .chain(debian)
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} not found on PATH nor in /usr/lib/postgresql/*/bin"))
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// PostgreSQL refuses to run as root: the server (and initdb) run as the
/// `postgres` user when the tests run as root.
fn as_server_user(name: &str) -> Command {
    let program = pg_program(name);
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(2).map(|u| u == "0"))
        })
        .unwrap_or(false)
}

/// A PostgreSQL server of the test's own on `localhost:{port}`: TLS only,
/// trust authentication for `root`, stopped on drop.
pub struct TlsPostgres {
    pub port: u16,
    pub certs: TestCerts,
    data: PathBuf,
    _tmp: tempfile::TempDir,
}

impl TlsPostgres {
    pub fn start() -> TlsPostgres {
        let tmp = tempfile::Builder::new()
            .prefix("concierge-tls-pg")
            .tempdir()
            .unwrap();
        let certs = TestCerts::create(&tmp.path().join("certs"));
        let data = tmp.path().join("data");
        let root = is_root();
        if root {
            run(Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(tmp.path()));
        }
        run(as_server_user("initdb")
            .args(["-A", "trust", "-U", "root", "--no-sync", "-D"])
            .arg(&data));
        std::fs::write(
            data.join("pg_hba.conf"),
            "local all all trust\n\
             hostssl all all 127.0.0.1/32 trust\n\
             hostssl all all ::1/128 trust\n\
             hostnossl all all 0.0.0.0/0 reject\n\
             hostnossl all all ::/0 reject\n",
        )
        .unwrap();
        // The server wants its key readable by itself only.
        for f in [&certs.cert, &certs.key] {
            let to = data.join(f.file_name().unwrap());
            std::fs::copy(f, &to).unwrap();
            if root {
                run(Command::new("chown").arg("postgres:postgres").arg(&to));
            }
            run(Command::new("chmod").arg("600").arg(&to));
        }
        let port = free_port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=localhost -c ssl=on \
             -c ssl_cert_file=server.pem -c ssl_key_file=server.key -c fsync=off",
            data.display()
        );
        run(as_server_user("pg_ctl")
            .args(["-w", "-t", "60", "-D"])
            .arg(&data)
            .args(["-l"])
            .arg(tmp.path().join("server.log"))
            .args(["-o", &options, "start"]));
        TlsPostgres {
            port,
            certs,
            data,
            _tmp: tmp,
        }
    }

    /// A `DATABASE_URL` on `host` with these query parameters.
    pub fn url(&self, host: &str, params: &str) -> String {
        format!("postgres://root@{host}:{}/postgres?{params}", self.port)
    }
}

impl Drop for TlsPostgres {
    fn drop(&mut self) {
        let _ = as_server_user("pg_ctl")
            .args(["-m", "immediate", "-D"])
            .arg(&self.data)
            .arg("stop")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// A `redis-server` listening only with TLS on `localhost:{port}`, killed
/// on drop.
pub struct TlsRedis {
    pub port: u16,
    pub certs: TestCerts,
    child: Child,
    _tmp: tempfile::TempDir,
}

impl TlsRedis {
    pub fn start() -> TlsRedis {
        let tmp = tempfile::Builder::new()
            .prefix("concierge-tls-redis")
            .tempdir()
            .unwrap();
        let certs = TestCerts::create(&tmp.path().join("certs"));
        let port = free_port();
        let log = std::fs::File::create(tmp.path().join("redis.log")).unwrap();
        let child = Command::new("redis-server")
            .args(["--port", "0", "--tls-port", &port.to_string()])
            .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .arg("--dir")
            .arg(tmp.path())
            .arg("--tls-cert-file")
            .arg(&certs.cert)
            .arg("--tls-key-file")
            .arg(&certs.key)
            .arg("--tls-ca-cert-file")
            .arg(&certs.ca)
            .args(["--tls-auth-clients", "no"])
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start redis-server");
        let r = TlsRedis {
            port,
            certs,
            child,
            _tmp: tmp,
        };
        // Listening once the port takes connections.
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        r
    }

    pub fn url(&self) -> String {
        format!("rediss://localhost:{}", self.port)
    }
}

impl Drop for TlsRedis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
