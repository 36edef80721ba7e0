# report-common.jq - the model both report templates render (report-md.jq,
# report-html.jq): the actor × issue table with actors grouped by side, the
# quotes of each issue, the unknown speakers and the counts.
#
# Inputs (parley-report sets them):
#   $rows[]      aggregate rows (parley-aggregate, by actor[,group],issue)
#   $quotes[]    quotes.jsonl (one quote a line, with its sentence's fields),
#                or [] when there are none: the rows' examples stand in
#   $unknown[]   parley-aggregate --unknown rows, or []
#   $counts[]    [counts.json] or []
#   $opts        {title, date, max_quotes, has_quotes}

# --- small things -------------------------------------------------------

def issue_label: if . == null then "no issue" else gsub("_"; " ") end;
def issue_anchor: "issue-" + (if . == null then "none" else gsub("[^A-Za-z0-9_-]"; "-") end);
def nl_last: if . == null then [1] else [0, .] end;
def count_text($one; $many): "\(.) " + (if . == 1 then $one else $many end);
def percent($part; $whole): if $whole > 0 then ($part * 100 / $whole | floor) else 0 end;

# the side colours: the sides of the default dictionary first, then a
# palette for any other, in the order of the sides' names
def known_sides: {us: "#2b6cb0", russia: "#c53030", ukraine: "#d69e2e", eu: "#4c51bf",
                  uk: "#805ad5", nato: "#2c7a7b", media: "#718096"};
def palette: ["#dd6b20", "#38a169", "#d53f8c", "#319795", "#975a16", "#553c9a", "#2f855a"];

# --- the model ----------------------------------------------------------

def counts: ($counts[0] // {});

def quote_issues: if (.issues | type) == "array" and (.issues | length) > 0 then .issues else [null] end;

# quotes: the night's quotes; without quotes.jsonl, the rows' examples
# (each with the row's issue, actor name and side)
def quote_list:
  if $opts.has_quotes then $quotes
  else [$rows[] | . as $r | (.examples // [])[]
        | . + {issues: [$r.issue], actor_name: $r.name, group: ($r.group // null)}]
    | unique_by([.doc, .start, .end, .issues])
  end;

# the side of each actor: the rows' group, else the quotes'
def actor_sides:
  reduce (quote_list[], $rows[]) as $x ({};
    if $x.actor != null and ($x.group // null) != null then .[$x.actor] = $x.group else . end);

def actor_names:
  reduce ((quote_list[] | {actor, name: .actor_name}), ($rows[] | {actor, name})) as $x ({};
    if $x.actor != null and ($x.name // null) != null and .[$x.actor] == null
    then .[$x.actor] = $x.name else . end);

# cells: {actor, issue, quotes} summed over the rows (a row may split an
# actor's count by another key)
def cells:
  [$rows[] | select(has("actor") and has("issue"))
   | {actor, issue, quotes: (.quotes // .sentences // 0)}]
  | group_by([.actor, .issue])
  | map({actor: .[0].actor, issue: .[0].issue, quotes: (map(.quotes) | add)});

def issue_columns($cells):
  $cells | group_by(.issue)
  | map({issue: .[0].issue, total: (map(.quotes) | add)})
  | sort_by([(if .issue == null then 1 else 0 end), - .total, (.issue // "")]);

def max_cell($cells): ([$cells[].quotes] | max) // 0;

# sides: [{side, colour, total, actors: [{actor, name, total, cells: {issue: n}}]}],
# the biggest side first; unresolved speakers (actor null) last, as side null
def sides($cells):
  actor_sides as $side | actor_names as $name
  | ($side | to_entries | map(.value) | unique | map(select(known_sides[.] == null))) as $others
  | $cells | group_by(.actor)
  | map({actor: .[0].actor,
         name: (if .[0].actor == null then "unresolved speakers" else ($name[.[0].actor] // .[0].actor) end),
         side: (if .[0].actor == null then null else ($side[.[0].actor] // "other") end),
         total: (map(.quotes) | add),
         cells: (map({key: (.issue // "\u0000none"), value: .quotes}) | from_entries)})
  | group_by(.side)
  | map({side: .[0].side,
         colour: (.[0].side as $s
                  | if $s == null then "#a0aec0"
                    else known_sides[$s] // palette[(($others | index($s)) // 0) % (palette | length)] // "#718096"
                    end),
         total: (map(.total) | add),
         actors: sort_by(- .total, .name)})
  | sort_by([(if .side == null then 1 else 0 end), - .total, .side]);

def cell_count($a; $issue): $a.cells[$issue // "\u0000none"] // 0;

# level(n; max): the shade of a cell, 0 (empty) to 8, on a square-root
# scale so that small counts stay visible next to a big one
def level($n; $max):
  if $n <= 0 or $max <= 0 then 0 else (($n / $max | sqrt) * 8 | ceil | if . < 1 then 1 elif . > 8 then 8 else . end) end;

# quotes_by_issue: {issue: {actor: [quotes]}} (null as "\u0000none"), made
# once: grouping is O(n log n), where filtering per issue and actor was not
def none_key: if . == null then "\u0000none" else . end;
def quotes_by_issue:
  [quote_list[] | . as $q | quote_issues[] as $i
   | {i: ($i | none_key), a: ($q.actor | none_key), q: $q}]
  | group_by(.i)
  | map({key: .[0].i,
         value: (group_by(.a) | map({key: .[0].a, value: map(.q)}) | from_entries)})
  | from_entries;

# the quotes of an issue, grouped by actor in the table's order:
# [{actor, name, side, colour, count, quotes: [...]}]
def issue_quotes($issue; $sides; $by_issue):
  ($by_issue[$issue | none_key] // {}) as $by_actor
  | [$sides[] as $s | $s.actors[] as $a
     | ($by_actor[$a.actor | none_key] // [])
     | select(length > 0)
     | sort_by(.date // "", .doc, .start)
     | {actor: $a.actor, name: $a.name, side: $s.side, colour: $s.colour,
        count: length,
        quotes: (if $opts.max_quotes > 0 then .[:$opts.max_quotes] else . end)}];

# quotes of actors who have no row (should not happen), are not lost
def unknown_rows: $unknown | sort_by(- (.quotes // 0), .speaker);

# the numbers at the top of the report
def summary($cells):
  counts as $c
  | (quote_list) as $q
  | {documents: $c.documents, sentences: $c.sentences,
     quotes: ($c.quotes // ([$cells[].quotes] | add) // 0),
     # the share of quotes with an actor: of the quotes, else of the (quote,
     # issue) pairs the rows count
     attributed: (if $opts.has_quotes
                  then percent($q | map(select(.actor != null)) | length; $q | length)
                  else percent([$cells[] | select(.actor != null) | .quotes] | add // 0;
                               [$cells[].quotes] | add // 0) end),
     actors: ([$cells[] | select(.actor != null) | .actor] | unique | length),
     issues: ([$cells[] | select(.issue != null) | .issue] | unique | length),
     unknown: ($unknown | length),
     rejected: $c.rejected,
     nights: $c.nights};

def title:
  if ($opts.title // "") != "" then $opts.title
  elif (counts.nights | type) == "array" then
    "parley report: all nights"
    + (if (counts.nights | length) > 0 then " (\(counts.nights[0]) to \(counts.nights[-1]))" else "" end)
  else "parley report: " + ($opts.date // counts.date // "one night")
  end;
