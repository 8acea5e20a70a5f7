"""Export the store in the layouts analysts' tools already read: native, GDELT 2.0 events, ICEWS,
Phoenix and PLOVER/POLECAT. Column names and order are the published ones (``store/data/
layouts.tsv``); CAMEO codes stay strings. Fields newsevents does not produce (tone, issues,
Wikidata ids) are left empty rather than invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from newsevents.errors import NewsEventsError
from newsevents.store.codes import PHOENIX_ROLES, countries, layouts, role_labels, split_actor
from newsevents.store.db import Store

SCHEMAS = ("native", "gdelt", "gdelt-mentions", "icews", "phoenix", "plover")
FORMATS = ("parquet", "csv", "jsonl")


def _ymd(df: pd.DataFrame) -> pd.Series:
    """The event's first day, else the article's date, as a pandas datetime."""
    return pd.to_datetime(df["date_start"].fillna(df["article_date"]), errors="coerce")


def _int_date(day: pd.Series, fmt: str) -> pd.Series:
    return day.dt.strftime(fmt).astype("Int64")


def _id_int(hex_ids: pd.Series) -> pd.Series:
    """A stable 60-bit integer id from a hex id (GDELT and ICEWS ids are integers)."""
    return hex_ids.map(lambda h: int(str(h).replace("-e", "")[:15], 16)).astype("Int64")


def _actor(codes: pd.Series, part: str) -> pd.Series:
    def get(code: str | None) -> str | None:
        p = split_actor(code)
        if p is None:
            return None
        if part == "country":
            return p.country
        if part == "group":
            return p.group
        if part == "entity":
            return p.entity
        if part.startswith("role") and part[4:].isdigit():
            i = int(part[4:])
            return p.roles[i] if len(p.roles) > i else None
        if part == "phoenix_role":
            return next((r for r in p.roles if r in PHOENIX_ROLES), None)
        if part == "attributes":
            return ";".join(r for r in p.roles if r not in PHOENIX_ROLES) or None
        if part == "roles":
            return ",".join(p.roles) or None
        if part == "sectors":
            return ",".join(role_labels()[r] for r in p.roles) or None
        raise ValueError(part)

    return codes.map(get)


def _country(codes: pd.Series, field: str) -> pd.Series:
    table = countries()
    return codes.map(lambda c: getattr(table[c[:3]], field) if isinstance(c, str)
                     and c[:3] in table else None)


def gdelt(df: pd.DataFrame) -> pd.DataFrame:
    """One row per happening (event cluster), as GDELT 2.0's events table."""
    df = df[df["event_id"] == df["canonical_event_id"]]
    day = _ymd(df)
    out = pd.DataFrame(index=df.index)
    out["GLOBALEVENTID"] = _id_int(df["cluster_id"].fillna(df["event_id"]))
    out["SQLDATE"] = _int_date(day, "%Y%m%d")
    out["MonthYear"] = _int_date(day, "%Y%m")
    out["Year"] = _int_date(day, "%Y")
    out["FractionDate"] = (day.dt.year + (day.dt.month * 30 + day.dt.day) / 365).round(4)
    for n, side in (("1", "source"), ("2", "target")):
        code = df[f"{side}_code"]
        out[f"Actor{n}Code"] = code
        out[f"Actor{n}Name"] = df[f"{side}_name"].str.upper()
        out[f"Actor{n}CountryCode"] = _actor(code, "country")
        out[f"Actor{n}KnownGroupCode"] = _actor(code, "group")
        for col in ("EthnicCode", "Religion1Code", "Religion2Code"):
            out[f"Actor{n}{col}"] = None
        for i in range(3):
            out[f"Actor{n}Type{i + 1}Code"] = _actor(code, f"role{i}")
    out["IsRootEvent"] = (df["span_start"] < df["lead_end"]).astype("Int64")
    out["EventCode"] = df["cameo"]
    out["EventBaseCode"] = df["cameo"].str[:3]
    out["EventRootCode"] = df["cameo"].str[:2]
    out["QuadClass"] = df["quad_class"].astype("Int64")
    out["GoldsteinScale"] = df["goldstein"]
    out["NumMentions"] = df["num_mentions"].astype("Int64")
    out["NumSources"] = df["num_sources"].astype("Int64")
    out["NumArticles"] = df["num_articles"].astype("Int64")
    out["AvgTone"] = None
    geo_type = df["feature"].map({"country": 1, "admin1": 5}).fillna(4).where(
        df["place"].notna()).astype("Int64")
    fips = _country(df["place_country"], "fips")
    full_name = (df["place"] + ", " + _country(df["place_country"], "name")).where(
        df["feature"] != "country", df["place"]).fillna(df["place"])
    for prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        action = prefix == "ActionGeo"
        out[f"{prefix}_Type"] = geo_type if action else None
        out[f"{prefix}_FullName"] = full_name if action else None
        out[f"{prefix}_CountryCode"] = fips if action else None
        out[f"{prefix}_ADM1Code"] = (fips + df["admin1"].fillna("")).where(
            df["admin1"].notna()) if action else None
        out[f"{prefix}_ADM2Code"] = None
        out[f"{prefix}_Lat"] = df["lat"] if action else None
        out[f"{prefix}_Long"] = df["lon"] if action else None
        out[f"{prefix}_FeatureID"] = df["geonameid"].astype("Int64").astype("string") \
            if action else None
    out["DATEADDED"] = pd.to_datetime(df["coded_at"]).dt.strftime("%Y%m%d%H%M%S").astype("Int64")
    out["SOURCEURL"] = df["url"].fillna(df["origin"])
    return out


def _offset(df: pd.DataFrame, side: str) -> pd.Series:
    """Where an actor's words are in the article: their occurrence nearest the event's span
    (-1 without that actor, as GDELT writes it)."""
    def find(row) -> int:
        words = row[f"{side}_text"]
        if not isinstance(words, str) or not words:
            return -1
        text, at = row["article_text"], int(row["span_start"])
        before = text.rfind(words, 0, at + len(words))
        after = text.find(words, at)
        found = [p for p in (before, after) if p >= 0]
        return min(found, key=lambda p: abs(p - at)) if found else -1

    return df.apply(find, axis=1).astype("Int64")


def gdelt_mentions(df: pd.DataFrame) -> pd.DataFrame:
    """Every mention of every happening, as GDELT 2.0's mentions table (joins on the id)."""
    added = pd.to_datetime(df["coded_at"]).dt.strftime("%Y%m%d%H%M%S").astype("Int64")
    # the trigger word inside the event's evidence span (its start when not found verbatim)
    trigger_at = [int(s) + max(0, text[int(s):int(e)].find(str(trig)))
                  for s, e, text, trig in zip(df["span_start"], df["span_end"],
                                              df["article_text"], df["trigger"], strict=True)]
    return pd.DataFrame({
        "GLOBALEVENTID": _id_int(df["cluster_id"].fillna(df["event_id"])),
        "EventTimeDate": added, "MentionTimeDate": added,
        "MentionType": 1, "MentionSourceName": df["publisher"],
        "MentionIdentifier": df["url"].fillna(df["origin"]),
        "SentenceID": df["sentence_no"].astype("Int64"),
        "Actor1CharOffset": _offset(df, "source"), "Actor2CharOffset": _offset(df, "target"),
        "ActionCharOffset": pd.Series(trigger_at, index=df.index, dtype="Int64"),
        "InRawText": 1, "Confidence": 100,
        "MentionDocLen": df["article_text"].str.len().astype("Int64"),
        "MentionDocTone": None, "MentionDocTranslationInfo": None, "Extras": None})


def icews(df: pd.DataFrame) -> pd.DataFrame:
    day = _ymd(df)
    city = df["place"].where(df["feature"].isin(["city", "place"]))
    return pd.DataFrame({
        "Event ID": _id_int(df["event_id"]), "Event Date": day.dt.strftime("%Y-%m-%d"),
        "Source Name": df["source_name"], "Source Sectors": _actor(df["source_code"], "sectors"),
        "Source Country": _country(df["source_code"], "name"), "Event Text": df["cameo_name"],
        "CAMEO Code": df["cameo"], "Intensity": df["goldstein"],
        "Target Name": df["target_name"], "Target Sectors": _actor(df["target_code"], "sectors"),
        "Target Country": _country(df["target_code"], "name"), "Story ID": df["article_id"],
        "Sentence Number": df["sentence_no"].astype("Int64"), "Publisher": df["publisher"],
        "City": city, "District": None, "Province": df["admin1"],
        "Country": _country(df["place_country"], "name"),
        "Latitude": df["lat"], "Longitude": df["lon"]})


PHOENIX_QUAD = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3,
                "10": 3, "11": 3, "12": 3, "13": 3, "16": 3}


def phoenix(df: pd.DataFrame) -> pd.DataFrame:
    from newsevents import __version__

    day = _ymd(df)
    out = {"EventID": [f"{i}_v{__version__}" for i in _id_int(df["event_id"])],
           "Date": day.dt.strftime("%Y%m%d"), "Year": day.dt.strftime("%Y"),
           "Month": day.dt.strftime("%m"), "Day": day.dt.strftime("%d")}
    for side, name in (("source", "Source"), ("target", "Target")):
        code = df[f"{side}_code"]
        out[f"{name}ActorFull"] = code
        out[f"{name}ActorEntity"] = _actor(code, "entity")
        out[f"{name}ActorRole"] = _actor(code, "phoenix_role")
        out[f"{name}ActorAttribute"] = _actor(code, "attributes")
    out |= {"EventCode": df["cameo"], "EventRootCode": df["cameo"].str[:2],
            "QuadClass": df["cameo"].str[:2].map(PHOENIX_QUAD).fillna(4).astype("Int64"),
            "GoldsteinScore": df["goldstein"], "Issues": None, "Lat": df["lat"],
            "Lon": df["lon"], "LocationName": df["place"], "StateName": df["admin1"],
            "CountryCode": df["place_country"],
            "SentenceID": df["article_id"] + "_" + df["sentence_no"].astype("string"),
            "URLs": df["url"], "NewsSources": df["publisher"]}
    return pd.DataFrame(out, index=df.index)


def plover(df: pd.DataFrame) -> pd.DataFrame:
    """PLOVER event types and modes in the POLECAT layout."""
    from newsevents import __version__

    day = _ymd(df)
    out = {"Event ID": df["event_id"], "Event Date": day.dt.strftime("%Y-%m-%d"),
           "Event Type": df["plover"], "Event Mode": df["plover_mode"],
           "Event Intensity": df["goldstein"], "Quad Code": df["plover_quad"].astype("Int64"),
           "Contexts": None}
    for side, name in (("source", "Actor"), ("target", "Recipient")):
        code = df[f"{side}_code"]
        out |= {f"{name} Name": df[f"{side}_name"], f"{name} Country": _country(code, "iso3"),
                f"{name} COW": _country(code, "cow"),
                f"Primary {name} Sector": _actor(code, "role0"),
                f"{name} Sectors": _actor(code, "roles"), f"{name} Title": None,
                f"{name} Name Raw": df[f"{side}_text"], f"Wikipedia {name} ID": None}
    out |= {"Placename": df["place"],
            "City": df["place"].where(df["feature"].isin(["city", "place"])), "District": None,
            "Province": df["admin1"], "Country": _country(df["place_country"], "name"),
            "Latitude": df["lat"], "Longitude": df["lon"],
            "GeoNames ID": df["geonameid"].astype("Int64"), "Raw Placename": df["place_text"],
            "Feature Type": df["feature"], "Source": df["publisher"],
            "Publication Date": pd.to_datetime(df["article_date"]).dt.strftime("%Y-%m-%d"),
            "Story People": None, "Story Organizations": None, "Story Locations": None,
            "Language": df["language"], "Version": f"newsevents-{__version__}"}
    return pd.DataFrame(out, index=df.index)


BUILDERS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "gdelt": gdelt, "gdelt-mentions": gdelt_mentions, "icews": icews, "phoenix": phoenix,
    "plover": plover}


def export_frame(store: Store, schema: str, *, since: str | None = None,
                 until: str | None = None) -> pd.DataFrame:
    """The events of ``store`` in ``schema``'s layout, columns in published order."""
    if schema not in SCHEMAS:
        raise NewsEventsError(f"unknown schema {schema!r}; choose one of {', '.join(SCHEMAS)}")
    df = store.export_events(since=since, until=until)
    if schema == "native":
        return df.drop(columns=["article_text", "lead_end"])
    out = BUILDERS[schema](df)
    columns = layouts()[schema]
    missing = [c for c in columns if c not in out.columns]
    if missing:
        raise NewsEventsError(f"export {schema}: columns not built: {missing}")
    return out[columns].reset_index(drop=True)


def write_frame(df: pd.DataFrame, out: str | Path, *, fmt: str, schema: str) -> Path:
    """Write parquet, CSV (tab-separated for the GDELT layouts, as GDELT's files) or JSONL."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt == "csv":
        df.to_csv(path, index=False, sep="\t" if schema.startswith("gdelt") else ",")
    elif fmt == "jsonl":
        df.to_json(path, orient="records", lines=True, date_format="iso", force_ascii=False)
    else:
        raise NewsEventsError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return path
