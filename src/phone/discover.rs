//! Which web-views of WeChat and WeCom serve the DevTools protocol on a phone, from the text of
//! `cat /proc/net/unix` and `ps` (PHONE.md §1, as Chrome's chrome://inspect does it): every
//! listening abstract socket whose name contains `_devtools_remote`, its pid read from the name,
//! mapped to the process of that pid. Pure: the shell runs elsewhere.

use serde::{Deserialize, Serialize};

/// What every DevTools socket name contains.
pub const SOCKET_MARK: &str = "_devtools_remote";

/// The apps whose web-views the phone mode attaches to, by process-name prefix (their
/// `:tools`, `:toolsmp`, `:appbrandN` processes included).
pub const APPS: &[(&str, App)] = &[
    ("com.tencent.mm", App::Wechat),
    ("com.tencent.wework", App::Wecom),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum App {
    Wechat,
    Wecom,
}

impl App {
    /// The product's name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            App::Wechat => "WeChat",
            App::Wecom => "WeCom",
        }
    }
}

/// The app a process belongs to, by its name.
pub fn app_of(process: &str) -> Option<App> {
    APPS.iter().find_map(|(prefix, app)| {
        let rest = process.strip_prefix(prefix)?;
        (rest.is_empty() || rest.starts_with(':')).then_some(*app)
    })
}

/// A DevTools socket of the phone (the name without its leading `@`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Socket {
    pub name: String,
    /// The owning process's pid, when the name carries it.
    pub pid: Option<u32>,
}

/// The listening abstract DevTools sockets in `/proc/net/unix`, each once.
pub fn devtools_sockets(proc_net_unix: &str) -> Vec<Socket> {
    let mut out: Vec<Socket> = Vec::new();
    for line in proc_net_unix.lines().skip(1) {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // Num RefCount Protocol Flags Type St Inode Path: listening (flag __SO_ACCEPTCON) and
        // unconnected; accepted connections carry the same path and are not servers.
        if fields.len() < 8 || fields[3] != "00010000" || fields[5] != "01" {
            continue;
        }
        let Some(name) = fields[7].strip_prefix('@') else {
            continue;
        };
        if !name.contains(SOCKET_MARK) || out.iter().any(|s| s.name == name) {
            continue;
        }
        out.push(Socket {
            name: name.to_owned(),
            pid: pid_of(name),
        });
    }
    out
}

/// The pid in a socket name: `webview_devtools_remote_<pid>`, `xweb_devtools_remote_<pid>`,
/// `com.tencent.mm_devtools_remote<pid>`, `mm_<pid>_devtools_remote`.
pub fn pid_of(name: &str) -> Option<u32> {
    let at = name.find(SOCKET_MARK)?;
    let after = &name[at + SOCKET_MARK.len()..];
    let after = after.strip_prefix('_').unwrap_or(after);
    if !after.is_empty() && after.bytes().all(|b| b.is_ascii_digit()) {
        return after.parse().ok();
    }
    let before = name[..at].rsplit('_').next()?;
    if after.is_empty() && !before.is_empty() && before.bytes().all(|b| b.is_ascii_digit()) {
        return before.parse().ok();
    }
    None
}

/// A process as `ps` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Process {
    pub pid: u32,
    pub name: String,
}

/// The processes of a `ps` listing: the PID column found by its header, the name last
/// (`USER PID PPID VSZ RSS WCHAN ADDR S NAME`, older `… PC NAME`).
pub fn processes(ps: &str) -> Vec<Process> {
    let mut lines = ps.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let Some(pid_col) = header.split_whitespace().position(|h| h == "PID") else {
        return Vec::new();
    };
    lines
        .filter_map(|l| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            if fields.len() <= pid_col + 1 {
                return None;
            }
            Some(Process {
                pid: fields[pid_col].parse().ok()?,
                name: (*fields.last()?).to_owned(),
            })
        })
        .collect()
}

/// A DevTools socket of WeChat or WeCom, with its process when `ps` named it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Endpoint {
    pub socket: String,
    pub pid: Option<u32>,
    pub process: Option<String>,
    pub app: App,
}

/// The sockets that belong to WeChat or WeCom: their pid's process is one of them, or (when
/// `ps` did not list it) the name itself starts with the package.
pub fn endpoints(sockets: &[Socket], processes: &[Process]) -> Vec<Endpoint> {
    sockets
        .iter()
        .filter_map(|s| {
            let process = s
                .pid
                .and_then(|pid| processes.iter().find(|p| p.pid == pid))
                .map(|p| p.name.clone());
            let app = match &process {
                Some(name) => app_of(name)?,
                None => app_of(s.name.split(SOCKET_MARK).next().unwrap_or_default())?,
            };
            Some(Endpoint {
                socket: s.name.clone(),
                pid: s.pid,
                process,
                app,
            })
        })
        .collect()
}

/// The apps that run without any DevTools socket: the switch is off or has expired.
pub fn running_without_socket(processes: &[Process], endpoints: &[Endpoint]) -> Vec<App> {
    let mut out = Vec::new();
    for p in processes {
        if let Some(app) = app_of(&p.name)
            && !endpoints.iter().any(|e| e.app == app)
            && !out.contains(&app)
        {
            out.push(app);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `/proc/net/unix` with every socket name PHONE.md §1 lists, plus what must be skipped:
    /// Chrome's own socket, a path socket, an accepted connection, a non-DevTools abstract one.
    const UNIX: &str = "\
Num       RefCount Protocol Flags    Type St Inode Path
0000000000000000: 00000002 00000000 00010000 0001 01 331813 /dev/socket/zygote
0000000000000000: 00000002 00000000 00010000 0001 01 358606 @webview_devtools_remote_4242
0000000000000000: 00000003 00000000 00000000 0001 03 358610 @webview_devtools_remote_4242
0000000000000000: 00000002 00000000 00010000 0001 01 358607 @xweb_devtools_remote_5151
0000000000000000: 00000002 00000000 00010000 0001 01 358608 @com.tencent.mm_devtools_remote6161
0000000000000000: 00000002 00000000 00010000 0001 01 358609 @mm_7171_devtools_remote
0000000000000000: 00000002 00000000 00010000 0001 01 358611 @chrome_devtools_remote
0000000000000000: 00000002 00000000 00010000 0001 01 358612 @webview_devtools_remote_8181
0000000000000000: 00000002 00000000 00010000 0001 01 358613 @jdwp-control
0000000000000000: 00000002 00000000 00010000 0001 01 358606 @webview_devtools_remote_4242
";

    /// Toybox `ps -A` (Android 8+); 8181 is a browser that is neither WeChat nor WeCom.
    const PS: &str = "\
USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME
root             1     0 10904024  9876 0                   0 S init
u0_a123       4242   700 17000000 300000 0                  0 S com.tencent.mm:tools
u0_a123       5151   700 17000000 300000 0                  0 S com.tencent.mm:appbrand0
u0_a123       6161   700 17000000 300000 0                  0 S com.tencent.mm
u0_a123       7171   700 17000000 300000 0                  0 S com.tencent.mm:appbrand1
u0_a88        8181   700 17000000 300000 0                  0 S com.android.chrome
u0_a130       9191   700 17000000 300000 0                  0 S com.tencent.wework
";

    #[test]
    fn every_known_socket_name_is_found_with_its_pid() {
        let s = devtools_sockets(UNIX);
        let found: Vec<(&str, Option<u32>)> = s.iter().map(|s| (s.name.as_str(), s.pid)).collect();
        assert_eq!(
            found,
            [
                ("webview_devtools_remote_4242", Some(4242)),
                ("xweb_devtools_remote_5151", Some(5151)),
                ("com.tencent.mm_devtools_remote6161", Some(6161)),
                ("mm_7171_devtools_remote", Some(7171)),
                ("chrome_devtools_remote", None),
                ("webview_devtools_remote_8181", Some(8181)),
            ]
        );
    }

    #[test]
    fn pids_are_read_from_each_naming_scheme() {
        let table = [
            ("webview_devtools_remote_4242", Some(4242)),
            ("xweb_devtools_remote_5151", Some(5151)),
            ("com.tencent.mm_devtools_remote6161", Some(6161)),
            ("mm_7171_devtools_remote", Some(7171)),
            ("chrome_devtools_remote", None),
            ("webview_devtools_remote_x1", None),
            ("webview_devtools_remote", None),
        ];
        for (name, pid) in table {
            assert_eq!(pid_of(name), pid, "{name}");
        }
    }

    #[test]
    fn processes_are_read_by_the_header_in_both_ps_layouts() {
        let p = processes(PS);
        assert_eq!(p.len(), 7);
        assert_eq!(
            p[1],
            Process {
                pid: 4242,
                name: "com.tencent.mm:tools".into()
            }
        );
        // Android 7 toolbox ps: a PC column and no S header before NAME.
        let old = "USER     PID   PPID  VSIZE  RSS     WCHAN    PC        NAME\n\
                   u0_a98    3001  270   1650000 150000 ffffffff 00000000 S com.tencent.mm:tools\n";
        assert_eq!(
            processes(old),
            [Process {
                pid: 3001,
                name: "com.tencent.mm:tools".into()
            }]
        );
        assert!(processes("").is_empty());
        assert!(processes("no header here\n1 2 3").is_empty());
    }

    #[test]
    fn only_wechat_and_wecom_sockets_are_kept_and_named() {
        let e = endpoints(&devtools_sockets(UNIX), &processes(PS));
        let got: Vec<(&str, Option<&str>, App)> = e
            .iter()
            .map(|e| (e.socket.as_str(), e.process.as_deref(), e.app))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "webview_devtools_remote_4242",
                    Some("com.tencent.mm:tools"),
                    App::Wechat
                ),
                (
                    "xweb_devtools_remote_5151",
                    Some("com.tencent.mm:appbrand0"),
                    App::Wechat
                ),
                (
                    "com.tencent.mm_devtools_remote6161",
                    Some("com.tencent.mm"),
                    App::Wechat
                ),
                (
                    "mm_7171_devtools_remote",
                    Some("com.tencent.mm:appbrand1"),
                    App::Wechat
                ),
            ]
        );
        // `ps` that lists nobody (an old phone's plain `ps`): only the names that say WeChat.
        let blind = endpoints(&devtools_sockets(UNIX), &[]);
        let names: Vec<&str> = blind.iter().map(|e| e.socket.as_str()).collect();
        assert_eq!(names, ["com.tencent.mm_devtools_remote6161"]);
    }

    #[test]
    fn app_names_need_the_package_or_one_of_its_processes() {
        assert_eq!(app_of("com.tencent.mm"), Some(App::Wechat));
        assert_eq!(app_of("com.tencent.mm:toolsmp"), Some(App::Wechat));
        assert_eq!(app_of("com.tencent.wework:wxa"), Some(App::Wecom));
        assert_eq!(app_of("com.tencent.mmx"), None);
        assert_eq!(app_of("com.tencent.mobileqq"), None);
    }

    #[test]
    fn a_client_without_socket_is_named() {
        let procs = processes(PS);
        let e = endpoints(&devtools_sockets(UNIX), &procs);
        // WeChat has sockets, WeCom runs without one.
        assert_eq!(running_without_socket(&procs, &e), [App::Wecom]);
        assert_eq!(
            running_without_socket(&procs, &[]),
            [App::Wechat, App::Wecom]
        );
    }
}
