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

## Phone

phone-seen-config = wx.config，校验 { $url } — 等待客户端应答
phone-seen-client-answer = 客户端应答 { $answer }
phone-seen-client-answer-real-auth = 客户端应答 { $answer }，realAuthUrl { $urls }
phone-source-phone = 来源：这台手机，{ $client }，XWeb { $xweb }
phone-source-simulated = 来源：模拟，{ $client }，XWeb { $xweb }
phone-finding-no-answer = 在 { $url } 上调用的 wx.config 直到录制结束都没有得到客户端应答。
phone-finding-no-answer-fix = 请在手机上保持页面打开；如果仍无应答，请查看手机上是否有弹窗或网络问题，然后重新连接。
phone-finding-accepted-other = 客户端接受了签名，但它不是当前 URL { $url } 的签名：这个客户端校验的是另一个 URL。
phone-finding-ask-fix = 加上 --ask 再运行一次，让客户端逐个校验候选 URL，找出它校验的那个。
phone-finding-refused-current-landing = 签名对当前 URL { $url } 是正确的，但客户端应答 { $answer }：这个客户端校验的是另一个 URL，很可能是落地 URL { $landing }（iOS 的规则）。
phone-finding-refused-current = 签名对当前 URL { $url } 是正确的，但客户端应答 { $answer }：客户端校验所用的 ticket 或 appId 与 wxsign 使用的不同。
phone-finding-refused-current-fix = 请确认配置中的 ticket 就是服务器签名所用的，并且页面的 appId 与配置中的一致。
phone-finding-late = 该 web-view 拒绝在页面脚本之前运行录制脚本；录制脚本在每个文档开始时才注入，较早的 wx.config 可能没有录到。
phone-finding-late-fix = 如果没有录到 wx.config，请在 wxsign 录制时在手机上再刷新一次页面，或用 debug: true 获取应答。
phone-finding-polled = 该 web-view 拒绝了 DevTools 绑定；录制脚本的消息通过轮询页面收集。
phone-finding-polled-fix = 无需修复；如果缺少应答，请用更长的 --timeout-ms 重新连接。
phone-finding-unwrapped = 无法包装客户端的 WeixinJSBridge：它的应答没有录到。
phone-error-adb-missing = { $addr } 上没有 adb 服务，也没有安装 adb 程序来启动它：请安装（Debian/Ubuntu：apt install adb；其他系统：Android SDK Platform-Tools），或自行启动 adb 服务
phone-error-adb-unreachable = 无法连接 { $addr } 上的 adb 服务（{ $reason }）：请运行 `adb start-server`，或把 ANDROID_ADB_SERVER_PORT 设为你的 adb 服务所用端口
phone-error-adb = adb 出错：{ $reason }
phone-error-no-device = 没有连接手机：请用 USB 连接，打开 开发者选项 → USB 调试，并确认 `adb devices` 能列出它
phone-error-unauthorized = 手机 { $serials } 尚未授权这台电脑：请解锁手机并接受“允许 USB 调试吗？”提示
phone-error-device-not-found = 没有设备 { $serial }（已连接：{ $known }）
phone-error-device-not-ready = 设备 { $serial } 的状态是 { $state }：请重新连接，或在设备上接受 USB 调试提示
phone-error-many-devices = 连接了多台设备（{ $serials }）：请用 --device 选择一台
phone-error-no-socket = { $device } 上的微信没有提供 DevTools 套接字：请在微信内打开 { $url }（发给自己再点开），然后重新打开页面
phone-error-switch-expired = { $device } 上正在运行 { $apps }，但没有提供 DevTools 套接字：调试开关未打开或已过期；请在微信内再次打开 { $url }，然后重新打开页面
phone-error-no-page = { $device } 上微信的 web-view 没有打开的页面：请先在手机上打开页面，再连接
phone-error-page-not-found = 没有打开的页面匹配“{ $text }”（另有 { $count } 个页面）：请用 --page 选择
phone-error-many-pages = 打开了 { $count } 个页面：请用 --page 选择一个（URL 或标题中的文字）
phone-error-oauth-code = 页面 { $url } 带有 OAuth code，微信只接受一次：刷新可能让页面失效。请用 --entry 改为打开 { $entry }（会重新登录），或用 --reload 仍然刷新
phone-error-devtools-busy = 无法连接页面（{ $reason }）：另一个 DevTools 客户端占用了它；请关闭 chrome://inspect 或其他调试器后重新连接
phone-error-devtools = 无法连接页面：{ $reason }
phone-error-cancelled = 已取消：录制脚本已从页面移除
phone-cli-ask-needs-ticket = --ask 需要签名候选 URL 让客户端校验：请给出 --ticket 或 --profile
phone-cli-ticket-or-profile = 请只给出 --ticket 或 --profile 之一
phone-cli-adb-started = 已在 { $addr } 启动 adb 服务
phone-cli-attached = 已连接 { $device } 上的 { $url }（{ $socket }）
phone-cli-reloading = 正在录制下刷新页面…
phone-cli-opening = 正在录制下打开 { $url }…
phone-cli-asked = 已让客户端校验 { $url }：{ $answer }
phone-cli-device = 设备
phone-cli-no-pages = （没有打开的页面）
phone-cli-source = 来源
phone-cli-page = 页面
phone-cli-opened = 已打开
phone-cli-client = 客户端
phone-cli-no-answer = （无应答）
phone-cli-reply = 原始应答
phone-cli-findings = 手机
phone-cli-asked-label = 校验
phone-cli-verifies-current = 校验当前 URL
phone-cli-verifies-landing = 校验落地 URL
phone-cli-verifies-both = 当前 URL 和落地 URL 都接受
phone-cli-verifies-neither = 两个 URL 都不接受
phone-cli-verifies-same = 无法判断（页面 URL 从未改变）
phone-cli-measured = 实测
phone-cli-pass = 通过
phone-cli-fail = 未通过
phone-cli-turn-off = 用完后请关闭调试开关：在微信内打开 { $url }。
phone-cli-error = 错误：

## Phone proxy

phone-proxy-source-phone = 来源：这台手机（iOS），{ $client }
phone-proxy-source-simulated = 来源：模拟（iOS），{ $client }
phone-proxy-injected = 已向 { $url } 加入录制脚本
phone-proxy-injected-external = 已从保留路径向 { $url } 加入录制脚本（页面策略禁止内联脚本）
phone-proxy-injected-policy = 已从保留路径向 { $url } 加入录制脚本；页面的 Content-Security-Policy 仅为这一个脚本放宽
phone-proxy-report-allowed = 为让录制脚本回报，{ $url } 的 Content-Security-Policy 已放宽（connect-src，仅其回报 URL）
phone-proxy-not-injected = { $url } 未加录制脚本就发给了手机：{ $reason }
phone-proxy-tunnelled = { $host } 不是目标：原样转发
phone-proxy-tls-refused = 手机拒绝了代理为 { $host } 出示的证书（{ $reason }）：请安装 CA 描述文件并对其启用完全信任（见设置页）。
phone-proxy-refused = 对 { $host }{ $path } 的请求没有本次会话的令牌：已丢弃。
phone-proxy-failed = 无法获取 { $url }：{ $reason }
phone-proxy-error-no-host = 请用 --host 指定要拦截的页面主机（例如 --host m.example.com）。
phone-proxy-error-bad-host = { $host } 不是主机名：只填写主机，不要带协议、路径或端口。
phone-proxy-error-no-lan = 这台电脑没有局域网地址：请连接到手机所在的 Wi-Fi，或用 --listen 指定监听地址。
phone-proxy-error-listen = 无法在 { $addr } 上监听（{ $reason }）：请换一个 --port，或停止占用它的程序。
phone-proxy-error-ca = 无法生成或读取代理的证书颁发机构：{ $reason }。请检查钥匙串（wxsign doctor），或用 --remove-ca 删除 CA 后重新开始。
phone-proxy-setup-title = 用 wxsign 在这台 iPhone 上调试微信网页
phone-proxy-setup-download = 下载证书
phone-proxy-setup-fingerprint = 证书名为“{ $name }”，SHA-256 { $sha256 }。信任之前请与 wxsign 输出的指纹核对。
phone-proxy-setup-undo-title = 调试结束后
phone-proxy-step-wifi = 让 iPhone 连接到与这台电脑相同的 Wi-Fi。
phone-proxy-step-proxy = 设置 → 无线局域网 → 网络旁的 (i) → 配置代理 → 手动：服务器 { $ip }，端口 { $port }。
phone-proxy-step-cert = 在 Safari 中打开 { $url }，允许下载配置描述文件（仅 HTTPS 页面需要；HTTP 页面无需证书）。
phone-proxy-step-install = 设置 → 已下载描述文件（或 通用 → VPN与设备管理）→ 安装该描述文件。
phone-proxy-step-trust = 设置 → 通用 → 关于本机 → 证书信任设置 → 对“{ $name }”启用完全信任。
phone-proxy-step-open = 在微信中打开页面；wxsign 会报告客户端对其 wx.config 的应答。
phone-proxy-undo-proxy = 设置 → 无线局域网 → (i) → 配置代理 → 关闭。
phone-proxy-undo-profile = 设置 → 通用 → VPN与设备管理 → “{ $name }” → 移除描述文件。
phone-proxy-undo-computer = 在这台电脑上运行：wxsign phone proxy --remove-ca
phone-proxy-cli-listening = 代理监听 { $addr }，仅在本命令运行期间。拦截 { $hosts }；其他连接原样转发。
phone-proxy-cli-setup = 设置页（在 iPhone 的 Safari 中打开）：{ $url }
phone-proxy-cli-ca = 证书：“{ $name }”，SHA-256 { $sha256 }
phone-proxy-cli-ca-created = 已生成新的证书颁发机构：请在手机上（重新）安装。
phone-proxy-cli-key-keyring = 其私钥保存在钥匙串中。
phone-proxy-cli-key-file = 其私钥保存在 { $path }（此处没有钥匙串；该文件仅你本人可读）。
phone-proxy-cli-steps = 在 iPhone 上：
phone-proxy-cli-stop = 按 Ctrl-C 停止。
phone-proxy-cli-undo = 在 iPhone 上撤销：
phone-proxy-cli-removed = 已删除 { $what }
phone-proxy-cli-nothing-removed = 这台电脑上没有保存代理的证书颁发机构。
phone-proxy-cli-stopped = 代理已停止；报告了 { $count } 个页面。
