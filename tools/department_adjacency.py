#!/usr/bin/env python3
"""Derives the table of INSEE departments that share a land border, from public boundary data.

Not run by the build: its output, ess-core/src/main/resources/fr/ess/core/geography/adjacency.csv,
is committed. See that directory's README.md for the source, the method and the choices.

Usage:
  git -C france-geojson show 5d34ee6d0140c29f785fdb047d9329f1aab58833:departements-avec-outre-mer.geojson > deps.geojson
  python3 tools/department_adjacency.py deps.geojson > adjacency.csv      # report on stderr

Method. The source (IGN ADMIN EXPRESS COG 2018, converted by mapshaper with `snap` and a
topology-preserving simplification) draws a boundary shared by two departments with the very same
vertices in both polygons. Two departments are adjacent when their outlines share at least one
segment (both end points equal, in either direction); the shared length is the sum of the lengths of
those segments (haversine, mean Earth radius). Departments whose outlines meet only at isolated
points (a quadripoint) are listed on stderr and are NOT adjacent: they share no border of positive
length. Coordinates are compared as written (5 decimals, about 1 m).
Only standard Python 3 (json, math) is used.
"""
import json
import math
import sys
from collections import defaultdict

MIN_METRES = 0.0  # every shared segment counts; short borders are reported on stderr for review


def rings(geometry):
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon
    else:
        raise ValueError("unexpected geometry " + geometry["type"])


def metres(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def main(path):
    features = json.load(open(path, encoding="utf-8"))["features"]
    owners_of_segment = defaultdict(set)
    owners_of_vertex = defaultdict(set)
    for feature in features:
        code = feature["properties"]["code"]
        for ring in rings(feature["geometry"]):
            points = [tuple(p[:2]) for p in ring]
            for a, b in zip(points, points[1:]):
                if a != b:
                    owners_of_segment[frozenset((a, b))].add(code)
                owners_of_vertex[a].add(code)
    shared = defaultdict(float)
    for segment, owners in owners_of_segment.items():
        if len(owners) > 1:
            a, b = tuple(segment)
            for x in owners:
                for y in owners:
                    if x < y:
                        shared[(x, y)] += metres(a, b)
    touching = set()
    for owners in owners_of_vertex.values():
        for x in owners:
            for y in owners:
                if x < y and (x, y) not in shared:
                    touching.add((x, y))
    pairs = sorted(p for p, m in shared.items() if m > MIN_METRES)
    print("department,neighbour")
    for x, y in sorted(pairs + [(y, x) for x, y in pairs]):
        print(f"{x},{y}")
    print(f"{len(features)} departments, {len(pairs)} adjacent pairs", file=sys.stderr)
    for x, y in sorted(pairs, key=lambda p: shared[p])[:15]:
        print(f"short border {x}-{y}: {shared[(x, y)]:.0f} m", file=sys.stderr)
    for x, y in sorted(touching):
        print(f"point contact only (not adjacent) {x}-{y}", file=sys.stderr)
    codes = {f["properties"]["code"] for f in features}
    for code in sorted(codes):
        if not any(code in p for p in pairs):
            print(f"no neighbour: {code}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
