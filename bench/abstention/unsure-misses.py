#!/usr/bin/env python3
"""
Which runs end `unsure` after their query, unanswerable questions against answerable ones (issue 14): what each bench
line says about them, counted, for docs/trust.md ("What the unsure runs hold after the query").

  python3 bench/abstention/unsure-misses.py OUT [--skip a,b,c] [--first SET]

OUT holds one bench report per set (OUT/<set>.jsonl). --skip leaves sets out (holdouts; never point it at a blind
set's output); spider and the plain sets hold no unanswerable question and are read like any other. --first prints
the tables for one set before the pooled ones. An answerable question is any line not `"kind": "unanswerable"`; a
partly answerable one (`"answerable": "partly"`) is counted apart, since it must stay `unsure` naming the part.

Tables: the failed checks; the asked head's link (grounding_evidence, role `asked`, its weakest link) and whether the
SQL names it; the weakest link among the question's other unread content words, by part of speech; and two readings
after the query that a decline could take: the asked head links only to a table's name and the SQL's select list
names no column of it (nor counts it), and every word the `unaddressed` check names links to nothing.
"""
import collections
import glob
import json
import os
import re
import sys

ORDER = ['nothing', 'comment or doc only', 'WordNet relative or look-alike', 'table name', 'stored value', 'column name']


def kind(line):
    if line.get('answerable') == 'partly':
        return 'partly'
    return 'unanswerable' if line.get('kind') == 'unanswerable' else 'answerable'


def link(evidence):
    if evidence['strength'] == 0:
        return 'nothing'
    if evidence.get('kind') == 'value':
        return 'stored value'
    if evidence.get('how') in ('wordnet_synonym', 'wordnet_relative', 'derivation', 'lookalike', 'namespace_name'):
        return 'WordNet relative or look-alike'
    if evidence.get('kind') == 'text':
        return 'comment or doc only'
    return 'table name' if evidence.get('kind') == 'table' else 'column name'


def sql_names(sql, word):
    """Whether the SQL text (stored values left out) holds the word's stem: a crude stand-in for "reads it"."""
    text = re.sub(r"'[^']*'", ' ', sql.lower())
    stem = word.lower()[:max(4, len(word) - 2)] if len(word) > 4 else word.lower()
    return stem in text


def unaddressed(line):
    for check in line['failed_checks']:
        if check['name'] == 'unaddressed':
            return [word for phrase in re.findall(r'"([^"]+)"', check['detail']) for word in phrase.split()]
    return []


def features(line):
    """The rows this line counts in, as (table, row) pairs."""
    sql = line.get('predicted_sql') or ''
    evidence = line.get('grounding_evidence') or []
    rows = [('failed check', check['name']) for check in line['failed_checks']]
    asked = sorted((e for e in evidence if e['role'] == 'asked'), key=lambda e: ORDER.index(link(e)))
    if asked:
        named = 'the SQL names it' if sql_names(sql, asked[0]['word']) else 'the SQL does not name it'
        rows.append(('asked head', f'{link(asked[0])}; {named}'))
    else:
        rows.append(('asked head', 'no asked head in the evidence'))
    unread = sorted((e for e in evidence if e['role'] not in ('asked', 'entity') and not sql_names(sql, e['word'])), key=lambda e: ORDER.index(link(e)))
    if not unread:
        rows.append(('weakest unread word', 'none unread'))
    elif link(unread[0]) == 'nothing':
        # Only an unlinked word carries its part of speech; `unknown` is a word WordNet lacks (a misspelling, a code).
        rows.append(('weakest unread word', f"nothing, {unread[0].get('pos') or 'unknown'}"))
    else:
        rows.append(('weakest unread word', link(unread[0])))
    selected = re.match(r'\s*select\s+(.*?)\s+from\s', sql.lower(), re.S)
    select = selected.group(1) if selected else ''
    if asked and all(e.get('kind') == 'table' and e.get('how') in ('name', 'inflection') for e in asked):
        counted = 'count(' in select
        shown = any(sql_names(select, e['word']) for e in asked)
        rows.append(('reading', 'asked head only a table name, select list neither counts nor names it' if not counted and not shown else 'asked head only a table name, counted or named'))
    by_word = {e['word']: e for e in evidence}
    words = unaddressed(line)
    if words and all(by_word.get(word) and by_word[word]['strength'] == 0 for word in words):
        rows.append(('reading', 'every word `unaddressed` names links to nothing'))
    return rows


def tables(lines, title):
    counts = collections.defaultdict(collections.Counter)
    for line in lines:
        for row in set(features(line)):
            counts[row][kind(line)] += 1
    total = collections.Counter(kind(line) for line in lines)
    print(f"\n### {title}: {total['unanswerable']} unanswerable, {total['answerable']} answerable, {total['partly']} partly answerable end `unsure`")
    for table in ('failed check', 'asked head', 'weakest unread word', 'reading'):
        rows = sorted((row for row in counts if row[0] == table), key=lambda row: (-counts[row]['unanswerable'], -counts[row]['answerable']))
        print(f'\n| {table} | unanswerable | answerable | partly |\n| --- | ---: | ---: | ---: |')
        for row in rows[:15] if table == 'failed check' else rows:
            print(f"| {row[1]} | {counts[row]['unanswerable']} | {counts[row]['answerable']} | {counts[row]['partly']} |")


def main():
    args = sys.argv[1:]
    out = args[0]
    skip = set(args[args.index('--skip') + 1].split(',')) if '--skip' in args else set()
    first = args[args.index('--first') + 1] if '--first' in args else None
    by_set = {}
    for path in sorted(glob.glob(os.path.join(out, '*.jsonl'))):
        name = os.path.basename(path)[:-len('.jsonl')]
        if name in skip:
            continue
        with open(path) as handle:
            by_set[name] = [line for line in map(json.loads, handle) if line.get('status') == 'unsure']
    if first:
        tables(by_set.get(first, []), first)
    tables([line for lines in by_set.values() for line in lines], f'{len(by_set)} sets')


if __name__ == '__main__':
    main()
