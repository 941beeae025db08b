#!/usr/bin/python3
"""Times gpxpy parsing of GPX files in one process (interpreter start excluded), for Formcast's text-format bench.

Usage: gpxpy_parse.py MIN_SECONDS FILE...
Prints one line per file: <CPU seconds per parse> <wall seconds per parse> <points> <path>. CPU time is what
the comparison uses, because the machine it runs on is shared.
Needs Debian's python3-gpxpy (run with /usr/bin/python3).
"""
import sys
import time

import gpxpy


def points(gpx):
    n = len(gpx.waypoints)
    n += sum(len(r.points) for r in gpx.routes)
    n += sum(len(s.points) for t in gpx.tracks for s in t.segments)
    return n


def main():
    min_seconds = float(sys.argv[1])
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        gpx = gpxpy.parse(text)
        count = 0
        cpu_start = time.process_time()
        wall_start = time.perf_counter()
        while True:
            gpx = gpxpy.parse(text)
            count += 1
            cpu = time.process_time() - cpu_start
            if cpu >= min_seconds:
                break
        wall = time.perf_counter() - wall_start
        print(f"{cpu / count:.9f} {wall / count:.9f} {points(gpx)} {path}")


if __name__ == "__main__":
    main()
