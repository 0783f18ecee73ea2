//! Errors of the Redis reader, each with its meaning and fix in both languages. None carries the
//! password or the credential: values appear only as the redacted preview of `core::stored`.

use std::time::Duration;

use crate::core::stored::ValueError;
use crate::core::text::{Lang, Text};
use crate::i18n::Render;

/// Why the ticket (or token) could not be read from Redis.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RedisSourceError {
    #[error("{}", .0.en)]
    BadSettings(Text),
    #[error(
        "Redis at {addr} refused the connection: check the host and port in the Redis URL, that the server runs, and that a tunnel (ssh -L) is up if you use one"
    )]
    Refused { addr: String },
    #[error("Redis at {addr} did not answer within {} ms: check the host, a firewall or the tunnel, or raise the profile's timeouts", .after.as_millis())]
    Timeout { addr: String, after: Duration },
    #[error("could not connect to Redis at {addr} ({detail}): check the Redis URL and the network")]
    Connect { addr: String, detail: String },
    #[error(
        "TLS with Redis at {addr} failed ({detail}): for a private CA, install it in the OS certificate store or point SSL_CERT_FILE at its PEM file; use redis:// if the server has no TLS"
    )]
    Tls { addr: String, detail: String },
    #[error(
        "Redis at {addr} requires a password: store it with `wxsign secret set --profile NAME --redis` or set WXSIGN_REDIS_PASSWORD"
    )]
    NoPassword { addr: String },
    #[error(
        "Redis at {addr} rejected the user name or password ({code}): store the right one with `wxsign secret set --profile NAME --redis` (or WXSIGN_REDIS_PASSWORD), and check the user in the URL"
    )]
    AuthFailed { addr: String, code: String },
    #[error(
        "the Redis user may not run {command} on {addr}: grant it read access (ACL +get +ttl +type +exists ~KEY)"
    )]
    NoPermission { addr: String, command: String },
    #[error(
        "the key '{key}' does not exist in Redis db {db} at {addr}: check the key name and the db in the URL, or wait until the backend caches a ticket"
    )]
    MissingKey { addr: String, db: i64, key: String },
    #[error(
        "the key '{key}' holds a Redis {found}, not a string: wxsign reads string values (GET); point the profile at the key holding the value"
    )]
    WrongType { key: String, found: String },
    #[error("the value of '{key}': {source}")]
    Value { key: String, source: ValueError },
    #[error(
        "this profile reads from Redis but has no token key: add one with `wxsign profile edit NAME --redis-token-key KEY`"
    )]
    NoTokenKey,
    #[error(
        "the Redis source holds the jsapi ticket only: a wx_card ticket comes from the WeChat API (switch the profile's ticket source to wechat)"
    )]
    OnlyJsapi,
    #[error("Redis at {addr}: {detail}")]
    Other { addr: String, detail: String },
}

impl RedisSourceError {
    /// The message in both languages.
    pub fn text(&self) -> Text {
        let zh = match self {
            RedisSourceError::BadSettings(t) => return t.clone(),
            RedisSourceError::Refused { addr } => format!(
                "Redis {addr} 拒绝连接：请检查 Redis URL 中的主机和端口、服务是否运行，以及隧道（ssh -L）是否已建立"
            ),
            RedisSourceError::Timeout { addr, after } => format!(
                "Redis {addr} 在 {} 毫秒内没有应答：请检查主机、防火墙或隧道，或调大配置中的超时时间",
                after.as_millis()
            ),
            RedisSourceError::Connect { addr, detail } => {
                format!("无法连接 Redis {addr}（{detail}）：请检查 Redis URL 和网络")
            }
            RedisSourceError::Tls { addr, detail } => format!(
                "与 Redis {addr} 的 TLS 连接失败（{detail}）：私有 CA 请安装到系统证书库，或用 SSL_CERT_FILE 指向其 PEM 文件；服务器未启用 TLS 时请用 redis://"
            ),
            RedisSourceError::NoPassword { addr } => format!(
                "Redis {addr} 需要密码：请用 `wxsign secret set --profile NAME --redis` 保存，或设置 WXSIGN_REDIS_PASSWORD"
            ),
            RedisSourceError::AuthFailed { addr, code } => format!(
                "Redis {addr} 拒绝了用户名或密码（{code}）：请用 `wxsign secret set --profile NAME --redis`（或 WXSIGN_REDIS_PASSWORD）保存正确的密码，并检查 URL 中的用户名"
            ),
            RedisSourceError::NoPermission { addr, command } => format!(
                "Redis {addr} 上的用户无权执行 {command}：请授予只读权限（ACL +get +ttl +type +exists ~KEY）"
            ),
            RedisSourceError::MissingKey { addr, db, key } => format!(
                "Redis {addr} 的 db {db} 中不存在键 '{key}'：请检查键名和 URL 中的 db，或等待后端缓存票据"
            ),
            RedisSourceError::WrongType { key, found } => format!(
                "键 '{key}' 的类型是 Redis {found}，不是字符串：wxsign 只读取字符串值（GET）；请指向保存该值的键"
            ),
            RedisSourceError::Value { key, source } => {
                format!("键 '{key}' 的值：{}", source.text().get(Lang::Zh))
            }
            RedisSourceError::NoTokenKey => "该配置从 Redis 读取，但没有设置令牌键名：请用 `wxsign profile edit NAME --redis-token-key KEY` 添加".to_owned(),
            RedisSourceError::OnlyJsapi => "Redis 来源只提供 jsapi 票据：wx_card 票据请通过微信接口获取（把票据来源改为 wechat）".to_owned(),
            RedisSourceError::Other { addr, detail } => format!("Redis {addr}：{detail}"),
        };
        Text::new(self.to_string(), zh)
    }

    /// A short meaning for the `{"error": …}` report.
    pub fn meaning(&self) -> Text {
        let (en, zh) = match self {
            RedisSourceError::BadSettings(_) => (
                "the profile's Redis settings are not valid",
                "配置中的 Redis 设置无效",
            ),
            RedisSourceError::Refused { .. }
            | RedisSourceError::Timeout { .. }
            | RedisSourceError::Connect { .. }
            | RedisSourceError::Other { .. } => ("Redis could not be reached", "无法访问 Redis"),
            RedisSourceError::Tls { .. } => (
                "the TLS connection to Redis failed",
                "与 Redis 的 TLS 连接失败",
            ),
            RedisSourceError::NoPassword { .. } | RedisSourceError::AuthFailed { .. } => {
                ("Redis authentication failed", "Redis 认证失败")
            }
            RedisSourceError::NoPermission { .. } => (
                "the Redis user lacks read permission",
                "Redis 用户没有读取权限",
            ),
            RedisSourceError::MissingKey { .. } => {
                ("the Redis key does not exist", "Redis 键不存在")
            }
            RedisSourceError::WrongType { .. } => {
                ("the Redis key is not a string", "Redis 键不是字符串类型")
            }
            RedisSourceError::Value { .. } => (
                "the cached value is in an unexpected format",
                "缓存值的格式不符",
            ),
            RedisSourceError::NoTokenKey | RedisSourceError::OnlyJsapi => (
                "the Redis source cannot provide this",
                "Redis 来源无法提供该凭据",
            ),
        };
        Text::new(en, zh)
    }

    /// Only what to do, for the `fix:` line under the full message.
    pub fn fix(&self) -> Text {
        let (en, zh) = match self {
            RedisSourceError::BadSettings(_) => (
                "fix the profile's Redis settings (`wxsign profile edit NAME --redis-url …`)",
                "请修正配置中的 Redis 设置（`wxsign profile edit NAME --redis-url …`）",
            ),
            RedisSourceError::Refused { .. }
            | RedisSourceError::Timeout { .. }
            | RedisSourceError::Connect { .. }
            | RedisSourceError::Other { .. } => (
                "check the Redis URL, that the server runs, and the network or tunnel",
                "请检查 Redis URL、服务是否运行，以及网络或隧道",
            ),
            RedisSourceError::Tls { .. } => (
                "trust the server's CA (OS certificate store or SSL_CERT_FILE), or use redis:// for a server without TLS",
                "请信任服务器的 CA（系统证书库或 SSL_CERT_FILE），服务器未启用 TLS 时请用 redis://",
            ),
            RedisSourceError::NoPassword { .. } | RedisSourceError::AuthFailed { .. } => (
                "store the Redis password with `wxsign secret set --profile NAME --redis` (or set WXSIGN_REDIS_PASSWORD)",
                "请用 `wxsign secret set --profile NAME --redis` 保存 Redis 密码（或设置 WXSIGN_REDIS_PASSWORD）",
            ),
            RedisSourceError::NoPermission { .. } => (
                "grant the Redis user read access to the key (+get +ttl +type +exists)",
                "请授予该 Redis 用户对该键的读取权限（+get +ttl +type +exists）",
            ),
            RedisSourceError::MissingKey { .. } => (
                "check the key name and the db in the Redis URL (`wxsign profile edit NAME --redis-ticket-key KEY`)",
                "请检查键名和 Redis URL 中的 db（`wxsign profile edit NAME --redis-ticket-key KEY`）",
            ),
            RedisSourceError::WrongType { .. } => (
                "point the profile at the string key that holds the ticket",
                "请让配置指向保存票据的字符串键",
            ),
            RedisSourceError::Value { .. } => (
                "set the value format the backend uses: `wxsign profile edit NAME --redis-format raw|json:FIELD|pydict:FIELD`",
                "请设置与后端一致的值格式：`wxsign profile edit NAME --redis-format raw|json:FIELD|pydict:FIELD`",
            ),
            RedisSourceError::NoTokenKey => (
                "add the token key: `wxsign profile edit NAME --redis-token-key KEY`",
                "请添加令牌键名：`wxsign profile edit NAME --redis-token-key KEY`",
            ),
            RedisSourceError::OnlyJsapi => (
                "fetch wx_card tickets from a profile whose ticket source is the WeChat API",
                "请使用票据来源为微信接口的配置获取 wx_card 票据",
            ),
        };
        Text::new(en, zh)
    }
}
