"""The words regulatory text uses for a whole kind of goods (goods.py reads them beside the
product keywords and the query expansion's category words)."""

from __future__ import annotations

# Rules for materials in contact with food apply to a kettle or a bowl, and to food (its
# packaging): a kind of its own that a food rule about contact shares. A kettle is no food:
# a food label or a food-import licence is no rule for it (a rice cooker got Korea's food
# label card, s12), while "食品用器具・容器包装" and "food contact materials" speak to it.
FOOD_CONTACT = "food_contact"


# Words regulatory text uses for a whole kind of goods, beyond product words and the query
# expansion's category words ("communications equipment" is radio equipment).
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "radio": (
        "communications equipment",
        "telecommunications equipment",
        "telecommunication equipment",
        "radio",
        "transmitters",
        "transceivers",
        "通信機器",
        "無線機器",
    ),
    "electronics": (
        "electrical products",
        "appliances",
        "家電",
        "電子製品",
        "電子機器",
        "it機器",
        "携帯電話",
        "mobile phones",
    ),
    "alcohol": ("アルコール", "liquor", "spirits"),
    # how plant-quarantine text names its goods (「輸出相手国の要求に合わない植物類」)
    "plants": ("植物", "plants", "plant products", "live plants"),
    # how food-contact rules name their goods beside "food contact materials"
    FOOD_CONTACT: (
        "contact with food",
        "in contact with food",
        "food-contact",
        "utensils",
        "kitchenware",
        "tableware",
        "食品に接触",
        "食品用器具",
        "器具又は容器包装",
        "器具・容器",
        "容器包装",
        "食器",
        "調理器具",
    ),
    # milk rules (Hong Kong's Milk Regulation) are no rules for scallops (trial V4)
    "dairy": (
        "dairy",
        "milk",
        "cheese",
        "butter",
        "yoghurt",
        "yogurt",
        "乳製品",
        "牛乳",
        "乳飲料",
        "生乳",
        "ミルク",
        "チーズ",
        "バター",
        "ヨーグルト",
    ),
}
