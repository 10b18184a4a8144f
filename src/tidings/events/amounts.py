"""Amounts of money: "around $500 million" -> 500000000 USD."""
from __future__ import annotations

import re

from ..model import Amount

SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "PKR", "Rs.": "PKR"}
CODES = {"usd": "USD", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
         "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
         "rupee": "INR", "rupees": "INR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
         "shilling": "KES", "shillings": "KES", "naira": "NGN", "rand": "ZAR", "lira": "TRY", "rouble": "RUB",
         "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW", "sdr": "XDR"}
# currencies of several states, whose name a people's word completes ("Norwegian crowns", "Swiss francs")
NATIONAL_CURRENCIES = {"crown", "crowns", "krone", "kroner", "krona", "kronor", "franc", "francs", "peso", "pesos",
                       "dinar", "dinars"}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
         "trillion": 1e12, "tn": 1e12, "crore": 1e7, "lakh": 1e5}
NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE_RE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|crore|lakh|mn|bn|tn|[mbk])\b)?"
# "$500 million", "Rs 10bn" and "2.5 billion euros", "300 million US dollars"
SYMBOL_FIRST = re.compile(rf"(?P<sym>US\$|\$|€|£|¥|₹|Rs\.?)\s?{NUMBER}{SCALE_RE}", re.IGNORECASE)
CODE_AFTER = re.compile(
    rf"{NUMBER}{SCALE_RE}\s+(?:US\s)?(?P<code>{'|'.join(sorted(CODES, key=len, reverse=True))})\b", re.IGNORECASE)


def find_amounts(text: str) -> list[Amount]:
    """Return every amount of money written in ``text``, in order."""
    found = []
    for pattern in (SYMBOL_FIRST, CODE_AFTER):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            value = float(m.group("num").replace(",", "")) * SCALE.get((m.group("scale") or "").lower(), 1)
            groups = m.groupdict()
            currency = SYMBOLS.get(groups["sym"]) if groups.get("sym") else CODES.get(groups["code"].lower())
            found.append((m.start(), m.end(), Amount(value=value, currency=currency, text=m.group(0))))
    return [a for _, _, a in sorted(found, key=lambda f: f[0])]


def names_currency(word: str) -> bool:
    """Whether a noun names a currency ("crowns", "francs", "dollars"): a people's word on it
    ("Norwegian crowns") says whose money, not who acts."""
    return word.lower() in CODES or word.lower() in NATIONAL_CURRENCIES
