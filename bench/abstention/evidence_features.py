"""Question-level features of the grounding evidence record (a bench line's `grounding_evidence`, written by
src/trust/grounding-evidence.ts) that run time does not compute, to try in the fits (EVIDENCE=all in
fit-answer-decline.py, EVIDENCE=1 in fit-grounding.py). None is a word: each says how the words of some role (the head
of what is asked, a noun) link to the data. The features run time weighs (src/trust/evidence-features.ts) are read by
the built dist/ through bench/abstention/evidence-features.mjs: runtime_features() below."""
import json
from logistic import from_dist

SECOND_HAND = ('wordnet_relative', 'derivation', 'lookalike')
SYNONYM = ('wordnet_synonym', 'catalog_synonym')
PREFIX = 'evidence:'


def runtime_features(folder):
    """"<set>/<question id>" → src/trust/evidence-features.ts's features of that line's record and answer_unread, named as
    run time names them ("evidence:ev_…"); a line without a record is left out."""
    lines = json.load(open(from_dist('EVIDENCE_FEATURES', 'evidence-features', folder)))
    return {key: {name: float(value) for name, value in features.items()} for key, features in lines.items()}


def record_features(evidence):
    """{} when the line has no record (a rule before the score decided it)."""
    if evidence is None:
        return {}
    asked = [e for e in evidence if e['role'] == 'asked']
    # `pos` is recorded only for a word that links to nothing (run time looks WordNet up for those alone).
    nouns = [e for e in evidence if e.get('pos') in ('noun', 'unknown')]
    kind = lambda e: e.get('kind')
    how = lambda e: e.get('how')
    return {
        'ev_no_asked': float(not asked),
        'ev_asked_text': float(any(kind(e) == 'text' for e in asked)),
        'ev_asked_value': float(any(kind(e) == 'value' for e in asked)),
        'ev_asked_table': float(bool(asked) and all(kind(e) == 'table' for e in asked)),
        'ev_asked_second_hand': float(any(how(e) in SECOND_HAND for e in asked)),
        'ev_asked_synonym': float(any(how(e) in SYNONYM for e in asked)),
        'ev_asked_unlinked': float(any(kind(e) is None for e in asked)),
        'ev_asked_weakest': 1 - min([e['strength'] for e in asked], default=1.0),
        'ev_noun_unlinked': float(any(kind(e) is None for e in nouns)),
        'ev_noun_text': float(any(kind(e) == 'text' for e in nouns)),
        'ev_noun_second_hand': float(any(how(e) in SECOND_HAND for e in nouns)),
        'ev_noun_weakest': 1 - min([e['strength'] for e in nouns], default=1.0),
        'ev_modifier_unlinked': float(any(how(e) in ('unlinked_modifier', 'relative_of_named', 'figure_of_thing') for e in evidence)),
        'ev_weak_share': sum(e['strength'] < 0.6 for e in evidence) / max(1, len(evidence)),
    }
