"""What the abstention fit scripts share: the sets a folder holds and an L2-penalised logistic fit."""
import os
import numpy as np


def set_names(folder):
    names = os.environ.get('SETS')
    return names.split(',') if names else sorted(f[:-len('.jsonl')] for f in os.listdir(folder) if f.endswith('.jsonl'))


def fit(A, y, l2):
    """Logistic regression by Newton's method with an L2 penalty on the weights (not the bias)."""
    n, d = A.shape
    A1 = np.hstack([A, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    penalty = np.r_[np.full(d, l2), 1e-9]
    for _ in range(100):
        p = 1 / (1 + np.exp(-A1 @ theta))
        gradient = A1.T @ (p - y) + penalty * theta
        hessian = (A1.T * (p * (1 - p))) @ A1 + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-9:
            break
    return theta


def probability(theta, A):
    return 1 / (1 + np.exp(-(np.hstack([A, np.ones((len(A), 1))]) @ theta)))
