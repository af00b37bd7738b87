"""Month names in English, shared by ingest (datelines), the date qualifier and the ledger."""

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
ABBREVIATIONS = {"sept": 9, **{name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)}}
# "march" and "mar" -> 3: every full name and abbreviation, lower case.
MONTHS = {**{name: number for number, name in enumerate(MONTH_NAMES, 1)}, **ABBREVIATIONS}
