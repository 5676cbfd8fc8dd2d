"""The benchmark's question mix: own questions about the document, their typo'd and
Traditional forms, not-found questions, and questions generated from the store itself."""

from __future__ import annotations

import random
from typing import Any

# Own questions about the real document (not the dev set): figures, dates, places, lists,
# descriptions, English and pinyin forms. Typo'd and Traditional forms are derived below.
BASE_QUESTIONS: tuple[str, ...] = (
    "苏州纳米城入驻企业有多少家",
    "园区国家高新技术企业有多少家",
    "区域股权投资基金规模是多少",
    "材料科学姑苏实验室什么时候揭牌",
    "材料科学姑苏实验室总部规划用地多大",
    "再鼎医药什么时候在港交所上市",
    "哪些公司在港交所挂牌上市",
    "金鸡湖创新合作中心（大湾区）在哪里",
    "成都斯派克学院是什么时候成立的",
    "苏州生物医药产业园有多少家企业",
    "苏州国际科技园是什么",
    "园区累计境内外上市企业多少家",
    "新加坡科技研究局苏州基地介绍一下",
    "江苏第三代半导体研究院是什么",
    "园区聚集了多少所国内外知名高校",
    "姑苏创新创业领军人才累计多少人",
    "How many companies are in Nanopolis?",
    "When was Gusu Lab unveiled?",
    "nami cheng you duoshao qiye",
    "园区与张家港市战略合作协议什么时候签署",
    "生物医药临床资源合作战略联盟什么时候成立",
    "科创载体空间多少平方米",
    "高新技术企业申报多少家",
    "牛津大学高等研究院在哪",
)
# Homophone typos a pinyin keyboard makes in the names above.
TYPO_QUESTIONS: tuple[str, ...] = (
    "苏州纳米成入驻企业有多少家",
    "再顶医药什么时候上市",
    "苏洲国际科技园是什么",
    "材料科学姑苏实验是什么时候揭牌",
    "成都斯派克学园成立时间",
    "新加坡科技研究局苏州基低介绍",
    "苏州生物医要产业园有多少企业",
    "江苏第三代半导体研究员是什么",
)
NOT_FOUND_QUESTIONS: tuple[str, ...] = (
    "今天苏州天气怎么样",
    "园区的房价是多少",
    "南京纳米城入驻企业有多少家",
    "红烧肉怎么做",
    "asdfghjkl qwerty",
    "特斯拉股价多少",
    "北京中关村有多少家企业",
    "？？？",
    "火星基地什么时候建成",
    "苏州大学校长是谁",
)




def question_mix(store: Any, seed: int = 0, generated: int = 40) -> list[tuple[str, str]]:
    """(kind, question) pairs: own, typo, traditional, not-found, and store-generated."""
    from data.normalize import fold

    rng = random.Random(seed)
    mix: list[tuple[str, str]] = [("own", q) for q in BASE_QUESTIONS]
    mix += [("typo", q) for q in TYPO_QUESTIONS]
    mix += [("traditional", _traditional(q)) for q in BASE_QUESTIONS[:16]]
    mix += [("not-found", q) for q in NOT_FOUND_QUESTIONS]
    # Questions about whatever the store holds (at scale, mostly synthetic chapters).
    figures = [f for f in store.knowledge.figures() if f.entity and f.label and len(f.label) >= 3]
    events = store.knowledge.events()
    for figure in rng.sample(figures, min(len(figures), generated // 2)):
        label = figure.label.split("（")[0]
        owner = figure.entity if fold(figure.entity) not in fold(label) else ""
        mix.append(("store-figure", f"{owner}{label}是多少"))
    for event in rng.sample(events, min(len(events), generated // 4)):
        mix.append(("store-when", f"{event.title}是什么时候"))
    names = sorted({f.entity for f in figures if f.entity and len(f.entity) >= 4})
    for name in rng.sample(names, min(len(names), generated // 4)):
        mix.append(("store-what", f"{name}是什么"))
    return mix


_S2T: list[Any] = []


def _traditional(text: str) -> str:
    if not _S2T:
        import opencc

        _S2T.append(opencc.OpenCC("s2t"))
    return _S2T[0].convert(text)


def question_mix_static() -> list[tuple[str, str]]:
    """The part of the mix that does not depend on the store."""
    return ([("own", q) for q in BASE_QUESTIONS] + [("typo", q) for q in TYPO_QUESTIONS]
            + [("not-found", q) for q in NOT_FOUND_QUESTIONS])
