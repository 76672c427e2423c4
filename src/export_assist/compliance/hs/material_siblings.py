"""Genuine leather picks the sibling that names leather: headings such as 4202 split their
subheadings by the outer surface (4202.31 leather / 4202.32 plastics or textiles). When the
description says the leather is genuine (cowhide, 本革, "genuine leather") and one candidate
of a heading names leather, the candidates of that heading that name only other materials
go after the rest (test31 t013: "card cases from cowhide leather" ranked 4202.32 first; the
ruling votes favour the common plastic card case). Only genuine leather: a listing's bare
"leather" is often PU, classified as plastics (HSCodeComp 523, a "soft leather" handbag in
4202.22), and other materials named were measured to cost more than they gained (paper yarn
is a textile: a paper-straw tote stays 4202.92)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from export_assist.compliance.hs.product import materials_in
from export_assist.retrieval.normalize import nfkc

_GENUINE = re.compile(
    r"(?i)\bgenuine leather\b|\breal leather\b|\bfull[- ]grain\b|\btop[- ]grain\b|"
    r"\b(?:cow|calf|goat|sheep|pig|deer|horse)(?:skin|hide)\b|\bcowhide\b|"
    r"本革|牛革|豚革|羊革|山羊革|ヤギ革|馬革|鹿革|カーフ|牛皮"
)
LEATHER = "leather"


def genuine_leather(text: str) -> bool:
    """Whether a description says its leather is genuine."""
    return bool(_GENUINE.search(nfkc(text)))


def other_material(codes: Sequence[str], own_texts: Sequence[str], text: str) -> list[float]:
    """1.0 for each candidate whose own text names only materials other than leather, in a
    heading where another candidate names leather, when the description says the leather
    is genuine; 0.0 otherwise."""
    if not genuine_leather(text):
        return [0.0] * len(codes)
    said = [materials_in(own) for own in own_texts]
    leather = {code[:4] for code, m in zip(codes, said, strict=True) if LEATHER in m}
    return [
        float(code[:4] in leather and bool(m) and LEATHER not in m)
        for code, m in zip(codes, said, strict=True)
    ]


# a subheading's own words that exclude a material name none: "of paper or paperboard other than
# of bamboo" (4823.69) is not of bamboo
_EXCLUDED = re.compile(r"(?i)\b(?:other than|excluding|except|not|without)\s+(?:of\s+)?[a-z-]+")


def denied_material(own_texts: Sequence[str], denied: frozenset[str]) -> list[float]:
    """1.0 for each candidate whose own text names a material the description says the goods
    are not made of ("not bamboo": 4823.61 of bamboo after 4823.69; s55, tuning
    escalation_dev45 d008), 0.0 otherwise."""
    if not denied:
        return [0.0] * len(own_texts)
    return [float(bool(materials_in(_EXCLUDED.sub(" ", own)) & denied)) for own in own_texts]


# woods of temperate forests a maker names: none is a tropical wood (Subheading Note 2 to
# chapter 44 lists those), so 「ヒノキのまな板」 is no 4419.20
_TEMPERATE = re.compile(
    r"(?i)ヒノキ|ひのき|檜|桧|杉|スギ|桐|欅|ケヤキ|ブナ|ナラ材|栗材|桜材|"
    r"\b(?:hinoki|cypress|cedar|paulownia|beech|birch|maple|oak|pine|ash wood)\b"
)


def named_wood(own_texts: Sequence[str], text: str) -> list[float]:
    """1.0 for each candidate whose own text names bamboo when the description names wood and
    not bamboo (the nomenclature reads bamboo as a wood, "of wood; of bamboo, chopsticks"
    4419.12, so hinoki chopsticks met the bamboo ones first; s58: tuning test54 t012), or
    names tropical wood when the description names a temperate one; 0.0 otherwise."""
    said, temperate = materials_in(text), bool(_TEMPERATE.search(nfkc(text)))
    bamboo = "wood" in said and "bamboo" not in said
    return [
        float(
            (bamboo and "bamboo" in materials_in(_EXCLUDED.sub(" ", own)))
            # "other than of tropical wood" (4414.90) and "or tropical wood" (4419.90) are not
            or (temperate and "of tropical wood" in _EXCLUDED.sub(" ", own).lower())
        )
        for own in own_texts
    ]
