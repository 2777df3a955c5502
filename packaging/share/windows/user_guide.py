#!/usr/bin/env python3
"""user_guide.py CMARK README.md OUT.html: the user guide as one HTML page
(Windows has no program for .md files; a browser opens .html). The README's
own Markdown, rendered by cmark; its pictures stay relative links
(docs/images/..., installed beside it)."""
import html
import subprocess
import sys

STYLE = """body { font-family: "Segoe UI", sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #222; }
img { max-width: 100%; } table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; }
pre, code { background: #f4f4f4; } pre { padding: 0.5em; overflow-x: auto; }"""


def main(cmark, source, out):
    body = subprocess.run([cmark, "--unsafe", source], check=True, capture_output=True).stdout.decode("utf-8")
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape('Extra Mile: user guide')}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
            f"<body>\n{body}</body>\n</html>\n")
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: user_guide.py CMARK README.md OUT.html")
    main(*sys.argv[1:])
