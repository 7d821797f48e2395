#!/usr/bin/env python3
"""
Asks whether what the answer checks found after execution tells an unanswerable question from an answerable one, among
the runs that end `unsure` (issue 14: "reflect may also end a run `unanswerable` after execution"). A logistic
regression over what each bench line carries, fitted leave one set out; it prints the figures and writes nothing.

  python3 bench/abstention/fit-answer-decline.py OUT

OUT holds one bench report per set (OUT/<set>.jsonl), best as bench/abstention/refit.sh writes it
(SLUICE_GROUNDING_FEATURES=all, so every grounding feature is on the line; SLUICE_GROUNDING_DECLINE=never). A line whose
grounding score reaches the current threshold (src/trust/grounding-weights.ts) is left out: a normal run declines it
before any SQL runs.
SETS=a,b,c picks some sets. Never point it at a blind set's output.

Candidates: lines that ended `unsure` and that the grounding score did not decline. Label 1: `"answerable": false`
without the tag partly_answerable. A partly answerable question (one ask grounded, another not) must stay `unsure`
naming the part (issue 14), so it counts as a false decline here, as an answerable question does.

Features, all from the line: each failed check's name (those failing on at least MIN_CHECK candidates of the fit),
the grounding features, the answer-confidence features of the run (answer_features: which of the question's words
the SQL leaves unread; ANSWER=0 leaves them out), the final SQL's shape (every column, a filter, a join, an aggregate, a grouping), how many words
reflect says neither the schema nor the docs explain, whether the answer had no, one or many rows, and how many checks
failed.

Per left-out set, two thresholds chosen on the other sets: `strict` declines nothing any fitted set would wrongly
decline (the landing rule: no set's false declines may rise), `net` declines the most unanswerable questions net of
wrongly declined ones with spider-dev within MAX_SPIDER_FALSE_ABSTENTION. A dev tool: numpy only.
"""
import json, os, re, sys
import numpy as np
from logistic import fit, probability, set_names

SPIDER = ('spider', 'spider-dev')
MAX_SPIDER_FALSE_ABSTENTION = float(os.environ.get('MAX_SPIDER_FALSE_ABSTENTION', 2 / 523))
MIN_CHECK = int(os.environ.get('MIN_CHECK', '10'))
PENALTIES = [float(p) for p in os.environ.get('PENALTIES', '1,10').split(',')]
GROUNDING = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked', 'asked_open',
             'no_column', 'open_share', 'open_name', 'asked_by_text', 'asked_elsewhere', 'text_share', 'open_distance', 'asked_distance']
# ANSWER=0 leaves out the answer-confidence features (answer_features) of the line.
ANSWER = os.environ.get('ANSWER', '1') != '0'
WEIGHTS = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'grounding-weights.ts')
UNEXPLAINED = re.compile(r'except (.*?), which (?:the schema|neither)')




def unexplained(row):
    """The words the offline reflect says neither the schema nor the docs explain ("except brought and rather, which …"),
    as src/models/offline/reflect-on-attempt.ts words it."""
    for reflection in row.get('reflections', []):
        match = UNEXPLAINED.search(reflection.get('reason', ''))
        if match:
            return [part for part in re.split(r',\s*|\s+and\s+', match.group(1)) if part.strip()]
    return []


def shape(sql):
    code = re.sub(r"'[^']*'", "''", sql or '').lower()
    return {
        'sql_every_column': float(bool(re.search(r'select\s+(distinct\s+)?([a-z_"]+\.)?\*', code))),
        'sql_filter': float(bool(re.search(r'\bwhere\b', code))),
        'sql_join': float(bool(re.search(r'\bjoin\b', code))),
        'sql_aggregate': float(bool(re.search(r'\b(count|sum|avg|min|max)\s*\(', code))),
        'sql_grouped': float(bool(re.search(r'\bgroup\s+by\b', code))),
    }


def grounding_threshold():
    """The current grounding score's threshold: under SLUICE_GROUNDING_DECLINE=never a line's `declined` is always false."""
    return float(re.search(r'\bthreshold: (-?[0-9.e-]+)', open(WEIGHTS).read()).group(1))


def load(folder, names):
    rows = []
    threshold = grounding_threshold()
    for name in names:
        for line in open(os.path.join(folder, f'{name}.jsonl')):
            row = json.loads(line)
            score = row.get('grounding_score') or {}
            if row['status'] != 'unsure' or score.get('declined') or score.get('probability', 0) >= threshold:
                continue
            partly = 'partly_answerable' in (row.get('tags') or [])
            attempts = row.get('attempts') or []
            count = attempts[-1]['row_count'] if attempts else 0
            features = {f: float((score.get('features') or {}).get(f, 0.0)) for f in GROUNDING}
            features.update(shape(row.get('predicted_sql')))
            features.update({
                'unexplained_words': min(len(unexplained(row)), 3) / 3,
                'no_rows': float(count == 0), 'one_row': float(count == 1), 'many_rows': float(count >= 50),
                'failed_checks': min(len(row['failed_checks']), 5) / 5,
            })
            if ANSWER:
                # The answer-confidence model's features of the run (src/trust/answer-features.ts): which words the SQL leaves unread.
                features.update({f'answer:{k}': float(v) for k, v in (row.get('answer_features') or {}).items() if k != 'content_words'})
            for check in row['failed_checks']:
                features[f"check:{check['name']}"] = 1.0
            rows.append({'set': name, 'y': int(not row['answerable'] and not partly), 'partly': partly, 'features': features})
    return rows






def thresholds(p, y, spider, spider_size):
    """(strict, net) on the fitted sets: strict just above every wrongly declined one; net the best gain, spider bounded."""
    strict = float(p[y == 0].max()) + 1e-9 if (y == 0).any() else 0.5
    best, net = None, 1.0
    for t in np.unique(p):
        d = p >= t
        false_spider = int((d & spider & (y == 0)).sum())
        if spider_size and false_spider > MAX_SPIDER_FALSE_ABSTENTION * spider_size:
            continue
        gain = int((d & (y == 1)).sum()) - int((d & (y == 0) & ~spider).sum())
        if best is None or gain > best:
            best, net = gain, float(t)
    return strict, net


def auc(p, y):
    order = np.argsort(-p, kind='stable')
    ys = y[order]
    tp, fp = np.cumsum(ys) / max(1, ys.sum()), np.cumsum(1 - ys) / max(1, (1 - ys).sum())
    return float(np.sum(np.diff(np.r_[0, fp]) * tp))


def main():
    folder = sys.argv[1]
    names = set_names(folder)
    rows = load(folder, names)
    sets = np.array([r['set'] for r in rows])
    y = np.array([r['y'] for r in rows])
    partly = np.array([r['partly'] for r in rows])
    spider = np.isin(sets, SPIDER)
    # refit.sh names spider-dev's report after its folder (spider-dev), runset.sh spider.
    spider_name = next((n for n in names if n in SPIDER), None)
    spider_size = sum(1 for _ in open(os.path.join(folder, f'{spider_name}.jsonl'))) if spider_name else 0
    print(f'{len(names)} sets; unsure candidates: {int(y.sum())} unanswerable, {int((y == 0).sum() - partly.sum())} answerable, {int(partly.sum())} partly')
    every = sorted({k for r in rows for k in r['features']})
    matrix = np.array([[r['features'].get(f, 0.0) for f in every] for r in rows])
    is_check = np.array([f.startswith('check:') for f in every])
    for l2 in PENALTIES:
        held = np.zeros(len(y))
        lines, totals = [], np.zeros(6, int)
        for name in names:
            train, test = sets != name, sets == name
            # A check is weighed only when it failed often enough on the fitted sets.
            A = matrix[:, ~is_check | (matrix[train].sum(axis=0) >= MIN_CHECK)]
            theta = fit(A[train], y[train], l2)
            strict, net = thresholds(probability(theta, A[train]), y[train], spider[train], spider_size if name not in SPIDER else 0)
            p = probability(theta, A[test])
            held[test] = p
            yt, pt = y[test], partly[test]
            counts = []
            for t in (strict, net):
                d = p >= t
                counts += [int((d & (yt == 1)).sum()), int((d & (yt == 0) & ~pt).sum()), int((d & pt).sum())]
            totals += counts
            lines.append(f'  {name:12} unsure U {int(yt.sum()):3} A {int(((yt == 0) & ~pt).sum()):4} P {int(pt.sum()):2} | strict +U {counts[0]:2} +A {counts[1]:2} +P {counts[2]:2} | net +U {counts[3]:2} +A {counts[4]:3} +P {counts[5]:2}')
        print(f'L2 {l2}: leave-one-set-out AUC {auc(held, y):.3f}; declined when the left-out set is scored at thresholds chosen on the others')
        print('\n'.join(lines))
        print(f'  {"total":12} {"":25} | strict +U {totals[0]:2} +A {totals[1]:2} +P {totals[2]:2} | net +U {totals[3]:2} +A {totals[4]:3} +P {totals[5]:2}')
        order = np.argsort(-held, kind='stable')
        print('  best-ranked held-out candidates (top 10/20/40): unanswerable ' + ', '.join(f'{int(y[order[:k]].sum())}/{k}' for k in (10, 20, 40)))


if __name__ == '__main__':
    main()
