### wxsign 的文案目录（简体中文）：窗口、命令行、报告和错误信息中的每一句话。
### 与 en.ftl 的 id、顺序和 `## Area` 分组完全一致；由 tests/cli/catalogue.rs 检查。

## Window · Panels

ui-panel-sign = 签名
ui-panel-check-url = 检查 URL
ui-panel-verify = 验证
ui-panel-log = 日志
ui-panel-settings = 设置

## Window · Sign panel

ui-ticket = jsapi_ticket
ui-ticket-hint = 粘贴 jsapi_ticket，或为配置获取
ui-show-ticket = 显示 ticket
ui-noncestr = noncestr
ui-generate = 生成
ui-timestamp = timestamp
ui-now = 现在
ui-page-url = 页面 URL
ui-page-url-hint = https://example.com/page?from=singlemessage
ui-load-example = 载入官方示例
ui-example-intro = 第一次使用？载入微信文档中的示例，立即看到正确的签名。
ui-sign-url = 页面实际签名的 URL
ui-sign-url-same = 未改变
ui-sign-url-invalid = 不是页面可能拥有的 URL：请输入带 http:// 或 https:// 的完整 URL
ui-changes-legend = 高亮部分：浏览器会改变的地方
ui-use-sign-url = 改为签名这个 URL
ui-string1 = string1（排序后的待签名字符串）
ui-string1-legend = · = 空格，<TAB>/<NBSP>/<ZWSP>… = 不可见字符
ui-signature = 签名（SHA-1）
ui-copy = 复制
ui-copy-string1 = 复制 string1
ui-copy-signature = 复制签名
ui-copy-snippet = 复制 wx.config
ui-copied = 已复制
ui-snippet = wx.config 代码
ui-js-api-list = jsApiList
ui-deprecated = 已废弃
ui-open-tag-list = openTagList
ui-fill-inputs = 填写 ticket 和页面 URL 即可看到签名。
ui-ticket-missing = 没有 ticket：请在上方粘贴，或为配置获取。
ui-url-missing = 输入页面 URL（Ctrl+L）即可看到 string1 和签名。
ui-timestamp-ms = 这个时间戳像是毫秒；wx.config 需要秒。
ui-timestamp-not-number = 时间戳应为 1970 年以来的整秒数（只含数字）。

## Window · Check URL panel

ui-check-url-intro = 粘贴页面 URL，查看页面实际签名的内容以及违反的每条规则。
ui-findings = 检查结果
ui-no-findings = 这个 URL 没有发现问题。
ui-fix = 修正
ui-safe-domains = JS 接口安全域名
ui-safe-domains-hint = 例如 example.com 或 wx.qq.com/mp
ui-add-domain = 添加域名
ui-remove = 删除
ui-severity-error = 错误
ui-severity-warning = 警告
ui-severity-info = 提示

## Window · Verify panel

ui-verify-intro = 粘贴服务器返回的内容，以及手机上显示的页面 URL。
ui-server-output = 服务器输出（接口 JSON 或 wx.config）
ui-server-output-hint = {"{"}"appId":"wx…","timestamp":1414587457,"nonceStr":"…","signature":"…"{"}"}
ui-phone-url = 手机上的页面 URL
ui-phone-url-hint = 从手机复制，包括 # 部分
ui-entry-url = 入口 URL（iOS 单页）
ui-entry-url-hint = 本次访问的第一个 URL，可选
ui-verify-ticket = 使用的 jsapi_ticket
ui-verify-button = 验证签名
ui-verdict-match = 一致
ui-verdict-mismatch = 不一致
ui-causes = 原因
ui-notes = 还需检查
ui-server-string1 = 服务器使用的 string1
ui-correct-string1 = 正确的 string1
ui-expected-signature = 正确的签名
ui-parse-error = 无法读取服务器输出
ui-missing-field = 服务器输出缺少
ui-candidates = 尝试过的 ticket

## Window · Log panel

ui-log-filter = 筛选
ui-log-clear = 清空
ui-log-copy = 复制为文本
ui-log-empty = 还没有 HTTP 调用。为配置获取 ticket 时，每次调用都会记录在这里。
ui-col-time = 时间
ui-col-endpoint = 接口
ui-col-duration = 耗时
ui-col-status = HTTP
ui-col-errcode = errcode
ui-col-message = 信息
ui-log-count = 行

## Window · Settings

ui-language = 语言
ui-theme = 主题
ui-theme-light = 浅色
ui-theme-dark = 深色
ui-theme-system = 跟随系统
ui-settings-saved-in = 设置保存在
ui-font-in-use = 中文字体
ui-font-system = 系统字体
ui-font-bundled = 内置 Noto Sans SC（GB2312 子集）
ui-save-failed = 无法保存设置

## Window · Profiles and top bar

ui-valid = 有效
ui-expired = 已过期
ui-hours = 小时
ui-minutes = 分
ui-seconds = 秒
ui-profile = 配置
ui-no-profile = （无）
ui-no-profile-hint = 在左侧添加配置即可获取 ticket；签名面板无需联网即可使用。
ui-offline-hint = 离线模式：后台任务未启动。
ui-token = access_token
ui-ticket-short = Ticket
ui-not-fetched = 未获取
ui-from-cache = 缓存，获取于
ui-fetched = 获取于
ui-fetch-ticket = 获取 ticket
ui-force-refresh = 强制刷新 token…
ui-force-refresh-warning = 这会以 force_refresh=true 调用 stable_token：微信每天只允许 20 次（间隔 30 秒），并且会更换该公众号所有服务器正在使用的 token。仅在 token 泄露时使用。
ui-force-refresh-confirm = 立即刷新（消耗今日 20 次中的 1 次）
ui-cancel = 取消
ui-dismiss = 关闭
ui-test-account = 测试号
ui-production = 正式号
ui-profiles = 配置
ui-add-profile = 添加配置
ui-no-profiles = 还没有配置。添加一个即可获取真实的 ticket。
ui-edit = 编辑
ui-delete = 删除
ui-delete-profile-q = 删除配置
ui-app-secret = AppSecret
ui-secret-keyring = 已存入钥匙串
ui-secret-env = 来自 WXSIGN_APP_SECRET
ui-secret-session = 仅本次会话
ui-secret-missing = 未设置
ui-secret-not-needed = 未设置（无需：票据不从微信接口获取）
ui-edit-profile = 编辑配置
ui-profile-name = 名称
ui-account-kind = 账号类型
ui-token-mode = Token 接口
ui-legacy-token = cgi-bin/token（会使服务器的 token 失效）
ui-forget-secret = 删除密钥
ui-new-secret = 新 AppSecret
ui-new-secret-hint = 留空则保持不变
ui-session-only = 仅在本次会话中保留（不存入钥匙串）
ui-save = 保存
ui-api-base = API 地址
ui-timeouts = 超时
ui-connect-timeout = 连接
ui-total-timeout = 总计
ui-profile-settings = 当前配置
ui-no-active-profile = 选择或添加配置后可编辑其 API 地址和超时。
ui-secret-store = 密钥存储

## Window · WeCom views

wecom-platform = 平台
wecom-official-account = 公众号
wecom-wecom = 企业微信
wecom-trusted-domains = 可信域名
wecom-trusted-domains-hint = 每行一个，最多 10 个；包含子域名
wecom-apps = 应用
wecom-add-app = 添加应用
wecom-remove-app = 移除
wecom-agent-id = AgentId
wecom-app-name = 应用名称
wecom-app-secret = Secret
wecom-app-secret-hint = 粘贴以替换；不会显示
wecom-no-apps = 还没有应用：请添加要调试页面所属的应用（应用管理 → 应用 → AgentId）。
wecom-agent-ticket = 应用票据
wecom-agent-ticket-hint = 该应用的 agent_config 票据
wecom-agent-nonce = 应用 nonceStr
wecom-config-call = wx.config
wecom-agent-call = wx.agentConfig
wecom-signed-with-corp = 用企业票据签名
wecom-signed-with-agent = 用应用票据签名，应用
wecom-agent-ticket-missing = 请粘贴或获取应用票据，以便为 wx.agentConfig 签名。
wecom-same-signature = 两个调用的签名相同：wx.agentConfig 必须用应用票据签名。
wecom-snippet-wx = wx.config + wx.agentConfig
wecom-snippet-ww = ww.register
wecom-copy-wx = 复制 wx.config + wx.agentConfig
wecom-copy-ww = 复制 ww.register
wecom-corp-ticket-short = 企业票据
wecom-agent-ticket-short = 应用票据
wecom-wecom-hint = 企业微信需要两次签名：wx.config 用企业票据，wx.agentConfig 用某个应用的应用票据。
wecom-no-apps-short = 尚无应用
wecom-secrets-set = 应用 Secret：
wecom-secrets-not-needed = 粘贴或 Redis 票据无需
wecom-missing-for = 未设置：
wecom-findings = 企业微信检查结果
wecom-not-in-paste = 粘贴内容中没有
wecom-app = 应用
wecom-app-hint = 用其应用票据为 wx.agentConfig 签名的应用：顶栏的应用票据、签名、验证和批量检查都跟随它。
wecom-call-match = 一致
wecom-call-mismatch = 不一致
wecom-call-unchecked = 未检查
wecom-call-unchecked-hint = 没有该应用的应用票据：请先获取或粘贴（顶栏的“应用”），再运行一次。

## Window · Probe panel

probe-panel = 页面探测
probe-title = 页面探测
probe-intro = 在模拟微信内置浏览器的无头浏览器中打开页面，记录它的 wx.config 和分享调用，并按各平台微信实际校验的 URL 检查签名。
probe-url = 页面 URL
probe-url-hint = https://m.example.com/home，即手机打开的地址
probe-platform = 平台
probe-both = Android + iOS
probe-answer = wx.config 应答
probe-answer-wechat = 与微信一致
probe-answer-ok = 总是成功
probe-answer-fail = 总是失败
probe-answer-help = 与微信一致：页面的 wx.error / wx.ready 与手机上一样执行。总是成功：签名错误时也能走到分享设置。
probe-check-images = 检查 imgUrl
probe-run = 开始探测
probe-cancel = 取消
probe-cancelling = 正在取消…
probe-running = 正在探测
probe-starting-browser = 正在启动浏览器…
probe-browser = 浏览器
probe-browser-searching = 正在查找浏览器…
probe-browser-fix = 请安装一个，或在“设置 → 页面探测使用的浏览器”中填写其路径。
probe-browser-missing = 没有可用的浏览器
probe-open-settings = 打开设置
probe-tickets = jsapi_ticket
probe-tickets-current = 当前
probe-tickets-older = 较早
probe-no-ticket = 无：探测会显示页面的行为，但无法检查签名。请在顶栏获取 ticket，或在签名面板中粘贴。
probe-profile = 配置
probe-profile-app-id = appId
probe-no-profile = 无：不检查 appId 和安全域名
probe-empty-title = 使用方法
probe-empty-step-1 = 1. 输入手机打开的页面 URL（需要网页授权的页面会停在登录处，并说明应签名的 URL）。
probe-empty-step-2 = 2. 选择平台：Android 校验 wx.config 时的 URL，iOS 校验页面加载时的 URL。
probe-empty-step-3 = 3. 开始：每个平台显示时间线、签名结论及原因，以及聊天中看到的分享卡片。
probe-need-url = 请输入页面的 http(s) 地址。
probe-bad-url = 这不是 http(s) URL
probe-cancelled = 已取消：浏览器已停止。
probe-failed = 探测失败
probe-timeline = 时间线
probe-landing = 落地页
probe-push-state = pushState
probe-replace-state = replaceState
probe-hash-change = hash 变化
probe-pop-state = popstate
probe-navigation = 页面跳转
probe-config = wx.config
probe-share = 分享
probe-share-before-config = 在 config 完成之前
probe-oauth = 网页授权
probe-blocked = 已拦截
probe-dialog = 对话框
probe-failed-request = 请求失败
probe-exception = 异常
probe-nothing-loaded = 没有加载任何页面
probe-verdict-passed = 通过
probe-verdict-failed = 未通过
probe-not-checked = 未检查
probe-not-checked-why = 没有提供 jsapi_ticket，因此没有检查签名。请在顶栏获取 ticket 或在签名面板中粘贴后重新探测。
probe-open-in-verify = 在校验面板中打开
probe-open-in-verify-help = 用这次调用的参数和微信校验的 URL 填写校验面板
probe-config-at = 于
probe-href-at-call = 调用时的 location.href
probe-verified-url = 微信校验的 URL
probe-answered = 探测的应答
probe-debug-on = debug: true（jweixin 会弹出每个返回结果）
probe-share-title = 分享卡片
probe-share-chat = 聊天中
probe-share-moments = 朋友圈中
probe-no-share = 页面没有设置分享内容：微信只分享链接和页面标题，没有描述和图片。
probe-no-title = （无标题）
probe-no-link = （无链接：微信使用当前 URL）
probe-thumb-loading = 正在加载缩略图…
probe-thumb-failed = 无法加载缩略图
probe-thumb-none = 没有 imgUrl
probe-oauth-title = 停在微信网页授权
probe-oauth-explain = 探测无法登录。登录后微信会打开带有 code 和 state 的 redirect_uri：服务器要签名的是这个 URL，而不是授权 URL。可以用带真实 code 的该 URL 再次探测登录后的页面。
probe-oauth-via-http = 通过 HTTP 重定向
probe-oauth-via-script = 通过脚本跳转
probe-redirect-uri = redirect_uri
probe-scope = scope
probe-state = state
probe-sign-after-login = 登录后应签名的 URL
probe-copy = 复制
probe-copied = 已复制
probe-blocked-title = 已拦截（没有离开本机）
probe-blocked-beacon = jweixin 的上报请求
probe-blocked-oauth = 微信网页授权
probe-failed-title = 失败的请求
probe-dialogs-title = 对话框（已自动应答，不会阻塞）
probe-exceptions-title = 页面异常
probe-findings-title = 发现
probe-no-config-title = wx.config 可能没有执行的原因
probe-sdk-scripts = 已加载的 JS-SDK 脚本
probe-sdk-none = 没有看到 JS-SDK 脚本
probe-bridge-used = 页面使用了 WeixinJSBridge
probe-bridge-unused = 页面没有使用 WeixinJSBridge
probe-window-wx = window.wx 已设置
probe-no-window-wx = window.wx 未设置（打包的 SDK 不会设置它）
probe-user-agent = User agent
probe-fix = 修复
probe-legend = 正常 · 问题 · 警告 · 信息

## Window · Probe panel · Settings

probe-settings-browser = 页面探测使用的浏览器
probe-settings-browser-hint = 留空则在 PATH 和常见安装位置查找
probe-settings-found = 已找到
probe-settings-detect = 检查

## Window · Probe panel · Batch

probe-batch-mode = 模式
probe-batch-mode-endpoint = 通过签名接口
probe-batch-mode-probe = 探测页面
probe-batch-repeat-hint = 每个页面加载这么多次：时而通过时而失败的页面标为不稳定；若各次 wx.config 用了不同的 ticket 签名，说明负载均衡后的各个服务器各自缓存了 ticket。
probe-batch-probe-intro = 在模拟微信的无头浏览器中打开每个页面，检查页面自己的 wx.config：无需签名接口。

## Window · Batch panel

batch-panel = 批量
batch-title = QA 批量检查
batch-intro = 通过签名接口为每个页面签名并逐一检查，使用当前配置的 appId、安全域名和 ticket。
batch-endpoint = 签名接口
batch-request = 请求
batch-param-json = JSON 请求体
batch-param-query = 查询参数
batch-param-form = 表单字段
batch-param-name = 字段名
batch-encode-component = 页面发送 encodeURIComponent(url)
batch-header = 请求头（可选）
batch-header-value-hint = 值（仅保存在内存中）
batch-options = 选项
batch-concurrency = 并发数
batch-timeout-ms = 超时（毫秒）
batch-check-images = 检查 imgUrl
batch-pages = 页面：每行一个 URL、带 url 列的 CSV，或 JSON
batch-pages-hint =
    https://m.example.com/home
    https://m.example.com/list#/item/1
batch-run = 开始批量检查
batch-cancel = 取消
batch-pass = 通过
batch-fail = 失败
batch-error = 错误
batch-not-run = 未运行
batch-flaky = 不稳定
batch-repeat = 重复次数
batch-repeat-hint = 每个页面向接口请求这么多次：时而通过时而失败的页面标为不稳定；若返回用了不同的 ticket 签名，说明负载均衡后的各个服务器各自缓存了 ticket。
batch-all = 全部
batch-show = 显示
batch-status = 状态
batch-problem = 原因与发现
batch-open-in-verify = 在校验面板中打开
batch-no-results = 暂无结果：粘贴页面、填写签名接口后开始。
batch-no-results-probe = 暂无结果：粘贴页面后开始；每个页面会在无头浏览器中打开。
batch-all-passed = 全部页面通过
batch-not-all-passed = 并非全部页面通过
batch-cancelled = 已取消；已完成的页面会保留
batch-need-endpoint = 请输入签名接口的 http(s) 地址。
batch-need-ticket = 没有 jsapi_ticket：请在顶栏获取，或在签名面板中粘贴。
batch-pages-error = 无法读取页面列表
batch-start-failed = 无法启动批量检查

## Window · Card mode

card-mode-config = wx.config 签名
card-mode-card = 卡券（addCard / chooseCard）
card-sign-intro = 卡券签名用 wx_card ticket，规则也不同：只取值，去掉空值，按字符串排序后直接拼接，再做 SHA-1。
card-verify-intro = 粘贴服务器为 addCard（cardExt）或 chooseCard 签名的各个值和它返回的签名；验证器会指出错在哪里。
card-api = 接口
card-card-ticket = wx_card ticket
card-card-ticket-hint = getticket?type=wx_card 返回的 api_ticket
card-jsapi-ticket = jsapi ticket
card-jsapi-ticket-hint = 可选：检查服务器是否误用了它
card-optional-hint = 可选
card-signature = 签名
card-signature-hint = 服务器返回的签名
card-load-example = 载入官方卡券示例
card-sorted-values = 参与签名的值（按顺序）
card-sorted-legend = 按字符串排序，中间不加任何分隔符
card-string = 待签名字符串
card-result = 卡券签名
card-copy-string = 复制字符串
card-copy-signature = 复制签名
card-copied = 已复制
card-fill-inputs = 请填写 wx_card ticket、时间戳、随机串和 card_id。
card-verify-button = 验证卡券签名
card-server-string = 服务器计算所用的字符串
card-correct-string = 正确的字符串
card-expected = 正确签名

## Window · Self-check

doctor-title = 自检
doctor-intro = 检查钥匙串、配置文件、中文字体，以及每个配置的 API 地址（DNS、TCP、TLS、HTTP）、时钟、AppSecret 和缓存。与 `wxsign doctor` 相同。
doctor-run = 开始检查
doctor-running = 检查中…
doctor-nothing-broken = 一切正常
doctor-problems = 个问题需要解决
doctor-fix = 解决：
doctor-profile = 配置

## Window · Redis ticket source (profile editor, top bar)

redis-ticket-source = 票据来源
redis-source-pasted = 粘贴
redis-source-redis = Redis（只读）
redis-url = Redis URL
redis-corp-ticket-key = 企业票据键名
redis-ticket-key = 票据键名
redis-token-key = 令牌键名
redis-optional = 可选
redis-value-format = 值格式
redis-value-format-invalid = Redis 值格式: { $error }
redis-password = Redis 密码
redis-password-keep = 留空则保留已保存的密码
redis-test-connection = 测试连接
redis-add-apps-first = 在下方添加应用后即可填写其应用票据键名。
redis-agent-ticket-key = 应用票据键名 { $agent_id }
redis-note-pasted = 票据为粘贴
redis-note-from = 票据来自 Redis { $key }
redis-connected = 已连接 { $addr }
redis-key-missing = 不存在
redis-key-ttl = TTL { $seconds } s
redis-key-no-ttl = 无过期时间
redis-key-not-string = 类型为 { $kind }, 不是字符串

## Window · Pasted ticket source (profile editor, top bar)

pasted-ticket = 粘贴的票据
pasted-corp-ticket = 粘贴的企业票据
pasted-keep-stored = 留空则保留已保存的票据
pasted-seconds-left = 剩余秒数
pasted-seconds-hint = 留空：按从现在起 7200 秒估算
pasted-seconds-invalid = 剩余秒数：请填写整数秒（最多 7200）或留空
pasted-seconds-invalid-for = 剩余秒数 ({ $which })：请填写整数秒（最多 7200）或留空
pasted-add-apps-first = 在下方添加应用后即可粘贴其应用票据。
pasted-agent-ticket = 粘贴的应用票据 { $agent_id }
pasted-agent-seconds-left = 剩余秒数
pasted-agent-seconds-hint = 该应用票据的剩余秒数；留空：按从现在起 7200 秒估算
pasted-note-valid = 票据粘贴于 { $pasted }，有效约 { $minutes } 分钟
pasted-note-expired = 票据粘贴于 { $pasted }, 已过期：请粘贴新的票据

## Pasted ticket source

pasted-ticket-malformed = 粘贴的票据为空或中间含有空格：请只粘贴 getticket 返回的 jsapi_ticket
pasted-lifetime-impossible = 有效期 { $seconds } 秒不可能：jsapi_ticket 自签发起最多 { $max } 秒；请填写剩余秒数（1-{ $max }）或不填

## Platforms

platform-wechat-api-source = 微信接口
platform-wecom-api-source = 企业微信接口

## Command line · General

cli-error-prefix = 错误：
cli-error-line = { $prefix }{ $message }
cli-warning-prefix = 警告：
cli-usage-more = 更多信息请运行 '{ $command } --help'。
cli-json-not-here = --json：`{ $command }` 没有 JSON 输出；请去掉 --json
cli-usage-missing-value =
    { $option } 缺少值：它后面的 `{ $next }` 是下一个选项，不是值。
    {"  "}请写成 `{ $option } { $value } { $next } ...`；如果值确实就是文本 `{ $next }`，请写 `{ $option }={ $next }`。
cli-usage-unquoted-url =
    URL { $url } 后面有意外的参数 '{ $unexpected }'
    {"  "}提示：带空格的 URL 会被 shell 拆成两段：请加引号，'{ $url } { $unexpected }'（或把空格写成 %20）
cli-ticket-or-profile = 请只给出 --ticket 或 --profile 之一
cli-nonce-failed = 生成随机字符串
cli-label-signature = 签名
cli-window-no-display = 没有找到显示器（{ $why }），无法打开窗口；子命令无需显示器即可使用：`wxsign --help`
cli-window-failed = 无法打开窗口：{ $error }
cli-label-result = 结果
cli-severity-error = 错误
cli-severity-warning = 警告
cli-severity-info = 提示
cli-label-cause = 原因
cli-label-notes = 说明
cli-label-warning = 警告
cli-label-expected = 正确签名
cli-label-got = 收到签名
cli-verdict-match = 匹配
cli-verdict-mismatch = 不匹配
cli-verdict-mismatch-loud = 不匹配
cli-note-prefix = 提示：
cli-fix-prefix = 解决：
cli-yes = 是
cli-no = 否
cli-seconds = { $seconds } 秒
cli-no-jsapi-ticket = 没有 jsapi_ticket：请用 --ticket 传入当前的 ticket，或用 --profile 自动获取
cli-runtime-failed = 启动异步运行时失败
cli-list-separator = 、

## Command line · sign

cli-sign-no-ticket = 没有票据：请用 --ticket TICKET 传入、设置 WXSIGN_TICKET，或用 --profile NAME 获取该配置的 jsapi_ticket
cli-sign-wecom-only = --agent-id 和 --snippet 只用于企业微信配置：'{ $profile }' 是公众号
cli-sign-pasted-valid = 票据来源：粘贴，有效期 { $seconds } 秒
cli-sign-pasted-estimated = 票据来源：粘贴，有效期约 { $seconds } 秒（估算值：从粘贴时起算）
cli-sign-ticket-list = 票据中有逗号或空白；微信的 jsapi_ticket 从不包含它们（WXSIGN_TICKET 在这里必须只有一个票据）。仍按原样签名。
cli-sign-corp-ticket-of = { $corp_id } 的企业票据
cli-sign-agent-ticket-of = 应用 { $app } 的应用票据

## Command line · check-url

cli-check-browser-url = 提示：浏览器中该页面的地址是 { $url }
cli-check-input = 输入
cli-check-no-sign-url = （无：这不是页面可能有的地址）
cli-check-sign-url = 签名 URL
cli-check-changes = 变化
cli-check-findings = 问题
cli-check-summary = { $errors } 个错误，{ $warnings } 个警告，{ $infos } 个提示

## Command line · verify

cli-verify-not-page-url = 不是网页地址（协议 { $scheme }:）：请传入手机上显示的页面 http(s) 地址，例如 https://example.com/page?id=1
cli-verify-not-url = 不是 URL（{ $error }）：请传入带 http:// 或 https:// 的完整页面地址，例如 https://example.com/page?id=1
cli-verify-timestamp-digits = 不是数字：请传入 wx.config 收到的时间戳，即自纪元起的秒数（例如 1414587457）
cli-verify-stdin-twice = --secret-stdin 和 --config - 都要读取标准输入：请把配置保存到文件，或用 `wxsign secret set` 保存密钥
cli-verify-config-unreadable = 无法读取配置 { $source }：{ $error }；请指定可读的文件，或用 '-' 并通过管道传入内容
cli-verify-stdin-empty = 标准输入为空：请通过管道传入接口的 JSON 返回或页面的 wx.config({"{"}...{"}"}) 调用（`--config - < reply.json`）
cli-verify-config-empty = 配置文件 { $source } 是空的：请把接口的 JSON 返回或页面的 wx.config({"{"}...{"}"}) 调用保存进去
cli-verify-config-only-real-auth = { $name } 中只有 wx.error 结果（realAuthUrl）；请在旁边粘贴接口返回或 wx.config 调用，或用 --noncestr、--timestamp、--signature 和 --real-auth-url 传入
cli-verify-config-missing = { $name }：配置中没有 { $missing }；请粘贴完整的接口返回或 wx.config 调用，或用 --noncestr、--timestamp 和 --signature 传入
cli-verify-value-spaces = { $name } { $value } 首尾有空格；wx.config 必须收到与服务器签名时完全相同、不带空格的值。
cli-verify-reply-url-differs = 接口返回的 url 字段是 { $url }，而页面应签名的是 { $signed }：服务器签的是它收到的 URL；请让页面发送 location.href.split('#')[0]。
cli-verify-config = 配置
cli-verify-url = 签名 URL
cli-verify-no-agent-ticket = 无法获取应用票据：应用 { $app }: { $fix }
cli-verify-app = 应用
cli-verify-not-in-input = 输入中没有
cli-verify-wecom-expected = 预期签名
cli-verify-payment = 微信支付，不是 wx.config
cli-verify-signed = 服务器签名
cli-verify-verified = 微信校验

## Command line · cards

cli-card-value-alone = { $name } 是卡券参数：请加上 --card addcard|choosecard，或去掉它
cli-card-ignored = { $api } 的签名不包含 { $list }；已忽略
cli-card-card = 卡券

## Command line · token and ticket

cli-secret-stdin-failed = 从标准输入读取密钥失败
cli-token-stdin-empty = --secret-stdin：标准输入为空：请通过管道传入 AppSecret
cli-token-access-token = 访问令牌
cli-token-expires-in = 剩余有效期
cli-token-fetched-at = 获取时间
cli-token-from-cache = 来自缓存
cli-token-endpoint = 接口
cli-token-ticket = 票据
cli-token-type = 类型
cli-token-unknown = 未知
cli-token-expires-estimated = ~{ $seconds } 秒 (估算值：从粘贴时起算)
cli-token-source = 来源

## Command line · doctor

cli-doctor-profile = 配置
cli-doctor-ok = 一切正常
cli-doctor-problems = { $count } 个问题需要解决

## Command line · completions and man

cli-man-written = 已将 { $count } 个手册页写入 { $dir }
cli-man-render-failed = 无法生成手册页
cli-man-create-failed = 无法创建 { $dir }
cli-man-write-failed = 无法把手册页写入 { $dir }
cli-man-list-failed = 无法列出 { $dir }
cli-stdout-failed = 无法写入标准输出

## Command line · profile

cli-profile-names-over-ids = 给了 { $names } 个 --agent-name，却只有 { $ids } 个 --agent-id：请把每个 --agent-name 紧跟在它的 --agent-id 后面
cli-profile-agent-twice = agentid { $agent_id } 出现了两次：每个应用只需给一次
cli-profile-name-before-id = --agent-name '{ $name }' 出现在所有 --agent-id 之前：请把它紧跟在它的 --agent-id 后面
cli-profile-agent-id-oa = --agent-id 只用于企业微信配置：请加上 --platform wecom --corp-id ID（公众号没有应用）
cli-profile-added = 已添加配置
cli-profile-no-such-app = 配置 '{ $profile }' 没有 agentid 为 { $agent_id } 的应用：见 `wxsign profile show { $profile }`
cli-profile-saved = 已保存配置
cli-profile-none-yet = 还没有配置
cli-profile-removing = 删除配置 { $profile }
cli-profile-removed = 已删除配置
cli-profile-secret-shared = 保留了 { $app_id } 的 AppSecret 和缓存凭证：配置 { $profiles } 仍在使用；`wxsign secret delete --profile { $first }` 可删除
cli-profile-secret-stays = { $app_id } 的 AppSecret 仍保留在钥匙串中（使用该 appId 的新配置会复用它）；`wxsign secret delete --appid { $app_id }` 可删除
cli-profile-legacy-warning = 传统令牌模式调用 cgi-bin/token，生产服务器持有的令牌将在 5 分钟后失效
cli-profile-no-app-yet = 尚无应用
cli-profile-test-account = 测试号
cli-profile-production = 正式号
cli-profile-legacy-mode = 传统 cgi-bin/token
cli-profile-name = 名称
cli-profile-platform = 平台
cli-profile-apps = 应用
cli-profile-none-yet-apps = 尚无
cli-profile-api-base = API 地址
cli-profile-trusted = 可信域名
cli-profile-kind = 类型
cli-profile-safe-domains = 安全域名
cli-profile-timeouts = 超时
cli-profile-timeouts-value = 连接 { $connect } 毫秒，总计 { $total } 毫秒
cli-profile-notes = 备注
cli-profile-endpoint = 签名接口
cli-profile-url-param = URL 参数
cli-profile-headers = 请求头
cli-profile-headers-kept = （值保存在钥匙串中）
cli-profile-fields = 字段
cli-secret-none-stored = 没有保存过 AppSecret：

## Command line · Redis ticket source

cli-redis-options-need-redis = --redis-* 选项需要 --ticket-source redis（而不是 { $source }）
cli-redis-not-redis-profile = 该配置不从 Redis 读取票据：请加上 --ticket-source redis 才能使用 --redis-* 选项
cli-redis-agent-key-form = --redis-agent-ticket-key '{ $pair }'：请写成 AGENTID=KEY，例如 1000002=wecom:agent_ticket:1000002
cli-redis-needs-url = --ticket-source redis 需要 --redis-url redis://HOST:6379/DB
cli-redis-needs-ticket-key = --ticket-source redis 需要 --redis-ticket-key KEY（后端缓存 jsapi_ticket 所用的键名）
cli-redis-ticket-from = 票据来源
cli-redis-from-wechat = 微信接口（getticket）
cli-redis-from-pasted = 粘贴（`wxsign secret set --profile NAME --ticket`）
cli-redis-from-redis = Redis（只读）
cli-redis-url = Redis 地址
cli-redis-ticket-key = 票据键名
cli-redis-token-key = 令牌键名
cli-redis-agent-key = 应用票据键名
cli-redis-stdin-failed = 从标准输入读取 Redis 密码失败
cli-redis-prompt = 配置 { $profile } 的 Redis 密码（不回显）：
cli-redis-terminal-failed = 从终端读取 Redis 密码失败
cli-redis-stdin-not-terminal = 标准输入不是终端：请加上 --secret-stdin 从标准输入读取 Redis 密码
cli-redis-password-empty = Redis 密码为空：请输入 Redis 用户的密码（requirepass 或 ACL）
cli-redis-no-keyring =
    { $why }
    在命令行中请改为每次调用时提供 Redis 密码：{ $env }。
cli-redis-store-failed = 保存 Redis 密码失败
cli-redis-stored = { $on }已保存{ $off } 配置 { $profile } 的 Redis 密码到系统钥匙串（{ $chars } 个字符）
cli-redis-kept-in-memory = 配置 { $profile } 的 Redis 密码仅保存在内存中（{ $env }=memory）：命令结束后即消失
cli-redis-delete-failed = 删除 Redis 密码失败
cli-redis-deleted = 已删除配置 { $profile } 的 Redis 密码
cli-redis-none-stored = 配置 { $profile } 没有保存过 Redis 密码
cli-redis-status-env = 已设置（{ $env }）
cli-redis-status-keyring = 已设置（系统钥匙串）
cli-redis-status-not-set = 未设置（没有密码的服务器可不设置）：`wxsign secret set --profile NAME --redis`

## Command line · secret

cli-secret-no-keyring =
    { $why }
    在命令行中请改为每次调用时提供密钥：WXSIGN_APP_SECRET 或 --secret-stdin。
cli-secret-store-failed = 保存 AppSecret 失败
cli-secret-stored = { $on }已保存{ $off } { $app } 的 AppSecret 到系统钥匙串（{ $chars } 个字符）
cli-secret-kept-in-memory = { $app } 的 AppSecret 仅保存在内存中（{ $env }=memory）：命令结束后即消失
cli-secret-keyring = 钥匙串
cli-secret-no-wecom-app = 还没有企业微信应用
cli-secret-secret = 密钥
cli-secret-agent-id-oa = --agent-id 只用于企业微信配置：配置 '{ $profile }' 是公众号，只有一个 AppSecret
cli-secret-which-app = 配置 '{ $profile }' 有 { $count } 个应用，各有自己的 Secret：请用 --agent-id N 指定（{ $apps }）
cli-secret-app-of = { $corp_id } 的应用 { $app }
cli-secret-set = 已设置
cli-secret-os-keyring = 系统钥匙串
cli-secret-this-session = 本次会话
cli-secret-not-set = 未设置
cli-secret-per-call = 没有可用的钥匙串，请每次调用时提供：WXSIGN_APP_SECRET 或 --secret-stdin
cli-secret-terminal-failed = 从终端读取密钥失败
cli-secret-prompt = { $whose } 的 AppSecret（不回显）：
cli-secret-stdin-not-terminal = 标准输入不是终端：请加上 --secret-stdin 从标准输入读取密钥
cli-secret-empty = 密钥为空（标准输入没有内容或只有空格）：请粘贴 开发 → 基本配置 中的 AppSecret
cli-secret-delete-failed = 删除 AppSecret 失败
cli-secret-deleted = 已删除 AppSecret 和缓存凭证：

## Command line · pasted tickets

cli-pasted-stdin-failed = 从标准输入读取票据失败
cli-pasted-prompt = 配置 { $profile } 的 jsapi_ticket（不回显）：
cli-pasted-prompt-agent = 配置 { $profile } 中应用 { $agent_id } 的应用票据（不回显）：
cli-pasted-terminal-failed = 从终端读取票据失败
cli-pasted-stdin-not-terminal = 标准输入不是终端：请加上 --secret-stdin 从标准输入读取票据
cli-pasted-empty = 票据为空（标准输入没有内容或只有空格）：请粘贴 jsapi_ticket
cli-pasted-no-keyring =
    { $why }
    此时粘贴的票据只能在窗口中使用（仅在本次会话中保存）。
cli-pasted-store-failed = 保存粘贴的票据失败
cli-pasted-lifetime-estimated = 约 { $minutes } 分钟内有效（估算值：假定它刚刚签发）
cli-pasted-lifetime = { $minutes } 分钟内有效
cli-pasted-stored = { $on }已保存{ $off } { $whose } 的粘贴票据到系统钥匙串（{ $chars } 个字符，{ $lifetime }）
cli-pasted-kept-in-memory = { $whose } 的粘贴票据仅保存在内存中（{ $env }=memory）：命令结束后即消失
cli-pasted-not-used-yet = 提示：配置 { $profile } 还没有使用它：`wxsign profile edit { $profile } --ticket-source pasted`
cli-pasted-delete-failed = 删除粘贴的票据失败
cli-pasted-deleted = 已删除 { $whose } 的粘贴票据
cli-pasted-none-stored = { $whose } 没有保存过粘贴的票据
cli-pasted-whose-agent = { $profile }（应用 { $agent_id } 的应用票据）
cli-pasted-agent-id-oa = --agent-id 只用于企业微信配置：配置 '{ $profile }' 只有一个粘贴的票据
cli-pasted-label = 票据
cli-pasted-label-agent = 票据 { $agent_id }
cli-pasted-status-valid = 已粘贴，{ $minutes } 分钟内有效
cli-pasted-status-estimated = 已粘贴，约 { $minutes } 分钟内有效
cli-pasted-status-expired = 已过期：请用 `wxsign secret set --profile { $profile } --ticket{ $flag }` 粘贴新的票据
cli-pasted-status-not-set = 未设置：`wxsign secret set --profile { $profile } --ticket{ $flag }`

## Command line · probe

cli-probe-encode-failed = 编码报告失败
cli-probe-cancelled = 已取消：浏览器已停止
cli-probe-loading = 加载中…
cli-probe-page = 页面
cli-probe-browser = 浏览器
cli-probe-pass = 通过
cli-probe-fail = 未通过
cli-probe-user-agent = 用户代理
cli-probe-landing = 落地页
cli-probe-nothing-loaded = （未加载）
cli-probe-navigation = 跳转
cli-probe-signature-matches = 签名匹配
cli-probe-signature-mismatch = 签名不匹配
cli-probe-signature-unchecked = 未检查签名
cli-probe-wechat-checks = 微信校验
cli-probe-answered = 应答
cli-probe-none = （无）
cli-probe-title = 标题
cli-probe-desc = 描述
cli-probe-link = 链接
cli-probe-image = 图片
cli-probe-oauth = 微信网页授权
cli-probe-sign-after-login = 登录后应签
cli-probe-blocked = 已拦截
cli-probe-failed = 失败
cli-probe-exception = 异常
cli-probe-findings = 发现

## Command line · batch

cli-batch-cancelled = 已取消
cli-batch-write-reports = 写入报告失败；请检查报告路径和剩余磁盘空间
cli-batch-counts = 通过 { $pass } · 失败 { $fail } · 错误 { $error }
cli-batch-status-pass = 通过
cli-batch-status-fail = 失败
cli-batch-status-error = 错误
cli-batch-status-not-run = 未运行
cli-batch-status-flaky = 不稳定
cli-batch-all-passed = 全部通过
cli-batch-verdict-cancelled = 已取消
cli-batch-failed = 未通过
cli-batch-summary = { $verdict }  { $total } 个页面：通过 { $pass }，失败 { $fail }，错误 { $error }，未运行 { $not_run }（{ $ms } ms）
cli-batch-flaky = 不稳定 { $count }（部分返回通过）
cli-batch-report = 报告
batch-pages-file-unreadable = 无法读取页面文件 { $path }：{ $error }
cli-batch-save-headers-failed = 保存接口请求头的值失败
cli-batch-save-profile-failed = 保存配置失败
cli-batch-endpoint-saved = 已将签名接口保存到配置 `{ $profile }`
cli-batch-report-format = 无法判断报告 { $path } 的格式：请以 .json、.xml（JUnit）或 .html 结尾
cli-batch-report-unwritable = 无法写入报告 { $path }：{ $error }；请确认其所在目录存在
cli-batch-headers-not-kept = { $prefix }请求头 { $names } 的值没有保存：{ $why }。配置中只保存请求头名称；以后每次运行都要传 { $flags }（或配置好系统钥匙串后重新保存）。
cli-batch-ticket-failed =
    获取配置 `{ $profile }` 的 jsapi_ticket 失败：{ $meaning }
    {"  "}解决：{ $fix }；或直接用 --ticket 传入票据
cli-batch-no-agent-ticket = { $prefix }无法获取应用 { $app } 的应用票据：{ $meaning }；解决：{ $fix }
cli-batch-no-endpoint = 没有签名接口：请用 --endpoint-url 指定（例如 https://api.example.com/wx/signature）
cli-batch-endpoint-not-url = --endpoint-url { $url } 不是 URL（{ $error }）
cli-batch-endpoint-scheme = --endpoint-url { $url } 必须以 http:// 或 https:// 开头
cli-batch-get-needs-query = GET 接口只能通过查询参数接收 URL：请使用 --url-param query:NAME
cli-batch-header-env-form = --header-env { $item }：请写成 HEADER=ENV_VAR，例如 Cookie=QA_COOKIE
cli-batch-header-name = --header-env：`{ $name }` 不是合法的请求头名称
cli-batch-header-env-unset = --header-env { $name }：环境变量 { $var } 未设置；请先 export 它
cli-batch-url-param-name = --url-param 需要字段名，例如 json:url
cli-batch-url-param-kind = --url-param 类型 `{ $kind }`：请使用 json:NAME、query:NAME 或 form:NAME

## Window · Start, background worker and Log panel

batch-log-page = 批量 #{ $number } { $url }：{ $outcome }
ui-worker-start-failed = 无法启动后台任务：{ $error }
ui-worker-stopped = 后台任务已停止：请重新启动 wxsign
ui-log-attempt = { $outcome }（第 { $attempt } 次尝试）
lang-own-name = 简体中文
ui-no-display-env = 未设置 DISPLAY 和 WAYLAND_DISPLAY
ui-no-display-winit = { $why }

## Worker · Share thumbnails

worker-thumb-internal = { $error }
worker-thumb-not-absolute = imgUrl 不是绝对 URL（{ $error }）
worker-thumb-not-http = imgUrl 必须是 http(s) URL
worker-thumb-no-answer = 没有响应：{ $why }
worker-thumb-http-status = 服务器返回 HTTP { $status }
worker-thumb-too-large = 图片大于 8 MB
worker-thumb-not-image = 不是微信可显示的 PNG 或 JPEG 图片（{ $error }）

## Platforms

platforms-sign-call = 调用
