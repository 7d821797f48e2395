#!/usr/bin/env python3
"""Fits the confidence model of `success` answers (src/trust/answer-confidence-model.ts) from bench logs.

usage: python3 bench/trust/fit-confidence.py DIR [--write]

DIR holds the bench JSONL logs of the development sets (spider.jsonl, abstention.jsonl, abstention-blind.jsonl,
abstention-blind-2.jsonl, abstention-dev-a.jsonl, abstention-dev-b.jsonl), written by `sluice bench --out DIR/<set>.json`
with the offline model; each executed answer's line carries `answer_features` (src/trust/answer-feature-vector.ts).
Rows: the answerable questions that ended `success` when the model doubts nothing (status success, or unsure only
because of scored_confidence), labelled by `correct`. Logistic regression with an L2 penalty, each set weighted
equally; validated leave-one-set-out (fit on the other sets, threshold chosen on them, scored on the one left out).
--write rewrites src/trust/answer-confidence-model.ts with the model fitted on every set.
"""
import json, math, os, signal, sys
import numpy as np

signal.signal(signal.SIGPIPE, signal.SIG_DFL)

SETS = os.environ.get('SETS', 'spider,abstention,abstention-blind,abstention-blind-2,abstention-dev-a,abstention-dev-b').split(',')
NAMES = {'spider': 'spider-dev', 'abstention-blind': 'held_out_3', 'abstention-blind-2': 'held_out_4'}


def label(name):
    return NAMES.get(name, name.replace('abstention-', ''))

FEATURES = os.environ.get('FEATURES', 'unread_share,unread_far,unread_column,unread_value,unread_ungrounded,asked_unread,'
                          'read_by_relative,select_star,earlier_attempts,rows_none,shape_gaps').split(',')
L2 = float(os.environ.get('L2', '1.0'))
# Right answers newly doubted, as a share of the right `success` answers of the sets the threshold is chosen on.
MAX_RIGHT_DOUBTED = float(os.environ.get('MAX_RIGHT_DOUBTED', '0.02'))


# Fitted on every executed answer of an answerable question (success or unsure), with `checks_failed` telling them
# apart, so the few wrong `success` answers are not the only wrong ones the weights learn from; only answers that
# passed every check are ever scored, with checks_failed 0. ROWS=success fits on those alone.
ROWS = os.environ.get('ROWS', 'executed')


def would_succeed(row):
    if row.get('answerable') is False or 'answer_features' not in row: return False
    if row['status'] == 'success': return True
    return row['status'] == 'unsure' and all(check['name'] == 'scored_confidence' for check in row.get('failed_checks', []))


def fitted_row(row):
    return row.get('answerable') is not False and 'answer_features' in row and (row['status'] in ('success', 'unsure') if ROWS == 'executed' else would_succeed(row))


def matrix(rows, names):
    return np.array([[row['answer_features'].get(f, 0.0) for f in names] + ([0.0 if would_succeed(row) else 1.0] if ROWS == 'executed' else [])
                     for row in rows], dtype=float).reshape(-1, len(names) + (ROWS == 'executed'))


def load(directory):
    """Per set: (X, y, rows) of the rows fitted on, and the same of the would-be-success rows scored."""
    data, scored = {}, {}
    for name in SETS:
        rows = [json.loads(line) for line in open(os.path.join(directory, f'{name}.jsonl'))]
        for target, keep in ((data, fitted_row), (scored, would_succeed)):
            kept = [row for row in rows if keep(row)]
            target[name] = (matrix(kept, FEATURES), np.array([1.0 if row['correct'] else 0.0 for row in kept]), kept)
    return data, scored


def fit(X, y, w):
    """Weighted logistic regression by Newton's method; the intercept is not penalised."""
    A = np.hstack([np.ones((len(X), 1)), X])
    beta = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], L2); penalty[0] = 0
    for _ in range(100):
        p = 1 / (1 + np.exp(-A @ beta))
        grad = A.T @ (w * (y - p)) - penalty * beta
        H = -(A.T * (w * p * (1 - p))) @ A - np.diag(penalty)
        step = np.linalg.solve(H, grad)
        beta -= step
        if np.abs(step).max() < 1e-9: break
    return beta


def prob(beta, X):
    return 1 / (1 + np.exp(-(beta[0] + X @ beta[1:])))


def choose_threshold(beta, parts):
    """The highest threshold that doubts at most MAX_RIGHT_DOUBTED of the right answers (pooled over the sets)."""
    scores = np.concatenate([prob(beta, X) for X, _, _ in parts])
    labels = np.concatenate([y for _, y, _ in parts])
    right = np.sort(scores[labels == 1])
    allowed = int(math.floor(MAX_RIGHT_DOUBTED * len(right)))
    # Doubting is "p < t": t halfway between the `allowed`-th lowest right score and the next doubts exactly `allowed`
    # of them (ties aside), and stays so when the weights are rounded for the model file.
    if allowed >= len(right): return 1.0
    return float(right[allowed]) if allowed == 0 else float(right[allowed - 1] + right[allowed]) / 2


def training(data, names):
    X = np.vstack([data[n][0] for n in names]); y = np.concatenate([data[n][1] for n in names])
    # Every set weighs the same in total, so spider-dev's 300 answers do not drown the read sets' few dozen.
    w = np.concatenate([np.full(len(data[n][1]), 1.0 / max(1, len(data[n][1]))) for n in names]) * len(y) / len(names)
    return X, y, w


def summary(y, keep):
    return f'{int(y[keep].sum())}/{int(keep.sum())}'


def main():
    directory = sys.argv[1]
    data, scored = load(directory)
    print(f'L2 {L2}, right answers doubted at most {MAX_RIGHT_DOUBTED:.0%} on the fitting sets')
    print(f'{"left out":<12} {"threshold":>9}  {"success right before":>20}  {"after":>8}  {"right doubted":>13}  {"wrong doubted":>13}')
    for name in SETS:
        others = [n for n in SETS if n != name]
        beta = fit(*training(data, others))
        threshold = choose_threshold(beta, [scored[n] for n in others])
        X, y, rows = scored[name]
        keep = prob(beta, X) >= threshold
        print(f'{label(name):<12} {threshold:9.3f}  {summary(y, np.ones(len(y), bool)):>20}  {summary(y, keep):>8}  '
              f'{int(((~keep) & (y == 1)).sum()):>13}  {int(((~keep) & (y == 0)).sum()):>13}')
    beta = fit(*training(data, SETS))
    threshold = choose_threshold(beta, [scored[n] for n in SETS])
    print('fitted on every set: intercept', round(beta[0], 3), {f: round(float(b), 3) for f, b in zip(FEATURES + ['checks_failed'], beta[1:])}, 'threshold', round(threshold, 3))
    for name in SETS:
        X, y, rows = scored[name]
        p = prob(beta, X)
        for row, score in zip(rows, p):
            if score < threshold: print('   doubted', label(name), 'right' if row['correct'] else 'WRONG', round(float(score), 3), row['question'][:80])
    if '--write' in sys.argv:
        write_model(beta, threshold, data, scored)


def write_model(beta, threshold, data, scored):
    weights = ',\n'.join(f'    {f}: {b:.4f}' for f, b in zip(FEATURES, beta[1:]))  # checks_failed is never set when scoring
    counts = ', '.join(f'{label(n)} {len(data[n][1])}/{len(scored[n][1])}' for n in SETS)
    path = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'trust', 'answer-confidence-model.ts')
    with open(path, 'w') as out:
        out.write(f"""import type {{ ConfidenceModel }} from './confidence-model-schema.js';

/**
 * The fitted logistic model of whether a `success` answer is right, written by bench/trust/fit-confidence.py (refit
 * there, never by hand).
 */
export const ANSWER_CONFIDENCE_MODEL: ConfidenceModel = {{
  intercept: {beta[0]:.4f},
  weights: {{
{weights},
  }},
  threshold: {threshold:.4f},
  fitted: '{ROWS} answers / success answers of {counts}; L2 {L2}; the threshold doubts {MAX_RIGHT_DOUBTED:.0%} of right success answers',
}};
""")
    print('wrote', os.path.normpath(path))


if __name__ == '__main__':
    main()
