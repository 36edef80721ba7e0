# aggregate.jq - the reference for parley-aggregate: the same rows, written
# the obvious way in jq, to check the C program against and to measure it by
# (scripts/bench). It trusts its input (no rejects) and keeps every distinct
# quote of every group in memory.
#
#   jq -n -c -f scripts/aggregate.jq [--arg by KEYS] [--arg unit quote|sentence]
#      [--argjson examples N] [--arg sort keys|count] [--arg merge 1]
#      [--arg unknown 1] [--arg format jsonl|tsv] < records.jsonl
#
# The options mean what parley-aggregate's do (docs/parley-aggregate.md);
# --format md is parley-aggregate's alone.

def opt($name; $default): $ARGS.named[$name] // $default;

def merging: opt("merge"; null) != null;
def unknown: opt("unknown"; null) != null;

# null after every value, as parley-aggregate sorts
def nl: if . == null then [1] else [0, .] end;

# --- the comparison form of a text (src/parley-aggregate/norm.h) ---------

def separators:
  "\\x{00}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{60}\\x{7B}-\\x{BF}\\x{D7}\\x{F7}"
  + "\\x{2000}-\\x{206F}\\x{20A0}-\\x{20CF}\\x{2E00}-\\x{2E7F}\\x{3000}-\\x{303F}"
  + "\\x{FE10}-\\x{FE1F}\\x{FE30}-\\x{FE6F}\\x{FEFF}\\x{FF01}-\\x{FF0F}"
  + "\\x{FF1A}-\\x{FF20}\\x{FF3B}-\\x{FF40}\\x{FF5B}-\\x{FF65}";

def fold_cp:
  if . >= 65 and . <= 90 then . + 32
  elif . < 192 then .
  elif . <= 222 then (if . == 215 then . else . + 32 end)
  elif . >= 256 and . <= 382 then
    if . == 376 then 255
    elif ((. <= 303) or (. >= 306 and . <= 311) or (. >= 330 and . <= 375))
         and . % 2 == 0 then . + 1
    elif ((. >= 313 and . <= 328) or . >= 377) and . % 2 == 1 then . + 1
    else . end
  elif . >= 913 and . <= 937 and . != 930 then . + 32
  elif . >= 1024 and . <= 1039 then . + 80
  elif . >= 1040 and . <= 1071 then . + 32
  else . end;

def fold:
  if test("[^\\x{00}-\\x{7F}]") then explode | map(fold_cp) | implode
  else ascii_downcase end;

def norm: fold | [scan("[^" + separators + "]+")] | join(" ");

def pronoun: IN("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us");

# --- options and the shape of the rows -----------------------------------

def keys_list: opt("by"; "actor,issue") | split(",");

# the speaker part of a quote's key: "a:ACTOR", "s:FORM" or ""
def speaker_key($unit):
  if $unit == "sentence" then ""
  elif .actor != null then "a:" + .actor
  elif .speaker != null then (.speaker | norm) as $n | if $n == "" then "" else "s:" + $n end
  else "" end;

def rank: {"direct": 0, "partial": 1, "indirect": 2}[. // ""] // 3;

def ex_order:
  [(.kind | rank), -(.text | length), (.date | nl), .doc, (.start | nl), (.["end"] | nl),
   .text, (.speaker | nl), (.actor | nl), (.source | nl), (.kind | nl)];

def example($unit):
  if $unit == "quote" then
    {doc, start, end: .["end"], speaker, actor, kind, date, source, text}
  else {doc, start, end: .["end"], date, source, text} end;

# --- observations of the records ------------------------------------------

# the quotes (or the sentence) of a record, with the document's fields
def observations($unit):
  {doc, date, source} as $d
  | if $unit == "sentence" then
      $d + {text, start, end: .["end"], actors: (.actors // []), issues: (.issues // []),
            kind: null, speaker: null, actor: null}
    else
      (.quotes // [])[]
      | $d + {kind, speaker, actor, name: .actor_name, group, text, start, end: .["end"],
              issues: (.issues // [])}
    end;

# the (actor, group, name) combinations of an observation under --by
def whos($by; $unit):
  ($by | index(["actor"]) != null) as $a
  | ($by | index(["group"]) != null) as $g
  | if $unit == "sentence" and (.actors | length) > 0 and ($a or $g) then
      [.actors[] | {actor: (if $a then .id else null end),
                    group: (if $g then .group else null end),
                    name: (if $a then .name else null end)}]
      | sort_by((.actor | nl), (.group | nl), (.name | nl))
      | group_by([(.actor | nl), (.group | nl)]) | map(.[0])
    elif $unit == "sentence" then [{actor: null, group: null, name: null}]
    else [{actor: (if $a then .actor else null end),
           group: (if $g then .group else null end),
           name: (if $a then .name else null end)}]
    end;

def issue_list($by):
  if ($by | index(["issue"]) != null) and (.issues | length) > 0
  then .issues | unique else [null] end;

def key_value($k; $who; $issue):
  {actor: $who.actor, group: $who.group, issue: $issue, doc: .doc, date: .date,
   source: .source, kind: .kind, speaker: .speaker}[$k];

# --- one group's state ------------------------------------------------------

def empty_group($key):
  {key: $key, count: 0, docs: 0, last_doc: 0, first: null, last: null,
   sources: {}, ukeys: {}, ex: {}, name: null, name_date: null, forms: {}};

def add_date($d):
  if $d == null then .
  else .first = (if .first == null or $d < .first then $d else .first end)
     | .last = (if .last == null or $d > .last then $d else .last end) end;

def add_source($s): if $s == null then . else .sources[$s] = true end;

def add_name($n; $d):
  if $n == null then .
  elif .name == null or $d > .name_date or ($d == .name_date and $n < .name)
  then .name = $n | .name_date = $d
  else . end;

def add_ukey($k): .ukeys[$k | tojson] = $k;

# add_example($e; $k): keep $e when it is the best occurrence of key $k
def add_example($e; $k):
  ($k | tojson) as $id
  | if .ex[$id] == null or ($e | ex_order) < (.ex[$id] | ex_order)
    then .ex[$id] = $e else . end;

# --- counting records -------------------------------------------------------

def count_obs($o; $key; $who; $serial; $unit; $by):
  ($o.text | norm) as $form
  | ($o | speaker_key($unit)) as $spk
  | ($key | tojson) as $id
  | .g[$id] = ((.g[$id] // empty_group($key))
      | .count += 1
      | (if .last_doc != $serial then .docs += 1 | .last_doc = $serial else . end)
      | add_date($o.date) | add_source($o.source)
      | add_ukey([$spk, $form])
      | (if $form == "" then . else add_example($o | example($unit); [$spk, $form]) end)
      | (if unknown then .forms[$o.speaker] += 1
         elif $by | index(["actor"]) != null then add_name($who.name; $o.date)
         else . end));

def count_record($rec; $unit; $by):
  (if .serial == 0 or .doc != $rec.doc then .serial += 1 | .doc = $rec.doc else . end)
  | .serial as $serial
  | reduce ($rec | observations($unit)) as $o (.;
      if unknown then
        if $o.actor == null and $o.speaker != null
           and ($o.speaker | norm) as $n | $n != "" and ($n | pronoun | not)
        then count_obs($o; [$o.speaker | norm]; null; $serial; $unit; $by)
        else . end
      else
        reduce ($o | whos($by; $unit))[] as $who (.;
          reduce ($o | issue_list($by))[] as $issue (.;
            count_obs($o; [$by[] as $k | $o | key_value($k; $who; $issue)];
                      $who; $serial; $unit; $by)))
      end);

# --- merging rows -------------------------------------------------------------

def merge_row($row):
  $row.merge as $m
  | (if .by == null then .by = $m.by | .unit = $m.unit else . end)
  | .examples = ([.examples, $m.examples] | map(select(. != null)) | min)
  | .unit as $unit
  | (if unknown then [$m.key] else [.by[] as $k | $row[$k]] end) as $key
  | ($key | tojson) as $id
  | .g[$id] = ((.g[$id] // empty_group($key))
      | .count += ($row.quotes // $row.sentences)
      | .docs += $row.docs
      | add_date($row.first) | add_date($row.last)
      | reduce $row.sources[] as $s (.; add_source($s))
      | (if unknown then . else add_name($row.name; $m.name_date) end)
      | reduce $m.unique[] as $k (.; add_ukey($k))
      | reduce (if unknown then [$row.example | select(. != null)] else $row.examples end)[] as $e (.;
          ($e.text | norm) as $f
          | if $f == "" then . else add_example($e; [($e | speaker_key($unit)), $f]) end)
      | reduce ($m.forms // [])[] as [$f, $n] (.; .forms[$f] += $n));

# --- the rows -------------------------------------------------------------------

# maximal: the keys contained in no other key of the same speaker
def maximal:
  [.[]] | group_by(.[0])
  | map(. as $all
        | .[] | . as [$s, $f]
        | select(any($all[]; .[1] != $f and ($f == "" or ((" " + .[1] + " ") | contains(" " + $f + " ")))) | not))
  | sort;

def top_examples($n):
  [.ex[]] | sort_by(ex_order) | .[:$n];

def row($st):
  (.ukeys | maximal) as $max
  | ($st.unit // "quote") as $unit
  | if unknown then
      {speaker: (.forms | to_entries | max_by([.value, .key]) | .key),
       quotes: .count, unique: ($max | length), docs, first, last,
       sources: (.sources | keys), example: (top_examples(1) | .[0]),
       merge: {v: 1, row: "unknown", unit: "quote", key: .key[0], unique: $max,
               forms: (.forms | to_entries | map([.key, .value]) | sort)}}
    else
      . as $g
      | ($st.by | index(["actor"]) != null) as $has_actor
      | (reduce range($st.by | length) as $i ({}; .[$st.by[$i]] = $g.key[$i]))
      + (if $has_actor then {name} else {} end)
      + {(if $unit == "quote" then "quotes" else "sentences" end): .count,
         unique: ($max | length), docs, first, last, sources: (.sources | keys),
         examples: top_examples($st.examples),
         merge: ({v: 1, row: "aggregate", unit: $unit, by: $st.by,
                  examples: $st.examples, unique: $max}
                 + (if $has_actor then {name_date} else {} end))}
    end;

def order($st):
  if unknown then sort_by(-.count, .key)
  elif opt("sort"; "keys") == "count" then sort_by(-.count, (.key | map(nl)))
  else sort_by(.key | map(nl)) end;

def tsv_rows($st):
  (if unknown then ["speaker"]
   else $st.by + (if $st.by | index(["actor"]) != null then ["name"] else [] end) end)
  as $cols
  | ($cols + [if ($st.unit // "quote") == "quote" then "quotes" else "sentences" end,
      "unique", "docs", "first", "last", "sources", "example", "example_doc"]) as $head
  | ($head | @tsv),
    (.[] | . as $r
     | ((if unknown then $r.example else $r.examples[0] end) // {}) as $e
     | [($cols[] | $r[.]), $r[$head[length - 8]], $r.unique, $r.docs, $r.first, $r.last,
        ($r.sources | join("; ")), $e.text, $e.doc]
     | map(if . == null then "" elif type == "number" then tostring else . end) | @tsv);

(if merging then
   reduce inputs as $row ({g: {}, by: null, unit: null,
                            examples: (opt("examples"; null))}; merge_row($row))
 else
   (if unknown then ["speaker"] else keys_list end) as $by
   | opt("unit"; "quote") as $unit
   | reduce inputs as $rec ({g: {}, doc: null, serial: 0};
       count_record($rec; $unit; $by))
   | .by = $by | .unit = $unit | .examples = (if unknown then 1 else opt("examples"; 3) end)
 end)
| . as $st
| [.g[]] | order($st) | map(row($st))
| if opt("format"; "jsonl") == "tsv" then tsv_rows($st) else .[] end
