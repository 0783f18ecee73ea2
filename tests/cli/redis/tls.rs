//! `rediss://`: a TLS redis-server with a throwaway CA made by `openssl`. wxsign trusts the OS
//! store, and `SSL_CERT_FILE` adds a private CA (as rustls-native-certs documents).

use std::path::Path;
use std::process::{Command, Stdio};

use predicates::prelude::*;

use super::commands::wxsign;
use super::server::on_path;
use crate::cli::support::TICKET;

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "openssl {args:?}: {out:?}");
}

/// A CA and a server certificate for 127.0.0.1 signed by it, in `dir`.
fn make_certs(dir: &Path) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
            "-days",
            "2",
            "-subj",
            "/CN=wxsign test CA",
        ],
    );
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=127.0.0.1",
        ],
    );
    std::fs::write(dir.join("ext.cnf"), "subjectAltName=IP:127.0.0.1\n").unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
}

#[test]
fn rediss_reads_through_tls_with_a_private_ca() {
    if on_path("openssl").is_none() {
        assert!(
            !crate::cli::support::under_ci(),
            "openssl is not installed but CI is set: install the Debian package openssl"
        );
        eprintln!("NOTICE: openssl not found: skipping the rediss:// test");
        return;
    }
    let certs = tempfile::tempdir().unwrap();
    make_certs(certs.path());
    let p = |f: &str| certs.path().join(f).display().to_string();
    let tls_args = [
        "--tls-cert-file".to_owned(),
        p("server.crt"),
        "--tls-key-file".to_owned(),
        p("server.key"),
        "--tls-ca-cert-file".to_owned(),
        p("ca.crt"),
        "--tls-auth-clients".to_owned(),
        "no".to_owned(),
    ];
    let Some(server) = super::server::start_tls(&tls_args) else {
        return;
    };
    server.set("wx:ticket", TICKET, Some(900));

    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    let url = format!("rediss://127.0.0.1:{}", server.port);
    wxsign(c)
        .args(["profile", "add", "prod", "--appid", "wx0123456789abcdef"])
        .args(["--ticket-source", "redis", "--redis-url", &url])
        .args(["--redis-ticket-key", "wx:ticket"])
        .assert()
        .success();
    // Only the OS store (the environment is cleared): the CA is not trusted, and the error
    // says how to trust it.
    wxsign(c)
        .args(["ticket", "--profile", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("TLS with Redis at 127.0.0.1"))
        .stderr(predicate::str::contains("SSL_CERT_FILE"));
    wxsign(c)
        .args(["ticket", "--profile", "prod", "--reveal"])
        .env("SSL_CERT_FILE", p("ca.crt"))
        .assert()
        .success()
        .stdout(predicate::str::contains(TICKET))
        .stdout(predicate::str::contains("Redis wx:ticket (TTL)"));
}
