# report-md.jq - report.md: the actor × issue table, then per issue who said
# what (outlet, date, document), the unknown speakers. Run by parley-report.
include "report-common";

def md_escape:
  gsub("&"; "&amp;") | gsub("<"; "&lt;") | gsub(">"; "&gt;")
  | gsub("(?<c>[\\\\`*\\[\\]|~])"; "\\\(.c)")
  | gsub("(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"; "\\_")
  | gsub("[\r\n\t]+"; " ");

# md: text safe in Markdown, in a table cell too: no raw HTML (a quote with
# <script> stays text), no emphasis, links or cell breaks, one line.
def md:
  tostring
  | if test("[&<>\\\\`*\\[\\]|~\r\n\t]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])") | not then . else md_escape end;

def num: if . == null then "–" else tostring end;

def counts_line($s):
  [ (if $s.nights != null then ($s.nights | length | count_text("night"; "nights")) else empty end),
    (if $s.documents != null then ($s.documents | count_text("document"; "documents")) else empty end),
    (if $s.sentences != null then ($s.sentences | count_text("sentence"; "sentences")) else empty end),
    ($s.quotes | count_text("quote"; "quotes"))
      + " (\($s.attributed)% attributed to an actor)",
    ($s.actors | count_text("actor"; "actors")) + " on " + ($s.issues | count_text("issue"; "issues")),
    ($s.unknown | count_text("unknown speaker"; "unknown speakers")),
    (if $s.rejected != null then "\($s.rejected) rejected" else empty end)
  ] | join(" · ");

def table($sides; $columns):
  "| actor | side | " + ($columns | map(.issue | issue_label | md) | join(" | ")) + " | total |",
  "|---|---|" + ($columns | map("---:") | join("|")) + "|---:|",
  ($sides[] as $s | $s.actors[] as $a
   | "| \($a.name | md) | \($s.side // "–" | md) | "
     + ($columns | map(cell_count($a; .issue) | if . == 0 then "" else tostring end) | join(" | "))
     + " | \($a.total) |"),
  "| **total** | | " + ($columns | map(.total | tostring) | join(" | ")) + " | "
    + ($columns | map(.total) | add // 0 | tostring) + " |";

def quote_line:
  "- “\(.text | md)” — "
  + ([(.speaker // null | if . != null then "*\(md)*" else empty end),
      (.source // null | if . != null then md else empty end),
      (.date // null | if . != null then md else empty end),
      "doc \(.doc | md)",
      (.kind // null | if . != null then md else empty end)] | join(", "));

def issue_section($sides; $by_issue; $column):
  issue_quotes($column.issue; $sides; $by_issue) as $groups
  | "",
    "## \($column.issue | issue_label | md) (\($column.total | count_text("quote"; "quotes")))",
    ($groups[]
     | "",
       "**\(.name | md)**" + (if .side != null then " (\(.side | md))" else "" end)
         + (if .count > (.quotes | length) then ", \(.quotes | length) of \(.count) quotes" else "" end),
       "",
       (.quotes[] | quote_line));

def unknown_section:
  if ($unknown | length) == 0 then empty
  else "",
    "## Unknown speakers",
    "",
    "Speaker mentions that no actor of the dictionary resolved, most quoted first.",
    "",
    "| speaker | quotes | docs | example |",
    "|---|---:|---:|---|",
    (unknown_rows[]
     | "| \(.speaker | md) | \(.quotes | num) | \(.docs | num) | "
       + (.example // null | if . == null then "" else "“\(.text | md)” (\([.source, .date, .doc] | map(select(. != null) | md) | join(", ")))" end)
       + " |")
  end;

cells as $cells
| sides($cells) as $sides
| issue_columns($cells) as $columns
| quotes_by_issue as $by_issue
| summary($cells) as $s
| "# \(title | md)",
  "",
  counts_line($s),
  "",
  "## Who spoke on which issue",
  "",
  "Quotes by actor (grouped by side) and issue; a quote raising several issues counts under each.",
  "",
  (if ($columns | length) == 0 then "No quotes." else table($sides; $columns) end),
  ($columns[] as $c | issue_section($sides; $by_issue; $c)),
  unknown_section,
  (if $opts.has_quotes then empty
   else "", "*The quotes above are the aggregate rows' examples (a few a row), not every quote.*" end)
