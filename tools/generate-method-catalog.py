#!/usr/bin/env python3
"""Derives slack-client's method catalogue from Slack's method reference.

Reads the per-method JSON files of slack-ruby/slack-api-ref (docs.slack.dev/methods/*.json, MIT licence;
see ../shared/slack-corpus/SOURCES.md) and writes one line per method:

    name <TAB> http method <TAB> json|form <TAB> rate-limit tier

Usage: tools/generate-method-catalog.py ../shared/slack-corpus/slack-api-ref/docs.slack.dev/methods \
           > slack-client/src/main/resources/dev/slackboot/web/slack-methods.tsv
"""
import json
import pathlib
import re
import sys

HEADER = """# Slack Web API method catalogue used by dev.slackboot.web.SlackMethodCatalog.
# Derived by tools/generate-method-catalog.py from slack-ruby/slack-api-ref, docs.slack.dev/methods/*.json
# (commit f4837c0cb6dba1b1122ce66a5b69195ce47213f8, MIT licence, Copyright (c) 2015-2026 Daniel Doubrovkine,
# Artsy and Contributors; content scraped from Slack's public documentation).
# Columns: method, HTTP method, request encoding (json when Slack accepts a JSON body on POST, else form),
# rate-limit tier (t1-t4, t5 = special, '-' when the reference gives none).
"""


def tier(value):
    if isinstance(value, str) and re.fullmatch(r"t[1-5]", value):
        return value
    return "-"


def main(folder):
    rows = []
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        if path.name == "methods.json":
            continue
        spec = json.loads(path.read_text(encoding="utf-8"))
        http = spec.get("http_method", "POST").upper()
        encoding = "json" if http == "POST" and spec.get("json_input_supported") is True else "form"
        rows.append(f"{path.stem}\t{http}\t{encoding}\t{tier(spec.get('rate_limits'))}")
    sys.stdout.write(HEADER + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
