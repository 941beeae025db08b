#!/usr/bin/env python3
"""Generates src/Formcast.Formats/Fit/Internal/FitProfile.Messages.cs from the FIT profile tables.

The tables are the FIT profile 21.205 message tables (Garmin FIT SDK Profile.xlsx) as transcribed in the corpus
protocol notes (formats/FIT-FACTS.md section 13). Only facts are taken (field numbers, types, scales, offsets,
units, components, sub-fields); the C# is written by this script. Run:

    /usr/bin/python3 bench/fit/gen_fit_profile.py [path/to/FIT-FACTS.md]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "src", "Formcast.Formats", "Fit", "Internal", "FitProfile.Messages.cs")

BASE = {
    "enum": "Enum", "sint8": "SInt8", "uint8": "UInt8", "sint16": "SInt16", "uint16": "UInt16",
    "sint32": "SInt32", "uint32": "UInt32", "string": "String", "float32": "Float32", "float64": "Float64",
    "uint8z": "UInt8Z", "uint16z": "UInt16Z", "uint32z": "UInt32Z", "byte": "Byte", "sint64": "SInt64",
    "uint64": "UInt64", "uint64z": "UInt64Z",
}

# Enum values used by sub-field selectors (FIT profile 21.205 'types').
ENUMS = {
    "manufacturer": {"garmin": 1, "dynastream_oem": 13, "dynastream": 15, "tacx": 89, "favero_electronics": 263},
    "source_type": {"ant": 0, "antplus": 1, "bluetooth": 2, "bluetooth_low_energy": 3, "wifi": 4, "local": 5},
    "sport": {"running": 1, "cycling": 2, "swimming": 5, "walking": 11, "rowing": 15, "stand_up_paddleboarding": 37},
}

# Sub-fields that are themselves component containers (FIT profile 21.205: event.data sub-fields).
SUBFIELD_COMPONENTS = {
    ("event", "sport_point"): [("score", 16, 1, 0), ("opponent_score", 16, 1, 0)],
    ("event", "gear_change_data"): [("rear_gear_num", 8, 1, 0), ("rear_gear", 8, 1, 0),
                                     ("front_gear_num", 8, 1, 0), ("front_gear", 8, 1, 0)],
    ("event", "radar_threat_alert"): [("radar_threat_level_max", 8, 1, 0), ("radar_threat_count", 8, 1, 0),
                                       ("radar_threat_avg_approach_speed", 8, 10, 0),
                                       ("radar_threat_max_approach_speed", 8, 10, 0)],
}

# Messages outside the transcribed tables, from the FIT profile 21.205 (monitoring, pad).
EXTRA = '''
### monitoring — global message number 55

| # | field | profile type | base type | array | scale | offset | units | notes |
|---|---|---|---|---|---|---|---|---|
| 0 | device_index | device_index | uint8 |  | 1 | 0 |  |  |
| 1 | calories | uint16 | uint16 |  | 1 | 0 | kcal |  |
| 2 | distance | uint32 | uint32 |  | 100 | 0 | m |  |
| 3 | cycles | uint32 | uint32 |  | 2 | 0 | cycles | subfields: steps:uint32 scale 1 steps when activity_type=walking/activity_type=running; strokes:uint32 scale 2 strokes when activity_type=cycling/activity_type=swimming |
| 4 | active_time | uint32 | uint32 |  | 1000 | 0 | s |  |
| 5 | activity_type | activity_type | enum |  | 1 | 0 |  |  |
| 6 | activity_subtype | activity_subtype | enum |  | 1 | 0 |  |  |
| 7 | activity_level | activity_level | enum |  | 1 | 0 |  |  |
| 8 | distance_16 | uint16 | uint16 |  | 1 | 0 | 100 * m |  |
| 9 | cycles_16 | uint16 | uint16 |  | 1 | 0 | 2 * cycles (steps) |  |
| 10 | active_time_16 | uint16 | uint16 |  | 1 | 0 | s |  |
| 11 | local_timestamp | local_date_time | uint32 |  | 1 | 0 |  |  |
| 12 | temperature | sint16 | sint16 |  | 100 | 0 | C |  |
| 14 | temperature_min | sint16 | sint16 |  | 100 | 0 | C |  |
| 15 | temperature_max | sint16 | sint16 |  | 100 | 0 | C |  |
| 16 | activity_time | uint16 | uint16 | yes | 1 | 0 | minutes |  |
| 19 | active_calories | uint16 | uint16 |  | 1 | 0 | kcal |  |
| 24 | current_activity_type_intensity | byte | byte |  | 1,1 | 0,0 | , | components→activity_type(5b) intensity(3b) |
| 25 | timestamp_min_8 | uint8 | uint8 |  | 1 | 0 | min |  |
| 26 | timestamp_16 | uint16 | uint16 |  | 1 | 0 | s |  |
| 27 | heart_rate | uint8 | uint8 |  | 1 | 0 | bpm |  |
| 28 | intensity | uint8 | uint8 |  | 10 | 0 |  |  |
| 29 | duration_min | uint16 | uint16 |  | 1 | 0 | min |  |
| 30 | duration | uint32 | uint32 |  | 1 | 0 | s |  |
| 31 | ascent | uint32 | uint32 |  | 1000 | 0 | m |  |
| 32 | descent | uint32 | uint32 |  | 1000 | 0 | m |  |
| 33 | moderate_activity_minutes | uint16 | uint16 |  | 1 | 0 | minutes |  |
| 34 | vigorous_activity_minutes | uint16 | uint16 |  | 1 | 0 | minutes |  |
| 253 | timestamp | date_time | uint32 |  | 1 | 0 | s |  |

### pad — global message number 105

| # | field | profile type | base type | array | scale | offset | units | notes |
|---|---|---|---|---|---|---|---|---|
'''
ENUMS["activity_type"] = {"running": 1, "cycling": 2, "swimming": 5, "walking": 6}


def cs_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def num(s):
    v = float(s)
    return repr(int(v)) if v == int(v) else repr(v)


def parse(text):
    messages = []
    current = None
    for line in text.splitlines():
        m = re.match(r"^### (\w+) — global message number (\d+)", line)
        if m:
            current = {"name": m.group(1), "num": int(m.group(2)), "fields": []}
            messages.append(current)
            continue
        if line.startswith("## "):
            current = None
            continue
        if current is None or not line.startswith("| ") or line.startswith("| #") or line.startswith("|---"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 9 or not cells[0].isdigit():
            continue
        number, name, ptype, btype, array, scale, offset, units, notes = cells[:9]
        current["fields"].append({
            "num": int(number), "name": name, "ptype": ptype, "btype": btype, "array": array == "yes",
            "scale": scale.split(","), "offset": offset.split(","), "units": units.split(","), "notes": notes,
        })
    return messages


def field_by_name(msg, name):
    for f in msg["fields"]:
        if f["name"] == name:
            return f
    raise KeyError(f"{msg['name']}.{name}")


def emit_components(msg, f):
    m = re.search(r"components→(.*?)(?:$|\|)", f["notes"])
    if not m:
        return None
    parts = re.findall(r"(\w+)\((\d+)b\)", m.group(1))
    comps = []
    for i, (target, bits) in enumerate(parts):
        scale = f["scale"][i] if len(f["scale"]) > 1 else f["scale"][0]
        offset = f["offset"][i] if len(f["offset"]) > 1 else f["offset"][0]
        comps.append(f"C({cs_string(target)}, {bits}, {num(scale)}, {num(offset)})")
    return "[" + ", ".join(comps) + "]"


def emit_subfields(msg, f):
    m = re.search(r"subfields: (.*)$", f["notes"])
    if not m:
        return None
    subs = []
    for part in m.group(1).split("; "):
        sm = re.match(r"(\w+):(\w+)(?: scale ([\d.,]+))?(?: (.*?))? when (.*)$", part)
        if not sm:
            raise ValueError(part)
        sname, stype, sscale, sunits, when = sm.groups()
        scales = (sscale or "1").split(",")
        selectors = []
        for cond in when.split("/"):
            ref, value = cond.split("=")
            ref_field = field_by_name(msg, ref)
            enum = ENUMS.get(ref_field["ptype"]) or ENUMS_FROM_FACTS.get(ref_field["ptype"], {})
            if value not in enum:
                raise KeyError(f"{ref_field['ptype']}.{value}")
            selectors.append(f"({ref_field['num']}, {enum[value]})")
        comps = SUBFIELD_COMPONENTS.get((msg["name"], sname))
        comp_text = "null"
        if comps:
            comp_text = "[" + ", ".join(f"C({cs_string(t)}, {b}, {num(s)}, {num(o)})" for t, b, s, o in comps) + "]"
        scale = scales[0] if len(scales) == 1 else "1"
        subs.append(f"S({cs_string(sname)}, {cs_string(stype)}, {num(scale)}, {cs_string(sunits or '')}, "
                    f"[{', '.join(selectors)}], {comp_text})")
    return "[" + ", ".join(subs) + "]"


ENUMS_FROM_FACTS = {}


def enums_from_facts(text):
    # '**event**: 0=timer, 3=workout, ...' lines of section 14.
    names = {"event": "event", "wkt_step_duration": "wkt_step_duration", "wkt_step_target": "wkt_step_target"}
    for line in text.splitlines():
        m = re.match(r"^\*\*(\w+)[^*]*\*\*: (.*)$", line)
        if not m or m.group(1) not in names:
            continue
        values = {}
        for item in m.group(2).split(", "):
            k, _, v = item.partition("=")
            try:
                values[v] = int(k, 0)
            except ValueError:
                pass
        ENUMS_FROM_FACTS[names[m.group(1)]] = values


def main():
    facts = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "..", "shared", "corpus", "formats", "FIT-FACTS.md")
    text = open(facts, encoding="utf-8").read()
    enums_from_facts(text)
    messages = parse(text) + parse(EXTRA)
    out = []
    out.append("// <auto-generated> by bench/fit/gen_fit_profile.py from the FIT profile 21.205 message tables. </auto-generated>")
    out.append("namespace Formcast.Formats.Fit.Internal;")
    out.append("")
    out.append("internal static partial class FitProfile")
    out.append("{")
    out.append("    /// <summary>")
    out.append("    /// Message and field tables of the FIT profile 21.205 (Garmin FIT SDK Profile.xlsx): field numbers, base types,")
    out.append("    /// scales, offsets, units, components (with bit widths) and sub-fields (with their selectors).")
    out.append("    /// </summary>")
    out.append("    private static FitMessageProfile[] BuildMessages() =>")
    out.append("    [")
    for msg in messages:
        out.append(f"        M({msg['num']}, {cs_string(msg['name'])}" + ("," if msg["fields"] else ""))
        lines = []
        for f in msg["fields"]:
            base = BASE[f["btype"]]
            multi = len(f["scale"]) > 1
            scale = "1" if multi else num(f["scale"][0])
            offset = "0" if multi else num(f["offset"][0])
            units = "" if multi else f["units"][0]
            args = [str(f["num"]), cs_string(f["name"]), f"FitBaseType.{base}", cs_string(f["ptype"]), scale, offset,
                    cs_string(units)]
            extras = []
            if f["array"]:
                extras.append("array: true")
            if re.sub(r"components→.*", "", f["notes"]).strip() == "accumulated":
                extras.append("accumulated: true")
            comps = emit_components(msg, f)
            if comps:
                extras.append("components: " + comps)
            subs = emit_subfields(msg, f)
            if subs:
                extras.append("subFields: " + subs)
            lines.append("            F(" + ", ".join(args + extras) + ")")
        out.append(",\n".join(lines) + ("" if not lines else ""))
        out.append("        ),")
    out.append("    ];")
    out.append("}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {len(messages)} messages, {sum(len(m['fields']) for m in messages)} fields")


if __name__ == "__main__":
    main()
