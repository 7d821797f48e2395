#!/usr/bin/env python3
"""
Fits the scored grounding decision (src/trust/score-grounding.ts): a logistic regression over the grounding features
each bench question's line carries (grounding_score.features), and writes its weights to src/trust/grounding-weights.ts.

  python3 bench/abstention/fit-grounding.py OUT [--write]

OUT holds one bench report per set (OUT/<set>.jsonl, as `sluice bench --out OUT/<set>.json` writes it); every set there
is fitted on and is one fold (SETS=a,b,c picks some). spider-dev is the set named spider or spider-dev.
bench/abstention/refit.sh writes OUT: its runs set SLUICE_GROUNDING_FEATURES=all (every feature computed; without it a
feature the current weights give 0 reads 0) and SLUICE_GROUNDING_DECLINE=never (the score declines nothing), so each
line says what its question ends as when the score lets it through. Figures are then end to end: a question is declined
when the score declines it or when it ended unanswerable anyway (a rule before the score, or a later one).

Leave one set out: per set, the model is fitted on the others, its threshold chosen on them, and it scores the one left
out, beside the current weights (grounding-weights.ts) on the same questions. The threshold is the one that declines the
most unanswerable questions net of wrongly declined answerable ones (spider-dev left out of the net) while spider-dev
declines at most MAX_SPIDER_FALSE_ABSTENTION of its questions (end to end); with spider-dev left out, the mean of the
other folds' thresholds. The feature sets and penalties tried are CANDIDATES x PENALTIES; the one kept has the best
leave-one-set-out net with spider-dev within the bound. A dev tool: numpy only.
"""
import json, os, re, sys, datetime
import numpy as np
from logistic import fit, probability, set_names
from evidence_features import PREFIX, record_features, runtime_features

RULES = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked']
FEATURES = ['missing_attribute', 'unlinked_focus', 'unknown_topic', 'ranks_by_table', 'open_where_asked', 'asked_open',
            'no_column', 'open_share', 'open_name', 'asked_by_text', 'asked_elsewhere', 'text_share', 'open_distance', 'asked_distance']
SPIDER = ('spider', 'spider-dev')
# spider-dev's bound: 2 of its 523 questions declined while answerable (end to end).
MAX_SPIDER_FALSE_ABSTENTION = float(os.environ.get('MAX_SPIDER_FALSE_ABSTENTION', 2 / 523))
VECTORS = ['open_distance', 'asked_distance']
EVIDENCE = ['asked_by_text', 'asked_elsewhere', 'text_share']
SHAPE = ['asked_open', 'no_column', 'open_share']
CANDIDATES = [RULES, RULES + EVIDENCE, RULES + VECTORS, RULES + ['open_distance'], RULES + VECTORS + ['open_name'], RULES + SHAPE,
              RULES + SHAPE + VECTORS, RULES + EVIDENCE + VECTORS, FEATURES]
# EVIDENCE=1 also tries the features of the grounding evidence record (a line's grounding_evidence; evidence_features.py,
# and the question-level ones run time's decline computes, by evidence-features.mjs): how the head of what is asked, the
# nouns and the names link. Not computed by the score at run time, so a refit with them is never written.
WITH_RECORD = os.environ.get('EVIDENCE', '0') == '1'
RECORD = ['ev_asked_text', 'ev_asked_value', 'ev_asked_table', 'ev_asked_second_hand', 'ev_asked_unlinked', 'ev_asked_weakest',
          'ev_noun_unlinked', 'ev_noun_text', 'ev_noun_second_hand', 'ev_noun_weakest', 'ev_entity_unlinked', 'ev_verb_unlinked',
          'ev_weak_share']
if WITH_RECORD:
    CANDIDATES = [RULES, RULES + RECORD, RULES + ['ev_entity_unlinked', 'ev_noun_unlinked'], RULES + ['ev_noun_weakest', 'ev_asked_weakest'],
                  RULES + ['ev_asked_text', 'ev_asked_second_hand', 'ev_asked_value'], RULES + SHAPE + RECORD]
# --write writes the refit only when its leave-one-set-out net beats the current weights', no set's false abstention
# rises by more than this many questions and no set gains a wrong success (--force writes it anyway).
MAX_FOLD_RISE = int(os.environ.get('MAX_FOLD_RISE', '2'))
PENALTIES = [float(p) for p in os.environ.get('PENALTIES', '0.1,1,10').split(',')]
WEIGHTS = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'grounding-weights.ts')




def load(folder, names):
    """Every question of every set: its label, its features (None when a rule before the score decided it) and whether it
    ended unanswerable without the score declining it."""
    questions, scored_declines = [], 0
    # The decline's question-level features (not those of the words the answer leaves unread: no answer yet).
    runtime = runtime_features(folder) if WITH_RECORD else {}
    for name in names:
        for line in open(os.path.join(folder, f'{name}.jsonl')):
            row = json.loads(line)
            score = row.get('grounding_score')
            scored_declines += bool(score and score.get('declined'))
            features = score and score['features']
            if features and WITH_RECORD:
                asked = {k[len(PREFIX):]: v for k, v in runtime.get(f"{name}/{row['id']}", {}).items() if not k.startswith(PREFIX + 'ev_unread_')}
                features = {**features, **record_features(row.get('grounding_evidence')), **asked}
            questions.append({'set': name, 'y': 0 if row['answerable'] else 1, 'features': features,
                              'anyway': row['status'] == 'unanswerable' and not (score and score.get('declined')),
                              'success': row['status'] == 'success', 'right': bool(row['answerable'] and row['correct'])})
    if scored_declines:
        print(f'note: {scored_declines} questions were declined by the score in these runs; run them with SLUICE_GROUNDING_DECLINE=never '
              'for end-to-end figures (here they count as answered when a model lets them through)')
    return questions


class Data:
    """The questions as arrays: the scored ones' features, and per question its set, label and end-to-end decline anyway."""

    def __init__(self, questions, names):
        self.names = names
        self.set = np.array([q['set'] for q in questions])
        self.y = np.array([q['y'] for q in questions])
        self.anyway = np.array([q['anyway'] for q in questions])
        self.success = np.array([q['success'] for q in questions])
        self.right = np.array([q['right'] for q in questions])
        self.scored = np.array([q['features'] is not None for q in questions])
        self.spider = np.isin(self.set, SPIDER)
        self.features = [q['features'] or {} for q in questions]

    def matrix(self, features, mask):
        return np.array([[self.features[i].get(f, 0.0) for f in features] for i in np.flatnonzero(mask)], float).reshape(-1, len(features))






def declined(data, mask, p, t):
    """End to end: declined by the score (p, over the scored questions of mask) or unanswerable anyway."""
    out = data.anyway[mask].copy()
    out[data.scored[mask]] |= p >= t
    return out


def threshold(data, mask, p):
    """The threshold declining the most unanswerable questions net of declined answerable ones, spider-dev within its bound."""
    y, spider, anyway = data.y[mask], data.spider[mask], data.anyway[mask]
    scored = data.scored[mask]
    base_gain = int((anyway & (y == 1)).sum()) - int((anyway & (y == 0) & ~spider).sum())
    base_spider = int((anyway & spider & (y == 0)).sum())
    # Declining at t adds the scored questions with p >= t that were not declined anyway.
    ys, sp, extra = y[scored], spider[scored], ~anyway[scored]
    gain_each = np.where(extra, np.where(ys == 1, 1, np.where(sp, 0, -1)), 0)
    spider_each = (extra & sp & (ys == 0)).astype(int)
    order = np.argsort(-p, kind='stable')
    levels = np.unique(p)
    # For each level (ascending), everything with p >= level is declined.
    at = len(p) - np.searchsorted(p[order][::-1], levels, side='left')
    gain = base_gain + np.r_[0, np.cumsum(gain_each[order])][at]
    false = base_spider + np.r_[0, np.cumsum(spider_each[order])][at]
    allowed = false <= MAX_SPIDER_FALSE_ABSTENTION * spider.sum() if spider.any() else np.ones(len(levels), bool)
    if not allowed.any():
        return 1.0
    best = None
    for i in np.flatnonzero(allowed):
        if best is None or gain[i] > best[0]:
            # Halfway down to the next lower probability: the rounded weights keep the same questions on each side.
            best = (gain[i], (levels[i] + levels[i - 1]) / 2 if i > 0 else levels[i] / 2)
    return float(best[1])


def counts(d, y):
    """(unanswerable declined, unanswerable, answerable declined, answerable)."""
    return int((d & (y == 1)).sum()), int((y == 1).sum()), int((d & (y == 0)).sum()), int((y == 0).sum())


def fold_counts(data, name, features, theta, t):
    mask = data.set == name
    p = probability(theta, data.matrix(features, mask & data.scored))
    return counts(declined(data, mask, p, t), data.y[mask])


def successes(data, name, features, theta, t):
    """End to end: (right successes, successes) of the set, a question the score declines being no success."""
    mask = data.set == name
    kept = ~declined(data, mask, probability(theta, data.matrix(features, mask & data.scored)), t) & data.success[mask]
    return int((kept & data.right[mask]).sum()), int(kept.sum())


def leave_one_set_out(data, features, l2):
    """Per set: (declined unanswerable, unanswerable, declined answerable, answerable, right successes, successes,
    threshold), fitted on the others."""
    folds, thresholds = {}, []
    for name in sorted(data.names, key=lambda n: n in SPIDER):
        train = data.set != name
        A, y = data.matrix(features, train & data.scored), data.y[train & data.scored]
        theta = fit(A, y, l2)
        if name in SPIDER:
            t = float(np.mean(thresholds))
        else:
            t = threshold(data, train, probability(theta, A))
            thresholds.append(t)
        folds[name] = fold_counts(data, name, features, theta, t) + successes(data, name, features, theta, t) + (t,)
    return folds


def net(folds):
    return sum(f[0] - f[2] for name, f in folds.items() if name not in SPIDER)


def spider_of(folds):
    return next((folds[n] for n in SPIDER if n in folds), (0, 0, 0, 0))


def within_bound(folds):
    spider = spider_of(folds)
    return spider[2] <= MAX_SPIDER_FALSE_ABSTENTION * spider[3]


def current_weights():
    text = open(WEIGHTS).read()
    number = lambda key: float(re.search(rf'\b{key}: (-?[0-9.e-]+)', text).group(1))
    weights = {f: number(f) for f in FEATURES}
    theta = np.array([weights[f] for f in FEATURES] + [number('bias')])
    return theta, number('threshold')


def main():
    folder = sys.argv[1]
    names = set_names(folder)
    data = Data(load(folder, names), names)
    print(f'{len(names)} sets, {len(data.y)} questions, {int(data.scored.sum())} scored; spider-dev bound {MAX_SPIDER_FALSE_ABSTENTION:.4f}')
    theta_now, t_now = current_weights()
    now = {name: fold_counts(data, name, FEATURES, theta_now, t_now) + successes(data, name, FEATURES, theta_now, t_now) for name in names}
    print(f'current weights (fitted in sample on some sets): net {net(now)}, spider-dev {spider_of(now)[2]}/{spider_of(now)[3]}')
    best = None
    for features in CANDIDATES:
        for l2 in PENALTIES:
            folds = leave_one_set_out(data, features, l2)
            spider = spider_of(folds)
            print(f'{"+".join(f for f in features if f not in RULES) or "rules only"} (L2 {l2}): net {net(folds)}, '
                  f'declined {sum(f[0] for f in folds.values())}, false {sum(f[2] for f in folds.values())}, '
                  f'spider-dev {spider[2]}/{spider[3]}{"" if within_bound(folds) else " (over the bound)"}')
            if within_bound(folds) and (best is None or net(folds) > net(best[2])):
                best = (features, l2, folds)
    features, l2, folds = best
    print(f'\nkept: {", ".join(features)} (L2 {l2})\n')
    print('| set (left out) | unanswerable declined: current → refit | answerable declined: current → refit | success right/all: current → refit | threshold |')
    print('|---|---|---|---|---|')
    for name in names:
        r, f = now[name], folds[name]
        mark = ' ⚠' if f[2] > r[2] else ''
        print(f'| {name} | {r[0]}/{r[1]} → {f[0]}/{f[1]} | {r[2]}/{r[3]} → {f[2]}/{f[3]}{mark} | {r[4]}/{r[5]} → {f[4]}/{f[5]} | {f[6]:.3f} |')
    total = lambda fs, i: sum(fs[n][i] for n in names if n not in SPIDER)
    print(f'| all but spider-dev | {total(now, 0)}/{total(now, 1)} → {total(folds, 0)}/{total(folds, 1)} | '
          f'{total(now, 2)}/{total(now, 3)} → {total(folds, 2)}/{total(folds, 3)} | {total(now, 4)}/{total(now, 5)} → {total(folds, 4)}/{total(folds, 5)} | |')
    print(f'\nnet (declined unanswerable − declined answerable, spider-dev aside): current {net(now)} → refit {net(folds)}')
    A, y = data.matrix(features, data.scored), data.y[data.scored]
    theta = fit(A, y, l2)
    t = threshold(data, np.ones(len(data.y), bool), probability(theta, A))
    fitted = {f: (float(theta[features.index(f)]) if f in features else 0.0) for f in FEATURES}
    inside = {name: fold_counts(data, name, features, theta, t) for name in names}
    print('fitted on all:', {f: round(w, 3) for f, w in fitted.items()}, 'bias', round(float(theta[-1]), 3), 'threshold', round(t, 3),
          f'(in sample: net {net(inside)}, spider-dev {spider_of(inside)[2]}/{spider_of(inside)[3]})')
    risen = [name for name in names if folds[name][2] > now[name][2] + MAX_FOLD_RISE]
    wronger = [name for name in names if folds[name][5] - folds[name][4] > now[name][5] - now[name][4]]
    wins = net(folds) > net(now) and within_bound(folds) and not risen and not wronger
    print(f'the refit {"beats" if wins else "does not beat"} the current weights' +
          (f'; false abstention rises by more than {MAX_FOLD_RISE} in {", ".join(risen)}' if risen else '') +
          (f'; wrong successes rise in {", ".join(wronger)}' if wronger else ''))
    if '--write' in sys.argv and WITH_RECORD:
        print('EVIDENCE is set: the score does not compute the record features at run time, nothing written')
    elif '--write' in sys.argv and (wins or '--force' in sys.argv):
        weights = ''.join(f'    {f}: {round(w, 4)},\n' for f, w in fitted.items())
        stamp = f"{datetime.date.today().isoformat()}, {len(data.y)} questions ({int(data.scored.sum())} scored) of {len(names)} sets: {', '.join(names)}; L2 {l2}"
        with open(WEIGHTS, 'w') as out:
            out.write('// Written by bench/abstention/fit-grounding.py: do not edit by hand, refit (bench/abstention/refit.sh).\n')
            out.write(f"export const FITTED_GROUNDING_WEIGHTS = {{\n  fitted: '{stamp}',\n  bias: {round(float(theta[-1]), 4)},\n  threshold: {round(t, 4)},\n  weights: {{\n{weights}  }},\n}};\n")
        print('wrote', os.path.normpath(WEIGHTS))


if __name__ == '__main__':
    main()
