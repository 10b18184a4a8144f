"""# The event database

`tidings ingest` writes one DuckDB file (`tidings.duckdb` by default). Ingest fills
`articles`, `reports` and `errors`; merging (`tidings merge`, run at the end of every
ingest) rebuilds `events`, `mentions`, `event_dyads` and `entities` from `reports`, so
its thresholds can change without parsing anything again. Country codes are ISO 3166-1
alpha-3; `org` codes name international organisations (UN, EU, AU, NATO, IMF, ...).
Every date is an ISO day; a date window is `[date, date_end]`, inclusive, and its
precision is kept in its own column (`day`, `week`, `month`, `quarter`, `season`,
`year`, `decade`; `publication` when only the article's date was known; `unknown`).

## articles — one row per article ingested

| column | type | meaning |
|---|---|---|
| `id` | VARCHAR | the article's id: a JSON-lines record's `id`, else the file name without its extension; `~` and 8 hex digits of its hash are appended when another article already has that id |
| `hash` | VARCHAR | SHA-256 of the article text (hex); an article whose hash is here is never ingested again |
| `url` | VARCHAR | the article's URL, when the input gave one |
| `source` | VARCHAR | the outlet, or else the file it was read from |
| `title` | VARCHAR | the headline, when the input gave one |
| `published` | DATE | the publication date |
| `chars` | INTEGER | length of the text in characters |
| `reports` | INTEGER | how many events were extracted from it |
| `warnings` | VARCHAR[] | what the reader or the stages warned about (e.g. no publication date) |
| `ingested_at` | TIMESTAMP | when it was written (UTC) |

## reports — one row per event as extracted from one article

The per-article events exactly as the pipeline coded them; merging reads only this table.

| column | type | meaning |
|---|---|---|
| `id` | VARCHAR | the extracted event's deterministic id |
| `article` | VARCHAR | `articles.id` of the article it came from |
| `event` | VARCHAR | PLOVER type (AGREE, CONSULT, ..., ASSAULT) |
| `mode` | VARCHAR | PLOVER mode, or NULL |
| `context` | VARCHAR[] | PLOVER contexts |
| `actor_codes` | VARCHAR[] | every country and organisation code on the actor side |
| `recipient_codes` | VARCHAR[] | every country and organisation code on the recipient side |
| `actor_country` | VARCHAR | the first actor's country (ISO alpha-3) |
| `actor_org` | VARCHAR | the first actor's organisation code |
| `actor_name` | VARCHAR | the first actor's name |
| `actor_sector` | VARCHAR | the first actor's sector (GOV, MIL, BUS, ...) |
| `recipient_country` | VARCHAR | the first recipient's country (ISO alpha-3) |
| `recipient_org` | VARCHAR | the first recipient's organisation code |
| `recipient_name` | VARCHAR | the first recipient's name |
| `recipient_sector` | VARCHAR | the first recipient's sector |
| `date` | DATE | first day of the window in which the event happened |
| `date_end` | DATE | last day of that window |
| `date_precision` | VARCHAR | precision of the window (see above) |
| `date_text` | VARCHAR | the words the date came from |
| `location_name` | VARCHAR | where it happened |
| `location_country` | VARCHAR | that place's country (ISO alpha-3) |
| `lat` | DOUBLE | latitude of the place |
| `lon` | DOUBLE | longitude of the place |
| `amount` | DOUBLE | the first amount named (money, people, ...) |
| `currency` | VARCHAR | its currency (ISO 4217), or NULL |
| `modality` | VARCHAR | `asserted`, `negated`, `future` or `hypothetical` |
| `text` | VARCHAR | the evidence sentence |
| `span_start` | INTEGER | the sentence's first character in the article text |
| `span_end` | INTEGER | the character after its last |
| `trigger` | VARCHAR | the words that name the event |
| `score` | DOUBLE | PLOVER conflict–cooperation score (-10..10) |
| `confidence` | DOUBLE | the coder's confidence in 0..1 |
| `cameo` | VARCHAR | the CAMEO crosswalk code, or NULL |
| `record` | JSON | the full event record, as `tidings extract --format jsonl` writes it |

## events — one row per real-world event, after merging

The reports of one happening merged into one row, described by its best-dated report
(the finest date precision, then the highest confidence).

| column | type | meaning |
|---|---|---|
| `id` | VARCHAR | the smallest report id in the merged group (stable while the group is) |
| `event`, `mode`, `context` | | as in `reports` |
| `actor_codes`, `recipient_codes` | VARCHAR[] | as in `reports` |
| `actor_country`, `actor_org`, `actor_name`, `actor_sector` | VARCHAR | as in `reports` |
| `recipient_country`, `recipient_org`, `recipient_name`, `recipient_sector` | VARCHAR | as in `reports` |
| `date`, `date_end`, `date_precision`, `date_text` | | as in `reports` |
| `location_name`, `location_country`, `lat`, `lon` | | as in `reports` |
| `amount`, `currency` | | as in `reports` |
| `modality`, `text`, `trigger`, `score`, `confidence`, `cameo` | | as in `reports` |
| `quad` | VARCHAR | PLOVER quad class: `verbal_cooperation`, `material_cooperation`, `verbal_conflict`, `material_conflict` |
| `article` | VARCHAR | the article of the describing report |
| `sources` | INTEGER | number of distinct articles that report it |
| `reports` | INTEGER | number of reports merged into it |
| `articles` | VARCHAR[] | those articles' ids |
| `first_reported` | DATE | earliest publication date among them |
| `last_reported` | DATE | latest publication date among them |
| `record` | JSON | the event record with `id`, `sources`, `reports`, `articles` and `quad` set for the merged event |

## mentions — every report of an event, with its evidence

| column | type | meaning |
|---|---|---|
| `event_id` | VARCHAR | `events.id` of the event it reports |
| `report_id` | VARCHAR | `reports.id` |
| `article` | VARCHAR | `articles.id` |
| `published` | DATE | the article's publication date |
| `source` | VARCHAR | the article's outlet |
| `url` | VARCHAR | the article's URL |
| `span_start` | INTEGER | first character of the evidence sentence in the article |
| `span_end` | INTEGER | the character after its last |
| `text` | VARCHAR | the evidence sentence |
| `trigger` | VARCHAR | the words that name the event |
| `date`, `date_end`, `date_precision` | | the window this report gave |
| `confidence` | DOUBLE | the coder's confidence in this report |

## event_dyads — who acted on whom, one row per event and pair of codes

| column | type | meaning |
|---|---|---|
| `event_id` | VARCHAR | `events.id` |
| `actor` | VARCHAR | a code on the actor side |
| `recipient` | VARCHAR | a code on the recipient side; for a joint event, the other actor |
| `joint` | BOOLEAN | true when the event has no recipient and both codes are actors ("A and B agreed"); then `actor` < `recipient` alphabetically |
| `event`, `quad`, `modality`, `date`, `score` | | copied from `events` |

## entities — every actor and recipient named in a report

| column | type | meaning |
|---|---|---|
| `name` | VARCHAR | the entity's name |
| `country` | VARCHAR | its country (ISO alpha-3), or NULL |
| `org` | VARCHAR | its organisation code, or NULL |
| `sector` | VARCHAR | its sector, or NULL |
| `kind` | VARCHAR | `state`, `person`, `organisation`, `group` or `unknown` |
| `mentions` | INTEGER | reports naming it |
| `events` | INTEGER | merged events naming it |

## errors — articles that could not be read

| column | type | meaning |
|---|---|---|
| `source` | VARCHAR | the file |
| `line` | INTEGER | the line of a JSON-lines file, or NULL |
| `reason` | VARCHAR | why it could not be read |
| `seen_at` | TIMESTAMP | when this error was last met (UTC) |

## Exports

`tidings export --format jsonl` (and `Store.export(path, "jsonl")`) writes one event
record a line: the keys of `tidings extract --format jsonl` plus `sources`, `reports`,
`articles` and `quad`. `--format csv` and `--format parquet` write these columns of
`events`, in this order (in CSV the lists are joined with `;`):

`id`, `event`, `mode`, `context`, `quad`, `actor_country`, `actor_org`, `actor_name`,
`actor_sector`, `recipient_country`, `recipient_org`, `recipient_name`, `recipient_sector`,
`actor_codes`, `recipient_codes`, `date`, `date_end`, `date_precision`, `date_text`,
`location_name`, `location_country`, `lat`, `lon`, `amount`, `currency`, `modality`,
`score`, `confidence`, `cameo`, `sources`, `reports`, `first_reported`, `last_reported`,
`article`, `trigger`, `text`.

## meta — facts about the database

| column | type | meaning |
|---|---|---|
| `key` | VARCHAR | `schema_version`, `codebook`, `merge` (the last merge's parameters and counts, as JSON) |
| `value` | VARCHAR | its value |
"""
from __future__ import annotations

SCHEMA_VERSION = "1"

# Column lists are written once here; the DDL and the batch writers both use them.
ARTICLE_COLUMNS = {
    "id": "VARCHAR PRIMARY KEY", "hash": "VARCHAR NOT NULL UNIQUE", "url": "VARCHAR", "source": "VARCHAR",
    "title": "VARCHAR", "published": "DATE", "chars": "INTEGER", "reports": "INTEGER", "warnings": "VARCHAR[]",
    "ingested_at": "TIMESTAMP",
}

RECORD_COLUMNS = {
    "event": "VARCHAR", "mode": "VARCHAR", "context": "VARCHAR[]",
    "actor_codes": "VARCHAR[]", "recipient_codes": "VARCHAR[]",
    "actor_country": "VARCHAR", "actor_org": "VARCHAR", "actor_name": "VARCHAR", "actor_sector": "VARCHAR",
    "recipient_country": "VARCHAR", "recipient_org": "VARCHAR", "recipient_name": "VARCHAR",
    "recipient_sector": "VARCHAR",
    "date": "DATE", "date_end": "DATE", "date_precision": "VARCHAR", "date_text": "VARCHAR",
    "location_name": "VARCHAR", "location_country": "VARCHAR", "lat": "DOUBLE", "lon": "DOUBLE",
    "amount": "DOUBLE", "currency": "VARCHAR",
    "modality": "VARCHAR", "text": "VARCHAR", "span_start": "INTEGER", "span_end": "INTEGER", "trigger": "VARCHAR",
    "score": "DOUBLE", "confidence": "DOUBLE", "cameo": "VARCHAR",
}

REPORT_COLUMNS = {"id": "VARCHAR PRIMARY KEY", "article": "VARCHAR NOT NULL", **RECORD_COLUMNS, "record": "JSON"}

# events and mentions are rebuilt whole by every merge: no keys to maintain on them
EVENT_COLUMNS = {
    "id": "VARCHAR NOT NULL",
    **{k: v for k, v in RECORD_COLUMNS.items() if k not in ("span_start", "span_end")},
    "quad": "VARCHAR", "article": "VARCHAR", "sources": "INTEGER", "reports": "INTEGER", "articles": "VARCHAR[]",
    "first_reported": "DATE", "last_reported": "DATE", "record": "JSON",
}

MENTION_COLUMNS = {
    "event_id": "VARCHAR NOT NULL", "report_id": "VARCHAR NOT NULL", "article": "VARCHAR NOT NULL",
    "published": "DATE", "source": "VARCHAR", "url": "VARCHAR", "span_start": "INTEGER", "span_end": "INTEGER",
    "text": "VARCHAR", "trigger": "VARCHAR", "date": "DATE", "date_end": "DATE", "date_precision": "VARCHAR",
    "confidence": "DOUBLE",
}

DYAD_COLUMNS = {
    "event_id": "VARCHAR NOT NULL", "actor": "VARCHAR NOT NULL", "recipient": "VARCHAR NOT NULL",
    "joint": "BOOLEAN NOT NULL", "event": "VARCHAR", "quad": "VARCHAR", "modality": "VARCHAR", "date": "DATE",
    "score": "DOUBLE",
}

ENTITY_COLUMNS = {
    "name": "VARCHAR", "country": "VARCHAR", "org": "VARCHAR", "sector": "VARCHAR", "kind": "VARCHAR",
    "mentions": "INTEGER", "events": "INTEGER",
}

ERROR_COLUMNS = {"source": "VARCHAR NOT NULL", "line": "INTEGER", "reason": "VARCHAR NOT NULL",
                 "seen_at": "TIMESTAMP"}

META_COLUMNS = {"key": "VARCHAR PRIMARY KEY", "value": "VARCHAR"}

TABLES = {
    "meta": META_COLUMNS, "articles": ARTICLE_COLUMNS, "reports": REPORT_COLUMNS, "events": EVENT_COLUMNS,
    "mentions": MENTION_COLUMNS, "event_dyads": DYAD_COLUMNS, "entities": ENTITY_COLUMNS, "errors": ERROR_COLUMNS,
}



def ddl() -> list[str]:
    """Return the statements that create every table that does not exist yet."""
    return [f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(f'{c} {t}' for c, t in columns.items())})"
            for table, columns in TABLES.items()]
