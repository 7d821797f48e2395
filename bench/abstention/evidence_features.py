"""Question-level features of the grounding evidence record (a bench line's `grounding_evidence`, written by
src/trust/grounding-evidence.ts), the same as src/trust/evidence-features.ts computes at run time. None is a word: each
says how the words of some role (the head of what is asked, a noun, a name written with a capital) link to the data."""

SECOND_HAND = ('wordnet_relative', 'derivation', 'lookalike')
SYNONYM = ('wordnet_synonym', 'catalog_synonym')


# The features src/trust/evidence-features.ts computes at run time for the post-execution decline (fit-answer-decline.py
# weighs these by default; EVIDENCE=all tries every one below, never written).
RUNTIME = ('ev_entity_unlinked', 'ev_verb_unlinked', 'ev_adjective_unlinked', 'ev_unread_direct', 'ev_unread_second_hand',
           'ev_unread_text', 'ev_unread_unlinked_noun', 'ev_unread_asked_weak')


def evidence_features(evidence, unread=None):
    """{} when the line has no record (a rule before the score decided it). With the words the answer's SQL leaves unread
    (a bench line's answer_unread), also how those link."""
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
        'ev_entity_unlinked': float(any(e['role'] == 'entity' and kind(e) is None for e in evidence)),
        'ev_verb_unlinked': float(any(kind(e) is None and e.get('pos') == 'verb' for e in evidence)),
        'ev_adjective_unlinked': float(any(kind(e) is None and e.get('pos') == 'adj' for e in evidence)),
        'ev_modifier_unlinked': float(any(how(e) in ('unlinked_modifier', 'relative_of_named') for e in evidence)),
        'ev_weak_share': sum(e['strength'] < 0.6 for e in evidence) / max(1, len(evidence)),
        **(unread_features(evidence, unread) if unread is not None else {}),
    }


def unread_features(evidence, unread):
    """How the words the SQL leaves unread link: by a name as written (the SQL skipped what the data names), second-hand
    (a WordNet relative, a look-alike, a derivation or synonym), only by a comment or doc, or not at all (a noun)."""
    left = {w.lower() for w in unread}
    words = [e for e in evidence if e['word'] in left]
    how = lambda e: e.get('how')
    return {
        'ev_unread_direct': float(any(how(e) in ('name', 'inflection') and e.get('kind') in ('column', 'table') for e in words)),
        'ev_unread_second_hand': float(any(how(e) in SECOND_HAND + SYNONYM for e in words)),
        'ev_unread_text': float(any(e.get('kind') == 'text' for e in words)),
        'ev_unread_unlinked_noun': float(any(e.get('kind') is None and e.get('pos') in ('noun', 'unknown') for e in words)),
        'ev_unread_asked_weak': float(any(e['role'] == 'asked' and e['strength'] < 0.6 for e in words)),
    }
