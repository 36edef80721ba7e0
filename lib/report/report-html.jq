# report-html.jq - report.html: one self-contained page (inline CSS, no
# script, nothing fetched): the night's counts, the actor × issue heatmap
# with actors grouped by side, per issue the quotes with speaker, outlet,
# date and document, the unknown speakers. Run by parley-report.
#
# Every piece of data goes through @html (a quote holding <script> is
# shown as text); markup is only ever joined to markup.
include "report-common";

def h: tostring | @html;
def side_style($colour): @html "--side: \($colour)";

def count_item($n; $what; $class):
  if $n == null then empty
  else "<li class=\"\($class)\"><b>" + ($n | h) + "</b><span>" + ($what | h) + "</span></li>" end;

def counts_html($s):
  "<ul class=\"counts\">"
  + ([ (if $s.nights != null then count_item($s.nights | length; "nights"; "") else empty end),
       count_item($s.documents; "documents"; ""),
       count_item($s.sentences; "sentences"; ""),
       count_item($s.quotes; "quotes"; ""),
       count_item("\($s.attributed)%"; "attributed to an actor"; ""),
       count_item($s.actors; "actors speaking"; ""),
       count_item($s.issues; "issues raised"; ""),
       count_item($s.unknown; "unknown speakers"; ""),
       count_item($s.rejected; "inputs rejected"; (if ($s.rejected // 0) > 0 then "bad" else "" end))
     ] | join(""))
  + "</ul>";

def heat_cell($n; $max; $issue):
  level($n; $max) as $l
  | if $n == 0 then "<td class=\"l0\"></td>"
    else "<td class=\"l\($l)\"><a href=\"#\($issue | issue_anchor)\" title=\""
         + ("\($n) quote\(if $n == 1 then "" else "s" end)" | h) + "\">\($n)</a></td>"
    end;

def heatmap($sides; $columns; $max):
  ($columns | length) as $ncol
  | "<div class=\"scroll\"><table class=\"heat\"><thead><tr><th class=\"actor\">actor</th>"
    + ($columns | map("<th><a href=\"#\(.issue | issue_anchor)\">" + (.issue | issue_label | h) + "</a></th>") | join(""))
    + "<th class=\"total\">total</th></tr></thead>"
    + ($sides | map(. as $s
        | "<tbody style=\"" + side_style($s.colour) + "\">"
          + "<tr class=\"side-head\"><th colspan=\"\($ncol + 2)\"><span class=\"chip\"></span>"
          + ($s.side // "unresolved" | h)
          + " <small>· " + (if $s.side == null then "speakers no actor resolved" else ($s.actors | length | count_text("actor"; "actors")) end | h)
          + " · " + ($s.total | count_text("quote"; "quotes") | h) + "</small></th></tr>"
          + ($s.actors | map(. as $a
              | "<tr><th class=\"actor\">" + ($a.name | h) + "</th>"
                + ($columns | map(heat_cell(cell_count($a; .issue); $max; .issue)) | join(""))
                + "<td class=\"total\">\($a.total)</td></tr>") | join(""))
          + "</tbody>") | join(""))
    + "<tfoot><tr><th>total</th>"
    + ($columns | map("<td class=\"total\">\(.total)</td>") | join(""))
    + "<td class=\"total\">\($columns | map(.total) | add // 0)</td></tr></tfoot></table></div>"
    + "<p class=\"legend\"><span>fewer quotes</span>"
    + ([range(1; 9)] | map("<i class=\"l\(.)\"></i>") | join(""))
    + "<span>more (darkest: \($max))</span></p>";

def toc($columns):
  ($columns | map(.total) | max // 1) as $top
  | "<ul class=\"toc\">"
    + ($columns | map("<li><a href=\"#\(.issue | issue_anchor)\"><span class=\"name\">" + (.issue | issue_label | h)
        + "</span><span><span class=\"bar\" style=\"display:block;width:\(.total * 100 / $top | floor)%\"></span></span>"
        + "<span class=\"n\">\(.total)</span></a></li>") | join(""))
    + "</ul>";

def quote_item:
  "<li class=\"q " + (.kind // "" | h) + "\"><blockquote>"
  + (if .kind == "indirect" then "" else "“" end) + (.text // "" | h)
  + (if .kind == "indirect" then "" else "”" end) + "</blockquote><p class=\"meta\">"
  + ([ (if .speaker != null then "<span class=\"who\">" + (.speaker | h) + "</span>" else "<span class=\"who\">no speaker named</span>" end),
       (if .source != null then (.source | h) else empty end),
       (if .date != null then "<time>" + (.date | h) + "</time>" else empty end),
       "doc <code>" + (.doc | h) + "</code>",
       (if .kind != null then "<span class=\"kind\">" + (.kind | h) + "</span>" else empty end)
     ] | join(" · "))
  + "</p></li>";

def side_bar($groups; $total):
  ($groups | group_by(.side) | map({side: .[0].side, colour: .[0].colour, n: (map(.count) | add)})
   | sort_by(- .n)) as $by_side
  | "<div class=\"sides\">"
    + ($by_side | map("<i style=\"" + side_style(.colour) + ";width:\(.n * 100 / ([$total, 1] | max))%\"></i>") | join(""))
    + "</div><p class=\"sides-key\">"
    + ($by_side | map("<span style=\"" + side_style(.colour) + "\"><span class=\"chip\"></span>"
        + (.side // "unresolved" | h) + " " + (.n | h) + "</span>") | join(""))
    + "</p>";

def issue_body($groups):
  ($groups | map("<div class=\"speaker\" style=\"" + side_style(.colour) + "\"><h4><span class=\"chip\"></span>"
      + (.name | h) + "<small>" + ((.side // "unresolved") + " · " + (.count | count_text("quote"; "quotes")) | h)
      + "</small></h4><ul class=\"quotes\">" + (.quotes | map(quote_item) | join("")) + "</ul>"
      + (if .count > (.quotes | length) then "<p class=\"more\">" + ("\(.count - (.quotes | length)) more in quotes.jsonl" | h) + "</p>" else "" end)
      + "</div>") | join(""));

def issue_section($sides; $by_issue; $column):
  issue_quotes($column.issue; $sides; $by_issue) as $groups
  | ($groups | map(.count) | add // 0) as $n
  | if $column.issue == null then
      "<details class=\"issue\" id=\"\($column.issue | issue_anchor)\"><summary><h3>Quotes on no tracked issue</h3> <small>"
      + ($n | count_text("quote"; "quotes") | h) + " (open to read)</small></summary>"
      + side_bar($groups; $n) + issue_body($groups) + "</details>"
    else
      "<section class=\"issue\" id=\"\($column.issue | issue_anchor)\"><header><h3>" + ($column.issue | issue_label | h)
      + "</h3><small>" + ($n | count_text("quote"; "quotes") | h) + " from "
      + ($groups | length | count_text("speaker"; "speakers") | h) + "</small></header>"
      + side_bar($groups; $n) + issue_body($groups) + "</section>"
    end;

def unknown_section:
  if ($unknown | length) == 0 then ""
  else "<section id=\"unknown\"><h2>Unknown speakers</h2><p class=\"note\">Speaker mentions that no actor of the dictionary resolved, most quoted first: candidates for the actors dictionary.</p>"
    + "<div class=\"scroll\"><table class=\"unknown\"><thead><tr><th>speaker as written</th><th>quotes</th><th>docs</th><th>example</th></tr></thead><tbody>"
    + (unknown_rows | map("<tr><td class=\"who\">" + (.speaker // "" | h) + "</td><td class=\"n\">" + (.quotes // "" | h)
        + "</td><td class=\"n\">" + (.docs // "" | h) + "</td><td>"
        + (.example // null | if . == null then "" else
             "<span class=\"ex\">“" + (.text // "" | h) + "”</span> <small>"
             + ([.source, .date, .doc] | map(select(. != null) | h) | join(" · ")) + "</small>" end)
        + "</td></tr>") | join(""))
    + "</tbody></table></div></section>"
  end;

cells as $cells
| sides($cells) as $sides
| issue_columns($cells) as $columns
| quotes_by_issue as $by_issue
| summary($cells) as $s
| max_cell([$cells[] | select(.actor != null)]) as $max
| "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
  + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
  + "<meta name=\"generator\" content=\"parley-report\">"
  + "<title>" + (title | h) + "</title>\n<style>\n" + $css + "</style></head>\n<body>\n"
  + "<header><p class=\"kicker\">parley · who said what about which issue</p><h1>" + (title | h) + "</h1>"
  + counts_html($s) + "</header>\n<main>\n"
  + "<section id=\"heatmap\"><h2>Who spoke on which issue</h2>"
  + "<p class=\"note\">Quotes by actor and issue, actors grouped by side; the darker the cell, the more quotes. "
  + "A quote that raises several issues counts under each. Click a count to read the quotes.</p>"
  + (if ($columns | length) == 0 then "<p>No quotes.</p>" else heatmap($sides; $columns; ([$max, max_cell($cells)] | max)) end)
  + "</section>\n"
  + "<section id=\"issues\"><h2>What they said, issue by issue</h2>"
  + (if $opts.has_quotes then "" else "<p class=\"note\">From the aggregate rows' examples (a few quotes a row), not every quote.</p>" end)
  + toc($columns)
  + ($columns | map(. as $c | issue_section($sides; $by_issue; $c)) | join("\n"))
  + "</section>\n" + unknown_section
  + "\n</main>\n<footer>Made by parley-report from the aggregate rows"
  + (if $opts.has_quotes then ", the quotes" else "" end)
  + (if ($unknown | length) > 0 then ", the unknown speakers" else "" end)
  + (if ($counts | length) > 0 then " and the counts" else "" end)
  + ". Offsets and ids refer to docs.jsonl.</footer>\n</body></html>"
