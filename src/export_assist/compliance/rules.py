"""Product rules: HS chapter/heading -> categories, ja/en keywords -> categories and conditions.

Longest HS prefix wins; keywords are matched on NFKC-lower-cased text. These are
deliberately obvious inferences: the user sees each one and can correct it.
"""

from __future__ import annotations

from importlib import resources

import yaml

# HS prefix -> categories. Checked from the longest prefix down.
HS_CATEGORIES: dict[str, tuple[str, ...]] = {
    "02": ("food", "meat"),
    "0210": ("food", "meat"),
    "03": ("food", "seafood"),
    "04": ("food",),
    "06": ("plants",),
    "07": ("food",),
    "08": ("food",),
    "09": ("food",),
    "0901": ("food", "beverages"),
    "0902": ("food", "tea", "beverages"),
    "10": ("food",),
    "11": ("food",),
    "12": ("food",),
    "1209": ("plants",),
    "15": ("food",),
    "16": ("food",),
    "1601": ("food", "meat"),
    "1602": ("food", "meat"),
    "1603": ("food", "meat"),
    "1604": ("food", "seafood"),
    "1605": ("food", "seafood"),
    "17": ("food",),
    "18": ("food",),
    "19": ("food",),
    "20": ("food",),
    "21": ("food",),
    "2101": ("food", "beverages", "tea"),
    "22": ("beverages",),
    "2201": ("beverages", "food"),
    "2202": ("beverages", "food"),
    "2203": ("beverages", "alcohol"),
    "2204": ("beverages", "alcohol"),
    "2205": ("beverages", "alcohol"),
    "2206": ("beverages", "alcohol"),
    "2207": ("beverages", "alcohol"),
    "2208": ("beverages", "alcohol"),
    "28": ("chemicals",),
    "29": ("chemicals",),
    "32": ("chemicals",),
    "33": ("cosmetics",),
    "3301": ("chemicals",),
    "3302": ("chemicals",),
    "34": ("chemicals", "household"),
    "3401": ("cosmetics",),
    "35": ("chemicals",),
    "36": ("chemicals",),
    "38": ("chemicals",),
    "3924": ("household", "food_contact"),
    "4414": ("household",),
    "4419": ("household", "food_contact"),
    "4420": ("household",),
    "46": ("household",),
    "50": ("textiles",),
    "51": ("textiles",),
    "52": ("textiles",),
    "53": ("textiles",),
    "54": ("textiles",),
    "55": ("textiles",),
    "56": ("textiles",),
    "57": ("textiles", "household"),
    "58": ("textiles",),
    "59": ("textiles",),
    "60": ("textiles",),
    "61": ("textiles",),
    "62": ("textiles",),
    "63": ("textiles", "household"),
    "66": ("household",),
    "6911": ("household", "food_contact"),
    "6912": ("household", "food_contact"),
    "6913": ("household",),
    "6914": ("household",),
    "7009": ("household",),
    "7013": ("household", "food_contact"),
    "7323": ("household", "food_contact"),
    "7324": ("household",),
    "7615": ("household", "food_contact"),
    "8210": ("household", "food_contact"),
    "8213": ("household",),
    "8214": ("household",),
    "8211": ("household", "food_contact"),
    "8215": ("household", "food_contact"),
    "84": ("machinery",),
    "8415": ("machinery", "electronics"),
    "8418": ("machinery", "electronics"),
    "8438": ("machinery", "electronics", "food_contact"),
    "8450": ("machinery", "electronics"),
    "8471": ("electronics",),
    "8482": ("machinery",),
    "85": ("electronics",),
    "8506": ("batteries",),
    "8507": ("batteries",),
    "8508": ("electronics", "household"),
    "8509": ("electronics", "household"),
    "8510": ("electronics", "household"),
    "8516": ("electronics", "household"),
    "8517": ("electronics", "radio"),
    "8525": ("electronics", "radio"),
    "8526": ("electronics", "radio"),
    "8527": ("electronics", "radio"),
    "94": ("household",),
    "9404": ("household", "textiles"),
    "9405": ("electronics",),
    "95": ("household",),
    "9503": ("household", "toys"),
    "96": ("household",),
    "9617": ("household", "food_contact"),
}
HS_CONDITIONS: dict[str, tuple[str, ...]] = {
    "02": ("contains_meat",),
    "0401": ("contains_dairy",),
    "0402": ("contains_dairy",),
    "0403": ("contains_dairy",),
    "0404": ("contains_dairy",),
    "0405": ("contains_dairy",),
    "0406": ("contains_dairy",),
    "0407": ("contains_egg",),
    "0408": ("contains_egg",),
    "03": ("contains_fish",),
    "1601": ("contains_meat",),
    "1602": ("contains_meat",),
    "1604": ("contains_fish",),
    "1605": ("contains_fish",),
    "06": ("contains_plant_material",),
    "07": ("contains_plant_material",),
    "08": ("contains_plant_material",),
    "1209": ("contains_plant_material",),
    "2203": ("contains_alcohol",),
    "2204": ("contains_alcohol",),
    "2205": ("contains_alcohol",),
    "2206": ("contains_alcohol",),
    "2208": ("contains_alcohol",),
    "28": ("contains_chemicals",),
    "29": ("contains_chemicals",),
    "38": ("contains_chemicals",),
    "3924": ("food_contact",),
    "4419": ("food_contact",),
    "6911": ("food_contact",),
    "6912": ("food_contact",),
    "7013": ("food_contact",),
    "7323": ("food_contact",),
    "8210": ("food_contact",),
    "8211": ("food_contact",),
    "8215": ("food_contact",),
    "8438": ("food_contact",),
    "8506": ("contains_battery",),
    "8507": ("contains_battery",),
    "8517": ("emits_radio",),
    "8525": ("emits_radio",),
    "8526": ("emits_radio",),
    "8527": ("emits_radio",),
    "9503": ("for_children",),
    "9617": ("food_contact",),
}
# Categories implied by others (a tea is a food; a radio device is electronics).
IMPLIED: dict[str, tuple[str, ...]] = {
    "tea": ("food",),
    "seafood": ("food",),
    "meat": ("food",),
    "alcohol": ("beverages",),
    "radio": ("electronics",),
    "supplements": ("food",),
    "toys": ("household",),
}
# Conditions that bring a category's rules with them (a product with a built-in battery
# is in scope of battery rules).
CONDITION_CATEGORIES: dict[str, tuple[str, ...]] = {
    "contains_battery": ("batteries",),
    "emits_radio": ("radio",),
}
# Conditions that categories bring: a food-contact article touches food (cards such as the
# EU food-contact rules ask for the condition, whichever signal named the category); a
# plant is plant material (the Plant Protection Station's export inspection).
CATEGORY_CONDITIONS: dict[str, tuple[str, ...]] = {
    "food_contact": ("food_contact",),
    "plants": ("contains_plant_material",),
}
# What kind of goods a category says. When an HS code is given, a keyword may not
# change the kind ("食品包装機械" is machinery, not food); cross-cutting categories
# (batteries, radio, food contact, household) may be added to any kind.
KINDS: dict[str, str] = {
    "food": "food",
    "beverages": "food",
    "alcohol": "food",
    "tea": "food",
    "seafood": "food",
    "meat": "food",
    "supplements": "food",
    "cosmetics": "cosmetics",
    "electronics": "electrical",
    "machinery": "electrical",
    "chemicals": "chemicals",
    "textiles": "textiles",
    "plants": "plants",
}
# Keyword -> categories / conditions: data in data/product_keywords.yaml.
_KEYWORDS = yaml.safe_load(
    resources.files("export_assist.compliance")
    .joinpath("data/product_keywords.yaml")
    .read_text(encoding="utf-8")
)
KEYWORD_CATEGORIES: dict[str, tuple[str, ...]] = {
    word: tuple(values) for word, values in _KEYWORDS["categories"].items()
}
KEYWORD_CONDITIONS: dict[str, tuple[str, ...]] = {
    word: tuple(values) for word, values in _KEYWORDS["conditions"].items()
}
# Fruit and vegetables whose bare name means the fresh produce (profile_keywords).
FRESH_WHEN_BARE: frozenset[str] = frozenset(_KEYWORDS.get("fresh_when_bare", ()))
