// Written by bench/abstention/fit-grounding.py: do not edit by hand, refit.
export const FITTED_GROUNDING_WEIGHTS = {
  fitted: '2026-12-03, 1181 questions of abstention, abstention-blind, abstention-blind-2, abstention-dev-a, abstention-dev-b, spider; L2 0.1',
  bias: -2.5618,
  threshold: 0.2671,
  weights: {
    missing_attribute: 4.1503,
    unlinked_focus: 3.7508,
    unknown_topic: 3.4226,
    ranks_by_table: 2.4115,
    open_where_asked: 3.6135,
    asked_open: 0.0,
    no_column: 0.0,
    open_share: 0.0,
    open_name: 0.0,
    asked_by_text: 0.0,
    asked_elsewhere: 0.0,
    text_share: 0.0,
    open_distance: 0.0,
    asked_distance: 0.0,
  },
};
