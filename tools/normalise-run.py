#!/usr/bin/env python3
"""Normalise an audit run of the fixture corpus so two runs can be diffed (issue 10).

Usage: normalise-run.py RUN_DIR OUT_DIR
RUN_DIR holds scores.csv, indicators.csv, sites/*.json and ports.tsv (port -> site, written by CorpusReferenceRun).
Ephemeral ports become site names, timings (seconds, audited_at, cookie expiry, and the home page's measured
ttfb/DOMContentLoaded/load/LCP times, also where evidence quotes them) are blanked and CSV rows sorted, because rows are
written in the order sites finish. results.json, when the run wrote one, is normalised alike (its sites sorted by URL);
report.html is not (it draws the timings into its charts): compare renderers on the same run directory instead.
"""
import csv, io, json, os, re, sys

run, out = sys.argv[1], sys.argv[2]
ports = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(run, "ports.tsv"), encoding="utf-8") if line.strip())
host = re.compile(r"127\.0\.0\.1[:_](\d+)")

cookie_expiry = re.compile(r"expires \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
measured_time = re.compile(r"\b(ttfb_ms|dom_content_loaded_ms|load_ms|lcp_ms) = [0-9.]+")
TIMINGS = ("seconds", "audited_at", "expires", "generated_at", "elapsed_seconds", "ttfb_ms", "dom_content_loaded_ms", "load_ms", "lcp_ms")

def sites(text):
    # Cookie lifetimes are relative to the moment of the run, so their absolute expiry is a timing too.
    text = cookie_expiry.sub("expires <timing>", text)
    text = measured_time.sub(lambda m: m.group(1) + " = <timing>", text)
    return host.sub(lambda m: ports.get(m.group(1), "UNKNOWN_PORT_" + m.group(1)) + ".test", text)

def csv_file(name, blank):
    with open(os.path.join(run, name), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(io.StringIO(sites(f.read()))))
    header, body = rows[0], rows[1:]
    for column in blank:
        if column in header:
            i = header.index(column)
            for row in body:
                row[i] = "<timing>"
    body.sort()
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([header] + body)
    open(os.path.join(out, name), "w", encoding="utf-8").write(buffer.getvalue())

def blank_timings(node):
    if isinstance(node, dict):
        return {k: ("<timing>" if k in TIMINGS else blank_timings(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [blank_timings(v) for v in node]
    return node

os.makedirs(os.path.join(out, "sites"), exist_ok=True)
csv_file("scores.csv", ["seconds", "ttfb_ms", "load_ms", "lcp_ms"])
csv_file("indicators.csv", [])
for name in sorted(os.listdir(os.path.join(run, "sites"))):
    text = open(os.path.join(run, "sites", name), encoding="utf-8").read()
    data = blank_timings(json.loads(sites(text)))
    with open(os.path.join(out, "sites", sites(name).replace(".test", "")), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")

results = os.path.join(run, "results.json")
if os.path.exists(results):
    data = blank_timings(json.loads(sites(open(results, encoding="utf-8").read())))
    data["sites"].sort(key=lambda site: site["url"])
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")
