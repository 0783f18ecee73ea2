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
ui-copied = 已复制
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
probe-open-in-verify = 在验证面板中打开
probe-open-in-verify-help = 用这次调用的参数和微信校验的 URL 填写验证面板
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
batch-open-in-verify = 在验证面板中打开
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
pasted-for-app = （应用 { $agent_id } 的应用票据）
pasted-expired-at-estimated = { $at }（估计值：粘贴后 7200 秒）
pasted-missing = 配置 '{ $profile }' 使用粘贴的票据签名，但没有保存票据{ $app }
pasted-expired = 配置 '{ $profile }' 粘贴的票据{ $app }已于 { $at } 过期
pasted-only-jsapi = 粘贴的票据是 jsapi 票据：wx_card 票据只能从微信接口获取
pasted-meaning-missing = 没有保存粘贴的票据
pasted-meaning-expired = 粘贴的票据已过期
pasted-meaning-only-jsapi = 粘贴的票据无法提供该凭据
pasted-fix-paste = 请粘贴新的票据：`wxsign secret set --profile { $profile } --ticket{ $flag }`（或在配置编辑器中）
pasted-fix-only-jsapi = 请用票据来源为微信接口的配置获取 wx_card 票据
pasted-expiry-estimated = 粘贴票据的过期时间是估算值：假定微信在粘贴时签发（可能更早失效）
pasted-encode-failed = 无法编码粘贴的票据：{ $error }
pasted-error-full = { $message }：{ $fix }

## Platforms

platform-wechat-api-source = 微信接口
platform-wecom-api-source = 企业微信接口

## Phone

phone-seen-config = wx.config，校验 { $url } — 等待客户端应答
phone-seen-client-answer = 客户端应答 { $answer }
phone-seen-client-answer-real-auth = 客户端应答 { $answer }，realAuthUrl { $urls }
phone-source-phone = 这台手机，{ $client }，XWeb { $xweb }
phone-source-simulated = 模拟，{ $client }，XWeb { $xweb }
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
phone-error-disconnected = 录制过程中与 { $device } 的连接中断（USB 线被拔出、手机锁屏或微信被关闭），因此没有结论：请重新用 USB 连接手机，确认 `adb devices` 能列出它，然后重新附加
phone-error-cancelled = 已取消：录制脚本已从页面移除
phone-cli-ask-needs-ticket = --ask 需要签名候选 URL 让客户端校验：请给出 --ticket 或 --profile
phone-cli-fixture-encode-failed = 编码样本失败
phone-cli-fixture-write-failed = 无法写入样本文件 { $path }
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

## Window · Phone panel
phone-ui-panel = 真机
phone-ui-title = 真机实测
phone-ui-intro = 查看你 Android 手机上真实的微信对页面 wx.config 的回答及原因。wxsign 通过 USB 连接，在只监听不应答的记录器下重新加载页面，并对客户端自己的回复做完整诊断。
phone-ui-android = Android（USB，adb）
phone-ui-find = 查找手机
phone-ui-finding = 正在查找手机…
phone-ui-adb = adb 服务
phone-ui-device = 手机
phone-ui-page = 页面
phone-ui-choose-page = 选择要附加的页面：
phone-ui-no-pages = 微信中没有打开的页面
phone-ui-attach = 附加并重新加载
phone-ui-reload = 重新加载并再次记录
phone-ui-stop = 停止
phone-ui-stopping = 正在停止…
phone-ui-recording = 正在记录手机上的页面…
phone-ui-empty-title = 连接一台 Android 手机
phone-ui-empty-step-1 = 1. 在手机上打开 开发者选项 → USB 调试，用 USB 连接电脑，并允许“是否允许 USB 调试？”。
phone-ui-empty-step-2 = 2. 在微信内打开 http://debugxweb.qq.com/?inspector=true（把链接发给自己再点开），然后重新打开要调试的页面。
phone-ui-empty-step-3 = 3. 点击“查找手机”，选择页面并附加：wxsign 会重新加载它并记录客户端的回答。
phone-ui-empty-adb = wxsign 通过 adb 服务通信（ANDROID_ADB_SERVER_PORT，默认 5037），已安装 adb 时会自动启动它（Debian/Ubuntu：apt install adb）。
phone-ui-no-ticket = 没有 ticket：会记录客户端的回答，但不检查签名。请选择一个配置，或在“签名”面板粘贴 ticket。
phone-ui-source = 来源
phone-ui-client-findings = 只有真实客户端才能看到的问题
phone-ui-ask = 询问客户端…
phone-ui-ask-help = 让微信验证候选 URL（当前 URL、落地 URL、诊断指出的 URL）的签名，从而得知这个客户端校验的是哪个 URL。
phone-ui-ask-needs-ticket = 询问需要用 ticket 给 URL 签名：请选择一个配置，或在“签名”面板粘贴 ticket。
phone-ui-ask-confirm-title = 询问真实客户端？
phone-ui-ask-confirm-body = wxsign 会重新加载页面，然后在页面中为每个候选 URL 调用一次 preVerifyJSAPI（最多五次），签名使用当前 ticket（优先用“签名”面板上的，否则用配置的）。这些是微信在你的 appId 下进行的真实验证。
phone-ui-ask-confirm-go = 重新加载并询问
phone-ui-ask-confirm-cancel = 取消
phone-ui-asks = 客户端接受了哪些签名
phone-ui-accepted = 接受
phone-ui-refused = 拒绝
phone-ui-measured = 实测
phone-ui-answered = 客户端的应答
phone-ui-oauth-entry = 改为打开入口 URL
phone-ui-oauth-reload = 仍然重新加载
phone-ui-proxy = iOS：注入记录器的代理
phone-ui-proxy-intro = iOS 微信无法调试：让手机把这台电脑设为 Wi-Fi 代理，wxsign 只给下面这些域名的页面注入记录器（其他连接原样放行）。
phone-ui-proxy-hosts = 域名
phone-ui-proxy-hosts-hint = m.example.com, shop.example.com
phone-ui-proxy-port = 端口
phone-ui-proxy-listen = 监听地址
phone-ui-proxy-listen-hint = 本机局域网地址
phone-ui-proxy-start = 启动代理
phone-ui-proxy-stop = 停止代理
phone-ui-proxy-starting = 正在启动…
phone-ui-proxy-stopping = 正在停止…
phone-ui-proxy-no-host = 填写页面的域名后才能启动
phone-ui-proxy-bad-port = 端口是 0 到 65535 的数字（0：任意空闲端口）
phone-ui-proxy-bad-listen = 监听地址须是 IP 地址（或留空）
phone-ui-proxy-address = 代理地址
phone-ui-proxy-setup-page = 设置页
phone-ui-proxy-ca = CA 指纹（SHA-256）
phone-ui-proxy-steps = 在 iPhone 上：
phone-ui-proxy-undo = 代理已停止。撤销设置：
phone-ui-proxy-seen = 代理看到的内容
platform-oa-id-console = 开发 → 基本配置
platform-wecom-id-console = 我的企业 → 企业信息
platform-oa-name = 公众号
platform-wecom-name = 企业微信
platform-oa-domain-label = JS接口安全域名
platform-wecom-domain-label = 可信域名
platform-oa-domain-console = 公众号设置 → 功能设置 → JS接口安全域名
platform-wecom-domain-console = 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名
platform-wecom-corp-ticket = 企业 jsapi_ticket
platform-wecom-agent-ticket = 应用 jsapi_ticket
platform-card-ticket = 卡券票据（wx_card）
platform-jsapi-ticket = jsapi_ticket
platform-oa-ip-console = 开发 → 基本配置 → IP白名单
platform-wecom-ip-console = 应用管理 → 应用 → 企业可信IP
platform-unknown = 未知平台 '{ $name }'：请使用以下之一：{ $keys }
platform-wechat-api-name = 微信
platform-wecom-api-name = 企业微信

## Batch · checks

batch-page-stopped = 该页面的检查意外中止（内部错误）；请重新运行批量检查，如反复出现请报告。
batch-ios-current-url = 页面在路由切换后签了当前 URL，但 iOS 微信校验的是页面加载时的 URL；iOS 上请签这个落地 URL（或在路由切换时重新加载页面）。
batch-app-id-missing = 返回中没有 appId，页面只能从别处获取。
batch-app-id-missing-fix = 在签名结果中返回 "appId": "{ $expected }"。
batch-app-id-mismatch = 接口返回的 appId 是 { $got }，而配置的 appId 是 { $expected }。
batch-app-id-mismatch-fix = 让接口使用该公众号的 appId 及其 jsapi_ticket。
batch-timestamp-invalid = 时间戳 `{ $ts }` 不是整数秒。
batch-timestamp-invalid-fix = 请返回以秒为单位的 Unix 时间（纯数字）。
batch-timestamp-ms = 时间戳 { $ts } 是毫秒，而微信文档要求秒（要毫秒的是飞书，不是微信）：签名匹配时微信是否接受尚未确认。
batch-timestamp-ms-fix = 请使用秒（Date.now()/1000 向下取整，或服务端的 time()）。
batch-timestamp-skew = 时间戳与当前时间相差 { $minutes } 分钟：签名被缓存或服务器时钟不准。
batch-timestamp-skew-fix = 每次请求都用当前时间重新签名，并校准服务器时钟。
batch-js-api-list-unknown = 此页面没有 jsApiList，无法检查分享接口。
batch-js-api-list-unknown-fix = 请在页面清单中填写 jsApiList。
batch-share-link-invalid = 分享链接 `{ $link }` 不是完整的 http(s) 地址。
batch-share-link-invalid-fix = 请使用完整地址，例如 https://你的域名/page。
batch-share-link-domain = 分享链接的域名 { $host } 不在 JS 接口安全域名（{ $domains }）之下。
batch-share-link-domain-fix = 请分享安全域名下的链接，或在 公众号设置 → 功能设置 中添加该域名。
batch-share-img-http = 分享图片 `{ $img }` 使用的是 http。
batch-share-img-http-fix = 请通过 https 提供图片。
batch-share-img-invalid = 分享图片 `{ $img }` 不是完整的 https 地址。
batch-share-img-invalid-fix = 请使用图片的完整 https 地址；分享卡片不支持相对路径。
batch-share-img-not-image = 分享图片返回 HTTP { $status }，内容类型为 { $ct }，不是图片。
batch-share-img-not-image-fix = 请让 imgUrl 指向可公开访问的图片。
batch-share-img-unreachable = 无法获取分享图片（{ $reason }）。
batch-share-img-unreachable-fix = 请确认该图片可以从公网访问。
batch-share-title = 标题
batch-share-desc = 描述
batch-share-text-empty = 分享{ $field } 为空。
batch-share-text-empty-fix = 请为分享卡片填写{ $field }。
batch-share-text-long = 分享{ $field }有 { $n } 个字符，卡片只显示其中一小部分。
batch-share-text-long-fix = 请将{ $field }控制在 { $limit } 个字符以内。
batch-js-api-unknown = jsApiList 中有未知接口：{ $names }。
batch-js-api-unknown-fix = 请对照 JS-SDK 文档检查拼写（区分大小写）。
batch-js-api-deprecated = jsApiList 使用了已废弃的接口：{ $names }。
batch-js-api-deprecated-fix = 请迁移到 updateAppMessageShareData 和 updateTimelineShareData。
batch-share-api-missing = 页面设置了分享，但 jsApiList 缺少 { $names }。
batch-share-api-missing-fix = 请将 { $names } 加入 jsApiList，并在 wx.ready 中调用。
batch-agent-config-unchecked = 返回中还有 wx.agentConfig 的签名，但没有应用票据，因此未检查。
batch-agent-config-unchecked-fix = 请传入 --agent-ticket（及 --agent-id），或使用应用已设置 Secret 的企业微信 --profile。
batch-agent-config-app-unknown = 返回中的 wx.agentConfig 属于应用 { $agent_id }，没有它的应用票据，因此未检查。
batch-agent-config-app-unknown-fix = 请把该应用及其 Secret 加入配置，或用 --agent-ticket 和 --agent-id 传入它的应用票据。
batch-agent-config-mismatch = wx.agentConfig 的签名与应用票据不匹配（预期 { $expected }），且没有常见错误能复现它。
batch-agent-config-mismatch-app = wx.agentConfig 的签名与应用票据（应用 { $agent_id }）不匹配（预期 { $expected }），且没有常见错误能复现它。
batch-agent-config-mismatch-fix = 请用传给 wx.agentConfig 的 agentid 的应用票据签名（用该应用自己的令牌调用 ticket/get?type=agent_config）。
batch-agent-config-cause = wx.agentConfig：{ $cause }
batch-candidate-current = #1（当前）
batch-tickets-differ = 该页面的 { $asked } 次返回用了 { $tickets } 个不同的 ticket 签名（候选 { $candidates }）：负载均衡后的各个实例各自缓存 ticket，页面是否通过取决于哪个节点应答。
batch-tickets-differ-fix = 把 jsapi_ticket 放在共享缓存（Redis）中、只由一个进程刷新，且不要让失败的刷新覆盖有效的 ticket。
batch-passed-of = { $asked } 次中通过 { $passed } 次
batch-endpoint-connect = 无法连接签名接口（{ $detail }）；请检查接口地址以及服务是否在运行。
batch-endpoint-timeout = 签名接口在 { $ms } 毫秒内没有响应；请调大 --timeout-ms（窗口中为“超时（毫秒）”）或检查服务器负载。
batch-endpoint-http-empty = 签名接口返回 HTTP { $status }，内容为空；请检查接口地址、请求方法和鉴权请求头。
batch-endpoint-http = 签名接口返回 HTTP { $status }（{ $body }）；请检查接口地址、请求方法和鉴权请求头。
batch-endpoint-empty = 签名接口的返回为空，不是 JSON；--endpoint-url 应指向接口而不是网页。
batch-endpoint-not-json = 签名接口的返回不是 JSON（{ $body }）；--endpoint-url 应指向接口而不是网页。
batch-endpoint-missing-fields = 返回中找不到 { $missing }（{ $body }）；请用 --signature-field 等参数指定字段名。
batch-endpoint-failed = 请求签名接口失败（{ $detail }）。
batch-saved-no-endpoint = 配置 `{ $profile }` 没有签名接口：请传入 --endpoint-url（加上 --save-endpoint 可保存到配置中）
batch-saved-header-missing = 配置 `{ $profile }` 的请求头 `{ $header }` 的值不在密钥存储中：请用 --header-env { $header }=VAR 传入（VAR 为保存该值的环境变量），并加上一次 --endpoint-url URL --save-endpoint 以保存
batch-saved-header-not-kept = 配置 `{ $profile }` 的请求头 `{ $header }` 的值没有保存：密钥存储仅在内存中（{ $env }=memory，或没有可用的系统钥匙串）。请每次运行都用 --header-env { $header }=VAR 传入（VAR 为保存该值的环境变量）
batch-run-no-client = 无法创建 HTTP 客户端（{ $detail }）；请检查系统的 TLS 证书

## Batch · reports

batch-report-title = wxsign 批量检查报告
batch-report-endpoint = 签名接口
batch-report-cancelled = 已取消
batch-report-pages = 页面
batch-report-show-all = 全部
batch-report-show-failed = 失败
batch-report-show-errors = 错误
batch-report-show-passed = 通过
batch-report-show-not-run = 未运行
batch-report-status = 状态
batch-report-causes = 原因与发现
batch-report-no-cause = 签名不匹配，且没有已知错误能复现它。
batch-report-reply = 返回
batch-report-skipped = 运行在检查此页面之前被取消

## Probe · findings

probe-judge-config-fields-missing = wx.config 缺少 { $names }；微信会返回 config:fail。
probe-judge-config-fields-missing-fix = 请向 wx.config 传入 appId、timestamp、nonceStr、signature 和 jsApiList。
probe-judge-url-domain = 页面 { $page } 不在 JS 接口安全域名（{ $domains }）之下；无论签名如何，微信都会返回 config:invalid url domain。
probe-judge-url-domain-fix = 请在 公众号设置 → 功能设置 → JS接口安全域名 中添加该域名，或从安全域名提供页面。
probe-judge-app-id-mismatch = 页面配置的 appId 是 { $got }，而配置中的 appId 是 { $expected }。
probe-judge-app-id-mismatch-fix = 请让页面使用该公众号的 appId，以及用它自己的 jsapi_ticket 生成的签名。
probe-judge-js-api-name-fix = 请修正 wx.config 中的名称（区分大小写）。
probe-judge-not-verified = 没有提供 jsapi_ticket，未检查签名。
probe-judge-not-verified-fix = 请传入 --ticket 或 --profile 以验证签名。
probe-judge-share-link-missing = { $api } 没有 link：卡片将指向当时打开的页面。
probe-judge-share-link-missing-fix = 请传入页面的规范 https 链接。
probe-judge-share-img-missing = { $api } 没有 imgUrl：卡片缩略图将为空白或默认图。
probe-judge-share-img-missing-fix = 请传入完整的 https 图片地址。
probe-judge-share-without-config = 页面调用了 { $api }，但从未调用 wx.config：微信会忽略它。
probe-judge-share-without-config-fix = 请先调用 wx.config，并在 wx.ready 中设置分享。
probe-judge-share-api-missing = 页面调用了 { $api }，但 jsApiList 中没有它：微信会返回 permission denied。
probe-judge-share-api-missing-fix = 请将 { $api } 加入 jsApiList。
probe-judge-share-before-config = { $api } 在 wx.config 完成之前就被调用；在较慢的手机上它会先于签名验证执行而失败。
probe-judge-share-before-config-fix = 请在 wx.ready(...) 中调用分享接口。
probe-run-oauth-required = 页面先把访客送去微信网页授权（appid { $appid }，scope { $scope }）；探测无法登录。登录后微信会打开 { $sign_url }：服务器要签的是这个带 code 和 state 的 URL。
probe-run-oauth-required-fix = 请直接探测 redirect_uri 页面（带上真实登录得到的 code 和 state），或使用无需登录的测试页面。
probe-run-renderer-crashed = 页面在安静下来之前使浏览器渲染进程崩溃。
probe-run-renderer-crashed-fix = 请在桌面浏览器中用开发者工具查找崩溃原因（内存、死循环）。
probe-run-navigation-failed = 页面未能加载：{ $error }。
probe-run-navigation-failed-cert-fix = 微信同样会拒绝这个证书：请为页面域名配置有效证书。
probe-run-navigation-failed-fix = 请检查 URL，并确认服务器能从本机访问。
probe-run-timed-out = 页面在 { $timeout_ms } ms 内没有安静下来；已停止浏览器。
probe-run-timed-out-fix = 请查找一直不结束的请求或让页面持续忙碌的脚本；或调大 --timeout-ms。
probe-run-page-http-status = 页面本身返回 HTTP { $status }。
probe-run-page-http-status-fix = 请检查 URL 和服务器日志。
probe-run-an-error = an error
probe-run-request-failed = 页面对 { $path } 的请求返回 { $what }。
probe-run-request-failed-fix = 如果这是签名接口，请先修复它：没有它页面无法调用 wx.config。
probe-run-page-exception = 页面抛出异常：{ $message }
probe-run-page-exception-fix = 脚本错误可能使调用 wx.config 的代码停止执行；请在页面中修复。
probe-run-config-debug = wx.config 设置了 debug: true：每个返回都会在手机上弹出提示框。
probe-run-config-debug-fix = 发布前请关闭 debug。
probe-run-user-agent-fix = 去掉 --user-agent 以使用内置的微信用户代理，或给出带 MicroMessenger/8.0.x 的用户代理。
probe-run-bundled-sdk = 页面的 JS-SDK 没有设置 window.wx（打包构建）；探测通过 bridge 观察到了它。
probe-run-bundled-sdk-fix = 无需修复；依赖 window.wx 的控制台代码在此页面无效。
probe-run-sdk-failed = JS-SDK 脚本 { $url } 加载失败，所以 wx.config 从未执行。
probe-run-no-sdk = 页面没有加载 JS-SDK（没有 jweixin 脚本，也没有调用 bridge），也从未调用 wx.config。
probe-run-no-config-request = jweixin 已加载，但从未调用 wx.config；可能是因为页面对 { $path } 的请求返回了 { $what }。
probe-run-no-config-exception = jweixin 已加载，但从未调用 wx.config；可能被脚本错误打断：{ $message }
probe-run-no-config-shares = 页面设置了分享，但没有 wx.config 到达客户端：从未调用 wx.config，或调用时带了 check: false，跳过了分享所需的验证。
probe-run-no-config = JS-SDK 已加载，但页面安静下来之前从未调用 wx.config。
probe-run-no-config-fix = 请在页面加载时用服务器返回的签名调用 wx.config（查看上面的失败请求和异常）。
probe-ua-not-wechat = 用户代理中没有 MicroMessenger：jweixin 不会认为自己运行在微信中（不会调用 wx.error、不发上报请求，debug: true 时会在 config 之前立即执行 wx.ready 回调）。
probe-ua-bad-version = 用户代理中的 MicroMessenger 版本缺失或不是一位数主版本（如 8.0.76）：jweixin 按字符串比较版本，将不会调用 wx.error。
probe-outcome-configured = 已调用 wx.config
probe-outcome-no-config-call = 未调用 wx.config
probe-outcome-oauth-required = 停在微信网页授权
probe-outcome-navigation-failed = 页面未能加载
probe-outcome-timed-out = 超时
probe-batch-bad-url-fix = 请给出页面完整的 http(s) 地址。
probe-batch-on-platform = { $platform }：{ $message }

## Probe · live timeline

probe-seen-document = 文档 { $url }
probe-seen-url-change = { $kind } { $url }
probe-seen-signature-matches = 签名匹配
probe-seen-signature-mismatch = 签名不匹配
probe-seen-signature-unchecked = 未检查签名
probe-seen-config = wx.config，校验 { $url } — { $verdict }，应答 { $answer }
probe-seen-no-title = （无标题）
probe-seen-share = { $api }：{ $title }
probe-seen-dialog = { $kind }：{ $message }
probe-seen-http-failed = { $method } { $url } → HTTP { $status }
probe-seen-request-failed = { $method } { $url } → { $error }
probe-seen-blocked = 已拦截 { $url }
probe-seen-oauth = 微信网页授权：appid { $appid } → { $redirect_uri }
probe-seen-exception = 异常：{ $message }
probe-seen-crashed = 页面渲染进程崩溃
probe-seen-no-page = 浏览器无法打开页面：{ $error }
probe-seen-navigation-stopped = 导航已停止

## Probe · browser

probe-launch-browser-missing = 浏览器 { $path } 不存在或不是文件；请用 --browser 指定 Chrome、Chromium 或 Edge 的路径（{ $hint }）
probe-launch-browser-not-found = 未找到 Chromium 系浏览器（已在 PATH 和常见安装位置查找 { $searched }）；请安装 Chrome、Chromium 或 Edge（{ $hint }），或用 --browser 指定其路径
probe-install-hint-windows = Windows 10 和 11 自带 Edge，也可安装 Chrome
probe-install-hint-macos = 请安装 Google Chrome 或 Microsoft Edge
probe-install-hint-unix = Debian：apt-get install chromium-headless-shell 或 chromium
probe-launch-profile-dir = 无法创建临时浏览器配置目录（{ $error }）；请检查 TMPDIR
probe-launch-spawn = 无法启动浏览器 { $browser }（{ $error }）；请用 --browser 指定其他浏览器
probe-launch-no-output = 无法读取浏览器的输出
probe-launch-job = 无法把浏览器放入 Windows 作业对象（{ $error }）
probe-launch-no-address = 它在 { $ms } 毫秒内没有输出 DevTools 地址
probe-launch-exited = 它一启动就退出了
probe-launch-failed = 浏览器 { $browser } 未能启动：{ $why }。{ $tail }
probe-launch-connect = 无法与浏览器通信（{ $error }）；请用 --browser 换一个浏览器
probe-error-cancelled = 已取消
probe-error-bad-url = `{ $url }` 不是完整的 http(s) 地址；请给出页面的完整地址，例如 https://example.com/page
probe-cdp-failed = { $step }: { $error }
probe-cdp-no-answer = { $step }：{ $seconds } 秒内没有应答
probe-cdp-connecting-to-the-browser = 连接浏览器
probe-cdp-reading-the-browser-version = 读取浏览器版本
probe-cdp-creating-a-browser-context = 创建浏览器上下文
probe-cdp-opening-a-page = opening a page
probe-cdp-closing-a-browser-context = 关闭浏览器上下文
probe-cdp-closing-the-page = 关闭页面
probe-cdp-closing-a-dialog = closing a dialog
probe-cdp-blocking-a-request = blocking a request
probe-cdp-continuing-a-request = continuing a request
probe-cdp-enabling-crash-reports = 开启崩溃报告
probe-cdp-adding-the-bridge-binding = 添加桥接绑定
probe-cdp-injecting-the-bridge = 注入桥接脚本
probe-cdp-setting-the-user-agent = 设置 User-Agent
probe-cdp-setting-the-viewport = 设置视口
probe-cdp-enabling-touch = 开启触摸
probe-cdp-setting-request-headers = 设置请求头
probe-cdp-enabling-the-network-domain = 开启网络域
probe-cdp-enabling-request-interception = 开启请求拦截
probe-cdp-navigating = navigating
probe-cdp-answering-the-page = 应答页面

## Secrets (keyring)

secrets-failed = 钥匙串出错：{ $detail }。请重试；若仍出错，请重启钥匙串服务
secrets-corrupt = 钥匙串条目 { $service }/{ $account } 不是可读的文本：请删除它（`wxsign secret delete`）后重新设置
secrets-in-keyring = 密钥和令牌缓存保存在系统钥匙串中
secrets-in-memory = { $env }=memory：密钥和令牌缓存仅保存在本次会话的内存中
secrets-unavailable-fix-linux = 请在桌面会话中启动 Secret Service（gnome-keyring 或 KeePassXC），或在 `dbus-run-session` 下运行并执行 `gnome-keyring-daemon --unlock`
secrets-unavailable-fix-macos = 请在“钥匙串访问”中解锁登录钥匙串
secrets-unavailable-fix-windows = 请确认当前用户可以使用凭据管理器
secrets-unavailable = 没有可用的系统钥匙串（{ $detail }）：{ $fix }。在此之前，密钥只能保存在本次会话中（或设置 { $env }），令牌缓存仅在内存中；两者都绝不会写入文件。
secrets-store-macos = macOS 钥匙串
secrets-store-windows = Windows 凭据管理器
secrets-store-linux = D-Bus 上的 Secret Service（gnome-keyring、KeePassXC）
secrets-status-checking = …
secrets-keyring-platform-failure = 系统钥匙串故障：{ $detail }
secrets-keyring-no-access = 钥匙串拒绝访问（是否已锁定？）：{ $detail }
secrets-keyring-no-entry = 没有这个条目
secrets-keyring-unreadable = 存储的值不可读
secrets-keyring-malformed = 钥匙串格式错误：{ $detail }
secrets-keyring-too-long = { $attr } 超过 { $max }
secrets-keyring-invalid = invalid { $attr }: { $why }
secrets-keyring-ambiguous = 有多个匹配的条目
secrets-keyring-no-service = 无法连接任何钥匙串服务
secrets-keyring-unsupported = 此钥匙串不支持：{ $detail }
secrets-keyring-unknown = 未知的钥匙串错误
secrets-self-test-unreadable = 刚写入的条目无法读回
secrets-self-test-gone = 刚写入的条目在删除前就消失了
secrets-memory-poisoned = 内存存储因一次崩溃而不可用

## Doctor

doctor-keyring-reachable = 钥匙串：{ $store } 可以访问
doctor-keyring-memory = 钥匙串：WXSIGN_KEYRING=memory，密钥和令牌缓存只保留一次运行
doctor-keyring-memory-fix = 取消设置 WXSIGN_KEYRING 即可保存到 { $store }
doctor-keyring-unusable = 钥匙串：无法使用{ $store }
doctor-keyring-locked = 钥匙串：默认钥匙串已锁定
doctor-keyring-locked-fix = 请解锁：登录桌面会话，或运行 `gnome-keyring-daemon --unlock`（或解锁 KeePassXC）
doctor-keyring-unlocked = 钥匙串：已解锁
doctor-keyring-write-ok = 钥匙串：测试条目已写入、读回并删除
doctor-keyring-write-failed = 钥匙串：写入测试条目失败：{ $why }
doctor-keyring-write-failed-fix = 请解锁钥匙串后重试；在此之前密钥只在本次会话中有效（或使用 WXSIGN_APP_SECRET）
doctor-config-dir-missing = 配置：{ $dir } 尚不存在（保存第一个配置时会创建）
doctor-config-dir = 配置：{ $dir }
doctor-config-dir-read-only = 配置：{ $dir } 不可写入：无法保存配置
doctor-config-dir-read-only-fix = 请为当前用户开放 { $dir } 的写权限，或把 WXSIGN_CONFIG_DIR 设为你自己的目录
doctor-config-dir-unreadable = 配置：无法读取 { $dir }（{ $error }）
doctor-config-dir-unreadable-fix = 请检查其权限，或把 WXSIGN_CONFIG_DIR 设为你自己的目录
doctor-profiles-none = profiles.toml：还没有（`wxsign profile add NAME --appid APPID`）
doctor-profiles-valid = profiles.toml：有效，{ $count } 个配置；{ $backups }
doctor-profiles-damaged = profiles.toml：已损坏，可读取 { $count } 个配置：{ $problem }
doctor-profiles-damaged-fix = 请用文本编辑器修正上面指出的条目；下次保存时会把损坏的文件备份为 profiles.toml.bak
doctor-profiles-damaged-fix-backups = 请用文本编辑器修正上面指出的条目；{ $backups }
doctor-profiles-unreadable = 无法读取 profiles.toml（{ $error }）
doctor-profiles-unreadable-fix = 请检查 { $dir }/profiles.toml 的权限
doctor-no-backups = 没有备份
doctor-backups = 损坏版本的备份：{ $names }
doctor-browser = 页面探测浏览器：{ $browser }（{ $path }）
doctor-browser-missing-fix = wxsign probe 需要 Chrome、Chromium 或 Edge（{ $hint }），或用 --browser 指定路径
doctor-font-system = 中文字体：{ $family }（{ $path }）
doctor-font-bundled-forced = 中文字体：内置的 Noto Sans SC GB2312 子集（WXSIGN_FONT=bundled）
doctor-font-bundled = 中文字体：未找到系统中文字体，使用内置的 GB2312 子集（GB2312 以外的生僻字会显示为方框）
doctor-font-bundled-fix = 安装中文字体（{ $hint }）即可完整显示
doctor-font-hint-windows = 设置 > 应用 > 可选功能 > 添加：中文(简体)补充字体
doctor-font-hint-macos = 字体册：macOS 自带苹方 PingFang SC
doctor-font-hint-unix = Debian：fonts-noto-cjk
doctor-reach-base = { $base }
doctor-reach-via-proxy = { $base }（经代理 { $proxy }）
doctor-reach-failed = { $base }：{ $what }
doctor-reach-proxy-dns = 无法解析代理的域名（DNS：{ $error }）
doctor-reach-proxy-dns-fix = 请检查 HTTPS_PROXY（代理的主机名）和网络
doctor-reach-dns = 无法解析域名（DNS：{ $error }）
doctor-reach-dns-fix = 请检查配置中的 API 地址、网络和 DNS；如需代理请设置 HTTPS_PROXY
doctor-reach-proxy-tcp = 代理拒绝连接或没有应答（{ $error }）
doctor-reach-proxy-tcp-fix = 请确认 HTTPS_PROXY 中的代理正在运行且端口正确，或取消设置 HTTPS_PROXY
doctor-reach-tcp = TCP 连接失败（{ $error }）
doctor-reach-tcp-fix = 请检查 API 地址的主机和端口、防火墙，如需代理请设置 HTTPS_PROXY
doctor-reach-not-reached = 无法访问
doctor-reach-check-base = 请检查 API 地址
doctor-reach-tls = 使用系统证书库的 TLS 失败（{ $error }）
doctor-reach-tls-fix = 如在公司代理后面，请把代理的 CA 证书安装到系统证书库；并检查系统时间
doctor-reach-ok = { $base }：可以访问：DNS { $first } → TCP → { $tls }HTTP { $status }
doctor-reach-proxy-http = 经代理的请求失败（{ $error }）
doctor-reach-proxy-http-fix = 请确认代理允许 CONNECT 到该主机，或取消设置 HTTPS_PROXY
doctor-reach-http = 没有 HTTP 应答（{ $error }）
doctor-reach-http-fix = 请确认 API 地址是微信或你的代理/令牌服务器，并且服务正常
doctor-reach-no-http = 没有 HTTP 应答
doctor-clock-ok = 时钟：与服务器 Date 相差 { $seconds } 秒以内
doctor-clock-min-s = { $minutes } 分 { $seconds } 秒
doctor-clock-s = { $seconds } 秒
doctor-clock-ahead = 时钟：本机时间快于服务器 { $amount }：生成的时间戳和令牌过期时间会偏差同样多
doctor-clock-behind = 时钟：本机时间慢于服务器 { $amount }：生成的时间戳和令牌过期时间会偏差同样多
doctor-clock-fix-macos = 请打开 系统设置 → 通用 → 日期与时间 → 自动设置时间
doctor-clock-fix-windows = 请打开 设置 → 时间和语言 → 自动设置时间，然后点“立即同步”
doctor-clock-fix-linux = 请开启 NTP：`timedatectl set-ntp true`（或安装 chrony）
doctor-secret-from-keyring = 系统钥匙串
doctor-secret-from-env = WXSIGN_APP_SECRET
doctor-secret-from-session = 仅本次会话
doctor-secret-set = { $app_id } 的 AppSecret：已设置（{ $source }）
doctor-secret-not-needed = AppSecret：不需要（票据不来自微信接口）
doctor-secret-missing = { $app_id } 的 AppSecret：未设置
doctor-secret-missing-fix = 运行 `wxsign secret set --profile { $name }`（或在配置编辑器中），或设置 WXSIGN_APP_SECRET
doctor-secret-unknown = { $app_id } 的 AppSecret：无法查询钥匙串
doctor-pasted-valid = 粘贴的票据：还有 { $minutes } 分钟有效
doctor-pasted-expired = 粘贴的票据：已过期
doctor-pasted-expired-fix = 请粘贴新的票据：`wxsign secret set --profile { $name } --ticket`
doctor-pasted-none = 粘贴的票据：没有保存
doctor-pasted-none-fix = 请粘贴票据：`wxsign secret set --profile { $name } --ticket`
doctor-cache-fresh = { $what } 已缓存，剩余 { $minutes } 分钟
doctor-cache-none = 没有有效的 { $what } 缓存
doctor-cache = { $token }；{ $ticket }（首次使用时获取）
doctor-check-stopped = 本机检查意外中止（{ $error }）；请重新运行，如反复出现请报告

## Profiles

profile-no-config-dir = 无法确定配置目录：请把 { $env } 设为一个可写的目录
profile-io-read-advice = 请检查你是否有权读取该文件
profile-io-write-advice = 请检查该目录存在且可写
profile-io = could not { $action } { $path }: { $cause }; { $advice }
profile-encode = 无法编码配置：{ $error }
profile-not-found = 没有名为 '{ $name }' 的配置：见 `wxsign profile list`
profile-exists = 名为 '{ $name }' 的配置已存在：请用 `wxsign profile edit { $name }`
profile-broken = { $path } 中有 wxsign 读不懂的条目，且无法为它写入备份，因此不会覆盖它：请手工修正或移走
profile-file-unreadable = { $issues }。配置文件无法读取，未加载任何配置；文件保持原样。请修复该文件；保存配置时会先将其备份为 profiles.toml.bak（或 .N.bak），再新建文件。
profile-entry-skipped = { $issues }。已跳过该配置项，其他配置正常加载，文件保持原样。请修复该项；保存配置时会先将文件备份为 profiles.toml.bak（或 .N.bak），并丢弃该项。
profile-backup-kept = 配置文件中有无法读取的配置项：原文件已备份为 { $path }
profile-api-base-bad = API 地址 '{ $base }' { $why }：请使用 { $default } 或代理地址
profile-api-base-not-url = 不是 http(s) URL
profile-api-base-query = 带有查询参数或片段（wxsign 会在其后追加 /cgi-bin/...）
profile-api-base-cgi-bin = 以 /cgi-bin 结尾（wxsign 会自动追加 /cgi-bin/...）：请去掉
profile-no-such-app = 配置 '{ $name }' 没有 agentid 为 { $id } 的应用（已有：{ $apps }）：请用 `wxsign profile edit { $name } --agent-id { $id }` 添加
profile-no-app = 配置 '{ $name }' 还没有企业微信应用：请用 `wxsign profile edit { $name } --agent-id N --agent-name 名称` 添加
profile-id-or = { $first } 或 { $rest }
profile-id-shape = 应为 { $prefix } 加 16 位小写十六进制字符
profile-id-shape-either = { $prefixes } 加 16 位小写十六进制字符
profile-id-invalid = { $label } '{ $id }' 无效（{ $shape }）：请从 { $console } 复制（形如 { $example }）
profile-apps-not-wecom = 公众号配置没有应用（agentid）：应用属于企业微信配置（--platform wecom）
profile-agent-id-zero = agentid 0 不是有效的应用：请从 应用管理 → 应用 复制 AgentId（形如 1000002）
profile-agent-id-twice = agentid { $agent_id } 重复出现：每个应用只列一次
profile-name-empty = 配置名称为空：请填写名称
profile-too-many-safe-domains = 填写了 { $count } 个安全域名：一个公众号最多 { $max } 个（公众号设置 → 功能设置 → JS接口安全域名）
profile-too-many-domains = 填写了 { $count } 个{ $label }：一个应用最多 { $max } 个（{ $console }）
profile-safe-domain = 安全域名
profile-domain-invalid = { $label } '{ $entry }'：{ $message }{ $fix }
profile-timeout-zero = 超时不能为 0 毫秒：请填写毫秒数，例如 5000（连接）和 15000（总计）
profile-redis-url-unparsable = Redis URL '{ $url }' 无法解析（{ $error }）：请写成 redis://host:6379/0 或 rediss://user@host:6380/0
profile-redis-url-scheme = Redis URL '{ $url }' 必须以 redis://（TLS 用 rediss://）开头
profile-redis-url-password = Redis URL 中包含密码：请从 URL 中删除，并用 `wxsign secret set --profile NAME --redis` 保存（或设置 WXSIGN_REDIS_PASSWORD）
profile-redis-url-no-host = Redis URL '{ $url }' 缺少主机名
profile-redis-url-db = Redis URL '{ $url }'：路径必须是数据库编号（/0 … /15）
profile-redis-ticket-key-empty = Redis 票据键名为空：请填写后端缓存 jsapi_ticket 的键名（--redis-ticket-key）
profile-redis-agent-key-bad = '{ $id }' 的 Redis 应用票据键名不是 AGENTID=KEY 形式：请写成 --redis-agent-ticket-key 1000002=KEY
profile-redis-token-key-empty = Redis 令牌键名为空：请填写键名或不设置

## Errcodes · Official Account

errcode-oa-busy = 系统繁忙
errcode-oa-busy-fix = 请几秒后重试
errcode-oa-40001 = 凭证无效：AppSecret 错误，或 access_token 无效或不是最新
errcode-oa-40001-fix = 如果是获取令牌时出错，请检查 AppSecret。否则令牌已被替换（有人强制刷新了稳定版令牌，或有程序调用了 cgi-bin/token）：wxsign 已丢弃该令牌，请重新运行命令；若反复出现，请找出刷新令牌的程序（传统模式的配置应改用 stable_token）
errcode-oa-40002 = grant_type 无效
errcode-oa-40002-fix = 这是 wxsign 的缺陷，请报告
errcode-oa-40013 = appId 无效
errcode-oa-40013-fix = 请对照 开发 → 基本配置 检查配置中的 appId
errcode-oa-40014 = access_token 无效
errcode-oa-40014-fix = 请重新获取令牌
errcode-oa-40097 = ticket 类型无效
errcode-oa-40097-fix = 请使用 type=jsapi（卡券使用 wx_card）
errcode-oa-40125 = AppSecret 无效
errcode-oa-40125-fix = 请重新输入 AppSecret（可能已被重置）：`wxsign secret set --profile NAME`
errcode-oa-40164 = 调用方 IP 不在公众号的 IP 白名单中
errcode-oa-40164-fix = 请将显示的 IP 加入 开发 → 基本配置 → IP白名单
errcode-oa-40243 = AppSecret 已被冻结
errcode-oa-40243-fix = 请在管理后台解冻
errcode-oa-41002 = 缺少 appId 或 AppSecret
errcode-oa-41002-fix = 请在配置中填写 appId 并用 `wxsign secret set --profile NAME` 设置密钥
errcode-oa-42001 = access_token 已过期
errcode-oa-42001-fix = 请重新获取令牌
errcode-oa-43002 = 该接口需要 POST 请求
errcode-oa-43002-fix = 这是 wxsign 的缺陷（或代理改变了请求方法），请报告
errcode-oa-45009 = 接口调用已达每日上限
errcode-oa-45009-fix = 请等到明天，或在后台清零调用次数（每月 10 次）
errcode-oa-45011 = 接口调用已达每分钟上限
errcode-oa-45011-fix = 请一分钟后重试
errcode-oa-50004 = 该账号禁止调用获取令牌接口
errcode-oa-50004-fix = 请在后台检查接口权限设置
errcode-oa-50007 = 账号已被冻结
errcode-oa-50007-fix = 请在管理后台处理
errcode-oa-61024 = 第三方平台代管的账号须使用 component token
errcode-oa-61024-fix = 请从第三方平台获取令牌，或直接粘贴 ticket
errcode-oa-89501 = 该 IP 正在等待管理员确认
errcode-oa-89501-fix = 请管理员在后台确认该 IP 后重试
errcode-oa-89506 = 管理员拒绝了该 IP，封禁 24 小时（89506）或 1 小时（89507）
errcode-oa-89506-fix = 请等待，或请管理员放行
errcode-oa-unknown = 微信错误 { $errcode }
errcode-oa-unknown-fix = 请在微信文档“全局返回码说明”中查找该错误码；上面的 errmsg 可能有更多信息

## Errcodes · WeCom

errcode-wecom-busy = 系统繁忙
errcode-wecom-busy-fix = 请几秒后重试
errcode-wecom-40001 = secret 无效：该应用的 Secret 错误（企业微信中这不是令牌被替换）
errcode-wecom-40001-fix = 请重新输入该应用的 Secret（应用管理 → 应用 → Secret）：`wxsign secret set --profile NAME --agent-id N`
errcode-wecom-40013 = corpId 无效
errcode-wecom-40013-fix = 请对照 我的企业 → 企业信息 → 企业ID 检查配置中的 corpId
errcode-wecom-40014 = access_token 无效
errcode-wecom-40014-fix = 请重新获取令牌；不要把第三方应用的 suite_access_token 传给票据接口
errcode-wecom-40056 = agentid 无效
errcode-wecom-40056-fix = 请在 应用管理 → 应用 中核对 AgentId
errcode-wecom-40091 = Secret 属于其他企业
errcode-wecom-40091-fix = 请使用本企业应用的 Secret：`wxsign secret set --profile NAME --agent-id N`
errcode-wecom-40093 = jsapi_ticket 无效（客户端也用它报告签名错误）
errcode-wecom-40093-fix = 请检查每个调用用的票据：wx.config 用企业票据，wx.agentConfig 用该 agentid 的应用票据（`wxsign verify --ticket CORP --agent-ticket AGENT`）
errcode-wecom-41001 = 缺少 access_token、corpid 或 secret
errcode-wecom-41001-fix = 请补全：配置中的 corpId，以及用 `wxsign secret set --profile NAME --agent-id N` 设置应用 Secret
errcode-wecom-42001 = access_token 已过期
errcode-wecom-42001-fix = 请重新获取令牌
errcode-wecom-42012 = 票据不可用：用其他应用的令牌请求了应用票据
errcode-wecom-42012-fix = 请用该 agentid 所属应用自己的令牌（它自己的 Secret）获取应用票据
errcode-wecom-45009 = 接口调用次数已达上限（票据：每企业每小时 400 次，每应用每小时 100 次）
errcode-wecom-45009-fix = 请等待一小时；wxsign 会缓存票据，请检查是否有其他程序（未缓存票据的服务器）在频繁获取
errcode-wecom-48002 = 该应用无权调用此接口（errmsg 中可能带有 IP）
errcode-wecom-48002-fix = 请检查应用的接口权限和企业可信IP
errcode-wecom-60020 = 调用方 IP 不在应用的企业可信IP 中（2022-06-20 之后创建的应用）
errcode-wecom-60020-fix = 请将显示的 IP 加入 应用管理 → 应用 → 企业可信IP，或改用粘贴的票据或 Redis 票据（`wxsign profile edit NAME --ticket-source pasted`）
errcode-wecom-80001 = 页面域名不是该应用的可信域名
errcode-wecom-80001-fix = 请在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加（域名根目录需放置 WW_verify_xxx.txt）
errcode-wecom-91040 = 票据类型无效
errcode-wecom-91040-fix = 应用票据的类型是 type=agent_config：这是 wxsign 的缺陷，或代理修改了查询参数
errcode-wecom-unknown = 企业微信错误 { $errcode }
errcode-wecom-unknown-fix = 请查询：https://open.work.weixin.qq.com/devtool/query?e={ $errcode }

## Redis ticket source · errors

redis-error-refused = Redis { $addr } 拒绝连接：请检查 Redis URL 中的主机和端口、服务是否运行，以及隧道（ssh -L）是否已建立
redis-error-timeout = Redis { $addr } 在 { $ms } 毫秒内没有应答：请检查主机、防火墙或隧道，或调大配置中的超时时间
redis-error-connect = 无法连接 Redis { $addr }（{ $detail }）：请检查 Redis URL 和网络
redis-error-tls = 与 Redis { $addr } 的 TLS 连接失败（{ $detail }）：私有 CA 请安装到系统证书库，或用 SSL_CERT_FILE 指向其 PEM 文件；服务器未启用 TLS 时请用 redis://
redis-error-no-password = Redis { $addr } 需要密码：请用 `wxsign secret set --profile NAME --redis` 保存，或设置 WXSIGN_REDIS_PASSWORD
redis-error-auth-failed = Redis { $addr } 拒绝了用户名或密码（{ $code }）：请用 `wxsign secret set --profile NAME --redis`（或 WXSIGN_REDIS_PASSWORD）保存正确的密码，并检查 URL 中的用户名
redis-error-no-permission = Redis { $addr } 上的用户无权执行 { $command }：请授予只读权限（ACL +get +ttl +type +exists ~KEY）
redis-error-missing-key = Redis { $addr } 的 db { $db } 中不存在键 '{ $key }'：请检查键名和 URL 中的 db，或等待后端缓存票据
redis-error-wrong-type = 键 '{ $key }' 的类型是 Redis { $found }，不是字符串：wxsign 只读取字符串值（GET）；请指向保存该值的键
redis-error-value = 键 '{ $key }' 的值：{ $problem }
redis-error-no-token-key = 该配置从 Redis 读取，但没有设置令牌键名：请用 `wxsign profile edit NAME --redis-token-key KEY` 添加
redis-error-only-jsapi = Redis 来源只提供 jsapi 票据：wx_card 票据请通过微信接口获取（把票据来源改为 wechat）
redis-error-other = Redis { $addr }：{ $detail }
redis-meaning-bad-settings = 配置中的 Redis 设置无效
redis-meaning-unreachable = 无法访问 Redis
redis-meaning-tls = 与 Redis 的 TLS 连接失败
redis-meaning-auth = Redis 认证失败
redis-meaning-no-permission = Redis 用户没有读取权限
redis-meaning-missing-key = Redis 键不存在
redis-meaning-wrong-type = Redis 键不是字符串类型
redis-meaning-value = 缓存值的格式不符
redis-meaning-cannot-provide = Redis 来源无法提供该凭据
redis-fix-bad-settings = 请修正配置中的 Redis 设置（`wxsign profile edit NAME --redis-url …`）
redis-fix-unreachable = 请检查 Redis URL、服务是否运行，以及网络或隧道
redis-fix-tls = 请信任服务器的 CA（系统证书库或 SSL_CERT_FILE），服务器未启用 TLS 时请用 redis://
redis-fix-auth = 请用 `wxsign secret set --profile NAME --redis` 保存 Redis 密码（或设置 WXSIGN_REDIS_PASSWORD）
redis-fix-no-permission = 请授予该 Redis 用户对该键的读取权限（+get +ttl +type +exists）
redis-fix-missing-key = 请检查键名和 Redis URL 中的 db（`wxsign profile edit NAME --redis-ticket-key KEY`）
redis-fix-wrong-type = 请让配置指向保存票据的字符串键
redis-fix-value = 请设置与后端一致的值格式：`wxsign profile edit NAME --redis-format raw|json:FIELD|pydict:FIELD`
redis-fix-no-token-key = 请添加令牌键名：`wxsign profile edit NAME --redis-token-key KEY`
redis-fix-only-jsapi = 请使用票据来源为微信接口的配置获取 wx_card 票据
redis-value-past-expiry = Redis 键 '{ $key }' 中的 { $what } 已超过 update_time + expires_in：生产环境尚未刷新，微信可能已不再接受
redis-value-lifetime-unknown = Redis 键 '{ $key }' 没有过期时间，值中也没有 update_time：无法得知该 { $what } 的剩余有效期
redis-not-the-source = 票据来源不是 Redis：请先选择 Redis 并填写设置
redis-url-unusable = Redis URL '{ $url }' 无法使用（{ $error }）：请写成 redis://host:6379/0

## WeChat and WeCom client

wechat-legacy-token-warning = 传统令牌模式调用了 cgi-bin/token：这会签发新的 access_token，生产服务器持有的令牌将在 5 分钟后失效（40001）。除非该账号没有服务器，请将配置改为 stable_token。
wechat-force-refresh-warning = 强制刷新已轮换稳定版 access_token（每天最多 20 次，间隔至少 30 秒）；所有调用方将获得新令牌
wecom-quota-corp = 企业 { $corp_id } 本小时已获取票据 { $count } 次（上限每小时 { $quota } 次）：达到上限后企业微信将返回 45009，直到这一小时结束。wxsign 会缓存票据，请检查是否有未缓存票据的服务器
wecom-quota-app = 应用 { $agent_id } 本小时已获取票据 { $count } 次（上限每小时 { $quota } 次）：达到上限后企业微信将返回 45009，直到这一小时结束
wechat-error-full = { $detail }：{ $fix }
wechat-error-api-full = { $detail }：{ $meaning }；{ $fix }
wechat-fix-allow-ip = 请将 { $ip } 加入 { $console }
wechat-fix-allow-ip-wecom = 请将 { $ip } 加入 { $console }，或改用粘贴的票据或 Redis 票据（`wxsign profile edit NAME --ticket-source pasted`）：办公网络的 IP 通常不在可信 IP 中
wechat-fix-agent-ticket-own-token = 应用 { $agent_id } 的应用票据需要应用 { $agent_id } 自己的令牌：为 agentid { $agent_id } 保存的 Secret 属于其他应用。请设置应用 { $agent_id } 自己的 Secret（应用管理 → 应用 → Secret）：`wxsign secret set --profile NAME --agent-id { $agent_id }`
wechat-fix-more = { $fix }（详见：{ $link }）
wechat-no-secret = { $app_id } 没有设置 AppSecret
wechat-no-app-secret = { $corp_id } 的应用 { $agent_id } 没有设置 Secret
wechat-no-app-secret-fix = 请用 `wxsign secret set --profile NAME --agent-id { $agent_id }` 设置该应用自己的 Secret（应用管理 → 应用 → Secret）（或 WXSIGN_APP_SECRET / --secret-stdin）
wechat-keyring-unusable = 无法使用系统钥匙串
wechat-fix-check-profile = 请检查配置（`wxsign profile show NAME`）
wechat-no-secret-fix = 请用 `wxsign secret set --profile NAME` 保存，或设置 WXSIGN_APP_SECRET，或使用 --secret-stdin
wechat-no-secret-fix-no-keyring = 这里没有可用的系统钥匙串来保存它，请每次调用时提供：设置 WXSIGN_APP_SECRET 或使用 --secret-stdin
wechat-internal = 内部错误：{ $detail }
wechat-http-status = { $endpoint }：API 地址返回 HTTP { $status }
wechat-not-json = { $endpoint }：返回内容不是 JSON（HTTP { $status }，{ $content_type }，开头为 { $preview }）
wechat-missing-field = { $endpoint }：JSON 应答中没有 { $field }
wechat-timeout = { $endpoint }：{ $ms } 毫秒内没有应答
wechat-dns = { $endpoint }：无法解析域名 { $host }（DNS）
wechat-tls = { $endpoint }：TLS 失败（{ $detail }）
wechat-connect = { $endpoint }：无法连接（{ $detail }）
wechat-network = { $endpoint }：请求失败（{ $detail }）
wechat-bad-base = API 地址 '{ $base }' 不是有效的 http(s) URL
wechat-setup = 无法创建 HTTP 客户端（{ $detail }）
wechat-api = { $endpoint }：{ $api }错误码 { $errcode }（{ $errmsg }）
wechat-meaning-http-status = API 地址返回了 HTTP 错误
wechat-fix-http-status = 请检查 API 地址，以及微信前面的代理是否正常
wechat-meaning-not-wechat = 返回内容不是微信接口的应答
wechat-fix-not-wechat = API 地址指向了其他服务，或被代理/认证页面拦截：请检查 API 地址
wechat-meaning-timeout = 请求超时
wechat-fix-timeout = 请检查网络，或调大配置中的超时时间
wechat-meaning-dns = 无法解析 API 域名
wechat-fix-network = 请检查 API 地址、网络和 HTTPS_PROXY
wechat-meaning-tls = TLS 握手失败
wechat-fix-tls = 如在公司代理后面，请将其 CA 证书安装到系统证书库
wechat-meaning-connect = 无法连接 API 地址
wechat-meaning-setup = 无法创建 HTTP 客户端
wechat-fix-setup = 请检查系统的 TLS 证书
wechat-meaning-bad-base = 无法发出请求
wechat-fix-bad-base = 请修正配置中的 API 地址或 --api-base
wecom-no-such-ticket = { $platform }没有 { $kind } 票据：请使用 --type jsapi（企业票据）或 --type agent_config（应用票据）
reach-not-http-url = '{ $base }' 不是 http(s) URL
reach-no-address = { $host } 没有地址
reach-no-answer = { $ms } 毫秒内没有应答
reach-addr-no-answer = { $addr }：{ $ms } 毫秒内没有应答
wechat-origin-redis-update-time = update_time
wechat-origin-redis-ttl = TTL
wechat-origin-redis-no-expiry = 无过期时间
wechat-origin-redis = Redis { $key }（{ $basis }）
wechat-origin-pasted = 粘贴

## Ticket sources

tickets-redis-no-agent-key = 配置 '{ $name }' 从 Redis 读取票据，但没有应用 { $agent_id } 的应用票据键名：用 `wxsign profile edit { $name } --redis-agent-ticket-key { $agent_id }=KEY` 添加
tickets-no-such-kind = { $platform }没有 { $kind } 票据：它的票据有 { $kinds }

## Batch · pages file

batch-pagesfile-error = 页面清单：{ $message }
batch-pagesfile-error-at = 页面清单第 { $line } 行：{ $message }
batch-pagesfile-none = 没有找到页面；请每行写一个页面 URL，或使用带 `url` 列的 CSV，或 JSON
batch-pagesfile-json-shape = JSON 页面清单是 URL 数组，或带 `url` 字段（以及可选的 title、desc、link、imgUrl、jsApiList、platform、entryUrl）的对象数组，或 {"{"}"pages": [...]{"}"}
batch-pagesfile-json-shape-after = { $what }；{ batch-pagesfile-json-shape }
batch-pagesfile-no-array = 没有 `pages` 数组
batch-pagesfile-not-a-page = 第 { $n } 个页面是{ $kind }；请写成 URL 字符串或带 `url` 字段的对象
batch-pagesfile-empty-url = 第 { $n } 个页面的 `url` 为空
batch-pagesfile-json-null = null
batch-pagesfile-json-boolean = 布尔值
batch-pagesfile-json-number = 数字
batch-pagesfile-json-string = 字符串
batch-pagesfile-json-array = 数组
batch-pagesfile-json-object = 对象
batch-pagesfile-json-mixed-array = 含有非字符串元素的数组
batch-pagesfile-page-url = 第 { $n } 个页面（{ $url }）
batch-pagesfile-page = 第 { $n } 个页面
batch-pagesfile-no-url-field = { $page }没有 `url` 字段；每个页面都需要 URL
batch-pagesfile-url-not-string = 必须是字符串形式的页面 URL
batch-pagesfile-not-string = 必须是字符串
batch-pagesfile-platform-value = 必须是 "ios" 或 "android"
batch-pagesfile-js-api-list-value = 必须是接口名数组，例如 ["updateAppMessageShareData", "updateTimelineShareData"]，而不是{ $not }
batch-pagesfile-field = { $page }：`{ $key }` { $problem }
batch-pagesfile-field-invalid = { $page }：{ $what }
batch-pagesfile-csv-unknown-column = 未知列 `{ $name }`；可用的列为 url、entry_url、platform、title、desc、link、img_url、js_api_list
batch-pagesfile-csv-no-url-column = 表头没有 `url` 列；请添加
batch-pagesfile-csv-too-many-fields = 有 { $fields } 个字段，但表头只有 { $columns } 列；含逗号的字段请加引号
batch-pagesfile-csv-empty-url = `url` 为空；每一行都需要页面 URL
batch-pagesfile-csv-platform = 未知平台 `{ $platform }`；请使用 `ios` 或 `android`
batch-pagesfile-csv-unclosed-quote = 引号字段没有闭合；请补上结尾的 `"`

## Window settings file

settings-invalid = { $path } 不是有效的设置文件：请修正或删除后重新开始
settings-reading = 读取 { $path }
settings-creating = 创建 { $path }
settings-encoding = 编码设置
settings-writing = 写入 { $path }

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

## Verify · causes

verify-cause-fragment = 服务器签名的 URL 带着 # 及其后面的部分；请只签 location.href.split('#')[0]，即 # 之前的部分。
verify-cause-not-normalised = 服务器签的是原样输入的 URL，但浏览器会把它规范化为 { $sign_url }；请签页面实际看到的 location.href.split('#')[0]。
verify-cause-entry-url = 服务器签的是入口 URL（本次访问的第一个页面），只有 iOS 微信对单页应用校验它；iOS 上签入口 URL，Android 上签当前的 location.href.split('#')[0]。
verify-cause-ios-entry-url = 签名与当前 URL 匹配（Android 校验它），但 iOS 微信对单页应用校验的是入口 URL，所以在 iPhone 上会失败；iOS 上请改签入口 URL。
verify-cause-encode-uri-component = 服务器签的是仍被 encodeURIComponent 编码的 URL；签名前请先把 url 参数解码一次。
verify-cause-encode-uri = 服务器签的是经 encodeURI 编码的 URL（空格、% 和非 ASCII 字符被再次转义）；签名前请解码，使其与 location.href 完全一致。
verify-cause-form-encoded = 服务器签的是表单编码后的 URL（urlencode / http_build_query / URLEncoder）；string1 中请放原始 URL，值不做任何转义。
verify-cause-percent-decoded = 服务器对 URL 做了百分号解码，但页面中它仍是编码形式；请原样签 location.href 显示的 URL，不要解码。
verify-cause-amp-escaped = 服务器签名的 URL 中 & 被 HTML 转义成了 &amp;；请从请求参数中取 URL（而不是从 HTML 中），不转义直接签名。
verify-cause-slash-added = 服务器在路径末尾多加了 /；请按页面实际路径签名。
verify-cause-slash-removed = 服务器去掉了路径末尾的 /（裸域名总带一个 /：http://a.com/）；请按页面实际路径签名。
verify-cause-scheme = 服务器签的是 { $signed }:// 的 URL，而页面用的是另一种协议（常见于 TLS 在代理终止的部署）；请使用页面传来的 URL，或根据 X-Forwarded-Proto 还原协议。
verify-cause-port-added = 服务器在 URL 中写入了默认端口（根据 Host 头拼接所致）；请像浏览器一样不带端口签名。
verify-cause-port-removed = 服务器去掉了页面 URL 中的端口；请按页面的 host:port 原样签名（注意 wx.config 只支持 80 和 443 端口）。
verify-cause-query-stripped = 服务器签名的 URL 缺少查询串（写死的 URL 或只用了路径）；请签包含 ?… 的完整 URL。
verify-cause-share-query-stripped = 服务器丢掉了分享后微信追加的参数（from=…&isappinstalled=…）；请由页面传 location.href.split('#')[0]，不要自行拼接 URL。
verify-cause-url-lowercased = 服务器把整个 URL 转成了小写；请保留原始大小写签名（只有域名不区分大小写）。
verify-cause-url-missing = 服务器签名时 url 为空（前端没有把页面 URL 传给后端）；请把 location.href.split('#')[0] 传给签名接口。
verify-cause-ticket-missing = 服务器签名时 ticket 为空（jsapi_ticket=&…：获取 ticket 失败，或缓存返回了 ""，例如 Redis 未命中）；签名前请检查 getticket 请求返回的 errcode 和缓存中的值。
verify-cause-ticket-whitespace = 服务器使用的 ticket 末尾带有换行或空格（从文件或缓存读取所致）；签名前请去掉首尾空白。
verify-cause-noncestr-missing = 服务器签名时 noncestr 为空（字段缺失或映射错误）；请用与传给 wx.config 相同的 nonceStr 签名。
verify-cause-ms-timestamp = 服务器签名用的是毫秒时间戳，而 wx.config 拿到的是秒；请两处都用同一个以秒为单位的值（Math.floor(Date.now() / 1000)、time()）。
verify-cause-config-ms-timestamp = wx.config 拿到的是毫秒时间戳，而服务器签名用的是秒；请两处传同一个以秒为单位的值。
verify-cause-timestamp-mismatch = 服务器签名用的时间戳与 wx.config 收到的相差 { $delta } 秒（读了两次时钟）；请只读一次并在两处使用同一个值。
verify-cause-timestamp-missing = 服务器签名时 timestamp 为空（字段缺失或映射错误）；请用与传给 wx.config 相同的 timestamp 签名。
verify-cause-keys-uppercase = 服务器把 string1 的键名写成了大写；请使用小写的 jsapi_ticket、noncestr、timestamp、url。
verify-cause-keys-capitalised = 服务器把 string1 键名的首字母大写了；请使用小写的 jsapi_ticket、noncestr、timestamp、url。
verify-cause-camel-case-keys = 服务器在 string1 中用了驼峰键名（jsapiTicket、nonceStr）；请使用 jsapi_ticket 和 noncestr。
verify-cause-noncestr-key = 服务器在 string1 中写了 nonceStr（wx.config 的写法）；string1 中必须是全小写的 noncestr。
verify-cause-nonce-str-key = 服务器在 string1 中写了 nonce_str；string1 中必须是不带下划线的 noncestr。
verify-cause-timetamp-typo = 服务器把键名拼成了 timetamp；请写成 timestamp。
verify-cause-times-entity = 服务器代码里把 &timestamp 写成了 ×tamp（从博客复制时 &times 被 HTML 渲染成了 ×）；请写成 &timestamp=。
verify-cause-unsorted-keys = 服务器没有对键名排序；string1 必须按 jsapi_ticket、noncestr、timestamp、url 的顺序。
verify-cause-separator = 服务器用 { $separator } 而不是 & 连接各键值对；请只用一个 & 连接。
verify-cause-stray-space = 服务器在 string1 的某个 & 旁多了一个空格（例如 "& noncestr="）；请只用 & 连接，不加空格。
verify-cause-config-value-spaces = wx.config 收到的值首尾带空格，而服务器签名时去掉了空格；请把签名用的值原样（不带空格）传给 wx.config。
verify-cause-spaces = 服务器在 string1 的 = 两侧加了空格；请写成不带空格的 key=value。
verify-cause-trailing-ampersand = 服务器在 string1 末尾多留了一个 &（拼接循环所致）；请去掉它。
verify-cause-leading-ampersand = 服务器在 string1 第一个键前多加了 &（拼接循环所致）；请去掉它。
verify-cause-url-pair-missing = 服务器在 string1 中漏掉了 url 这一项；string1 必须包含全部四项，并以 &url=… 结尾。
verify-cause-uppercase-hex = 签名匹配，但是大写十六进制；微信的算法输出小写，为保险起见请输出小写。
verify-cause-ticket-placeholder = 服务器把文本 { $value } 当作 jsapi_ticket 签名（缓存未命中或变量未赋值被转成了文本：Redis、JavaScript、Python）；签名前请确认 ticket 读取成功且是真实的 ticket。
verify-cause-noncestr-placeholder = 服务器把文本 { $value } 当作 noncestr 签名（变量未赋值或 nonce_str 字段映射错误）；请用与传给 wx.config 相同的 nonceStr 签名。
verify-cause-timestamp-placeholder = 服务器把文本 { $value } 当作 timestamp 签名（变量未赋值或字段映射错误）；请用与传给 wx.config 相同的 timestamp 签名。
verify-cause-stale-ticket = 服务器用的是旧的 ticket（候选 #{ $candidate }）：其他进程刷新了它，或签名在 ticket 更换后仍被缓存；请共享同一个缓存的 ticket，不要缓存签名。
verify-cause-wx-card-ticket = 服务器用的是 wx_card 卡券 ticket（候选 #{ $candidate }）而不是 jsapi ticket；请用 type=jsapi 调用 getticket。
verify-cause-other-app-ticket = 服务器用的是另一个 appId 的 ticket（候选 #{ $candidate }）；请用本公众号自己的 appId 和 secret 获取 ticket。
verify-cause-other-app-ticket-named = 服务器用的是另一个 appId（{ $app_id }，候选 #{ $candidate }）的 ticket；请用本公众号自己的 appId 和 secret 获取 ticket。
verify-cause-other-ticket = 服务器用的 ticket（候选 #{ $candidate }）不是当前的 jsapi ticket；请让它使用当前 ticket。
verify-cause-corp-ticket = wx.agentConfig 用企业票据（候选 #{ $candidate }）签了名：它应使用该 agentid 的应用票据，即用该应用自己的令牌调用 ticket/get?type=agent_config 获取的票据。
verify-cause-agent-ticket = wx.config 用应用 { $agent_id } 的应用票据（候选 #{ $candidate }）签了名：在企业微信中 wx.config 应使用企业票据（get_jsapi_ticket）。
verify-cause-other-agent-ticket = wx.agentConfig 用了另一个应用 { $agent_id } 的应用票据（候选 #{ $candidate }）：请使用传给 wx.agentConfig 的 agentid 对应的应用票据，用该应用自己的 Secret 获取。
verify-cause-url-cut-at-ampersand = 服务器收到的 URL 在 { $param }= 前的 & 处被截断（页面把 location.href 未编码地放进了 GET 查询串，服务器只读到 & 之前）；请发送 encodeURIComponent(location.href.split('#')[0]) 或用 POST，并在服务器端解码一次。
verify-cause-url-cut-at-question-mark = 服务器收到的 URL 在查询串中的 ? 处被截断（页面未编码发送，或服务器按最后一个 ? 拆分）；请发送 encodeURIComponent(location.href.split('#')[0]) 并签完整的 URL。
verify-cause-origin-only = 服务器只签了源（scheme://host/），即默认 Referrer 策略下 Referer 头携带的内容；请让页面发送 location.href.split('#')[0]，不要读取 Referer。
verify-cause-form-decoded = 服务器对 URL 做了表单解码（URLDecoder.decode / urldecode / unquote_plus 会把 + 变成空格）；页面中它保持原样，请不解码直接签名，或只用非表单解码器对 url 参数解码一次。
verify-cause-decoded-twice = 服务器对 URL 解码了两次（%2B 先变成 + 再变成空格，微信的 nsukey 中常见）；url 参数只解码一次（框架通常已经解过），签页面实际的 URL。
verify-cause-reserved-encoded = 服务器签名的查询串中保留字符（: @ , ; = + / ?）被百分号编码，而页面中是原样的；请原样签 location.href.split('#')[0]，不要重新编码查询串。{ $router ->
        [yes] 单页应用的路由会在加载时用 replaceState 改写查询串：iOS 微信校验最初加载的 URL，Android 校验改写后的 URL，所以 iOS 上签入口 URL，Android 上签当前的 location.href.split('#')[0]。
       *[no] {""}
    }
verify-cause-reserved-decoded = 服务器签名的查询串中保留字符（: @ , ; = + / ?）被解码，而页面中仍是百分号编码；请原样签 location.href.split('#')[0]，不要规范化查询串。{ $router ->
        [yes] 单页应用的路由会在加载时用 replaceState 改写查询串：iOS 微信校验最初加载的 URL，Android 校验改写后的 URL，所以 iOS 上签入口 URL，Android 上签当前的 location.href.split('#')[0]。
       *[no] {""}
    }
verify-cause-share-param-stripped = 服务器从 URL 中去掉了 { $param }=…（分享后微信追加的参数之一）；请由页面传 location.href.split('#')[0]，不要自行拼接 URL。
verify-cause-share-query-added = 服务器签名的 URL 带有 { $query }，而当前页面没有这些分享参数（用了保存的或之前分享的 URL）；请签页面当前的 URL。
verify-cause-www-added = 服务器在域名前加了 www.（用自己配置的基础地址拼接 URL）；请签页面实际所在的域名。
verify-cause-www-dropped = 服务器去掉了域名中的 www.（用自己配置的基础地址拼接 URL）；请签页面实际所在的域名。
verify-cause-other-host = 服务器签名用的域名是 { $host }（安全域名或可信域名中的另一个），而不是页面所在的域名；请使用页面传来的 URL（location.href.split('#')[0]），不要用服务器配置拼接。
verify-cause-upstream-host = 服务器签的是它在反向代理后的上游地址 { $authority }（代理没有 proxy_set_header Host）；请使用页面传来的 URL，或转发 Host 和 X-Forwarded-Proto。
verify-cause-path-prefix-removed = 服务器签名的路径缺少 { $prefix }（反向代理去掉的前缀）；请签页面的完整路径，包括 { $prefix }。
verify-cause-path-prefix-added = 服务器签名的路径前多了 { $prefix }（页面 URL 中没有，来自反向代理或 base path 配置）；请签页面实际的路径。
verify-cause-hex-leading-zeros = 服务器的十六进制编码去掉了 SHA-1 开头的 0（Java 的 new BigInteger(1, digest).toString(16) 就会这样，约 16 个签名中有 1 个）{ $case ->
        [upper] ，而且是大写；同时请输出小写
       *[lower] {""}
    }；请补足 40 位：String.format("%040x", new BigInteger(1, digest)) 或 Hex.encodeHexString(digest)。
verify-cause-hex-unpadded-bytes = 服务器的十六进制编码对每个字节没有补零，小于 16 的字节丢了前面的 0（C# b.ToString("X")、Java Integer.toHexString(b & 0xff)、JS b.toString(16)）{ $case ->
        [upper] ，而且是大写；同时请输出小写
       *[lower] {""}
    }；请每个字节写两位：b.ToString("x2")、String.format("%02x", b)、b.toString(16).padStart(2, '0')。
verify-cause-hex-either = 服务器的十六进制编码丢了 SHA-1 开头的 0（Java 的 new BigInteger(1, digest).toString(16)，或不补零的逐字节编码如 Integer.toHexString(b & 0xff)）{ $case ->
        [upper] ，而且是大写；同时请输出小写
       *[lower] {""}
    }；请输出 40 位、每字节两位：String.format("%040x", …) 或 String.format("%02x", b)。
verify-cause-dingtalk-sha256 = 签名是 string1 的 SHA-256：服务器用的是钉钉（dd.config）的签名方式；wx.config 需要 string1 的 SHA-1（40 位小写十六进制），URL 保持页面中的原样。
verify-cause-md5-signature = 签名是 string1 的 MD5（用了给其他接口的工具函数，例如微信支付 v2）；wx.config 需要 string1 的 SHA-1（40 位小写十六进制）。
verify-causes-and = { $first } { $then }

## Verify · notes and headline

verify-note-no-ticket = 没有提供 ticket，预期签名用的是空 ticket；请加入当前的 jsapi ticket。
verify-note-millisecond-timestamp = 时间戳有 13 位，是毫秒；微信文档要求以秒为单位（要毫秒的是飞书，不是微信）。签名和 wx.config 用的是同一个值时 string1 一致，但微信是否接受尚未确认：为保险起见，签名和 wx.config 请使用同一个以秒为单位的值（Math.floor(Date.now() / 1000)、time()）。
verify-note-not-sha1 = 签名不是 40 位十六进制{ $guess ->
        [md5] （32 位十六进制：这是 MD5）
        [sha256] （64 位十六进制：这是 SHA-256）
       *[none] {""}
    }；服务器必须输出 SHA-1(string1) 的 40 位小写十六进制。
verify-note-ruled-out = 尝试了 { $tried } 种 string1 构造方式（{ $tickets } 个 ticket；URL、时间戳、随机串和键名格式错误，单独及两两组合），都不能得到该签名，因此这些错误已排除。
verify-note-check-ticket = 检查 ticket：它可能属于另一个 appId（开放平台应用而非公众号），或是旧的 ticket；把它作为候选 ticket 加入即可验证。
verify-note-check-values = 检查 wx.config 收到的 nonceStr 和 timestamp 是否与服务器签名时用的一致（随机串或时钟被调用了两次、nonce_str 字段映射错误）；在服务器签名处打印它们。
verify-note-check-page = 检查服务器签的是哪个页面：OAuth 跳转前的页面，或它自己的 AJAX 接口地址而不是页面地址；在签名处打印 url。
verify-headline-match = 匹配
verify-headline-mismatch = 不匹配
verify-headline-match-real = 与 realAuthUrl { $url } 匹配
verify-headline-match-real-of = 与 realAuthUrl { $url } 匹配（微信校验的 { $count } 个 URL 之一）
verify-headline-mismatch-real = 与 realAuthUrl { $url } 不匹配
verify-headline-mismatch-all-real = 与全部 { $count } 个 realAuthUrl 都不匹配
verify-cause-page-url = 服务器签的是页面 URL { $page }，而微信校验的是 realAuthUrl { $real }：请签微信校验的 URL，即 wx.config 执行时的 location.href.split('#')[0]（iOS 上单页应用校验的是页面加载时的 URL）。
verify-cause-page-url-and = { $first }{ $then }

## Verify · realAuthUrl

verify-real-auth-repeats = realAuthUrl 中有重复的 URL（客户端每次校验记一条）；每个不同的 URL 只比较一次。
verify-real-auth-fragment = realAuthUrl 中带有 #… 部分；微信校验时不含它，因此比较时去掉了 # 之后的部分。
verify-real-auth-several-fits = realAuthUrl 列出了 { $count } 个不同的 URL（两次校验之间页面 URL 变了，单页应用常见）；签名对 { $url } 是正确的，下面逐个比较。
verify-real-auth-several-none = realAuthUrl 列出了 { $count } 个不同的 URL（两次校验之间页面 URL 变了，单页应用常见）；签名对其中任何一个都不正确，下面逐个比较。
verify-real-auth-page-fits = realAuthUrl 就是页面 URL { $url }，签名对它也是正确的，所以问题不在 URL：请检查 ticket 是否属于这个 appId（而不是开放平台应用的），以及 wx.config 收到的 appId、nonceStr、timestamp 是否与签名时完全一致。
verify-real-auth-page-confirmed = realAuthUrl 证实了页面 URL { $url }：微信校验的正是这里检查的 URL，因此请修复上面列出的原因。
verify-real-auth-signed-for-page = 服务器对 realAuthUrl { $url }（微信校验的 URL）的签名是对的；页面期望的是另一个 URL（{ $page }）的签名：请让页面上报、服务器签名的是同一个 location.href.split('#')[0]（iOS 上单页应用校验的是入口 URL）。
verify-real-auth-signed = 服务器对 realAuthUrl { $url }（微信校验的 URL）的签名是对的。
verify-real-auth-other-real = 签名对应的是 realAuthUrl { $signed }，而不是 { $url }：微信两个都校验了（两次校验之间页面 URL 变了）；每次 wx.config 都请按它执行时的 location.href.split('#')[0] 签名。
verify-real-auth-signed-instead = 服务器签的是 { $signed }，而微信校验的 realAuthUrl 是 { $url }：请签 { $url }，即 wx.config 执行时页面的 location.href.split('#')[0]。
verify-real-auth-against = { $first }相对 realAuthUrl：{ $inner }
verify-real-auth-unexplained = realAuthUrl { $url } 经任何 URL 错误变换后也得不到服务器的签名，所以问题多半不在 URL：请检查 ticket（另一个 appId、旧 ticket），以及 wx.config 收到的 nonceStr 和 timestamp 是否与签名时一致。

## Verify · WeCom

verify-wecom-no-agent-ticket = 没有提供应用票据，wx.agentConfig 是用空票据检查的；请加入应用票据（--agent-ticket，或 `wxsign ticket --type agent_config`）。
verify-wecom-reuses-config = wx.agentConfig 使用了 wx.config 的签名{ $same_values ->
        [yes] （以及它的 nonceStr 和 timestamp）
       *[no] {""}
    }：服务器只用企业票据签了一次名，并把结果同时给了两个调用。请再用{ $agent_known ->
        [yes] 应用 { $agent }{" "}
       *[no] 其 agentid 对应应用
    }的应用票据对 URL 签名，把这个签名传给 wx.agentConfig。
verify-wecom-call-config-app-id = wx.config 的 appId{" "}
verify-wecom-call-agent-corp-id = wx.agentConfig 的 corpid{" "}
verify-wecom-corp-id-mismatch = { $call }中的 corpId 是 '{ $got }'，不是配置中的 '{ $want }'（我的企业 → 企业信息 → 企业ID）：页面用了其他企业的 ID，企业微信会用其他企业的票据校验签名
verify-wecom-corp-id-mismatch-fix = wx.config 的 appId 和 wx.agentConfig 的 corpid 都应使用 我的企业 → 企业信息 → 企业ID
verify-wecom-corp-ids-differ = wx.config 的 appId '{ $app_id }' 与 wx.agentConfig 的 corpid '{ $corp_id }' 不同：两个调用应使用同一个 corpId
verify-wecom-corp-ids-differ-fix = 两个调用都应使用 我的企业 → 企业信息 → 企业ID
verify-wecom-unknown-agent-id = wx.agentConfig 的 agentid { $agent_id } 不是已知应用票据的应用（{ $known }）：请在 应用管理 → 应用 中核对 AgentId
verify-wecom-unknown-agent-id-fix = 请传入为该页面签名的应用的 agentid，或将该应用加入配置（`wxsign profile edit NAME --agent-id N`）
verify-wecom-untrusted-domain = 页面不在该应用的可信域名下（{ $domains }）：无论签名如何，wx.agentConfig 都会返回 80001。请在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加其域名
verify-wecom-untrusted-domain-fix = 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名：添加页面域名（根目录放置 WW_verify_xxx.txt）
verify-wecom-beta-missing = wx.config 缺少 beta: true，但 jsApiList 中有通过 wx.invoke 调用的企业微信接口（{ $apis }）：没有它 wx.invoke 无法调用这些接口。请在 wx.config 中加入 beta: true
verify-wecom-beta-missing-fix = 在 wx.config 中加入 beta: true

## Card · verify

card-cause-kv-pairs = 服务器像 wx.config 那样拼了 key=value& 键值对；卡券签名只取值，按字符串排序后直接拼接，不带键名、不加分隔符。
card-cause-key-order = 服务器按键名顺序拼接了值；卡券签名规则是对值本身按字符串排序。
card-cause-listing-order = 服务器按文档列出的顺序拼接了值；卡券签名规则是对值本身按字符串排序。
card-cause-jsapi-ticket = 服务器用了 jsapi ticket 签名；卡券签名需要 wx_card 的 api_ticket（getticket 用 type=wx_card）。
card-cause-stale-ticket = 服务器用的是旧的 wx_card ticket（候选 #{ $candidate }）；请共享同一个缓存的 api_ticket，并在过期前刷新。
card-cause-ticket-missing = 服务器签名时没有 api_ticket（获取 wx_card ticket 失败或缓存为空）；签名前请检查 ticket。
card-cause-optional-value = 该签名覆盖的值中没有 { $field }（{ $value }）；调用参数与签名必须包含相同的可选值：{ $field } 要么两边都有，要么都没有。
card-cause-timestamp-mismatch = 服务器签名用的 timestamp 是 { $signed }，与 cardExt 中的不同；签名和参数请使用同一个以秒为单位的值。
card-cause-nonce-mismatch = 服务器签名用的 nonce_str 是 { $signed }，与 cardExt 中的不同；请对实际发送的 nonce_str 签名。
card-note-no-ticket = 没有提供 wx_card ticket，预期签名中没有 api_ticket；请加入当前的 wx_card ticket。
card-note-uppercase = 签名匹配，但是大写十六进制；为保险起见请输出小写。
card-note-not-sha1 = 签名不是 40 位十六进制；卡券签名是排序拼接后的值的 SHA-1，40 位小写十六进制。
card-note-ruled-out = 尝试了 { $tried } 种卡券签名串的构造方式（键值对、值的顺序、jsapi 或旧 ticket、可选值、时间戳和随机串的变化，单独及两两组合），都不能得到该签名；请检查服务器是否用当前的 wx_card ticket 对页面实际传入的值签名。

## URL check

urlcheck-empty = URL 为空。
urlcheck-empty-fix = 粘贴页面的完整 URL，例如 https://example.com/page?id=1。
urlcheck-unparseable = 无法解析为 URL：{ $reason }。
urlcheck-reason-no-scheme = 缺少协议（http:// 或 https://）
urlcheck-reason-no-host = 协议之后没有主机名
urlcheck-reason-port = 端口不是 0 到 65535 之间的数字
urlcheck-reason-ipv4 = IPv4 地址无效
urlcheck-reason-ipv6 = IPv6 地址无效
urlcheck-reason-domain-char = 主机名中含有域名不允许的字符（空格、<、>、% 等）
urlcheck-reason-idna = 主机名不是合法的国际化域名
urlcheck-reason-invalid = 它不是合法的 URL
urlcheck-unparseable-fix-scheme = 写出带协议的完整 URL，例如 { $suggestion }
urlcheck-unparseable-fix-full = 写出页面的完整 URL，以 https:// 或 http:// 开头。
urlcheck-unparseable-fix-copy = 直接从页面复制 URL（在控制台执行 location.href），不要手工输入。
urlcheck-fragment = URL 带有 #片段；签名只能使用 '#' 之前的部分。
urlcheck-fragment-fix = 对 location.href.split('#')[0]（即“签名 URL”）签名，不要带 '#…'。
urlcheck-scheme = 协议是 '{ $scheme }:'；微信网页只能是 http 或 https。
urlcheck-scheme-fix = 使用页面的 http:// 或 https:// 地址（如果填的是主机名，在前面加 https://）。
urlcheck-ip-host = 主机 { $host } 是 IP 地址；JS 接口安全域名不能是 IP 地址。
urlcheck-ip-host-fix = 通过已设置为 JS 接口安全域名的域名访问页面。
urlcheck-port = 页面在 { $port } 端口；微信只接受 80 和 443 端口的页面（wx.config 会报 invalid url domain）。
urlcheck-port-fix = 把页面放到 80/443 端口（例如通过反向代理）。测试号据称可用 host:port，未经证实。
urlcheck-unusual-port = { $scheme } 使用 { $port } 端口：端口会保留在 URL 中，签名必须包含 ':{ $port }'。
urlcheck-unusual-port-fix = 检查协议：443 端口通常是 https，80 端口通常是 http。
urlcheck-default-port = 显式写出的默认端口 ':{ $port }' 会被去掉，页面看不到它。
urlcheck-default-port-fix = 签名时不要带端口，按“签名 URL”所示。
urlcheck-credentials = URL 中带有用户名或密码（user:…@host）。
urlcheck-credentials-fix = 去掉它们：浏览器会去除或拦截这类 URL，而且密码会进入 string1 和日志。
urlcheck-share-params = 查询参数中有微信分享参数（from=、isappinstalled=）：页面被分享后微信会追加它们。
urlcheck-share-params-fix = 对页面实际的 URL 签名（由页面传来的 location.href.split('#')[0]），不要写死 URL。
urlcheck-normalized = 浏览器会改写这个 URL（见变化列表）：页面看到的是“签名 URL”，而不是输入的文本。
urlcheck-normalized-fix = 严格对“签名 URL”签名，即页面中 location.href.split('#')[0] 的返回值。
urlcheck-whole-url-encoded = 整个 URL 被百分号编码过（encodeURIComponent），没有页面的地址是这样的。
urlcheck-double-encoded = 整个 URL 被百分号编码了 { $times } 次，没有页面的地址是这样的。
urlcheck-whole-url-encoded-fix = 服务端签名前先解码（decodeURIComponent / urldecode，{ $times } 次）：{ $decoded }
urlcheck-percent-encoded-twice = URL 中有 '%25' 后跟十六进制数字：百分号转义被再次编码了。
urlcheck-percent-encoded-twice-fix = 与页面真实地址对比；参数只编码一次（每个值一次 encodeURIComponent）。
urlcheck-html-entity = URL 中有 '&amp;' 或 '&#38;'：它被 HTML 转义过（从网页源码或模板中复制）。
urlcheck-html-entity-fix = 把 '&amp;' 换成 '&'，最好直接对页面传来的 URL（location.href）签名。
urlcheck-surrounding-whitespace = URL 首尾有空格或控制字符；浏览器会去掉它们。
urlcheck-surrounding-whitespace-fix = 签名前先去掉首尾空白。
urlcheck-whitespace = URL 中有 { $count } 个空格、制表符或换行：浏览器把空格编码为 %20，并删除制表符和换行。
urlcheck-whitespace-fix = 对“签名 URL”签名，或修正产生空白的链接。
urlcheck-control-char = URL 中有控制字符（{ $list }）；浏览器会对其百分号编码。
urlcheck-control-char-fix = 删除它们：它们通常来自从文档或聊天中复制。
urlcheck-invisible-char = URL 中有不可见字符或特殊空格（{ $list }）；页面会看到它们的百分号编码。
urlcheck-invisible-char-fix = 重新输入 URL 或从地址栏复制：这些字符来自聊天软件和文字处理软件。
urlcheck-too-long = URL 长 { $length } 字节；服务器和代理通常拒绝超过 { $limit } 字节的 URL。
urlcheck-too-long-fix = 把状态放在服务端或 # 片段中，而不是查询参数里。
urlcheck-js-domains-title = JS 接口安全域名
urlcheck-js-domains-none = 未配置 JS 接口安全域名，未检查域名。
urlcheck-js-domains-none-fix = 填写公众号的 JS 接口安全域名（公众号设置 → 功能设置 → JS接口安全域名）以检查主机。
urlcheck-js-domains-outside = { $page } 不在任何 JS 接口安全域名（{ $list }）之下；wx.config 会报 invalid url domain。
urlcheck-js-domains-outside-fix = 在 公众号设置 → 功能设置 → JS接口安全域名 中添加该域名（或其上级域名），或把页面放到已设置的域名下。

## URL check · what the browser changes

urlcheck-change-whitespace-trimmed = 去掉了首尾的空格或控制字符。
urlcheck-change-tab-newline-removed = 删除了 URL 中的制表符和换行。
urlcheck-change-scheme-lowercased = 协议改为小写：{ $from } → { $to }。
urlcheck-change-slashes-normalized = 协议后的 '{ $slashes }' 变成了 '//'。
urlcheck-change-default-port-removed = 去掉了默认端口 ':{ $port }'。
urlcheck-change-port-normalized = 端口 ':{ $from }' 变成了 ':{ $to }'。
urlcheck-change-slash-added = 在主机名后补上了路径 '/'。
urlcheck-change-fragment-removed = 去掉了 '#' 及其后面的内容。
urlcheck-change-normalized = 浏览器以其他方式规范化了 URL；请与输入对比。
urlcheck-change-host-lowercased = 主机名改为小写：{ $from } → { $to }。
urlcheck-change-punycode = 国际化域名 { $from } 变成了 punycode 形式 { $to }。
urlcheck-change-host-normalized = 主机 { $from } 变成了 { $to }。
urlcheck-change-percent-encoded = 字符被百分号编码：{ $list }。
urlcheck-change-backslash-replaced = 路径中的反斜杠变成了 '/'。
urlcheck-change-dot-segments-removed = 解析掉了路径中的 '.' 和 '..'。

## URL check · safe-domain entries

urlcheck-safe-write-as = 请写成 { $entry }
urlcheck-safe-write-domain = 填写域名，可带路径：wx.qq.com 或 wx.qq.com/mp
urlcheck-safe-count = 填写了 { $count } 个安全域名；一个公众号最多只能设置 { $max } 个。
urlcheck-safe-count-fix = 只填写 公众号设置 → 功能设置 → JS接口安全域名 中保存的域名（父域名已覆盖其子域名）。
urlcheck-safe-empty = 安全域名为空。
urlcheck-safe-whitespace = 安全域名 '{ $entry }' 首尾有空格。
urlcheck-safe-scheme = 安全域名 '{ $entry }' 带有协议；只能填写域名本身。
urlcheck-safe-query = 安全域名 '{ $entry }' 带有查询参数或片段；只能填写域名和可选的路径。
urlcheck-safe-port = 安全域名 '{ $entry }' 带有端口；安全域名不能带端口，页面必须在 80/443 端口。
urlcheck-safe-path-depth = 安全域名 '{ $entry }' 的路径有 { $segments } 级；最多 { $max } 级。
urlcheck-safe-path-depth-fix = 使用更短的路径：路径型安全域名也覆盖其下所有路径。
urlcheck-safe-wildcard = 安全域名 '{ $entry }' 带有通配符；域名本身已覆盖其子域名。
urlcheck-safe-ip = 安全域名 '{ $entry }' 是 IP 地址；必须填写域名。
urlcheck-safe-chars = '{ $entry }' 的主机不是合法域名（只能有字母、数字、'-' 和 '.'）。
urlcheck-safe-idn = 安全域名 '{ $entry }' 是国际化域名；后台需要填写其 ASCII（punycode）形式。
urlcheck-safe-idn-fix = 请写成 { $ascii }
urlcheck-safe-not-domain = '{ $name }' 不是已注册的域名（没有点）；后台需要已 ICP 备案的域名。
urlcheck-safe-short-link = '{ $name }' 是短链接服务；后台不接受短链接域名。
urlcheck-safe-short-link-fix = 填写页面真正所在的域名。

## Platforms · WeCom trusted domains

platform-wecom-domains-title = 应用的可信域名
platform-wecom-domains-none = 未配置该应用的可信域名，未检查域名。
platform-wecom-domains-none-fix = 填写该应用的可信域名（应用管理 → 应用 → 网页授权及JS-SDK → 可信域名）以检查主机。
platform-wecom-domains-outside = { $page } 不在该应用的任何可信域名（{ $list }）之下；wx.agentConfig 会报 80001。
platform-wecom-domains-outside-fix = 在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加该域名（或其上级域名；需已备案，并在根目录放置 WW_verify_xxx.txt 验证归属），或把页面放到已设置的域名下。

## Parse

parse-hint-paste-object = 请粘贴对象本身：在页面上运行 console.log(JSON.stringify(yourConfig))，粘贴其输出。
parse-hint-paste-reply = 请粘贴签名接口返回的 JSON，或页面中的 wx.config({"{"}...{"}"}) 调用。
parse-hint-literals = 值必须是字面量（'abc'、123、true）：请粘贴页面打印出的配置（console.log(JSON.stringify(config))），而不是构造它的代码。
parse-hint-ends-early = 文本提前结束：请粘贴完整的对象，直到结尾的 {"}"}。
parse-hint-fix-position = 请修正该位置的文本，或原样粘贴接口的返回内容。
parse-hint-no-fields = 请粘贴签名接口成功时的返回，或在字段名设置中指定它使用的特殊字段名。
parse-hint-not-scalar = 请把 { $field } 的字段名指向其中的文本值。
parse-hint-wecom-paste = 请粘贴页面的 wx.config / wx.agentConfig 调用、ww.register 调用，或签名接口的返回。
parse-hint-ww-register = 请粘贴 ww.register({"{"}...{"}"}) 调用本身，包括 getConfigSignature 和 getAgentConfigSignature 返回的值（或签名接口的返回）。
parse-wecom-untrusted-domain = 页面域名不是该应用的可信域名（80001）
parse-wecom-untrusted-domain-fix = 请在 应用管理 → 应用 → 网页授权及JS-SDK → 可信域名 中添加页面域名（根目录放置 WW_verify_xxx.txt），并在企业微信中打开页面：agentConfig 不能在微信或微信开发者工具中运行
parse-wecom-agent-signature = wx.agentConfig 的签名不匹配（40093）：必须用该 agentid 的应用票据（用该应用自己的令牌调用 ticket/get?type=agent_config）签名，而不是企业票据，并使用它自己的 nonceStr/timestamp
parse-wecom-config-signature = wx.config 的签名不匹配（40093）：在企业微信中它用企业票据（get_jsapi_ticket）签名，而不是应用票据
parse-wecom-signature-fix = 请验证两个调用：`wxsign verify --url URL --ticket CORP --agent-ticket AGENT --config -`，输入页面的调用或签名接口的返回
parse-wecom-unsupported = 客户端不支持该接口：agentConfig 需要企业微信 3.0.24 或更高版本，企业微信接口需在 beta: true 下通过 wx.invoke 调用
parse-wecom-unsupported-fix = 请升级企业微信，在 wx.config 中设置 beta: true，并在企业微信（而非微信）中打开页面
parse-wecom-client-error = 企业微信客户端错误 { $code }
parse-wecom-client-error-fix = 请查询：https://open.work.weixin.qq.com/devtool/query?e={ $code }
parse-payment = 这是微信支付的调用或返回，不是 wx.config 签名：paySign 是另一套算法，用商户 API 密钥计算，不用 jsapi_ticket，也不含 URL（v2：排序后的 k=v& 键值对加 &key=API密钥，MD5 或 HMAC-SHA256，大写十六进制；v3：对 appId\ntimeStamp\nnonceStr\npackage\n 做 RSA 签名）。请用商户密钥在微信支付工具中校验；wx.config 本身要先通过。
parse-payment-choose-timestamp = wx.chooseWXPay 的参数是小写的 timestamp；这里传的是 timeStamp，会被 chooseWXPay 忽略：请以 timestamp 传入（paySign 仍按键名 timeStamp 计算）。
parse-payment-bridge-timestamp = getBrandWCPayRequest 的参数是大写 S 的 timeStamp；这里传的是 timestamp：请改为 paySign 所覆盖的 timeStamp。
parse-payment-timestamp-trap = 时间戳陷阱：wx.chooseWXPay 的参数是小写 timestamp，而 paySign 计算时的键名是 timeStamp（大写 S）；getBrandWCPayRequest 用 timeStamp。请用同一个值按 timeStamp 签名。

## jsApiList

jsapi-deprecated = jsApiList：{ $name } 已废弃（目前仍可用）。
jsapi-move-to = { $first }请改用 { $replacement }。
jsapi-open-tag = jsApiList：{ $name } 是开放标签，应写在 openTagList 中。
jsapi-unknown = jsApiList：{ $name } 不是 JS-SDK 接口，调用会报 permission denied。
jsapi-open-tag-unknown = openTagList：{ $name } 不是开放标签。
jsapi-did-you-mean = { $first }是否应为 { $suggestion }？

## Stored values

stored-empty = 值为空：后端尚未缓存该凭据
stored-not-text = 值不是 UTF-8 文本（开头为 { $preview }）：可能是 pickle 或压缩数据；wxsign 只读取原始字符串、JSON 和 Python 字典文本
stored-not-raw = 值看起来是 { $looks_like }（{ $preview }），不是单独的凭据：请把格式设为 { $suggest }
stored-unparsable = 值不是 { $format }（{ $detail }；开头为 { $preview }）：请检查格式（raw、json:FIELD、pydict:FIELD）
stored-missing-field = 值中没有字段 '{ $field }'（现有：{ $available }）：请把格式的字段改为其中之一
stored-not-string = 字段 '{ $field }' 是 { $found }，不是字符串：请指向保存凭据的字段
stored-empty-field = 字段 '{ $field }' 为空：后端尚未缓存该凭据

## Window · realAuthUrl and WeChat Pay in the Verify panel

real-auth-field = wx.error 结果
real-auth-hint = 可选：页面开启 debug: true 时的 {"{"}"realAuthUrl":[…],"errMsg":"config:invalid signature"{"}"}
real-auth-heading = realAuthUrl：微信实际校验的 URL
real-auth-signed = 服务器签名
real-auth-verified = 微信校验
real-auth-payment = 微信支付，不是 wx.config

## Lists

text-list = { $head }、{ $tail }

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
## Platforms · recipes, DingTalk and Feishu

platforms-sign-call = 调用
platforms-signature = 签名（{ $digest }）
urlcheck-port-in-entry = 页面在 { $port } 端口：该平台按 host:port 校验，可信域名中必须写明这个端口。
urlcheck-port-in-entry-fix = 在应用的可信域名中填写带 :{ $port } 的页面主机（不带端口的条目只覆盖 80/443）。
urlcheck-port-undocumented = 页面在 { $port } 端口：该平台是否支持 80 和 443 以外端口的页面签名，文档没有说明。
urlcheck-port-undocumented-fix = 尽量使用 80/443（例如通过反向代理）；签名时按页面显示的 URL 原样带上端口。
platforms-id-shape-alnum = { $prefix } 加 { $min }-{ $max } 位小写字母或数字
platforms-probe-not-wechat = { $platform }页面通过{ $platform }自己的桥调用 { $call }，不是微信的：探测只模拟微信客户端，因此不探测这类页面；请使用带 --platform 的 sign、verify 和 check-url。
dingtalk-api-source = 钉钉接口（appKey + appSecret）
dingtalk-domains-title = 应用页面的域名
dingtalk-domains-none = 未填写页面域名：钉钉文档没有说明 dd.config 会校验哪些域名，因此未检查。
dingtalk-domains-none-fix = 填写应用页面的域名，可以检查 URL 是否属于你的页面（钉钉是否校验域名尚未确认）。
dingtalk-domains-outside = { $page } 不在所填的页面域名（{ $list }）之下；钉钉文档没有说明 dd.config 会校验域名，是否因此失败尚未确认。
dingtalk-domains-outside-fix = 确认这是要签名的页面，或把它的域名加入列表。
dingtalk-sha1-for-sha256 = 服务器用 SHA-1 计算 string1 的摘要，这是钉钉 2021 年前后之前的文档和示例的做法；当前 dd.config 的算法是 SHA-256（用 SHA-1 签名钉钉会报 52013，见 open-dingtalk/openapi-demo-java #11）。请对同一个 string1 做 SHA-256，输出 64 位小写十六进制。
dingtalk-query-not-decoded = 服务器签名时查询参数仍是 URL 编码的；钉钉签名的 URL 要把查询参数解码一次（scheme://host/path?decode(query)），因为 iOS 传入的是编码后的 URL、Android 传入的是原始 URL。请在签名前把查询参数解码一次（Java：URLDecoder.decode(query, "UTF-8")）。
dingtalk-query-decoded-plus-kept = 服务器用 decodeURIComponent 解码查询参数，'+' 被保留；钉钉的算法（官方 Java 示例，URLDecoder）会把 '+' 变成空格。请按 URLDecoder 的规则解码，或在 decodeURIComponent 之前把 '+' 换成空格。
dingtalk-sha1-query-not-decoded = 服务器用的是旧算法：对未解码查询参数的 URL 做 SHA-1。当前钉钉对查询参数解码一次后的 URL 做 SHA-256。
dingtalk-52013 = 52013 签名校验失败：签名与钉钉计算的不一致
dingtalk-52013-fix = 严格签名钉钉看到的页面 URL：不要显式写 :80 或 :443（会被当成另一个 URL），使用反向代理或 NAT 之后页面的实际主机和端口，使用当前的 ticket（不是过期或被覆盖的），查询参数解码一次，单页应用签父页面而不是 hash 路由。
dingtalk-client-3 = dd.error 中的 errorCode 3 权限校验失败：客户端拒绝了 dd.config
dingtalk-client-3-fix = 检查签名（wxsign verify --platform dingtalk）、传给 dd.config 的 agentId 和 corpId，以及 jsApiList 中的接口是否已授权给该应用。
dingtalk-45009 = 45009：接口调用超过限制
dingtalk-45009-fix = 按 appKey 缓存 token 和 ticket（有效期内再次获取返回同一个并延长有效期），稍后再试。
dingtalk-name = 钉钉
dingtalk-api-name = 钉钉
dingtalk-id-console = 开发者后台 → 应用开发 → 应用 → 凭证与基础信息
dingtalk-ticket = jsapi_ticket（dd.config）
dingtalk-ip-console = 开发者后台 → 应用 → 开发管理 → 服务器出口IP
dingtalk-domain-label = 页面域名
dingtalk-domain-console = 应用的页面地址（钉钉文档没有说明 dd.config 校验哪些域名）
dingtalk-unknown = 钉钉错误 { $errcode }
dingtalk-unknown-fix = 请在钉钉开放平台文档“错误码”中查找；上面的信息可能更详细
feishu-api-source = 飞书接口（app_id + app_secret）
feishu-domains-title = H5 可信域名
feishu-domains-none = 未配置 H5 可信域名，未检查域名。
feishu-domains-none-fix = 填写应用的 H5 可信域名（开发者后台 → 应用 → 安全设置 → H5 可信域名），页面不在 80/443 端口时要带上端口。
feishu-domains-outside = { $page } 不在该应用的任何 H5 可信域名（{ $list }）之下；在这些域名之外的页面上 h5sdk.config 会失败。
feishu-domains-outside-fix = 在开发者后台 → 应用 → 安全设置 → H5 可信域名 中添加页面的主机（不在 80/443 端口时带上 :端口），或把页面放到已设置的域名下。
feishu-seconds-for-ms = 时间戳是秒；h5sdk.config 要求毫秒（数字类型，不能是字符串），所以即使 string1 一致飞书也会拒绝。签名和 h5sdk.config 请都使用 Date.now()（或服务端的毫秒时间）。
feishu-99991401 = 99991401 ip … is denied by app setting：应用的 IP 白名单拒绝了调用方
feishu-99991401-fix = 在开发者后台（应用 → 安全设置 → IP 白名单）中添加本机 IP，或关闭白名单；获取 token 的接口不受其限制。
feishu-name = 飞书
feishu-api-name = 飞书
feishu-id-console = 开发者后台 → 应用 → 凭证与基础信息
feishu-ticket = jsapi_ticket（h5sdk.config）
feishu-ip-console = 开发者后台 → 应用 → 安全设置 → IP 白名单
feishu-domain-label = H5 可信域名
feishu-domain-console = 开发者后台 → 应用 → 安全设置 → H5 可信域名
feishu-unknown = 飞书错误 { $errcode }
feishu-unknown-fix = 请在飞书开放平台文档“通用错误码”中查找；上面的 msg 可能更详细

## The window on DingTalk and Feishu (profile editor, Sign, Probe, doctor, batch)
gui-platforms-dingtalk-domains = 页面域名
gui-platforms-dingtalk-domains-hint = 每行一个，例如 h5.example.com（仅供 wxsign 检查：钉钉未公布域名列表）
gui-platforms-feishu-domains = H5 可信域名
gui-platforms-feishu-domains-hint = 每行一个；页面不在 80/443 端口时带上 :端口
gui-platforms-copy-call = 复制 { $call }
gui-platforms-snippet = { $call } 代码
gui-platforms-refetch-token = 重新获取 token（跳过缓存）
platforms-doctor-api-ok = { $api } 接口：token 和 ticket 均可获取（ticket 还剩 { $minutes } 分钟，{ $origin }）
platforms-doctor-from-cache = 来自缓存
platforms-doctor-fetched = 刚获取
platforms-doctor-api-failed = { $api } 接口：获取 token 或 ticket 失败：{ $error } —— { $meaning }
gui-platforms-mode-config = { $call } 签名
