//! A small client of the adb server's host protocol, the one `adb` itself and Chrome's
//! chrome://inspect speak (PHONE.md §1, §5): a request is four hex digits of length and the
//! service name; the server answers `OKAY`, or `FAIL` with a length-prefixed reason.
//! `host:devices` lists the devices; `host:transport:<serial>` turns the connection into one to
//! that device, on which `shell:<command>` runs a command and `localabstract:<name>` is a stream
//! to a unix socket of the phone. No forward is created, so nothing is left to remove.

use std::net::SocketAddr;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The port adb uses when `ANDROID_ADB_SERVER_PORT` is not set.
pub const DEFAULT_PORT: u16 = 5037;
/// The environment variable adb reads for its server's port.
pub const PORT_ENV: &str = "ANDROID_ADB_SERVER_PORT";

const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
const REPLY_TIMEOUT: Duration = Duration::from_secs(15);
/// `adb start-server` waits for the devices it can see before it answers.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// Output of one shell command (`/proc/net/unix` of a busy phone is a few hundred kB).
const MAX_SHELL_OUTPUT: u64 = 8 << 20;

/// Why talking to the adb server failed.
#[derive(Debug, thiserror::Error)]
pub enum AdbError {
    /// No adb server listens and the `adb` program is not installed to start one.
    #[error("no adb server at {addr} and no adb program to start one")]
    Missing { addr: SocketAddr },
    /// Nothing answers at the address, even after `adb start-server`.
    #[error("cannot reach the adb server at {addr}: {reason}")]
    Unreachable { addr: SocketAddr, reason: String },
    /// The server (or the device through it) refused a service.
    #[error("adb refused {service}: {reason}")]
    Refused { service: String, reason: String },
    /// An answer that is not the host protocol, or a connection cut short.
    #[error("adb: {0}")]
    Protocol(String),
}

/// A device as `host:devices` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub serial: String,
    /// `device` (usable), `unauthorized`, `offline`, `no permissions`, `recovery`…
    pub state: String,
}

impl Device {
    pub fn usable(&self) -> bool {
        self.state == "device"
    }
}

/// The adb server to talk to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adb {
    pub addr: SocketAddr,
    /// Start it with `adb start-server` when nothing listens (adb's own behaviour). Off in tests
    /// that play the server themselves.
    pub start_if_needed: bool,
}

impl Adb {
    /// The server adb itself would use: 127.0.0.1 and `ANDROID_ADB_SERVER_PORT` (default 5037).
    pub fn from_env() -> Self {
        let port = std::env::var(PORT_ENV)
            .ok()
            .and_then(|p| p.trim().parse::<u16>().ok())
            .unwrap_or(DEFAULT_PORT);
        Self::at_port(port)
    }

    pub fn at_port(port: u16) -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            start_if_needed: true,
        }
    }

    /// Makes sure a server answers, starting one when nothing listens. `Ok(true)` when this
    /// call started it.
    pub async fn ensure_running(&self) -> Result<bool, AdbError> {
        match self.connect().await {
            Ok(_) => Ok(false),
            Err(AdbError::Unreachable { .. }) if self.start_if_needed => {
                self.start_server().await?;
                self.connect().await.map(|_| true)
            }
            Err(e) => Err(e),
        }
    }

    async fn start_server(&self) -> Result<(), AdbError> {
        let mut cmd = tokio::process::Command::new("adb");
        cmd.arg("start-server")
            .env(PORT_ENV, self.addr.port().to_string())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        let child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(AdbError::Missing { addr: self.addr });
            }
            Err(e) => {
                return Err(AdbError::Unreachable {
                    addr: self.addr,
                    reason: format!("adb start-server: {e}"),
                });
            }
        };
        match tokio::time::timeout(START_TIMEOUT, child.wait_with_output()).await {
            Ok(Ok(out)) if out.status.success() => Ok(()),
            Ok(Ok(out)) => Err(AdbError::Unreachable {
                addr: self.addr,
                reason: format!(
                    "adb start-server: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ),
            }),
            Ok(Err(e)) => Err(AdbError::Unreachable {
                addr: self.addr,
                reason: format!("adb start-server: {e}"),
            }),
            Err(_) => Err(AdbError::Unreachable {
                addr: self.addr,
                reason: "adb start-server did not finish".to_owned(),
            }),
        }
    }

    async fn connect(&self) -> Result<TcpStream, AdbError> {
        match tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(self.addr)).await {
            Ok(Ok(s)) => {
                let _ = s.set_nodelay(true);
                Ok(s)
            }
            Ok(Err(e)) => Err(AdbError::Unreachable {
                addr: self.addr,
                reason: e.to_string(),
            }),
            Err(_) => Err(AdbError::Unreachable {
                addr: self.addr,
                reason: "timed out".to_owned(),
            }),
        }
    }

    /// `host:devices`.
    pub async fn devices(&self) -> Result<Vec<Device>, AdbError> {
        let mut s = self.connect().await?;
        request(&mut s, "host:devices").await?;
        let text = bounded(read_prefixed(&mut s)).await?;
        Ok(parse_devices(&text))
    }

    /// Runs `command` in the device's shell and returns what it printed.
    pub async fn shell(&self, serial: &str, command: &str) -> Result<String, AdbError> {
        let s = self.open(serial, &format!("shell:{command}")).await?;
        let mut out = Vec::new();
        let mut limited = s.take(MAX_SHELL_OUTPUT);
        let read = limited.read_to_end(&mut out);
        match tokio::time::timeout(REPLY_TIMEOUT, read).await {
            Ok(Ok(_)) => Ok(String::from_utf8_lossy(&out).into_owned()),
            Ok(Err(e)) => Err(AdbError::Protocol(format!("reading `{command}`: {e}"))),
            Err(_) => Err(AdbError::Protocol(format!("`{command}` did not finish"))),
        }
    }

    /// A stream to `service` of the device (`localabstract:<name>`, `shell:…`), through a
    /// connection of its own: dropping the stream closes it on both sides.
    pub async fn open(&self, serial: &str, service: &str) -> Result<TcpStream, AdbError> {
        let mut s = self.connect().await?;
        request(&mut s, &format!("host:transport:{serial}")).await?;
        request(&mut s, service).await?;
        Ok(s)
    }
}

async fn bounded<T>(
    fut: impl std::future::Future<Output = Result<T, AdbError>>,
) -> Result<T, AdbError> {
    tokio::time::timeout(REPLY_TIMEOUT, fut)
        .await
        .unwrap_or_else(|_| Err(AdbError::Protocol("the server did not answer".to_owned())))
}

/// Sends one request and reads `OKAY`, or `FAIL` with its reason.
async fn request(s: &mut TcpStream, service: &str) -> Result<(), AdbError> {
    let io = |e: std::io::Error| AdbError::Protocol(format!("{service}: {e}"));
    let framed = frame(service)?;
    s.write_all(framed.as_bytes()).await.map_err(io)?;
    let status = bounded(async {
        let mut status = [0u8; 4];
        s.read_exact(&mut status).await.map_err(io)?;
        Ok(status)
    })
    .await?;
    match &status {
        b"OKAY" => Ok(()),
        b"FAIL" => {
            let reason = bounded(read_prefixed(s)).await.unwrap_or_default();
            Err(AdbError::Refused {
                service: service.to_owned(),
                reason,
            })
        }
        other => Err(AdbError::Protocol(format!(
            "{service}: unexpected answer {:?}",
            String::from_utf8_lossy(other)
        ))),
    }
}

/// A request on the wire: its length in four hex digits, then the name.
pub fn frame(service: &str) -> Result<String, AdbError> {
    if service.len() > 0xffff {
        return Err(AdbError::Protocol("request too long".to_owned()));
    }
    Ok(format!("{:04x}{service}", service.len()))
}

/// A length-prefixed string (four hex digits, then that many bytes).
async fn read_prefixed(s: &mut TcpStream) -> Result<String, AdbError> {
    let mut len = [0u8; 4];
    s.read_exact(&mut len)
        .await
        .map_err(|e| AdbError::Protocol(e.to_string()))?;
    let len = std::str::from_utf8(&len)
        .ok()
        .and_then(|l| usize::from_str_radix(l, 16).ok())
        .ok_or_else(|| AdbError::Protocol("bad length prefix".to_owned()))?;
    let mut buf = vec![0u8; len];
    s.read_exact(&mut buf)
        .await
        .map_err(|e| AdbError::Protocol(e.to_string()))?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

/// `serial<TAB>state` lines of `host:devices`.
pub fn parse_devices(text: &str) -> Vec<Device> {
    text.lines()
        .filter_map(|l| {
            let (serial, state) = l.split_once('\t')?;
            let serial = serial.trim();
            (!serial.is_empty()).then(|| Device {
                serial: serial.to_owned(),
                state: state.trim().to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_framed_with_four_hex_digits() {
        assert_eq!(frame("host:devices").unwrap(), "000chost:devices");
        assert_eq!(
            frame("localabstract:webview_devtools_remote_4242").unwrap(),
            "002alocalabstract:webview_devtools_remote_4242"
        );
        assert!(frame(&"x".repeat(70_000)).is_err());
    }

    #[test]
    fn devices_are_read_with_their_state() {
        let d = parse_devices(
            "R58M123ABC\tdevice\nemulator-5554\tunauthorized\n\n192.168.1.5:5555\toffline\n",
        );
        assert_eq!(d.len(), 3);
        assert!(d[0].usable());
        assert_eq!(d[1].state, "unauthorized");
        assert!(!d[1].usable());
        assert_eq!(d[2].serial, "192.168.1.5:5555");
        assert!(parse_devices("").is_empty());
    }

    #[test]
    fn the_port_comes_from_adbs_own_variable() {
        assert_eq!(Adb::at_port(5037).addr.to_string(), "127.0.0.1:5037");
    }
}
