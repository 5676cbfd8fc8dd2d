"""UI text in Chinese and English, and how a chat's language is chosen.

Only the bot's own words are translated; answers quote the (Chinese) yearbook as it is.
Texts are HTML templates: placeholders are filled with already-escaped values. The digest's
replies are the exception: sent as plain text, they carry no markup.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
DEFAULT_LANG: Lang = "zh"

# Three questions the document answers well; shown by /start, /help and empty inline queries.
EXAMPLES: tuple[str, ...] = (
    "苏州纳米城入驻企业有多少家",
    "园区研发投入占地区生产总值的比重是多少？",
    "姑苏实验室10年内建设资金总额",
)
# The same questions as an English reader asks them (answered in English).
EXAMPLES_EN: tuple[str, ...] = (
    "How many resident companies does Suzhou Nanopolis have?",
    "What share of GDP is the Park's R&D spending?",
    "When was the Gusu Laboratory of Materials unveiled?",
)


def examples(lang: str) -> tuple[str, ...]:
    """Example questions in the reader's language."""
    return EXAMPLES_EN if lang == "en" else EXAMPLES

TEXTS: dict[str, dict[Lang, str]] = {
    "greeting": {
        "zh": "你好，{name}！我熟读《苏州工业园区年鉴2020》的科技篇：科技创新载体、"
              "研发机构、人才工程、知识产权、科技金融……\n直接发问即可，例如：",
        "en": "Hello, {name}! I know the science-and-technology chapter of the Suzhou "
              "Industrial Park 2020 yearbook: innovation parks, research institutes, talent "
              "programmes, patents, tech finance…\nJust ask (Chinese works best), e.g.:",
    },
    "help": {
        "zh": "<b>用法</b>\n直接发送问题，或：\n"
              "/ask 问题 — 提问（群组中用这个，或 @我，或回复我的消息）\n"
              "/onthisday [MM-DD] — 历史上的今天\n"
              "/subscribe [HH:MM] [时区] — 订阅每日推送\n"
              "/unsubscribe — 取消订阅\n/settings — 查看订阅设置\n"
              "/lang zh|en — 切换界面语言\n/forget — 删除我保存的本聊天数据",
        "en": "<b>How to use</b>\nSend a question, or:\n"
              "/ask question — ask (in groups use this, mention me, or reply to me)\n"
              "/onthisday [MM-DD] — on this day in the yearbook\n"
              "/subscribe [HH:MM] [Area/City] — daily digest\n"
              "/unsubscribe — stop the digest\n/settings — show digest settings\n"
              "/lang zh|en — interface language\n/forget — delete what I store about this chat",
    },
    "help_inline": {
        "zh": "在任意聊天中输入 @{bot} 问题 可使用内联模式。",
        "en": "In any chat, type @{bot} question for inline answers.",
    },
    "greeting_group": {
        "zh": "大家好！我熟读《苏州工业园区年鉴2020》的科技篇。在群里这样问我：\n"
              "/ask 问题，或 @{bot} 问题，或回复我的消息（群里的其他消息我不会回复）。例如：",
        "en": "Hello! I know the science-and-technology chapter of the Suzhou Industrial Park "
              "2020 yearbook. In a group, ask me with /ask question, @{bot} question, or a "
              "reply to one of my messages (I stay out of other conversations). E.g.:",
    },
    "help_group": {
        "zh": "<b>在群组中提问</b>\n"
              "/ask 问题 — 提问\n@{bot} 问题 — 提到我并提问\n回复我的消息 — 追问\n"
              "群里的其他消息我不会回复。\n"
              "/onthisday [MM-DD] — 历史上的今天\n"
              "/subscribe [HH:MM] [时区] — 订阅每日推送（仅群管理员）\n"
              "/unsubscribe — 取消订阅（仅群管理员）\n/settings — 查看订阅设置\n"
              "/lang zh|en — 切换界面语言（仅群管理员）\n"
              "/forget — 删除我保存的本群数据（仅群管理员）",
        "en": "<b>Asking in a group</b>\n"
              "/ask question — ask\n@{bot} question — mention me with a question\n"
              "Reply to one of my messages — ask a follow-up\n"
              "I stay out of other conversations.\n"
              "/onthisday [MM-DD] — on this day in the yearbook\n"
              "/subscribe [HH:MM] [Area/City] — daily digest (group admins)\n"
              "/unsubscribe — stop the digest (group admins)\n/settings — digest settings\n"
              "/lang zh|en — interface language (group admins)\n"
              "/forget — delete what I store about this group (group admins)",
    },
    "ask_usage": {
        "zh": "用法：/ask 问题，例如 /ask {example}",
        "en": "Usage: /ask question, e.g. /ask {example}",
    },
    "text_only": {
        "zh": "我只能回答文字提问，请直接打字发问，例如：{example}",
        "en": "I answer questions sent as text; type one, e.g. {example}",
    },
    "lang_usage": {
        "zh": "当前语言：中文。用法：/lang zh 或 /lang en",
        "en": "Current language: English. Usage: /lang zh or /lang en",
    },
    "lang_set": {"zh": "好的，以后用中文和你交流。", "en": "OK, I will speak English here."},
    "admins_only": {"zh": "这个命令仅限管理员使用。", "en": "This command is for admins only."},
    "group_admins_only": {
        "zh": "在群组中只有群管理员可以这样做。",
        "en": "In groups only group administrators can do that.",
    },
    "stats": {
        "zh": "<b>统计</b>\n聊天：{chats}\n提问：{questions}（未找到 {not_found}，{rate}）\n"
              "评价：👍 {upvotes} / 👎 {downvotes}\n订阅：{subscriptions}",
        "en": "<b>Stats</b>\nChats: {chats}\nQuestions: {questions} (not found {not_found}, "
              "{rate})\nVotes: 👍 {upvotes} / 👎 {downvotes}\nSubscriptions: {subscriptions}",
    },
    # The digest's replies go out as plain text, like the digest itself (parse_mode=None):
    # they carry no markup, and their values are not escaped.
    "onthisday_usage": {
        "zh": "用法：/onthisday [MM-DD]，例如 /onthisday 05-30",
        "en": "Usage: /onthisday [MM-DD], for example /onthisday 05-30",
    },
    "subscribe_usage": {
        "zh": "用法：/subscribe [HH:MM] [Area/City]\n例如：/subscribe 08:30 Asia/Shanghai\n"
              "时间为24小时制（00:00–23:59），时区为 IANA 名称；默认 {time}、{tz}。",
        "en": "Usage: /subscribe [HH:MM] [Area/City]\nFor example: /subscribe 08:30 "
              "Asia/Shanghai\n24-hour time (00:00–23:59) and an IANA timezone; "
              "defaults {time}, {tz}.",
    },
    "subscribe_bad_time": {
        "zh": "“{value}”不是有效的时间：请用24小时制 HH:MM（00:00–23:59）。",
        "en": "“{value}” is not a time: use 24-hour HH:MM (00:00–23:59).",
    },
    "subscribe_bad_zone": {
        "zh": "不认识时区“{value}”：请用 IANA 时区名（地区/城市）。",
        "en": "“{value}” is not a timezone: use an IANA name (Area/City).",
    },
    "subscribe_zone_hint": {
        "zh": "你是不是想输入 {zone}？",
        "en": " Did you mean {zone}?",
    },
    "subscribe_extra": {
        "zh": "“{value}”多余：最多一个时间和一个时区。",
        "en": "“{value}” is one too many: give at most one time and one timezone.",
    },
    "unsubscribe_usage": {
        "zh": "用法：/unsubscribe（不带参数），停止本聊天的每日摘要。",
        "en": "Usage: /unsubscribe (no arguments) stops this chat's daily digest.",
    },
    "settings_usage": {
        "zh": "用法：/settings（不带参数），查看本聊天的设置。更改：/subscribe [HH:MM] "
              "[Area/City]，/lang zh|en",
        "en": "Usage: /settings (no arguments) shows this chat's settings. To change them: "
              "/subscribe [HH:MM] [Area/City], /lang zh|en",
    },
    "settings_language": {"zh": "语言：{lang}", "en": "Language: {lang}"},
    "subscribed": {
        "zh": "已订阅：每天 {time}（{tz}）发送“历史上的今天”。\n下一次：{next}\n"
              "退订：/unsubscribe",
        "en": "Subscribed: the on-this-day digest every day at {time} ({tz}).\n"
              "Next: {next}\nStop: /unsubscribe",
    },
    "unsubscribed": {
        "zh": "已退订，不再发送每日摘要。重新订阅：/subscribe",
        "en": "Unsubscribed: no more daily digests. Again: /subscribe",
    },
    "not_subscribed": {
        "zh": "本聊天尚未订阅。订阅：/subscribe [HH:MM] [Area/City]",
        "en": "This chat is not subscribed. Subscribe: /subscribe [HH:MM] [Area/City]",
    },
    "subscribe_admins_only": {
        "zh": "只有群管理员可以为本群订阅或退订。",
        "en": "Only group administrators can subscribe or unsubscribe this group.",
    },
    "admin_unknown": {
        "zh": "暂时无法确认你的管理员身份，请稍后再试。",
        "en": "Could not check that you are an administrator; try again later.",
    },
    "digest_settings": {
        "zh": "每日摘要：{state}\n时间：{time}\n时区：{tz}\n语言：{lang}\n下一次：{next}",
        "en": "Daily digest: {state}\nTime: {time}\nTimezone: {tz}\nLanguage: {lang}\n"
              "Next: {next}",
    },
    "digest_on": {"zh": "已订阅", "en": "on"},
    "reloading": {"zh": "正在重新导入文档……", "en": "Re-ingesting the document…"},
    "reloaded": {"zh": "已重新导入：{summary}", "en": "Re-ingested: {summary}"},
    "reload_failed": {
        "zh": "重新导入失败，原有数据保持不变：{error}",
        "en": "Re-ingest failed; the previous data is unchanged: {error}",
    },
    "forgotten": {
        "zh": "已删除本聊天的所有记录（语言、提问、评价、订阅）。",
        "en": "Deleted everything I stored about this chat (language, questions, votes, "
              "subscription).",
    },
    "no_source": {
        "zh": "苏州工业园区年鉴2020 › 科技",
        "en": "Suzhou Industrial Park Yearbook 2020 › Science and technology",
    },
    "did_you_mean": {"zh": "你是不是想问：", "en": "Did you mean:"},
    "inline_open_bot": {"zh": "文档里没有找到，去和机器人聊聊",
                        "en": "Not in the document: ask the bot"},
    "vote_thanks": {"zh": "谢谢反馈！", "en": "Thanks for the feedback!"},
    "stale": {
        "zh": "这个按钮已过期，请重新提问。",
        "en": "This button has expired; please ask again.",
    },
    "rate_limited": {
        "zh": "本群提问太频繁了，我先歇一会儿，请稍后再问。",
        "en": "Too many questions in this group; I will pause for a moment. Please ask again "
              "shortly.",
    },
    "busy": {
        "zh": "我正忙（数据库被占用），请稍后再试。",
        "en": "I am busy right now (the store is locked); please try again in a moment.",
    },
    "error": {
        "zh": "抱歉，出了点问题，请稍后再试。",
        "en": "Sorry, something went wrong. Please try again later.",
    },
    "inline_example": {"zh": "示例问题", "en": "Example question"},
    "cmd_start": {"zh": "开始使用", "en": "Start"},
    "cmd_help": {"zh": "帮助", "en": "Help"},
    "cmd_ask": {"zh": "提问", "en": "Ask a question"},
    "cmd_onthisday": {"zh": "历史上的今天", "en": "On this day in the yearbook"},
    "cmd_subscribe": {"zh": "订阅每日推送", "en": "Subscribe to the daily digest"},
    "cmd_unsubscribe": {"zh": "取消订阅", "en": "Unsubscribe"},
    "cmd_settings": {"zh": "订阅设置", "en": "Digest settings"},
    "cmd_lang": {"zh": "切换语言 zh|en", "en": "Language zh|en"},
    "cmd_forget": {"zh": "删除本聊天数据", "en": "Delete this chat's data"},
}


# /settings names a language the way its speakers do.
LANG_NAMES: dict[str, str] = {"zh": "中文", "en": "English"}


def t(lang: str, key: str, /, **values: object) -> str:
    """The text ``key`` in ``lang`` (falling back to Chinese), with ``values`` filled in."""
    # Positional-only, so a template may have a {lang} (or {key}) placeholder of its own.
    variants = TEXTS[key]
    text = variants.get(lang, variants[DEFAULT_LANG])  # type: ignore[call-overload]
    return text.format(**values) if values else text


def pick_lang(stored: str | None, language_code: str | None) -> Lang:
    """The chat's /lang choice wins; else the user's client language; else Chinese."""
    if stored in LANGS:
        return stored  # type: ignore[return-value]
    if language_code and not language_code.lower().startswith("zh"):
        return "en"
    return DEFAULT_LANG


def parse_lang(arg: str) -> Lang | None:
    """Accept zh/en and a few obvious spellings; None for anything else."""
    value = arg.strip().lower()
    if value in ("zh", "cn", "中文", "zh-hans", "zh-cn"):
        return "zh"
    if value in ("en", "english", "英文"):
        return "en"
    return None
